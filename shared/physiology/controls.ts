// Game controls: the quantities students drive, as multipliers on the rate each part really governs.
// 1 = the model's own kinetics (what a bot does); 0 = the part does nothing. Inputs of every substep.

import { PARAMS as P } from "./parameters";

export interface Controls {
  /** Presynaptic voltage-gated Ca2+ channel: scales the fraction of channels that open per impulse. */
  caChannel: number;
  /** Ca2+ ions: scales Ca2+ entry per open channel (permeation), so release ∝ (open × flux)^4. */
  caIon: number;
  /** Synaptic vesicles: scale the fusion probability of each RRP vesicle (clamped ≤ 1) and MEPP rate. */
  vesicles: number;
  /** AChE: scales the hydrolysis rate k_E; 0 = no hydrolysis, exactly like a complete AChE inhibitor. */
  aChE: number;
  /** nAChR: scales the opening rate β of doubly-liganded receptors (A2R → A2R*); no ACh, no opening. */
  nAChR: number;
  /** Nav1.4: scales the activation rate α_m only; inactivation h still gates, so inactivated stay shut. */
  naChannel: number;
  /** Delayed-rectifier K+ channel: scales the activation rate α_n. */
  kChannel: number;
  /** Na+ ions: scale permeation through open Na+ channels (voltage-gated and background). */
  naIon: number;
  /** K+ ions: scale permeation through open K+ channels (delayed and inward rectifiers). */
  kIon: number;
  /** Na+/K+-ATPase: scales the cycling rate (3 Na+ out, 2 K+ in per ATP; ATP taken as available). */
  naKPump: number;
  /** SERCA: scales the SR Ca2+ pump rate, i.e. how fast the muscle relaxes. */
  serca: number;
  /** Motor neuron's Na+ channels (soma / initial segment): scale the share that can open (g_Na); h still gates. */
  neuronNa: number;
  /** Motor neuron's delayed-rectifier K+ channels (soma): scale the share that can open (g_K·n⁴). */
  neuronK: number;
  /** Nodes of Ranvier: scale the share of nodal Na+ channels that open (in 1/12 steps); an impulse keeps its launch's. */
  node: number;
}

export type ControlName = keyof Controls;

export const CONTROL_NAMES: readonly ControlName[] = [
  "caChannel",
  "caIon",
  "vesicles",
  "aChE",
  "nAChR",
  "naChannel",
  "kChannel",
  "naIon",
  "kIon",
  "naKPump",
  "serca",
  "neuronNa",
  "neuronK",
  "node",
];

export function defaultControls(): Controls {
  return {
    caChannel: 1,
    caIon: 1,
    vesicles: 1,
    aChE: 1,
    nAChR: 1,
    naChannel: 1,
    kChannel: 1,
    naIon: 1,
    kIon: 1,
    naKPump: 1,
    serca: 1,
    neuronNa: 1,
    neuronK: 1,
    node: 1,
  };
}

export type ControlResult =
  | { ok: true; name: ControlName; value: number; clamped: boolean }
  | { ok: false; reason: string };

export function isControlName(name: unknown): name is ControlName {
  return typeof name === "string" && (CONTROL_NAMES as readonly string[]).includes(name);
}

/** Sets one drive, clamped to [0, controlMax]; unknown names and non-finite values are refused, never thrown. */
export function setControl(j: { controls: Controls }, name: unknown, value: unknown): ControlResult {
  if (!isControlName(name)) return { ok: false, reason: `unknown control: ${String(name)}` };
  if (typeof value !== "number" || !Number.isFinite(value)) {
    return { ok: false, reason: `value for ${name} must be a finite number` };
  }
  const v = Math.min(P.controlMax, Math.max(0, value));
  j.controls[name] = v;
  return { ok: true, name, value: v, clamped: v !== value };
}
