// Stand-in fibre population for the compound muscle action potential (CMAP). Each fibre has its own
// end-plate size and safety factor (drawn from the seed); it shares the bath, the release probability,
// the pool's depletion and the membrane excitability of the modelled fibre, and fires if its own
// quanta open enough channels. Decrement (MG) and increment (LEMS) are therefore emergent.

import { cleftStep, emptyCleft } from "./cleft";
import { defaultControls } from "./controls";
import { alphaH, betaH, slowInactivationInfinity } from "./gates";
import { PARAMS as P } from "./parameters";
import { nextBinomial, nextNormal, type RngState } from "./rng";
import { controlModifiers } from "./scenarios";
import { IO } from "./scratch";
import type { FibreState } from "./state";

/** Peak open fraction of one control footprint (simulated once, deterministic). */
function controlPeakOpenFraction(): number {
  const cl = emptyCleft();
  cl.quanta[0] = 1;
  cl.active = 1;
  cl.achToCome[0] = P.achPeakUM;
  cl.r[0] = 1;
  const mods = controlModifiers();
  const c = defaultControls();
  IO.dtMs = P.substepMs;
  for (let t = 0; t < 5; t += P.substepMs) cleftStep(cl, mods, c);
  return cl.peakOpen[0] as number;
}

/** Open channels per control quantum at its peak, and quanta per control impulse (p0 × RRP). */
export const CONTROL_OPEN_PER_QUANTUM = P.receptorsPerFootprint * controlPeakOpenFraction();
const CONTROL_QUANTA = P.releaseP0 * P.rrpVesicles;
const H_REST =
  (alphaH(P.referenceRestMv) / (alphaH(P.referenceRestMv) + betaH(P.referenceRestMv))) *
  slowInactivationInfinity(P.referenceRestMv);

export function createFibres(rng: RngState): FibreState {
  const safety: number[] = [];
  const size: number[] = [];
  for (let i = 0; i < P.fibreCount; i++) {
    safety.push(Math.max(P.fibreSafetyMin, P.fibreSafetyMedian * Math.exp(P.fibreSafetyLogSd * nextNormal(rng))));
    size.push(Math.exp(P.fibreSizeLogSd * nextNormal(rng)));
  }
  return {
    safety,
    size,
    quanta: new Array<number>(P.fibreCount).fill(0),
    decisionStep: -1,
    decisionSlot: -1,
    decisionExcitability: 0,
    lastCmap: 0,
  };
}

/** Membrane excitability relative to a control fibre at rest: available (h·s), unblocked, activatable Na+ channels. */
export function excitability(h: number, naBlock: number, naDrive: number, naIonDrive: number): number {
  return Math.min(1, (h / H_REST) * (1 - naBlock) * Math.min(1, naDrive) * Math.min(1, naIonDrive));
}

/** At release: each fibre's own quanta from its own (size-scaled, equally depleted) pool. */
export function sampleFibreQuanta(f: FibreState, rng: RngState, rrp: number, p: number): void {
  for (let i = 0; i < P.fibreCount; i++) f.quanta[i] = nextBinomial(rng, rrp * (f.size[i] as number), p);
}

/**
 * Reads the CMAP once the pulse has peaked: fibre i fires if its quanta × open channels per quantum ×
 * excitability reach its threshold (the control open-channel count divided by its safety factor).
 */
export function decideCmap(f: FibreState, peakOpenPerQuantum: number): number {
  let fired = 0;
  const drivePerQuantum = peakOpenPerQuantum * f.decisionExcitability;
  for (let i = 0; i < P.fibreCount; i++) {
    const threshold = (CONTROL_OPEN_PER_QUANTUM * CONTROL_QUANTA) / (f.safety[i] as number);
    if ((f.quanta[i] as number) * drivePerQuantum >= threshold) fired++;
  }
  f.lastCmap = fired / P.fibreCount;
  f.decisionStep = -1;
  return f.lastCmap;
}
