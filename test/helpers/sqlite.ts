// Opens a SQLite file for a test to read or prepare directly, with the same better-sqlite3 addon the server uses
// (ENDPLATE_SQLITE_BINDING: the Node 24 pass builds its own, and the default one does not load there).
import Database from "better-sqlite3";
import { keepDatabaseForProcess } from "../../server/store/keep";

export function openSqlite(path: string, options: Database.Options = {}): Database.Database {
  const nativeBinding = process.env.ENDPLATE_SQLITE_BINDING;
  // Kept reachable like the server's own: a database collected mid-run can abort Node 24 (server/store/keep.ts).
  return keepDatabaseForProcess(new Database(path, nativeBinding ? { ...options, nativeBinding } : options));
}
