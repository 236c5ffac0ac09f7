// The teacher's dashboard API (private token in the path): past sessions and a session's report, shape-checked
// at the edge so the page draws only what it understood.

import type {
  QuestionResult,
  ReportRound,
  SessionReport,
  SessionSummary,
  StudentAnswer,
  StudentRound,
  TeamResult,
} from "../../../shared/protocol/reports";
import { request } from "./api";
import { type Assignment, assignment } from "./homeworkApi";

export type { QuestionResult, ReportRound, SessionReport, SessionSummary, StudentAnswer, StudentRound, TeamResult };

type Bag = Record<string, unknown>;
const bag = (v: unknown): Bag => (typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Bag) : {});
const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : 0);
const str = (v: unknown) => (typeof v === "string" ? v : "");
const strOrNull = (v: unknown) => (typeof v === "string" ? v : null);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function session(v: unknown): SessionSummary {
  const s = bag(v);
  return {
    id: num(s.id),
    code: str(s.code),
    title: str(s.title),
    createdAt: str(s.createdAt),
    endedAt: strOrNull(s.endedAt),
    rounds: num(s.rounds),
    students: num(s.students),
  };
}

function team(v: unknown): TeamResult {
  const t = bag(v);
  return {
    team: num(t.team),
    people: num(t.people),
    goalProgress: num(t.goalProgress),
    goalAchieved: t.goalAchieved === true,
    twitches: num(t.twitches),
    impulses: num(t.impulses),
    actionPotentials: num(t.actionPotentials),
  };
}

function round(v: unknown): ReportRound {
  const r = bag(v);
  return {
    round: num(r.round),
    mode: str(r.mode),
    teamCount: num(r.teamCount),
    goal: str(r.goal),
    scenarios: str(r.scenarios),
    endedAt: str(r.endedAt),
    teams: list(r.teams).map(team),
  };
}

function studentRound(v: unknown): StudentRound {
  const r = bag(v);
  return {
    round: num(r.round),
    team: num(r.team),
    role: strOrNull(r.role),
    game: num(r.game),
    cues: num(r.cues),
    answered: num(r.answered),
    refused: num(r.refused),
  };
}

const base = (token: string) => `/api/teacher/${encodeURIComponent(token)}`;

export async function fetchSessions(token: string): Promise<SessionSummary[]> {
  return (await fetchDashboard(token)).sessions;
}

/** The dashboard's front page in one request: past sessions and homework assignments with their attempts. */
export async function fetchDashboard(
  token: string,
): Promise<{ sessions: SessionSummary[]; assignments: Assignment[] }> {
  const body = bag(await request<unknown>(base(token)));
  return { sessions: list(body.sessions).map(session), assignments: list(body.assignments).map(assignment) };
}

export async function fetchReport(token: string, id: number): Promise<SessionReport> {
  const r = bag(await request<unknown>(`${base(token)}/sessions/${id}`));
  return {
    session: session(r.session),
    rounds: list(r.rounds).map(round),
    students: list(r.students).map((s) => ({
      nickname: str(bag(s).nickname),
      rounds: list(bag(s).rounds).map(studentRound),
      answers: list(bag(s).answers).map((a) => ({
        round: num(bag(a).round),
        questionId: str(bag(a).questionId),
        choice: num(bag(a).choice),
        correct: bag(a).correct === true,
      })),
    })),
    questions: list(r.questions).map((q) => ({
      questionId: str(bag(q).questionId),
      answered: num(bag(q).answered),
      correct: num(bag(q).correct),
      counts: list(bag(q).counts).map(num),
    })),
  };
}

export function csvUrl(token: string, id: number): string {
  return `${base(token)}/sessions/${id}/students.csv`;
}
