// Store safety with real SQLite files: a file written by a newer release is refused (by openDatabase and by the
// server process, which will not start on it), a file with data is copied before it is upgraded, and a migration
// that fails half-way is rolled back, leaving the file at its last good schema.
import { existsSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { DATABASE_FILE, migrate, openDatabase, removeOldUpgradeCopies } from "../../server/store/database";
import { keepForProcess } from "../../server/store/keep";
import { MIGRATIONS } from "../../server/store/migrations";
import { startServerProcess } from "../helpers/browser";
import { openSqlite } from "../helpers/sqlite";

const freshDir = () => mkdtempSync(join(tmpdir(), "endplate-store-"));
/** Statements are kept for the process's life: better-sqlite3 12 on Node 24 aborts when one is garbage-collected. */
const query = (db: Database.Database, sql: string) => {
  const statement = db.prepare(sql).pluck();
  keepForProcess(statement);
  return statement;
};
const version = (db: Database.Database) => query(db, "PRAGMA user_version").get() as number;
const tables = (db: Database.Database) =>
  query(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as string[];

describe("the store", () => {
  it("refuses a file from a newer release and leaves it as it was", async () => {
    const dir = freshDir();
    const newer = openSqlite(join(dir, DATABASE_FILE));
    newer.exec(`CREATE TABLE future (x); PRAGMA user_version = ${MIGRATIONS.length + 1};`);
    newer.close();
    expect(() => openDatabase(dir)).toThrow(/written by a newer release of Endplate/);
    const after = openSqlite(join(dir, DATABASE_FILE), { readonly: true });
    expect(version(after)).toBe(MIGRATIONS.length + 1);
    expect(tables(after)).toEqual(["future"]);
    after.close();
    // The server process does not start on it either, and says why.
    await expect(startServerProcess({ DATA_DIR: dir })).rejects.toThrow(/newer release of Endplate/);
  }, 120_000);

  it("copies a file that holds data before upgrading it", () => {
    const dir = freshDir();
    const old = openSqlite(join(dir, DATABASE_FILE));
    migrate(old, MIGRATIONS.slice(0, MIGRATIONS.length - 1));
    old.exec("INSERT INTO teachers VALUES ('t', '2025-01-01T00:00:00Z')");
    old.close();
    const db = openDatabase(dir);
    expect(version(db)).toBe(MIGRATIONS.length);
    const copies = readdirSync(dir).filter((name) => name.endsWith(".bak"));
    expect(copies).toHaveLength(1);
    const copy = openSqlite(join(dir, copies[0] ?? ""), { readonly: true });
    expect(version(copy)).toBe(MIGRATIONS.length - 1);
    expect(query(copy, "SELECT token_hash FROM teachers").all()).toEqual(["t"]);
    copy.close();
    db.close();
    // A new, empty file needs no copy.
    const empty = freshDir();
    openDatabase(empty).close();
    expect(readdirSync(empty).filter((name) => name.endsWith(".bak"))).toEqual([]);
  });

  it("rolls back a migration that fails half-way, and runs it once it is fixed", () => {
    const db = openSqlite(":memory:");
    const good = "CREATE TABLE kept (x INTEGER)";
    const broken = "CREATE TABLE half (x INTEGER); INSERT INTO no_such_table VALUES (1)";
    expect(() => migrate(db, [good, broken])).toThrow(/schema 2 failed and was rolled back/);
    expect(version(db)).toBe(1);
    expect(tables(db)).toEqual(["kept"]);
    migrate(db, [good, "CREATE TABLE half (x INTEGER)"]);
    expect(version(db)).toBe(2);
    expect(tables(db)).toEqual(["half", "kept"]);
    db.close();
  });

  it("deletes upgrade copies after a week (they hold deleted classes too)", () => {
    const dir = freshDir();
    const oldCopy = join(dir, `${DATABASE_FILE}.before-schema-3.2025-01-01T00-00-00-000Z.bak`);
    const newCopy = join(dir, `${DATABASE_FILE}.before-schema-4.2025-02-01T00-00-00-000Z.bak`);
    const other = join(dir, "notes.bak");
    for (const path of [oldCopy, newCopy, other]) writeFileSync(path, "x");
    const eightDaysAgo = (Date.now() - 8 * 86_400_000) / 1000;
    utimesSync(oldCopy, eightDaysAgo, eightDaysAgo);
    utimesSync(other, eightDaysAgo, eightDaysAgo);
    expect(removeOldUpgradeCopies(dir)).toEqual([oldCopy.slice(dir.length + 1)]);
    expect([oldCopy, newCopy, other].map(existsSync)).toEqual([false, true, true]);
  });
});
