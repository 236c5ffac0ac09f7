// Opens the SQLite file (DATA_DIR/endplate.sqlite by default) and brings its schema up to date, safely: a file
// from a newer release is refused, the file is copied before an upgrade, and each migration is one transaction.
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import Database, { type Statement } from "better-sqlite3";
import { keepDatabaseForProcess, keepForProcess } from "./keep";
import { MIGRATIONS } from "./migrations";

export type Db = Database.Database;

export const DATABASE_FILE = "endplate.sqlite";
/** Copies made before an upgrade are deleted after this many days (they hold whatever the file held then). */
export const UPGRADE_COPY_DAYS = 7;
const UPGRADE_COPY = /^endplate\.sqlite\.before-schema-\d+\.[0-9TZ-]+\.bak$/;

export function openDatabase(dataDir: string): Db {
  mkdirSync(dataDir, { recursive: true });
  // ENDPLATE_SQLITE_BINDING points at a better-sqlite3 addon built for another Node (the Node 24 test run).
  const nativeBinding = process.env.ENDPLATE_SQLITE_BINDING;
  const db = new Database(join(dataDir, DATABASE_FILE), nativeBinding ? { nativeBinding } : {});
  // exec, not pragma(): pragma() prepares a Statement that would become garbage (see Store.stmt).
  // secure_delete: deleted rows are overwritten with zeros, so a deleted nickname is not left in free pages.
  db.exec(
    "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON;",
  );
  try {
    migrate(db, MIGRATIONS, dataDir);
  } catch (error) {
    db.close();
    throw error;
  }
  keepDatabaseForProcess(db); // databases, like their statements, stay reachable for the process (keep.ts)
  return db;
}

const versionQueries = new WeakMap<Db, Statement>();

function schemaVersion(db: Db): number {
  let query = versionQueries.get(db);
  if (!query) {
    query = db.prepare("PRAGMA user_version").pluck();
    versionQueries.set(db, query);
    keepForProcess(query);
  }
  return query.get() as number;
}

/**
 * Brings `db` to the last of `migrations`. Refuses a file whose schema is newer than this release knows (an older
 * release must not write into it); with `dataDir`, copies a file that holds data before changing it; runs each
 * migration with its version bump in one transaction, so a failure leaves the file at the last good version.
 */
export function migrate(db: Db, migrations: readonly string[] = MIGRATIONS, dataDir?: string): void {
  const current = schemaVersion(db);
  if (current > migrations.length) {
    throw new Error(
      `The database in ${dataDir ?? "this folder"} was written by a newer release of Endplate (schema ${current}; this ` +
        `release knows ${migrations.length}). Run that newer release, or restore a copy made before the upgrade.`,
    );
  }
  if (current === migrations.length) return;
  if (dataDir && current > 0) copyBeforeUpgrade(db, dataDir, current);
  for (let version = current; version < migrations.length; version++) {
    const upgrade = db.transaction(() => {
      db.exec(migrations[version] ?? "");
      db.exec(`PRAGMA user_version = ${version + 1}`);
    });
    try {
      upgrade();
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`Upgrading the database to schema ${version + 1} failed and was rolled back: ${reason}`);
    }
  }
}

/** A consistent copy of the file (VACUUM INTO includes what is still in the WAL), next to it. */
function copyBeforeUpgrade(db: Db, dataDir: string, version: number): void {
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const copy = join(dataDir, `${DATABASE_FILE}.before-schema-${version}.${stamp}.bak`);
  db.exec(`VACUUM INTO '${copy.replace(/'/g, "''")}'`);
}

/** Deletes upgrade copies older than UPGRADE_COPY_DAYS (they would otherwise keep deleted classes). */
export function removeOldUpgradeCopies(dataDir: string, now = Date.now()): string[] {
  if (!existsSync(dataDir)) return [];
  const removed: string[] = [];
  for (const name of readdirSync(dataDir)) {
    if (!UPGRADE_COPY.test(name)) continue;
    const path = join(dataDir, name);
    if (now - statSync(path).mtimeMs > UPGRADE_COPY_DAYS * 86_400_000) {
      rmSync(path, { force: true });
      removed.push(name);
    }
  }
  return removed;
}
