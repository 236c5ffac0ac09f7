// Teachers and their credentials (teacher_keys): the dashboard token ('link'), one key per signed-in browser
// ('device', the HttpOnly cookie) and the recovery code ('recovery'). Only SHA-256 hashes are stored.
import type { Statement } from "better-sqlite3";
import type { Db } from "./database";
import { Statements } from "./statements";

export type KeyKind = "link" | "device" | "recovery";

const now = () => new Date().toISOString();

export class TeacherStore {
  private readonly statements: Statements;

  constructor(private readonly db: Db) {
    this.statements = new Statements(db);
  }

  private stmt(sql: string): Statement {
    return this.statements.get(sql);
  }

  /** A new teacher whose id is `teacherHash`, with `linkHash` as their dashboard token. */
  create(teacherHash: string, linkHash: string): void {
    this.db.transaction(() => {
      this.stmt("INSERT INTO teachers (token_hash, created_at) VALUES (?, ?)").run(teacherHash, now());
      this.addKey(teacherHash, "link", linkHash);
    })();
  }

  addKey(teacherHash: string, kind: KeyKind, keyHash: string): void {
    this.stmt("INSERT INTO teacher_keys (key_hash, teacher_hash, kind, created_at) VALUES (?, ?, ?, ?)").run(
      keyHash,
      teacherHash,
      kind,
      now(),
    );
  }

  /** The teacher a credential of one of `kinds` belongs to (and notes when it was used), or null. */
  teacherBy(keyHash: string, kinds: readonly KeyKind[]): string | null {
    const row = this.stmt("SELECT teacher_hash AS teacher, kind FROM teacher_keys WHERE key_hash = ?").get(keyHash) as
      | { teacher: string; kind: KeyKind }
      | undefined;
    if (!row || !kinds.includes(row.kind)) return null;
    this.stmt("UPDATE teacher_keys SET used_at = ? WHERE key_hash = ?").run(now(), keyHash);
    return row.teacher;
  }

  /** Replaces the teacher's recovery code (an earlier one stops working). */
  replaceRecovery(teacherHash: string, keyHash: string): void {
    this.db.transaction(() => {
      this.stmt("DELETE FROM teacher_keys WHERE teacher_hash = ? AND kind = 'recovery'").run(teacherHash);
      this.addKey(teacherHash, "recovery", keyHash);
    })();
  }

  /** When the teacher's recovery code was made, or null if they have none. */
  recoverySince(teacherHash: string): string | null {
    const row = this.stmt(
      "SELECT created_at AS createdAt FROM teacher_keys WHERE teacher_hash = ? AND kind = 'recovery'",
    ).get(teacherHash) as { createdAt: string } | undefined;
    return row?.createdAt ?? null;
  }

  /** How many browsers are signed in to this teacher's dashboard. */
  deviceCount(teacherHash: string): number {
    return this.stmt("SELECT COUNT(*) FROM teacher_keys WHERE teacher_hash = ? AND kind = 'device'")
      .pluck()
      .get(teacherHash) as number;
  }

  /** Every credential of the teacher stops working (old links, other browsers, the recovery code). */
  revokeAll(teacherHash: string): void {
    this.stmt("DELETE FROM teacher_keys WHERE teacher_hash = ?").run(teacherHash);
  }

  removeKey(keyHash: string): void {
    this.stmt("DELETE FROM teacher_keys WHERE key_hash = ?").run(keyHash);
  }
}
