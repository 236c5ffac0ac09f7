// Opens the SQLite file (DATA_DIR/endplate.sqlite by default) and brings its schema up to date.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { MIGRATIONS } from "./migrations";

export type Db = Database.Database;

export function openDatabase(dataDir: string): Db {
  mkdirSync(dataDir, { recursive: true });
  // ENDPLATE_SQLITE_BINDING points at a better-sqlite3 addon built for another Node (the Node 24 test run).
  const nativeBinding = process.env.ENDPLATE_SQLITE_BINDING;
  const db = new Database(join(dataDir, "endplate.sqlite"), nativeBinding ? { nativeBinding } : {});
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  migrate(db);
  return db;
}

export function migrate(db: Db): void {
  const current = db.pragma("user_version", { simple: true }) as number;
  for (let version = current; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version] ?? "");
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
