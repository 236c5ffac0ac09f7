// Homework: assignments a teacher sets (a challenge and a deadline) and the attempts students play solo with
// bots. An attempt keeps each round's role and outcome; late attempts are marked, never refused.
import type { Statement } from "better-sqlite3";
import type { ScenarioChoice } from "../../shared/physiology/scenarios";
import type { Assignment, Attempt, AttemptRound } from "../../shared/protocol/reports";
import type { Db } from "./database";
import { Statements } from "./statements";

export type { Assignment, AttemptRound };
/** An attempt as the dashboard lists it. */
export type AttemptRow = Attempt;

type AssignmentRow = Omit<Assignment, "scenarios"> & { scenariosJson: string | null };

function fromRow({ scenariosJson, ...row }: AssignmentRow): Assignment {
  return { ...row, scenarios: scenariosJson ? (JSON.parse(scenariosJson) as ScenarioChoice[]) : null };
}

export class HomeworkStore {
  private readonly statements: Statements;

  constructor(private readonly db: Db) {
    this.statements = new Statements(db);
  }

  private stmt(sql: string): Statement {
    return this.statements.get(sql);
  }

  create(
    teacherHash: string,
    code: string,
    title: string,
    challengeId: string,
    scenarios: ScenarioChoice[] | null,
    deadline: string,
  ): Assignment {
    const createdAt = new Date().toISOString();
    const result = this.stmt(
      `INSERT INTO assignments (teacher_hash, code, title, challenge_id, scenarios_json, deadline, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(teacherHash, code, title, challengeId, scenarios ? JSON.stringify(scenarios) : null, deadline, createdAt);
    return { id: Number(result.lastInsertRowid), code, title, challengeId, scenarios, deadline, createdAt };
  }

  byCode(code: string): Assignment | undefined {
    const row = this.stmt(
      `SELECT id, code, title, challenge_id AS challengeId, scenarios_json AS scenariosJson, deadline,
              created_at AS createdAt
       FROM assignments WHERE code = ?`,
    ).get(code) as AssignmentRow | undefined;
    return row ? fromRow(row) : undefined;
  }

  codeTaken(code: string): boolean {
    return this.stmt("SELECT 1 FROM assignments WHERE code = ?").get(code) !== undefined;
  }

  startAttempt(assignment: Assignment, nickname: string, now: Date): { id: number; late: boolean } {
    const late = now.getTime() > Date.parse(assignment.deadline);
    const result = this.stmt(
      "INSERT INTO attempts (assignment_id, nickname, started_at, late) VALUES (?, ?, ?, ?)",
    ).run(assignment.id, nickname, now.toISOString(), late ? 1 : 0);
    return { id: Number(result.lastInsertRowid), late };
  }

  saveRound(attemptId: number, round: AttemptRound): void {
    this.db.transaction(() => {
      const row = this.stmt("SELECT rounds_json AS json FROM attempts WHERE id = ?").get(attemptId) as
        | { json: string }
        | undefined;
      if (!row) return;
      const rounds = (JSON.parse(row.json) as AttemptRound[]).filter((r) => r.round !== round.round);
      rounds.push(round);
      this.stmt(
        `UPDATE attempts SET rounds_json = ?, best_progress = MAX(best_progress, ?), achieved = MAX(achieved, ?)
         WHERE id = ?`,
      ).run(JSON.stringify(rounds), round.goalProgress, round.goalAchieved ? 1 : 0, attemptId);
    })();
  }

  /** A teacher's assignments, newest first, each with its attempts. */
  ofTeacher(teacherHash: string): (Assignment & { attempts: AttemptRow[] })[] {
    const assignments = (
      this.stmt(
        `SELECT id, code, title, challenge_id AS challengeId, scenarios_json AS scenariosJson, deadline,
                created_at AS createdAt
         FROM assignments WHERE teacher_hash = ? ORDER BY created_at DESC, id DESC`,
      ).all(teacherHash) as AssignmentRow[]
    ).map(fromRow);
    return assignments.map((a) => ({
      ...a,
      attempts: (
        this.stmt(
          `SELECT id, nickname, started_at AS startedAt, late, achieved, best_progress AS bestProgress, rounds_json AS json
           FROM attempts WHERE assignment_id = ? ORDER BY nickname COLLATE NOCASE, id`,
        ).all(a.id) as (Omit<AttemptRow, "rounds" | "late" | "achieved"> & {
          late: number;
          achieved: number;
          json: string;
        })[]
      ).map(({ json, late, achieved, ...r }) => ({
        ...r,
        late: late === 1,
        achieved: achieved === 1,
        rounds: JSON.parse(json) as AttemptRound[],
      })),
    }));
  }
}
