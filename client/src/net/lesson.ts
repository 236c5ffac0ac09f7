// The lesson parts of the class state and the debrief (challenge, mystery, question), read for drawing only:
// scenario names, the round's scenario ids, and the debrief's team results and diagnoses, shape-checked.
import { SCENARIOS } from "../../../shared/physiology/scenarios";
import type { ClassStateView } from "./stateView";

export const scenarioName = (id: string): string => SCENARIOS.find((s) => s.id === id)?.name ?? id;

/** Scenario ids of the state's "id:level,…" list; in a mystery round (list "hidden") the possible diagnoses. */
export function scenarioIds(state: ClassStateView): string[] {
  const list = state.scenarios === "hidden" ? state.mysteryChoices : state.scenarios;
  return (list ?? "")
    .split(",")
    .map((part) => part.split(":")[0]?.trim() ?? "")
    .filter((id) => id.length > 0);
}

export const mysteryChoices = (state: ClassStateView): string[] =>
  (state.mysteryChoices ?? "").split(",").filter((id) => id.length > 0);

export interface TeamResult {
  team: number;
  /** Students on the team (0: bots only). */
  people: number;
  goalProgress: number;
  goalAchieved: boolean;
  twitches: number;
  diagnosis: string | null;
  diagnosisCorrect: boolean | null;
}

export interface LessonDebrief {
  round: number;
  goal: string;
  challengeId: string;
  mystery: { answer: string; choices: string[] } | null;
  teams: TeamResult[];
}

type Bag = Record<string, unknown>;
const isBag = (v: unknown): v is Bag => typeof v === "object" && v !== null && !Array.isArray(v);
const num = (v: unknown): number => (typeof v === "number" && Number.isFinite(v) ? v : 0);
const text = (v: unknown): string | null => (typeof v === "string" ? v : null);

function team(v: unknown): TeamResult | null {
  if (!isBag(v)) return null;
  return {
    team: num(v.team),
    people: num(v.people),
    goalProgress: num(v.goalProgress),
    goalAchieved: v.goalAchieved === true,
    twitches: num(v.twitches),
    diagnosis: text(v.diagnosis),
    diagnosisCorrect: typeof v.diagnosisCorrect === "boolean" ? v.diagnosisCorrect : null,
  };
}

/** The lesson parts of a `debrief` message, or null when the message is not one. */
export function parseLessonDebrief(payload: unknown): LessonDebrief | null {
  if (!isBag(payload) || typeof payload.round !== "number") return null;
  const m = payload.mystery;
  const mystery =
    isBag(m) && typeof m.answer === "string"
      ? { answer: m.answer, choices: Array.isArray(m.choices) ? m.choices.filter((c) => typeof c === "string") : [] }
      : null;
  return {
    round: payload.round,
    goal: text(payload.goal) ?? "",
    challengeId: text(payload.challengeId) ?? "",
    mystery,
    teams: (Array.isArray(payload.teams) ? payload.teams : []).map(team).filter((t): t is TeamResult => t !== null),
  };
}

/** What ranking needs of a team: the debrief's results and the live junction views (with a head count) both have it. */
export interface RankableTeam {
  team: number;
  people: number;
  goalProgress: number;
  goalAchieved: boolean;
  twitches: number;
}

export type Ranked<T> = T & { place: number | null };

/** Shown instead of a place for a team of bots only. */
export const BOTS_ONLY = "not ranked (bots only)";

/**
 * Teams ranked for the result screens: goal reached first, then progress toward it, then twitches. Only teams with
 * people are ranked (places 1, 2, …): bots play the reference physiology, so a bots-only team would otherwise
 * win. They follow, in the same order, with no place.
 */
export function rankTeams<T extends RankableTeam>(teams: readonly T[]): Ranked<T>[] {
  const sorted = [...teams].sort(
    (a, b) =>
      Number(b.people > 0) - Number(a.people > 0) ||
      Number(b.goalAchieved) - Number(a.goalAchieved) ||
      b.goalProgress - a.goalProgress ||
      b.twitches - a.twitches ||
      a.team - b.team,
  );
  let place = 0;
  return sorted.map((t) => ({ ...t, place: t.people > 0 ? ++place : null }));
}
