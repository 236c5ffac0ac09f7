// Opens the SQLite file (DATA_DIR/endplate.sqlite by default) and brings its schema up to date.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import Database, { type Statement } from "better-sqlite3";
import { MIGRATIONS } from "./migrations";

export type Db = Database.Database;

export function openDatabase(dataDir: string): Db {
  mkdirSync(dataDir, { recursive: true });
  // ENDPLATE_SQLITE_BINDING points at a better-sqlite3 addon built for another Node (the Node 24 test run).
  const nativeBinding = process.env.ENDPLATE_SQLITE_BINDING;
  const db = new Database(join(dataDir, "endplate.sqlite"), nativeBinding ? { nativeBinding } : {});
  // exec, not pragma(): pragma() prepares a Statement that would become garbage (see Store.stmt).
  db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;");
  migrate(db);
  opened.push(db);
  return db;
}

/** Databases (and with them their statements) are kept reachable for the life of the process. */
const opened: Db[] = [];

const versionQueries = new WeakMap<Db, Statement>();

export function migrate(db: Db): void {
  let query = versionQueries.get(db);
  if (!query) {
    query = db.prepare("PRAGMA user_version").pluck();
    versionQueries.set(db, query);
    kept.push(query);
  }
  const current = query.get() as number;
  for (let version = current; version < MIGRATIONS.length; version++) {
    db.exec(`BEGIN; ${MIGRATIONS[version] ?? ""}; PRAGMA user_version = ${version + 1}; COMMIT;`);
  }
}

const kept: Statement[] = [];
