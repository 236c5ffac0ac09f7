// The transport cycles of the two pumps a student can be: the order of their steps, the hint for a step out of
// order, and ouabain's stop at phosphorylation. A pump's cue asks for the next step of its own cycle.
import { type Action, NA_K_PUMP_STEPS, type PumpStep, SERCA_STEPS } from "./actions";
import type { Senses } from "./senses";

export interface PumpCycle {
  /** Index of the next expected step in the role's cycle. */
  next: number;
}

export type PumpRole = "naKPump" | "serca";

const PUMP_STEP_TEXT: Record<PumpStep, string> = {
  bindNa: "Bind 3 Na+ from inside",
  atp: "Spend one ATP",
  releaseNa: "Release 3 Na+ outside",
  bindK: "Bind 2 K+ from outside",
  releaseK: "Release 2 K+ inside",
  bindCa: "Bind 2 Ca2+ from the cytoplasm",
  releaseCa: "Release 2 Ca2+ into the SR",
};

const PUMP_HINTS: Record<PumpStep, string> = {
  bindNa: "Bind 3 Na+ from the inside first.",
  atp: "Spend one ATP next: phosphorylation flips the pump.",
  releaseNa: "Release the 3 Na+ outside next.",
  bindK: "Bind 2 K+ from the outside next.",
  releaseK: "Release the 2 K+ inside to finish the cycle.",
  bindCa: "Bind 2 Ca2+ from the cytoplasm first.",
  releaseCa: "Release the 2 Ca2+ into the SR to finish the cycle.",
};

/** The readable name of a pump step (never the id). */
export function pumpStepText(step: PumpStep): string {
  return PUMP_STEP_TEXT[step];
}

export function stepsOf(roleId: PumpRole): readonly PumpStep[] {
  return roleId === "naKPump" ? NA_K_PUMP_STEPS : SERCA_STEPS;
}

export function isPumpRole(roleId: string): roleId is PumpRole {
  return roleId === "naKPump" || roleId === "serca";
}

/** The action of the step after `next` in a cycle. */
export function pumpAction(steps: readonly PumpStep[], next: number): Action {
  return { kind: "pump", step: steps[next % steps.length] ?? (steps[0] as PumpStep) };
}

/**
 * Advances a pump's transport cycle by one step. Out-of-order steps are refused; ouabain stops the
 * Na+/K+ pump at phosphorylation. Returns whether this step completed a cycle.
 */
export function pumpStep(
  roleId: PumpRole,
  cycle: PumpCycle,
  step: PumpStep,
  s: Senses,
): { ok: true; completed: boolean } | { ok: false; reason: string } {
  const steps = stepsOf(roleId);
  const expected = steps[cycle.next] ?? steps[0];
  if (step !== expected)
    return { ok: false, reason: expected ? PUMP_HINTS[expected] : "That is not the next step of the cycle." };
  if (roleId === "naKPump" && step === "atp" && s.pumpBlock >= 0.999) {
    return { ok: false, reason: "Ouabain is bound to the pump: it cannot be phosphorylated, so the cycle stops." };
  }
  cycle.next = (cycle.next + 1) % steps.length;
  return { ok: true, completed: cycle.next === 0 };
}
