// Observation: everything the game UI and the tests read, in classroom names with units in the names.
// Pure read of the state; never changes it.

import { achInCleft } from "./cleft";
import { XB_MAX } from "./ecc";
import type { ImpulseRecord } from "./events";
import { nernstMv } from "./ions";
import { G_CHANNEL_MS_PER_CM2 } from "./junction";
import { type NeuronObservation, observeNeuron } from "./neuronApi";
import { PARAMS as P } from "./parameters";
import { X_REF } from "./release";
import type { Junction } from "./state";

export interface Observation {
  timeMs: number;
  membranePotentialMv: number; // at the end plate
  propagatedMv: number; // membrane away from the end plate (sarcolemma/t-tubules), which drives EC coupling
  restingPotentialMv: number; // V at the end of settling (before any stimulus)
  endplatePotentialMv: number; // present depolarisation from rest, mV (EPP, or the AP when one fires)
  endplateCurrentNA: number; // synaptic current, nA, negative = inward (as recorded under clamp)
  endplateConductanceUS: number; // µS
  clampCurrentNA: number; // current injected by the voltage clamp, nA (0 when unclamped)
  quantaLastImpulse: number;
  spontaneousQuanta: number; // MEPPs so far
  meppFrequencyPerS: number; // expected spontaneous quanta per second now (terminal Ca2+ supply × pool)
  releasablePool: number; // vesicles in the RRP
  releaseProbability: number; // per vesicle, last impulse
  residualCa: number; // residual presynaptic Ca2+ relative to one control impulse's entry
  caChannelOpenFraction: number; // presynaptic Ca2+ channels (transient after each impulse)
  achInCleftUM: number; // in the active release footprints
  openReceptors: number; // open nAChR channels
  naAvailability: number; // 0–1, not inactivated (fast h, slow s) and not blocked (h × s × (1 − TTX))
  openNaChannelFraction: number; // m³hs × (1 − TTX)
  openKChannelFraction: number; // n⁴
  muscleActionPotentials: number; // APs at the end plate
  propagatedActionPotentials: number; // APs that reached the propagated membrane (it overshoots 0 mV)
  lastApPeakMv: number;
  sarcoplasmicCaUM: number;
  srCaUM: number;
  troponinCaFraction: number;
  force: number; // 0–1 of maximal tetanic force
  cmap: number; // 0–1, fraction of the fibre population that fired on the last impulse
  pumpCurrentUAPerCm2: number;
  cellVolumeRelative: number; // fibre volume relative to rest (osmotic equilibrium; swells when the pump stops)
  reversalMv: { na: number; k: number; cl: number; endplate: number };
  concentrationsMM: {
    naIn: number;
    naOut: number;
    kIn: number;
    kOut: number;
    clIn: number;
    clOut: number;
    caOut: number;
    mgOut: number;
  };
  lastImpulse: ImpulseRecord | null;
  neuron: NeuronObservation; // the motor neuron: soma and terminal potentials, spike counts, last Ca2+ entry
}

const NA_PER_UA_CM2 = P.endplateAreaCm2 * 1000; // µA/cm² × cm² = µA; × 1000 = nA

export function observe(j: Junction): Observation {
  const m = j.mem;
  const block = 1 - j.mods.naChannelBlock;
  const n2 = m.n * m.n;
  const last = j.chain[j.chain.length - 1];
  return {
    timeMs: j.step * j.dtMs,
    membranePotentialMv: m.v,
    propagatedMv: j.prop.v,
    restingPotentialMv: j.det.restMv,
    endplatePotentialMv: m.v - j.det.restMv,
    endplateCurrentNA: m.iSynUAPerCm2 * NA_PER_UA_CM2,
    endplateConductanceUS: m.openReceptors * G_CHANNEL_MS_PER_CM2 * P.endplateAreaCm2 * 1000,
    clampCurrentNA: m.iClampUAPerCm2 * NA_PER_UA_CM2,
    quantaLastImpulse: j.pre.quantaLastImpulse,
    spontaneousQuanta: j.pre.spontaneousQuanta,
    meppFrequencyPerS: j.pre.meppRatePerMs * (j.pre.rrp / P.rrpVesicles) * 1000,
    releasablePool: j.pre.rrp,
    releaseProbability: j.pre.lastP,
    residualCa: (j.pre.r1 + j.pre.r2) / X_REF,
    caChannelOpenFraction: j.pre.caOpen,
    achInCleftUM: achInCleft(j.cleft),
    openReceptors: m.openReceptors,
    naAvailability: m.h * m.s * block,
    openNaChannelFraction: m.m * m.m * m.m * m.h * m.s * block,
    openKChannelFraction: n2 * n2,
    muscleActionPotentials: j.det.apCount,
    propagatedActionPotentials: j.det.propApCount,
    lastApPeakMv: j.det.apPeakMv,
    sarcoplasmicCaUM: j.ecc.ca,
    srCaUM: j.ecc.sr,
    troponinCaFraction: j.ecc.tnCa / P.troponinUM,
    force: Math.min(1, Math.max(0, j.ecc.xb / XB_MAX)),
    cmap: j.fibres.lastCmap,
    pumpCurrentUAPerCm2: m.iPumpUAPerCm2,
    cellVolumeRelative: m.volume,
    reversalMv: {
      na: nernstMv(P.naOutMM, m.naIn),
      k: nernstMv(j.mods.kOutMM, m.kIn),
      cl: nernstMv(m.clIn, P.clOutMM),
      endplate: P.eSynMv,
    },
    concentrationsMM: {
      naIn: m.naIn,
      naOut: P.naOutMM,
      kIn: m.kIn,
      kOut: j.mods.kOutMM,
      clIn: m.clIn,
      clOut: P.clOutMM,
      caOut: j.mods.caOutMM,
      mgOut: j.mods.mgOutMM,
    },
    lastImpulse: last ? { ...last } : null,
    neuron: observeNeuron(j),
  };
}
