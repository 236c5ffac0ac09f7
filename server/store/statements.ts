// Prepared statements kept for the life of the process, one cache per store class. better-sqlite3 12 on Node 24
// aborts the process when a garbage-collected Statement is finalised off the JS thread (WiseLibs/better-sqlite3
// #1515; fixed in 13, which does not run on Node 20), so no Statement may ever become garbage.
import type { Statement } from "better-sqlite3";
import type { Db } from "./database";

/**
 * Every Statement and database opened in this process, reachable until it exits. Anchored on globalThis rather
 * than in a module variable: a test runner that drops its module registry between test files (Vitest does)
 * would otherwise turn them into garbage while the process goes on, and a Store that goes out of use would take
 * its statement cache with it. Bounded in production (one store, a fixed set of SQL strings).
 */
const anchor = globalThis as { endplateKeptStatements?: Statement[]; endplateKeptDatabases?: Db[] };

export function keepForProcess(statement: Statement): Statement {
  anchor.endplateKeptStatements ??= [];
  anchor.endplateKeptStatements.push(statement);
  return statement;
}

export function keepDatabaseForProcess(db: Db): Db {
  anchor.endplateKeptDatabases ??= [];
  anchor.endplateKeptDatabases.push(db);
  return db;
}

export class Statements {
  private readonly kept = new Map<string, Statement>();

  constructor(private readonly db: Db) {}

  /** The statement for `sql`, prepared on first use and kept. */
  get(sql: string): Statement {
    let statement = this.kept.get(sql);
    if (!statement) {
      statement = keepForProcess(this.db.prepare(sql));
      this.kept.set(sql, statement);
    }
    return statement;
  }
}
