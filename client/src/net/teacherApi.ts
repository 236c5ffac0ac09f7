// The teacher's dashboard API (signed in by an HttpOnly cookie; no secret in any URL): past sessions and a session's
// report, shape-checked at the edge so the page draws only what it understood; deleting, re-hosting, the account.

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
import { readTeamResult } from "./debrief";
import { bag, list, num, str, strOrNull } from "./fields";
import { type Assignment, assignment } from "./homeworkApi";

export type { QuestionResult, ReportRound, SessionReport, SessionSummary, StudentAnswer, StudentRound, TeamResult };

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

function round(v: unknown): ReportRound {
  const r = bag(v);
  return {
    round: num(r.round),
    mode: str(r.mode),
    teamCount: num(r.teamCount),
    goal: str(r.goal),
    scenarios: str(r.scenarios),
    endedAt: str(r.endedAt),
    teams: list(r.teams).map(readTeamResult),
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

const base = "/api/teacher";

export interface Account {
  /** When the teacher's recovery code was made ("" if they have none). */
  recoveryCodeSince: string;
  signedInBrowsers: number;
}

/** The dashboard's front page in one request: past sessions, homework with its attempts, the account. */
export async function fetchDashboard(): Promise<{
  sessions: SessionSummary[];
  assignments: Assignment[];
  account: Account;
}> {
  const body = bag(await request<unknown>(base));
  const account = bag(body.account);
  return {
    sessions: list(body.sessions).map(session),
    assignments: list(body.assignments).map(assignment),
    account: { recoveryCodeSince: str(account.recoveryCodeSince), signedInBrowsers: num(account.signedInBrowsers) },
  };
}

export async function fetchReport(id: number): Promise<SessionReport> {
  const r = bag(await request<unknown>(`${base}/sessions/${id}`));
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

export function csvUrl(id: number): string {
  return `${base}/sessions/${id}/students.csv`;
}

/** Deletes a class with its students, rounds and answers (an open class is closed). */
export async function deleteSession(id: number): Promise<void> {
  await request<unknown>(`${base}/sessions/${id}`, { method: "DELETE" });
}

/** A host secret for an open class, so this browser can host it (the teacher's other device started it). */
export async function rehostSession(id: number): Promise<{ code: string; hostSecret: string }> {
  const r = bag(await request<unknown>(`${base}/sessions/${id}/host`, { method: "POST" }));
  return { code: str(r.code), hostSecret: str(r.hostSecret) };
}

/** Signs this browser in with a recovery code or an earlier release's dashboard token. */
export async function signIn(credential: { recoveryCode: string } | { token: string }): Promise<void> {
  await request<unknown>(`${base}/sign-in`, { method: "POST", body: JSON.stringify(credential) });
}

export async function signOut(): Promise<void> {
  await request<unknown>(`${base}/sign-out`, { method: "POST" });
}

/** A new recovery code (the earlier one stops working), to write down: shown once. */
export async function newRecoveryCode(): Promise<string> {
  return str(bag(await request<unknown>(`${base}/recovery-code`, { method: "POST" })).recoveryCode);
}

/** Revokes old links, other browsers' sign-ins and the recovery code; answers with a new recovery code. */
export async function revokeEverywhere(): Promise<string> {
  return str(bag(await request<unknown>(`${base}/revoke`, { method: "POST" })).recoveryCode);
}

/** Deletes everything this teacher has stored, and signs this browser out. */
export async function deleteEverything(): Promise<void> {
  await request<unknown>(base, { method: "DELETE" });
}
