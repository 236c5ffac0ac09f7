// Mystery mode: the scenario is hidden from students, and each team diagnoses it from what it observes.
// The scenario is drawn deterministically from the challenge's choices (same seed, same draw).

import { junctionSeed } from "./seeds";
import type { Game, InputResult } from "./state";

/**
 * Scenarios this model cannot tell apart, so either diagnosis of one counts for the other: strychnine blocks the
 * glycine receptors and tetanus toxin stops glycine's release, and both remove the same IPSPs from the motor
 * neuron (the model has no other tissue where they differ; in patients the history tells them apart).
 */
const ALIKE: readonly (readonly string[])[] = [["strychnine", "tetanus-toxin"]];

/** Whether a diagnosis names the hidden scenario (or one the model cannot tell from it). */
export function diagnosisMatches(answer: string, diagnosis: string | null | undefined): boolean {
  if (!diagnosis) return false;
  return diagnosis === answer || ALIKE.some((group) => group.includes(answer) && group.includes(diagnosis));
}

/** Draws the hidden scenario from `choices` for this round. */
export function drawMystery(seed: number, round: number, choices: readonly string[]): string {
  const index = junctionSeed(seed, round, 97) % Math.max(1, choices.length);
  return choices[index] ?? choices[0] ?? "control";
}

export function diagnose(game: Game, seatId: string, scenarioId: string): InputResult {
  const m = game.mystery;
  if (!m) return { ok: false, reason: "There is no mystery to diagnose in this round." };
  if (!m.choices.includes(scenarioId)) return { ok: false, reason: "That is not one of the possible diagnoses." };
  if (game.phase !== "running" && game.phase !== "paused")
    return { ok: false, reason: "Diagnose while the round runs." };
  m.diagnoses[seatId] = scenarioId;
  return { ok: true, text: "Diagnosis saved. You can change it until the round ends." };
}

/** A team's diagnosis: the most common among its members (ties: the first chosen). */
export function teamDiagnosis(game: Game, team: number): string | null {
  const m = game.mystery;
  if (!m) return null;
  const counts = new Map<string, number>();
  for (const seat of game.seats) {
    const d = m.diagnoses[seat.seatId];
    if (seat.team === team && d) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [id, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = id;
  return best;
}
