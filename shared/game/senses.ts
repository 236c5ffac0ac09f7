// What each part of the junction can sense right now (ACh bound, voltage, Ca2+ in the terminal…), read from
// the engine's state. The rules use these to decide whether an action is physiologically possible.
import { CLEFT_SLOTS, receptorsAvailable } from "../physiology/cleft";
import { nernstMv } from "../physiology/ions";
import { PARAMS } from "../physiology/parameters";
import { X_REF } from "../physiology/release";
import type { Junction } from "../physiology/state";

export interface Senses {
  timeMs: number;
  /** Muscle membrane potential at the end plate, mV. */
  vMv: number;
  eNaMv: number;
  eKMv: number;
  /** A nerve impulse is travelling down the axon toward the terminal. */
  impulseInFlight: boolean;
  /** Physiological ms since the last impulse reached the terminal (Infinity if none yet). */
  msSinceArrival: number;
  /** Residual Ca2+ in the terminal relative to one control impulse's entry. */
  residualCa: number;
  /** Ca2+ entry of the impulse that last reached the terminal, relative to a control impulse. */
  lastEntry: number;
  /** Receptors with two ACh bound (closed A2R or open A2R*), counted over active footprints. */
  doublyBoundReceptors: number;
  achInCleftUM: number;
  /** Fraction of Na+ channels not inactivated (fast h, slow s) and not blocked (h × s × (1 − TTX)), as observe(). */
  naAvailability: number;
  openNaFraction: number;
  openReceptors: number;
  /** Ouabain's block of the Na+/K+ pump, 0–1. */
  pumpBlock: number;
  /** The motor neuron's soma (axon initial segment) potential, mV. */
  somaMv: number;
  /** The soma's Na+ channels not inactivated (its h gate) and not blocked. */
  somaNaAvailability: number;
  /** Physiological ms since the soma last fired (Infinity if never). */
  msSinceSomaSpike: number;
  somaSpikes: number;
  /** The nerve terminal's potential, mV. */
  terminalMv: number;
  /** Impulses travelling in the motor axon now. */
  impulsesInAxon: number;
}

export function sense(j: Junction): Senses {
  const t = j.step * j.dtMs;
  const perFootprint = receptorsAvailable(j.mods, PARAMS.receptorsPerFootprint);
  let bound = 0;
  let ach = 0;
  for (let s = 0; s < CLEFT_SLOTS; s++) {
    const q = j.cleft.quanta[s] ?? 0;
    if (q === 0) continue;
    bound += ((j.cleft.a2r[s] ?? 0) + (j.cleft.open[s] ?? 0)) * q * perFootprint;
    ach = Math.max(ach, j.cleft.ach[s] ?? 0);
  }
  bound += (j.sux.a2r + j.sux.open) * receptorsAvailable(j.mods, PARAMS.receptorsPerEndplate);
  const m = j.mem;
  const soma = j.neuron.soma;
  const block = 1 - j.mods.naChannelBlock;
  const lastArrivalMs = j.pre.impulses > 0 ? lastArrival(j) : Number.NEGATIVE_INFINITY;
  return {
    timeMs: t,
    vMv: m.v,
    eNaMv: nernstMv(PARAMS.naOutMM, m.naIn),
    eKMv: nernstMv(j.mods.kOutMM, m.kIn),
    impulseInFlight: j.pre.arrivals.length > 0,
    msSinceArrival: t - lastArrivalMs,
    residualCa: (j.pre.r1 + j.pre.r2) / X_REF,
    lastEntry: j.pre.lastX,
    doublyBoundReceptors: bound,
    achInCleftUM: ach,
    naAvailability: m.h * m.s * block,
    openNaFraction: m.m * m.m * m.m * m.h * m.s * block,
    openReceptors: m.openReceptors,
    pumpBlock: j.mods.pumpBlock,
    somaMv: soma.v,
    somaNaAvailability: soma.h * (1 - j.mods.neuronNaBlock),
    msSinceSomaSpike: soma.spikes > 0 ? t - soma.lastSpikeStep * j.dtMs : Number.POSITIVE_INFINITY,
    somaSpikes: soma.spikes,
    terminalMv: j.neuron.terminal.v,
    impulsesInAxon: j.neuron.axon.impulses.length,
  };
}

function lastArrival(j: Junction): number {
  for (let i = j.chain.length - 1; i >= 0; i--) {
    const arrived = j.chain[i]?.arrivedMs;
    if (arrived !== null && arrived !== undefined) return arrived;
  }
  return Number.NEGATIVE_INFINITY;
}
