// Reads and writes class sessions, participants and finished rounds. Synchronous (better-sqlite3): each call
// is a short transaction, so nothing is half-written when the process stops.

import type { Statement } from "better-sqlite3";
import type { AnswerRecord } from "../../shared/game/state";
import type { RoundSummary, TeamOutcome } from "../../shared/game/summary";
import type {
  SessionSummary,
  StudentAnswer,
  StudentRound,
  SessionReport as WireReport,
} from "../../shared/protocol/reports";
import type { Db } from "./database";
import { Eraser } from "./erase";
import { HomeworkStore } from "./homework";
import { Statements } from "./statements";
import { TeacherStore } from "./teachers";

/** A session in the teacher's list (the dashboard API's shape). */
export type SessionRow = SessionSummary;
/** A session's report; its rounds keep each team's whole outcome (chain of events included). */
export type SessionReport = WireReport<TeamOutcome>;

const now = () => new Date().toISOString();

export class Store {
  /** Every statement is prepared once and kept for the life of the process (see statements.ts). */
  private readonly statements: Statements;

  readonly homework: HomeworkStore;
  readonly teachers: TeacherStore;
  /** Deletion: a class, homework, a teacher's everything, and the retention sweep. */
  readonly erase: Eraser;

  constructor(readonly db: Db) {
    this.statements = new Statements(db);
    this.homework = new HomeworkStore(db);
    this.teachers = new TeacherStore(db);
    this.erase = new Eraser(db);
  }

  private stmt(sql: string): Statement {
    return this.statements.get(sql);
  }

  createSession(code: string, title: string, teacherHash: string): number {
    return this.db.transaction(() => {
      this.stmt("INSERT OR IGNORE INTO teachers (token_hash, created_at) VALUES (?, ?)").run(teacherHash, now());
      const result = this.stmt("INSERT INTO sessions (code, title, teacher_hash, created_at) VALUES (?, ?, ?, ?)").run(
        code,
        title,
        teacherHash,
        now(),
      );
      return Number(result.lastInsertRowid);
    })();
  }

  /** One of the teacher's classes (null if it is not theirs). */
  sessionOf(teacherHash: string, sessionRowId: number): { id: number; code: string; endedAt: string | null } | null {
    return (
      (this.stmt("SELECT id, code, ended_at AS endedAt FROM sessions WHERE id = ? AND teacher_hash = ?").get(
        sessionRowId,
        teacherHash,
      ) as { id: number; code: string; endedAt: string | null } | undefined) ?? null
    );
  }

  upsertParticipant(sessionRowId: number, seatId: string, nickname: string): void {
    this.stmt(
      `INSERT INTO participants (session_id, seat_id, nickname, joined_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (session_id, seat_id) DO UPDATE SET nickname = excluded.nickname`,
    ).run(sessionRowId, seatId, nickname, now());
  }

  /** Saves a finished round (idempotent per session and round number). */
  saveRound(sessionRowId: number, summary: RoundSummary): void {
    this.db.transaction(() => {
      this.stmt(
        `INSERT INTO rounds (session_id, round_no, mode, team_count, goal, scenarios, ended_at, teams_json)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (session_id, round_no) DO UPDATE SET teams_json = excluded.teams_json, ended_at = excluded.ended_at`,
      ).run(
        sessionRowId,
        summary.round,
        summary.mode,
        summary.teamCount,
        summary.goal,
        summary.scenarios.map((s) => `${s.id} ${s.level}`).join("; "),
        now(),
        JSON.stringify(summary.teams),
      );
      // Always read the id back: after an upsert that updated, lastInsertRowid is not this round's.
      const { id: roundId } = this.stmt("SELECT id FROM rounds WHERE session_id = ? AND round_no = ?").get(
        sessionRowId,
        summary.round,
      ) as { id: number };
      for (const seat of summary.seats) {
        this.upsertParticipant(sessionRowId, seat.seatId, seat.nickname);
        const participant = this.stmt("SELECT id FROM participants WHERE session_id = ? AND seat_id = ?").get(
          sessionRowId,
          seat.seatId,
        ) as { id: number };
        this.stmt(
          // sound_actions and attempts belong to the old score (NOT NULL, kept for rows saved before cues): 0 here.
          `INSERT OR REPLACE INTO round_seats (round_id, participant_id, team, role, game_score, sound_actions, attempts,
               cues_received, cues_answered, refused_presses)
             VALUES (?, ?, ?, ?, ?, 0, 0, ?, ?, ?)`,
        ).run(
          roundId,
          participant.id,
          seat.team,
          seat.role,
          seat.score.game,
          seat.score.cues,
          seat.score.answered,
          seat.score.refused,
        );
      }
    })();
  }

  saveAnswers(sessionRowId: number, answers: readonly AnswerRecord[]): void {
    this.db.transaction(() => {
      for (const a of answers) {
        const participant = this.stmt("SELECT id FROM participants WHERE session_id = ? AND seat_id = ?").get(
          sessionRowId,
          a.seatId,
        ) as { id: number } | undefined;
        if (!participant) continue;
        this.stmt(
          `INSERT INTO answers (session_id, participant_id, round_no, question_id, choice, correct, answered_at)
             VALUES (?, ?, ?, ?, ?, ?, ?)`,
        ).run(sessionRowId, participant.id, a.round, a.questionId, a.choice, a.correct ? 1 : 0, now());
      }
    })();
  }

  endSession(sessionRowId: number): void {
    this.stmt("UPDATE sessions SET ended_at = ? WHERE id = ? AND ended_at IS NULL").run(now(), sessionRowId);
  }

  sessionsOf(teacherHash: string): SessionRow[] {
    return this.stmt(
      `SELECT s.id, s.code, s.title, s.created_at AS createdAt, s.ended_at AS endedAt,
           (SELECT COUNT(*) FROM rounds r WHERE r.session_id = s.id) AS rounds,
           (SELECT COUNT(*) FROM participants p WHERE p.session_id = s.id) AS students
         FROM sessions s WHERE s.teacher_hash = ? ORDER BY s.created_at DESC, s.id DESC`,
    ).all(teacherHash) as SessionRow[];
  }

  /** A session's report, only for the teacher who owns it (null otherwise). */
  report(teacherHash: string, sessionRowId: number): SessionReport | null {
    const session = this.stmt(
      "SELECT id, code, title, created_at AS createdAt, ended_at AS endedAt FROM sessions WHERE id = ? AND teacher_hash = ?",
    ).get(sessionRowId, teacherHash) as SessionReport["session"] | undefined;
    if (!session) return null;
    const rounds = (
      this.stmt(
        `SELECT round_no AS round, mode, team_count AS teamCount, goal, scenarios, ended_at AS endedAt, teams_json AS teamsJson
           FROM rounds WHERE session_id = ? ORDER BY round_no`,
      ).all(sessionRowId) as (Omit<SessionReport["rounds"][number], "teams"> & { teamsJson: string })[]
    ).map(({ teamsJson, ...r }) => ({ ...r, teams: JSON.parse(teamsJson) as TeamOutcome[] }));
    const rows = this.stmt(
      `SELECT p.nickname, r.round_no AS round, rs.team, rs.role, rs.game_score AS game,
           rs.cues_received AS cues, rs.cues_answered AS answered, rs.refused_presses AS refused
         FROM participants p
         LEFT JOIN round_seats rs ON rs.participant_id = p.id
         LEFT JOIN rounds r ON r.id = rs.round_id
         WHERE p.session_id = ? ORDER BY p.nickname COLLATE NOCASE, r.round_no`,
    ).all(sessionRowId) as ({ nickname: string; round: number | null } & Omit<StudentRound, "round">)[];
    const students = new Map<string, StudentRound[]>();
    for (const { nickname, round, ...rest } of rows) {
      const list = students.get(nickname) ?? [];
      if (round !== null) list.push({ round, ...rest });
      students.set(nickname, list);
    }
    const answerRows = this.stmt(
      `SELECT p.nickname, a.round_no AS round, a.question_id AS questionId, a.choice, a.correct
         FROM answers a JOIN participants p ON p.id = a.participant_id WHERE a.session_id = ? ORDER BY a.id`,
    ).all(sessionRowId) as { nickname: string; round: number; questionId: string; choice: number; correct: number }[];
    const answersOf = new Map<string, StudentAnswer[]>();
    for (const { nickname, correct, ...rest } of answerRows) {
      answersOf.set(nickname, [...(answersOf.get(nickname) ?? []), { ...rest, correct: correct === 1 }]);
      if (!students.has(nickname)) students.set(nickname, []);
    }
    const questions = new Map<string, { questionId: string; answered: number; correct: number; counts: number[] }>();
    for (const a of answerRows) {
      const q = questions.get(a.questionId) ?? { questionId: a.questionId, answered: 0, correct: 0, counts: [] };
      q.answered += 1;
      q.correct += a.correct;
      q.counts[a.choice] = (q.counts[a.choice] ?? 0) + 1;
      questions.set(a.questionId, q);
    }
    return {
      session,
      rounds,
      students: Array.from(students, ([nickname, r]) => ({
        nickname,
        rounds: r,
        answers: answersOf.get(nickname) ?? [],
      })),
      questions: Array.from(questions.values(), (q) => ({ ...q, counts: Array.from(q.counts, (c) => c ?? 0) })),
    };
  }
}
