// The motor neuron's lab actions and observations: synapses on the soma (excitatory, glycinergic), a current
// injected into the soma, and what observe(j).neuron and neuronDetail report. Refusals are values, never exceptions.

import { onSomaSpike } from "./neuronImpulses";
import { NEURON as N } from "./neuronParameters";
import type { AxonImpulse } from "./neuronState";
import { somaRestNow, somaSync } from "./neuronSync";
import { addSynapticInput, synapticConductances } from "./soma";
import type { Junction } from "./state";

export type SynapseKind = "excitatory" | "inhibitory";
export type NeuronActionResult = { ok: true } | { ok: false; reason: string };

/** Brings the soma up to now before an input changes it (it is integrated lazily) and wakes it. */
function somaNow(j: Junction): void {
  if (somaSync(j, j.step)) onSomaSpike(j);
  const s = j.neuron.soma;
  s.awake = true;
  s.nextSyncStep = j.step + 2;
  if (j.neuron.nextStep > j.step) j.neuron.nextStep = j.step;
}

/**
 * Fires `count` synapses of one kind on the motor neuron at once (spatial summation; calls in quick succession sum
 * in time). Inhibitory ones are glycinergic (Renshaw cells, Ia inhibitory interneurons): tetanus toxin blocks their
 * release, strychnine their receptors. Refused as a value for an unknown kind or a count outside 1–synapseCountMax.
 */
export function stimulateSynapse(j: Junction, kind: unknown, count: unknown = 1): NeuronActionResult {
  if (kind !== "excitatory" && kind !== "inhibitory")
    return { ok: false, reason: `unknown synapse kind: ${String(kind)}` };
  if (typeof count !== "number" || !Number.isInteger(count) || count < 1 || count > N.synapseCountMax) {
    return { ok: false, reason: `count must be a whole number from 1 to ${N.synapseCountMax}` };
  }
  somaNow(j);
  const inhibitory = kind === "inhibitory";
  addSynapticInput(j.neuron.soma, inhibitory, count, inhibitory ? 1 - j.mods.inhibitoryReleaseBlock : 1);
  return { ok: true };
}

/** A current pulse into the soma from now for `ms` (µA/cm², depolarising positive); replaces a pulse in progress. */
export function injectCurrent(j: Junction, site: unknown, uAPerCm2: unknown, ms: unknown): NeuronActionResult {
  if (site !== "soma") return { ok: false, reason: `unknown site: ${String(site)} (only "soma")` };
  if (typeof uAPerCm2 !== "number" || !Number.isFinite(uAPerCm2) || Math.abs(uAPerCm2) > N.injectMaxUAPerCm2) {
    return { ok: false, reason: `current must be a finite number within ±${N.injectMaxUAPerCm2} µA/cm²` };
  }
  if (typeof ms !== "number" || !Number.isFinite(ms) || ms < 0) {
    return { ok: false, reason: "duration must be a finite number of ms ≥ 0" };
  }
  somaNow(j);
  const s = j.neuron.soma;
  s.stimUAPerCm2 = uAPerCm2;
  s.stimStartStep = j.step;
  s.stimEndStep = j.step + Math.round(ms / j.dtMs);
  return { ok: true };
}

/** What observe(j).neuron reports (issue 12's names). */
export interface NeuronObservation {
  somaMv: number;
  terminalMv: number;
  somaSpikes: number;
  terminalSpikes: number;
  caEntryLastImpulse: number; // the last terminal AP's Ca2+ entry relative to a control impulse (0 before any)
  axonLengthMm: number;
}

export function observeNeuron(j: Junction): NeuronObservation {
  const nz = j.neuron;
  return {
    somaMv: nz.soma.v,
    terminalMv: nz.terminal.v,
    somaSpikes: nz.soma.spikes,
    terminalSpikes: nz.terminal.spikes,
    caEntryLastImpulse: j.pre.lastX,
    axonLengthMm: nz.axon.lengthMm,
  };
}

/** More of the neuron, for a game layer or a lab page: synaptic drive, AHP, conduction, impulses in the axon. */
export interface NeuronDetail {
  somaRestMv: number;
  excitatoryConductanceMsPerCm2: number;
  inhibitoryConductanceMsPerCm2: number;
  somaCaUM: number; // the SK-sensing Ca2+ pool (after-hyperpolarisation)
  conductionVelocityMPerS: number; // 0 when blocked
  conductionBlocked: boolean;
  somaToTerminalMs: number; // conduction time over the whole axon (∞ when blocked)
  impulsesInAxon: { positionMm: number; orthodromic: boolean; impulse: number }[]; // mm from the soma
}

export function neuronDetail(j: Junction): NeuronDetail {
  const nz = j.neuron;
  const a = nz.axon;
  const g = synapticConductances(nz.soma, j.mods);
  const at = (imp: AxonImpulse): number => {
    const travelled = Math.max(0, j.step - imp.startStep) * j.dtMs * imp.velocityMPerS;
    return Math.min(a.lengthMm, Math.max(0, imp.orthodromic ? imp.startMm + travelled : imp.startMm - travelled));
  };
  return {
    somaRestMv: somaRestNow(j.mods.neuronNaBlock, j.controls).v,
    excitatoryConductanceMsPerCm2: g.exc,
    inhibitoryConductanceMsPerCm2: g.inh,
    somaCaUM: nz.soma.caUM,
    conductionVelocityMPerS: a.blocked ? 0 : a.velocityMPerS,
    conductionBlocked: a.blocked,
    somaToTerminalMs: a.blocked ? Number.POSITIVE_INFINITY : a.lengthMm / a.velocityMPerS,
    impulsesInAxon: a.impulses.map((imp) => ({
      positionMm: at(imp),
      orthodromic: imp.orthodromic,
      impulse: imp.impulse,
    })),
  };
}
