// The physiological rules that limit each part's actions. A refused action is a value with a reason a
// student can read, and changes nothing. Thresholds are physiological and carry their sources.
import type { Action, PumpStep } from "./actions";
import { NA_K_PUMP_STEPS, SERCA_STEPS } from "./actions";
import { roleInSentence } from "./readable";
import type { RoleId } from "./roles";
import type { Senses } from "./senses";

export type RuleResult = { ok: true } | { ok: false; reason: string };

/**
 * The muscle AP threshold the game states (oscilloscope line, Na+ channel hints), mV: where this model's end
 * plate fires for an EPP — rest −88 mV plus the ≈ 17 mV depolarisation needed (measured in
 * test/shared/physiology/safety.test.ts, which checks this value; docs/model.md). Textbooks quote ≈ −60 mV for
 * muscle (docs/physiology-sources.md); the line shows the model the class watches, so an EPP that crosses it fires.
 */
export const THRESHOLD_MV = -71;
/** Potential above which Nav1.4 and the delayed rectifier begin to activate, mV (game choice: in this model's Cannon et
 * al. 1993 gates m∞ ≈ 0.07 and n∞ ≈ 0.02 there, rising steeply above). */
export const ACTIVATION_ONSET_MV = -75;
/** Na+ availability (the h gate of Hodgkin & Huxley 1952) below which the channel counts as inactivated (game choice). */
export const INACTIVATED_BELOW = 0.3;
/** Physiological ms after an impulse arrives during which the terminal stays depolarised (game choice: AP ≈ 1 ms). */
export const TERMINAL_DEPOLARISED_MS = 1;
/** Residual Ca2+ (× one impulse's entry, dimensionless) above which vesicles can still fuse (game choice: the
 * asynchronous release tail). */
export const FUSION_CA_THRESHOLD = 0.02;
/** ACh concentration in a footprint below which there is nothing left for AChE to hydrolyse, µM (game choice). */
export const ACH_PRESENT_UM = 1;

const ok: RuleResult = { ok: true };
const no = (reason: string): RuleResult => ({ ok: false, reason });
const mv = (v: number) => `${Math.round(v)} mV`;

/** Which action kinds each role has at all. */
export const ROLE_ACTIONS: Record<RoleId, readonly Action["kind"][]> = {
  motorNeuron: ["fire", "rhythm"],
  caChannel: ["gate"],
  caIon: ["cross"],
  vesicles: ["fuse"],
  nAChR: ["gate"],
  aChE: ["hydrolyse"],
  naChannel: ["gate"],
  naIon: ["cross"],
  kChannel: ["gate"],
  kIon: ["cross"],
  naKPump: ["pump"],
  serca: ["pump"],
};

function terminalDepolarised(s: Senses): boolean {
  return s.impulseInFlight || s.msSinceArrival <= TERMINAL_DEPOLARISED_MS;
}

/** Can this role do this action now? Closing a gate is always allowed; opening must have its stimulus. */
export function checkAction(roleId: RoleId, action: Action, s: Senses): RuleResult {
  if (!ROLE_ACTIONS[roleId].includes(action.kind)) return no(`A ${roleName(roleId)} cannot do "${action.kind}".`);
  if (action.kind === "gate" && !action.open) return ok;
  switch (roleId) {
    case "motorNeuron":
      return ok; // refractoriness is the engine's own rule, checked when the impulse is started
    case "caChannel":
      return terminalDepolarised(s)
        ? ok
        : no(
            "Voltage-gated Ca2+ channels open only when a nerve impulse depolarises the terminal. Wait for the impulse.",
          );
    case "caIon":
      if (action.kind === "cross" && action.direction === "out") {
        return no("Ca2+ is pushed into the terminal: about 2 mM outside, 0.0001 mM inside, and E_Ca ≈ +130 mV.");
      }
      return terminalDepolarised(s)
        ? ok
        : no("Ca2+ can only cross through open Ca2+ channels: wait for the nerve impulse.");
    case "vesicles":
      return terminalDepolarised(s) || s.residualCa > FUSION_CA_THRESHOLD
        ? ok
        : no("Vesicles fuse only after Ca2+ has entered the terminal.");
    case "nAChR":
      return s.doublyBoundReceptors >= 1 ? ok : no("The receptor needs two ACh bound before it can open.");
    case "aChE":
      return s.achInCleftUM > ACH_PRESENT_UM ? ok : no("There is no ACh in the cleft to break down.");
    case "naChannel":
      if (s.naAvailability < INACTIVATED_BELOW) {
        return no("Your inactivation gate is shut: a Na+ channel cannot reopen until the membrane repolarises.");
      }
      return s.vMv > ACTIVATION_ONSET_MV
        ? ok
        : no(
            `Na+ channels open when the membrane depolarises toward threshold (${mv(THRESHOLD_MV)}); it is at ${mv(s.vMv)}.`,
          );
    case "naIon":
      return crossRule("Na+", action, s.vMv, s.eNaMv, s.openNaFraction > 1e-3 || s.openReceptors >= 1);
    case "kChannel":
      return s.vMv > ACTIVATION_ONSET_MV
        ? ok
        : no(`Delayed-rectifier K+ channels open when the membrane is depolarised; it is at ${mv(s.vMv)}.`);
    case "kIon":
      // Inward-rectifier and leak K+ channels are open at rest, so K+ always has a path.
      return crossRule("K+", action, s.vMv, s.eKMv, true);
    case "naKPump":
    case "serca":
      return ok; // the order of the cycle is checked by the pump's own state (pumpCycle)
  }
}

/** An ion moves only through an open path, and only the way its electrochemical gradient pushes it. */
function crossRule(ion: string, action: Action, v: number, e: number, pathOpen: boolean): RuleResult {
  if (action.kind !== "cross") return ok;
  if (!pathOpen) return no(`${ion} can only cross through an open channel, and none is open now.`);
  const pushedIn = v < e;
  if ((action.direction === "in") !== pushedIn) {
    return no(
      `At ${mv(v)} with E_${ion.replace("+", "")} = ${mv(e)}, ${ion} is pushed ${pushedIn ? "in" : "out"}, not ${action.direction}.`,
    );
  }
  return ok;
}

export interface PumpCycle {
  /** Index of the next expected step in the role's cycle. */
  next: number;
}

const PUMP_HINTS: Record<string, string> = {
  bindNa: "Bind 3 Na+ from the inside first.",
  atp: "Spend one ATP next: phosphorylation flips the pump.",
  releaseNa: "Release the 3 Na+ outside next.",
  bindK: "Bind 2 K+ from the outside next.",
  releaseK: "Release the 2 K+ inside to finish the cycle.",
  bindCa: "Bind 2 Ca2+ from the cytoplasm first.",
  releaseCa: "Release the 2 Ca2+ into the SR to finish the cycle.",
};

/**
 * Advances a pump's transport cycle by one step. Out-of-order steps are refused; ouabain stops the
 * Na+/K+ pump at phosphorylation. Returns whether this step completed a cycle.
 */
export function pumpStep(
  roleId: "naKPump" | "serca",
  cycle: PumpCycle,
  step: PumpStep,
  s: Senses,
): { ok: true; completed: boolean } | { ok: false; reason: string } {
  const steps: readonly string[] = roleId === "naKPump" ? NA_K_PUMP_STEPS : SERCA_STEPS;
  const expected = steps[cycle.next] ?? steps[0] ?? "";
  if (step !== expected)
    return { ok: false, reason: PUMP_HINTS[expected] ?? "That is not the next step of the cycle." };
  if (roleId === "naKPump" && step === "atp" && s.pumpBlock >= 0.999) {
    return { ok: false, reason: "Ouabain is bound to the pump: it cannot be phosphorylated, so the cycle stops." };
  }
  cycle.next = (cycle.next + 1) % steps.length;
  return { ok: true, completed: cycle.next === 0 };
}

/** The part's readable name inside a sentence ("A motor neuron cannot …", "A K+ ion cannot …"), never its id. */
function roleName(roleId: RoleId): string {
  return roleInSentence(roleId);
}
