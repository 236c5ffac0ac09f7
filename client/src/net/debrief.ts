// The server's `debrief` message (a RoundSummary from shared/game/summary), shape-checked at the edge: the parts
// the debrief screens draw — each team's outcome and chain of impulses, and each seat's round score.

import type { SeatScore } from "../../../shared/game/game";
import type { ChainSource } from "../../../shared/game/view";
import type { ImpulseRecord } from "../../../shared/physiology/events";

export interface DebriefTeam extends ChainSource {
  team: number;
  goalProgress: number;
  goalAchieved: boolean;
  /** One sentence: the goal met, or where the chain broke (written by the server's shared/game/verdict). */
  verdict: string;
}

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
  teams: DebriefTeam[];
  seats: DebriefSeat[];
}

type Bag = Record<string, unknown>;
const isBag = (v: unknown): v is Bag => typeof v === "object" && v !== null && !Array.isArray(v);
const num = (v: unknown): number => (typeof v === "number" && Number.isFinite(v) ? v : 0);
const numOrNull = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

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

function team(v: unknown): DebriefTeam | null {
  if (!isBag(v)) return null;
  return {
    team: num(v.team),
    goalProgress: num(v.goalProgress),
    goalAchieved: v.goalAchieved === true,
    verdict: typeof v.verdict === "string" ? v.verdict.slice(0, 400) : "",
    impulses: num(v.impulses),
    actionPotentials: num(v.actionPotentials),
    twitches: num(v.twitches),
    chain: list(v.chain)
      .map(impulse)
      .filter((r): r is ImpulseRecord => r !== null),
  };
}

function seat(v: unknown): DebriefSeat | null {
  if (!isBag(v) || typeof v.seatId !== "string" || typeof v.nickname !== "string") return null;
  const score = isBag(v.score) ? v.score : {};
  return {
    seatId: v.seatId,
    nickname: v.nickname,
    team: num(v.team),
    role: typeof v.role === "string" ? v.role : null,
    score: { game: num(score.game), cues: num(score.cues), answered: num(score.answered), refused: num(score.refused) },
  };
}

/** A debrief, or null when the message is not one. */
export function parseDebrief(payload: unknown): Debrief | null {
  if (!isBag(payload) || typeof payload.round !== "number") return null;
  return {
    round: payload.round,
    goal: typeof payload.goal === "string" ? payload.goal : "",
    teams: list(payload.teams)
      .map(team)
      .filter((t): t is DebriefTeam => t !== null),
    seats: list(payload.seats)
      .map(seat)
      .filter((s): s is DebriefSeat => s !== null),
  };
}
