// Keeps better-sqlite3 objects reachable until the process exits (see statements.ts for why). No imports from the
// store's modules, so that both database.ts and statements.ts can use it.
import type Database from "better-sqlite3";
import type { Statement } from "better-sqlite3";

/**
 * Every Statement and database opened in this process, reachable until it exits. Anchored on globalThis rather
 * than in a module variable: a test runner that drops its module registry between test files (Vitest does)
 * would otherwise turn them into garbage while the process goes on, and a Store that goes out of use would take
 * its statement cache with it. Bounded in production (one store, a fixed set of SQL strings).
 */
const anchor = globalThis as { endplateKeptStatements?: Statement[]; endplateKeptDatabases?: Database.Database[] };

export function keepForProcess(statement: Statement): Statement {
  anchor.endplateKeptStatements ??= [];
  anchor.endplateKeptStatements.push(statement);
  return statement;
}

export function keepDatabaseForProcess(db: Database.Database): Database.Database {
  anchor.endplateKeptDatabases ??= [];
  anchor.endplateKeptDatabases.push(db);
  return db;
}
