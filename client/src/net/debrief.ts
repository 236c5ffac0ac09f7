// The server's `debrief` message (a RoundSummary from shared/game/summary), shape-checked at the edge: the parts
// the result screens draw — each team's outcome, chain of impulses and diagnosis, each seat's round score, the
// mystery's answer. One reading for every screen; a team's result reads the same here as in the teacher's reports.
import type { SeatScore } from "../../../shared/game/score";
import type { TeamOutcome } from "../../../shared/game/summary";
import type { ImpulseRecord } from "../../../shared/physiology/events";
import type { TeamResult } from "../../../shared/protocol/reports";
import { bag, isBag, listOf, num, numOrNull, strOrNull, text } from "./fields";

/** A team's outcome as the debrief screens draw it (shared/game/summary's TeamOutcome, less its stage log). */
export type DebriefTeam = Omit<TeamOutcome, "physiologicalMs" | "stages">;

export interface DebriefSeat {
  seatId: string;
  nickname: string;
  team: number;
  role: string | null;
  /** The seat's round score: game score, cues received, cues answered in time, refused presses. */
  score: SeatScore;
}

export interface Debrief {
  round: number;
  goal: string;
  challengeId: string;
  /** Mystery mode: the hidden scenario, revealed now, and the diagnoses that were offered. */
  mystery: { answer: string; choices: string[] } | null;
  teams: DebriefTeam[];
  seats: DebriefSeat[];
}

function impulse(v: unknown): ImpulseRecord | null {
  if (!isBag(v)) return null;
  return {
    impulse: num(v.impulse),
    stimulatedMs: num(v.stimulatedMs),
    arrivedMs: numOrNull(v.arrivedMs),
    caEntry: num(v.caEntry),
    releaseProbability: num(v.releaseProbability),
    quanta: num(v.quanta),
    peakOpenReceptors: num(v.peakOpenReceptors),
    eppPeakMv: num(v.eppPeakMv),
    preImpulseMv: num(v.preImpulseMv),
    apFired: v.apFired === true,
    apTimeMs: numOrNull(v.apTimeMs),
    peakCaUM: num(v.peakCaUM),
    peakForce: num(v.peakForce),
    cmap: numOrNull(v.cmap),
  };
}

/** A team's result in a round: the debrief's teams and the dashboard report's rounds both carry it. */
export function readTeamResult(v: unknown): TeamResult {
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

function team(v: unknown): DebriefTeam | null {
  if (!isBag(v)) return null;
  return {
    ...readTeamResult(v),
    verdict: text(v.verdict),
    chain: listOf(v.chain, impulse),
    diagnosis: strOrNull(v.diagnosis),
    diagnosisCorrect: typeof v.diagnosisCorrect === "boolean" ? v.diagnosisCorrect : null,
    volleys: num(v.volleys),
    somaSpikes: num(v.somaSpikes),
    stimulatorImpulses: num(v.stimulatorImpulses),
  };
}

function seat(v: unknown): DebriefSeat | null {
  if (!isBag(v) || typeof v.seatId !== "string" || typeof v.nickname !== "string") return null;
  const score = bag(v.score);
  return {
    seatId: v.seatId,
    nickname: v.nickname,
    team: num(v.team),
    role: strOrNull(v.role),
    score: { game: num(score.game), cues: num(score.cues), answered: num(score.answered), refused: num(score.refused) },
  };
}

function mystery(v: unknown): Debrief["mystery"] {
  if (!isBag(v) || typeof v.answer !== "string") return null;
  return { answer: v.answer, choices: listOf(v.choices, strOrNull) };
}

/** A debrief, or null when the message is not one. */
export function readDebrief(payload: unknown): Debrief | null {
  if (!isBag(payload) || typeof payload.round !== "number") return null;
  return {
    round: payload.round,
    goal: strOrNull(payload.goal) ?? "",
    challengeId: strOrNull(payload.challengeId) ?? "",
    mystery: mystery(payload.mystery),
    teams: listOf(payload.teams, team),
    seats: listOf(payload.seats, seat),
  };
}
