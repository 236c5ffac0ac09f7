// Stand-in fibre population for the compound muscle action potential (CMAP). Each fibre has its own
// end-plate size and safety factor (drawn from the seed); it shares the bath, the release probability,
// the pool's depletion and the membrane excitability of the modelled fibre, and fires if its own
// quanta open enough channels. Decrement (MG) and increment (LEMS) are therefore emergent.

import { cleftStep, emptyCleft } from "./cleft";
import { defaultControls } from "./controls";
import { alphaH, betaH, clGate4, kirVoltageFactor, slowInactivationInfinity } from "./gates";
import { kirConductance } from "./ions";
import { PARAMS as P } from "./parameters";
import { nextBinomial, nextNormal, type RngState } from "./rng";
import { controlModifiers } from "./scenarios";
import { IO } from "./scratch";
import type { FibreState } from "./state";
import { lookupColumn, T_HINF, T_SINF } from "./tables";

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
  for (let t = 0; t < 5; t += P.substepMs) cleftStep(cl, mods, c, 0);
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

/**
 * Resting chord conductance of the fibre membrane, mS/cm² (Cl−, Kir, Na+ leak at the reference rest), for the
 * divider that spreads a sustained end-plate depolarisation over fibres of different end-plate size.
 */
const G_REST =
  P.gClMsPerCm2 * clGate4(P.referenceRestMv) +
  kirConductance(P.kOutMM, P.kInMM) * kirVoltageFactor(P.referenceRestMv - P.rtfMv * Math.log(P.kOutMM / P.kInMM)) +
  P.gNaLeakMsPerCm2;

/** Steady-state Na+ availability h∞·s∞ at V. */
const availability = (v: number): number => lookupColumn(v, T_HINF) * lookupColumn(v, T_SINF);

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
 * A sustained agonist conductance (succinylcholine, mS/cm² of the modelled end plate, `sustainedGMsPerCm2`)
 * depolarises each end plate in proportion to its receptors (∝ its size) through a conductance divider, so
 * end plates differ in how far their Na+ channels inactivate; the modelled fibre (size 1) sits at `vMv`.
 */
export function decideCmap(f: FibreState, peakOpenPerQuantum: number, vMv: number, sustainedGMsPerCm2: number): number {
  let fired = 0;
  const drivePerQuantum = peakOpenPerQuantum * f.decisionExcitability;
  const g = sustainedGMsPerCm2;
  const depolarisation = vMv - P.referenceRestMv;
  const heterogeneous = g > 1e-6 && depolarisation > 0.5;
  const here = heterogeneous ? availability(vMv) : 1;
  for (let i = 0; i < P.fibreCount; i++) {
    const threshold = (CONTROL_OPEN_PER_QUANTUM * CONTROL_QUANTA) / (f.safety[i] as number);
    let own = 1;
    if (heterogeneous) {
      const size = f.size[i] as number;
      const vi = P.referenceRestMv + (depolarisation * size * (G_REST + g)) / (G_REST + size * g);
      own = Math.min(1 / Math.max(here, 1e-9), availability(vi) / Math.max(here, 1e-9));
    }
    if ((f.quanta[i] as number) * drivePerQuantum * own >= threshold) fired++;
  }
  f.lastCmap = fired / P.fibreCount;
  f.decisionStep = -1;
  return f.lastCmap;
}
