// Deleting for real: one class, one homework assignment, everything of one teacher, and whatever is older than
// the retention period. Rows are deleted (secure_delete overwrites them in the file, see database.ts), then the
// write-ahead log is checkpointed and truncated, so neither the database file nor its WAL keeps a deleted nickname.
import type { Statement } from "better-sqlite3";
import type { Db } from "./database";
import { Statements } from "./statements";

export interface Purged {
  sessions: number;
  assignments: number;
  teachers: number;
  deviceKeys: number;
}

export class Eraser {
  private readonly statements: Statements;

  constructor(private readonly db: Db) {
    this.statements = new Statements(db);
  }

  private stmt(sql: string): Statement {
    return this.statements.get(sql);
  }

  /** Copies the WAL into the file and empties it, so old page versions (with deleted rows) are gone from both. */
  private scrub(): void {
    this.db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
  }

  private removeSession(sessionRowId: number): void {
    this.stmt("DELETE FROM answers WHERE session_id = ?").run(sessionRowId);
    this.stmt("DELETE FROM round_seats WHERE round_id IN (SELECT id FROM rounds WHERE session_id = ?)").run(
      sessionRowId,
    );
    this.stmt("DELETE FROM rounds WHERE session_id = ?").run(sessionRowId);
    this.stmt("DELETE FROM participants WHERE session_id = ?").run(sessionRowId);
    this.stmt("DELETE FROM sessions WHERE id = ?").run(sessionRowId);
  }

  private removeAssignment(assignmentId: number): void {
    this.stmt("DELETE FROM attempts WHERE assignment_id = ?").run(assignmentId);
    this.stmt("DELETE FROM assignments WHERE id = ?").run(assignmentId);
  }

  /** Deletes one of the teacher's classes with its students, rounds and answers; false if it is not theirs. */
  deleteSession(teacherHash: string, sessionRowId: number): boolean {
    const deleted = this.db.transaction(() => {
      const owned = this.stmt("SELECT 1 FROM sessions WHERE id = ? AND teacher_hash = ?").get(
        sessionRowId,
        teacherHash,
      );
      if (!owned) return false;
      this.removeSession(sessionRowId);
      return true;
    })();
    if (deleted) this.scrub();
    return deleted;
  }

  /** Deletes one of the teacher's homework assignments with every attempt; false if it is not theirs. */
  deleteAssignment(teacherHash: string, assignmentId: number): boolean {
    const deleted = this.db.transaction(() => {
      const owned = this.stmt("SELECT 1 FROM assignments WHERE id = ? AND teacher_hash = ?").get(
        assignmentId,
        teacherHash,
      );
      if (!owned) return false;
      this.removeAssignment(assignmentId);
      return true;
    })();
    if (deleted) this.scrub();
    return deleted;
  }

  /** Deletes everything of one teacher: classes, homework, credentials and the teacher. */
  deleteTeacher(teacherHash: string): void {
    this.db.transaction(() => {
      const sessions = this.stmt("SELECT id FROM sessions WHERE teacher_hash = ?").pluck().all(teacherHash) as number[];
      for (const id of sessions) this.removeSession(id);
      const assignments = this.stmt("SELECT id FROM assignments WHERE teacher_hash = ?")
        .pluck()
        .all(teacherHash) as number[];
      for (const id of assignments) this.removeAssignment(id);
      this.stmt("DELETE FROM teacher_keys WHERE teacher_hash = ?").run(teacherHash);
      this.stmt("DELETE FROM teachers WHERE token_hash = ?").run(teacherHash);
    })();
    this.scrub();
  }

  /**
   * Deletes classes and homework created before `cutoff` (ISO time), browsers' sign-ins unused since then, and
   * teachers left with nothing who have not signed in since then.
   */
  purgeBefore(cutoff: string): Purged {
    const purged = this.db.transaction((): Purged => {
      const sessions = this.stmt("SELECT id FROM sessions WHERE created_at < ?").pluck().all(cutoff) as number[];
      for (const id of sessions) this.removeSession(id);
      const assignments = this.stmt("SELECT id FROM assignments WHERE created_at < ?").pluck().all(cutoff) as number[];
      for (const id of assignments) this.removeAssignment(id);
      const deviceKeys = this.stmt(
        "DELETE FROM teacher_keys WHERE kind = 'device' AND COALESCE(used_at, created_at) < ?",
      ).run(cutoff).changes;
      const idle = this.stmt(
        `SELECT token_hash FROM teachers t WHERE created_at < ?
           AND NOT EXISTS (SELECT 1 FROM sessions s WHERE s.teacher_hash = t.token_hash)
           AND NOT EXISTS (SELECT 1 FROM assignments a WHERE a.teacher_hash = t.token_hash)
           AND NOT EXISTS (SELECT 1 FROM teacher_keys k WHERE k.teacher_hash = t.token_hash
                             AND COALESCE(k.used_at, k.created_at) >= ?)`,
      )
        .pluck()
        .all(cutoff, cutoff) as string[];
      for (const teacher of idle) {
        this.stmt("DELETE FROM teacher_keys WHERE teacher_hash = ?").run(teacher);
        this.stmt("DELETE FROM teachers WHERE token_hash = ?").run(teacher);
      }
      return { sessions: sessions.length, assignments: assignments.length, teachers: idle.length, deviceKeys };
    })();
    if (purged.sessions + purged.assignments + purged.teachers + purged.deviceKeys > 0) this.scrub();
    return purged;
  }
}
