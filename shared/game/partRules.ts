// The pieces the parts' physiological rules are built from: a result type, the thresholds they share, and the
// ion-crossing rule. Every threshold is physiological and carries its source, or is marked a game choice.
import type { Action } from "./actions";
import type { Senses } from "./senses";

export type RuleResult = { ok: true } | { ok: false; reason: string };

export const ok: RuleResult = { ok: true };
export const no = (reason: string): RuleResult => ({ ok: false, reason });
export const mv = (v: number) => `${v > 0 ? "+" : v < 0 ? "−" : ""}${Math.abs(Math.round(v))} mV`;

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
/**
 * The motor neuron's firing threshold the game states, mV: ≈ 15 mV above its −70 mV rest (Coombs, Curtis & Eccles
 * 1957; the model's soma fires near −55 mV, test/shared/physiology/neuron.test.ts).
 */
export const NEURON_THRESHOLD_MV = -55;
/**
 * Soma potential above which its Na+ channels begin to activate, mV (game choice: ≈ 6 mV above the −70 mV rest, a
 * little more than two summed EPSPs of this model, so a cue comes only for a depolarisation heading to threshold).
 */
export const NEURON_ACTIVATION_ONSET_MV = -64;

export function terminalDepolarised(s: Senses): boolean {
  return s.impulseInFlight || s.msSinceArrival <= TERMINAL_DEPOLARISED_MS;
}

/** An ion moves only through an open path, and only the way its electrochemical gradient pushes it. */
export function crossRule(ion: string, action: Action, v: number, e: number, pathOpen: boolean): RuleResult {
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

/** A gate's two buttons (open, close). */
export const GATE_BUTTONS = [
  { label: "Open gate", key: "g", action: { kind: "gate", open: true } },
  { label: "Close gate", key: "c", action: { kind: "gate", open: false } },
] as const satisfies readonly { label: string; key: string; action: Action }[];

/** An ion's two buttons (in, out). */
export const CROSS_BUTTONS = [
  { label: "Cross in", key: "i", action: { kind: "cross", direction: "in" } },
  { label: "Cross out", key: "o", action: { kind: "cross", direction: "out" } },
] as const satisfies readonly { label: string; key: string; action: Action }[];

export const OPEN: Action = { kind: "gate", open: true };
