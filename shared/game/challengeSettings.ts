// Turns a challenge preset into round settings (between rounds only); mystery presets hide the scenario.
import { SCENARIOS } from "../physiology/scenarios";
import { challengeById } from "./challenges";
import { DEFAULT_CUE_WINDOW_MS } from "./stages";
import type { Game, InputResult } from "./state";

/** Team challenges are races: a stage holds 2 s of wall time instead of the class's 3 s. */
export const RACE_CUE_WINDOW_MS = 2000;

/** The documented default level of a scenario. */
export function defaultLevel(id: string): number {
  return SCENARIOS.find((s) => s.id === id)?.default ?? 0;
}

export function applyChallenge(game: Game, challengeId: string): InputResult {
  if (game.phase === "running" || game.phase === "paused")
    return { ok: false, reason: "Choose a challenge between rounds." };
  const challenge = challengeById(challengeId);
  if (!challenge) return { ok: false, reason: `There is no challenge "${challengeId.slice(0, 40)}".` };
  game.settings = {
    ...game.settings,
    mode: challenge.mode,
    teamCount: challenge.teamCount ?? game.settings.teamCount,
    goal: challenge.goal,
    scenarios: challenge.scenarios.map((s) => ({ ...s })),
    roundLimitMs: challenge.roundLimitMs,
    cueWindowMs: challenge.cueWindowMs ?? (challenge.mode === "teams" ? RACE_CUE_WINDOW_MS : DEFAULT_CUE_WINDOW_MS),
    challengeId: challenge.id,
    mysteryChoices: challenge.mystery ? [...(challenge.mysteryChoices ?? [])] : null,
  };
  return { ok: true, text: `Challenge: ${challenge.name}.` };
}
