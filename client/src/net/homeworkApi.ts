// Homework over the HTTP API: the teacher's assignments (from the dashboard) and a student's attempt, shape-checked
// at the edge so the pages draw only what they understood.

import type { AssignmentWithAttempts, Attempt, AttemptRound, HomeworkInfo } from "../../../shared/protocol/reports";
import { request } from "./api";
import { deviceToken } from "./device";
import { bag, list, num, str } from "./fields";

export type { Attempt, AttemptRound, HomeworkInfo };
/** An assignment with its attempts (the dashboard's view) and the link students open (the server's address). */
export type Assignment = AssignmentWithAttempts & { url: string };

function attemptRound(v: unknown): AttemptRound {
  const r = bag(v);
  return {
    round: num(r.round),
    role: typeof r.role === "string" ? r.role : null,
    goalProgress: num(r.goalProgress),
    goalAchieved: r.goalAchieved === true,
    twitches: num(r.twitches),
  };
}

function attempt(v: unknown): Attempt {
  const a = bag(v);
  return {
    id: num(a.id),
    nickname: str(a.nickname),
    startedAt: str(a.startedAt),
    late: a.late === true,
    achieved: a.achieved === true,
    bestProgress: num(a.bestProgress),
    rounds: list(a.rounds).map(attemptRound),
  };
}

export function assignment(v: unknown): Assignment {
  const a = bag(v);
  return {
    id: num(a.id),
    code: str(a.code),
    title: str(a.title),
    challengeId: str(a.challengeId),
    scenarios: Array.isArray(a.scenarios)
      ? a.scenarios.map((s) => ({ id: str(bag(s).id), level: num(bag(s).level) }))
      : null,
    deadline: str(a.deadline),
    createdAt: str(a.createdAt),
    attempts: list(a.attempts).map(attempt),
    url: str(a.url),
  };
}

/** The signed-in teacher's dashboard API (the cookie says who). */
const base = "/api/teacher";

export async function fetchAssignments(): Promise<Assignment[]> {
  return list(bag(await request<unknown>(base)).assignments).map(assignment);
}

/** Sets homework; `deadline` is an ISO date-time. Answers with the new assignment's code and full link. */
export async function createAssignment(body: {
  title: string;
  challengeId: string;
  deadline: string;
  scenarios?: { id: string; level: number }[];
}): Promise<{ code: string; url: string }> {
  const created = bag(await request<unknown>(`${base}/assignments`, { method: "POST", body: JSON.stringify(body) }));
  return { code: str(created.code), url: str(created.url) };
}

/** Deletes an assignment with every attempt at it. */
export async function deleteAssignment(id: number): Promise<void> {
  await request<unknown>(`${base}/assignments/${id}`, { method: "DELETE" });
}

export async function homeworkInfo(code: string): Promise<HomeworkInfo> {
  const r = bag(await request<unknown>(`/api/homework/${encodeURIComponent(code)}`));
  const c = bag(r.challenge);
  return {
    code: str(r.code),
    title: str(r.title),
    deadline: str(r.deadline),
    late: r.late === true,
    challenge: r.challenge ? { id: str(c.id), name: str(c.name), summary: str(c.summary) } : null,
    scenarios: Array.isArray(r.scenarios)
      ? r.scenarios.map((s) => ({ id: str(bag(s).id), name: str(bag(s).name), level: num(bag(s).level) }))
      : null,
  };
}

/** Starts an attempt from this device: the server opens a private solo room and answers with its code. */
export async function startAttempt(code: string, nickname: string): Promise<{ roomCode: string; nickname: string }> {
  const r = bag(
    await request<unknown>(`/api/homework/${encodeURIComponent(code)}/attempts`, {
      method: "POST",
      body: JSON.stringify({ nickname, deviceToken: deviceToken() }),
    }),
  );
  return { roomCode: str(r.roomCode), nickname: str(r.nickname) || nickname };
}
