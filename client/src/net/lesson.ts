// The lesson parts of the class state (challenge, mystery, question), read for drawing only: scenario names, the
// round's scenario ids and the mystery's choices; and the ranking of teams for the result screens.
import { SCENARIOS } from "../../../shared/physiology/scenarios";
import type { WireState } from "./wireState";

export const scenarioName = (id: string): string => SCENARIOS.find((s) => s.id === id)?.name ?? id;

/** Scenario ids of the state's "id:level,…" list; in a mystery round (list "hidden") the possible diagnoses. */
export function scenarioIds(state: WireState): string[] {
  const list = state.scenarios === "hidden" ? state.mysteryChoices : state.scenarios;
  return (list ?? "")
    .split(",")
    .map((part) => part.split(":")[0]?.trim() ?? "")
    .filter((id) => id.length > 0);
}

export const mysteryChoices = (state: WireState): string[] =>
  (state.mysteryChoices ?? "").split(",").filter((id) => id.length > 0);

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
