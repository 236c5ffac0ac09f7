// Prepared statements kept for the life of the process, one cache per store class. better-sqlite3 12 on Node 24
// aborts the process when a garbage-collected Statement is finalised off the JS thread (WiseLibs/better-sqlite3
// #1515; fixed in 13, which does not run on Node 20), so no Statement may ever become garbage.
import type { Statement } from "better-sqlite3";
import type { Db } from "./database";
import { keepForProcess } from "./keep";

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
