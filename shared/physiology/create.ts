// Building a junction: scenario modifiers, resting steady state (Cl− passively distributed at rest),
// seeded population, then a quiet settling run so every gate and buffer starts at rest.

import { emptyCleft } from "./cleft";
import { defaultControls } from "./controls";
import { restingEcc, sensorAvailability } from "./ecc";
import { createFibres } from "./fibres";
import { alphaH, alphaM, alphaN, betaH, betaM, betaN, kirVoltageFactor, slowInactivationInfinity } from "./gates";
import { kirConductance, nernstMv, pumpCurrent, refreshSlowTerms } from "./ions";
import { step } from "./junction";
import { initialNeuron } from "./neuron";
import { NEURON } from "./neuronParameters";
import { PARAMS as P } from "./parameters";
import { initialPresynaptic } from "./release";
import { createRng, nextExponential } from "./rng";
import { buildModifiers, type Modifiers, type ScenarioChoice } from "./scenarios";
import type { DetectorState, Junction, MembraneState, PropagatedState } from "./state";

export interface JunctionOptions {
  seed?: number;
  scenarios?: ScenarioChoice[];
  /** Internal substep in ms (default PARAMS.substepMs); only for convergence checks. */
  substepMs?: number;
  /** The motor neuron's soma-to-terminal length, mm (default NEURON.axonLengthMm); longer than the stimulator's site. */
  axonLengthMm?: number;
}

/** Net non-Cl− membrane current at V with gates at steady state (µA/cm²), control pump. */
function nonChlorideCurrent(v: number, mods: Modifiers): number {
  const m = alphaM(v) / (alphaM(v) + betaM(v));
  const h = alphaH(v) / (alphaH(v) + betaH(v));
  const n = alphaN(v) / (alphaN(v) + betaN(v));
  const eNa = nernstMv(P.naOutMM, P.naInMM);
  const eK = nernstMv(mods.kOutMM, P.kInMM);
  const s = slowInactivationInfinity(v);
  const gNa = P.gNaMsPerCm2 * m * m * m * h * s * (1 - mods.naChannelBlock) + P.gNaLeakMsPerCm2;
  const gK = P.gKMsPerCm2 * n * n * n * n + kirConductance(mods.kOutMM, P.kInMM) * kirVoltageFactor(v - eK);
  return gNa * (v - eNa) + gK * (v - eK) + pumpCurrent(v, P.naInMM, mods.kOutMM, 0, 1);
}

/**
 * Resting potential set by the bath (before acute drugs): the most negative zero of the non-Cl− current
 * (a Kir fibre can be bistable; the polarised state is the physiological one), refined by bisection.
 */
function restingPotential(mods: Modifiers): number {
  let lo = -130;
  let hi = -30;
  for (let v = lo; v < -30; v += 0.5) {
    if (nonChlorideCurrent(v, mods) < 0 && nonChlorideCurrent(v + 0.5, mods) >= 0) {
      lo = v;
      hi = v + 0.5;
      break;
    }
  }
  for (let i = 0; i < 50; i++) {
    const mid = 0.5 * (lo + hi);
    if (nonChlorideCurrent(mid, mods) > 0) hi = mid;
    else lo = mid;
  }
  return 0.5 * (lo + hi);
}

function restingMembrane(v: number, kOut: number): MembraneState {
  const mem: MembraneState = {
    v,
    m: alphaM(v) / (alphaM(v) + betaM(v)),
    h: alphaH(v) / (alphaH(v) + betaH(v)),
    s: slowInactivationInfinity(v),
    n: alphaN(v) / (alphaN(v) + betaN(v)),
    naIn: P.naInMM,
    kIn: P.kInMM,
    clIn: P.clOutMM * Math.exp(v / P.rtfMv), // passive Cl− distribution: E_Cl = V_rest
    volume: 1,
    invVolume: 1,
    impermeantMM: 0, // set below, once Cl−in is known
    eNa: 0,
    eK: 0,
    eCl: 0,
    gKirMax: 0,
    kirRowShift: 0,
    pumpSat: 0,
    synNaShare: 0,
    nextRefreshStep: 0,
    stimUAPerCm2: 0,
    stimEndStep: 0,
    clampMv: null,
    iPumpUAPerCm2: 0,
    iSynUAPerCm2: 0,
    gSynMsPerCm2: 0,
    openReceptors: 0,
    iClampUAPerCm2: 0,
    gNaOpenMsPerCm2: 0,
    gKClMsPerCm2: 0,
  };
  // The rest of the cytoplasm's osmolytes (organic anions, phosphocreatine, amino acids; impermeant on this
  // model's time scale) make the cytoplasm isosmotic with the bath at rest.
  mem.impermeantMM = P.osmolarityMOsm - (mem.naIn + mem.kIn + mem.clIn);
  refreshSlowTerms(mem, kOut);
  return mem;
}

function restingDetectors(restMv: number): DetectorState {
  return {
    apCount: 0,
    apArmed: true,
    lastApStep: -1e9,
    forcePrev: 0,
    forceRising: false,
    apPeakMv: 0,
    restMv,
    propApCount: 0,
    propApArmed: true,
    lastPropApStep: -1e9,
  };
}

/** The propagated compartment starts as a copy of the end plate's patch (settling then relaxes it). */
function restingPropagated(mem: MembraneState): PropagatedState {
  return { v: mem.v, m: mem.m, h: mem.h, s: mem.s, n: mem.n };
}

/** Creates a junction at rest. Throws on an unknown scenario id or an invalid level (lab API). */
export function createJunction(options: JunctionOptions = {}): Junction {
  const seed = (options.seed ?? 1) >>> 0;
  const mods = buildModifiers(options.scenarios);
  const axonLengthMm = options.axonLengthMm ?? NEURON.axonLengthMm;
  if (!(axonLengthMm > NEURON.stimulusSiteMm) || !Number.isFinite(axonLengthMm)) {
    throw new Error(`createJunction: axonLengthMm must be a finite number > ${NEURON.stimulusSiteMm} mm`);
  }
  const rng = createRng(seed); // the junction's own stream: release, MEPPs
  // The fibre population is drawn from a separate stream derived from the seed, so the release
  // sequence does not depend on how many fibres there are.
  const fibres = createFibres(createRng(seed ^ P.populationSeedSalt));
  const v = restingPotential(mods);
  const pre = initialPresynaptic();
  pre.meppHazard = nextExponential(rng);
  const mem = restingMembrane(v, mods.kOutMM);
  const j: Junction = {
    version: 1,
    seed,
    dtMs: options.substepMs ?? P.substepMs,
    step: 0,
    pendingMs: 0,
    rng,
    mods,
    controls: defaultControls(),
    mem,
    prop: restingPropagated(mem),
    pre,
    cleft: emptyCleft(),
    sux: { r: 1, ar: 0, a2r: 0, open: 0, desensitised: 0 },
    ecc: restingEcc(v),
    fibres,
    det: restingDetectors(v),
    events: [],
    chain: [],
    neuron: initialNeuron(mods, axonLengthMm),
  };
  // Settle twice: first gates and receptors, then (voltage sensor snapped to its slow steady state, as
  // for a drug or bath that has been present for minutes) Ca2+ and force relax.
  const settleSteps = Math.round(P.settleMs / j.dtMs);
  for (let i = 0; i < settleSteps; i++) step(j, true);
  j.ecc.sensor = sensorAvailability(j.prop.v);
  for (let i = 0; i < settleSteps; i++) step(j, true);
  j.step = 0;
  j.mem.nextRefreshStep = 0;
  j.events = [];
  j.det = restingDetectors(j.mem.v);
  j.ecc.xb = Math.max(0, j.ecc.xb);
  return j;
}

/** Deep copy (the state is plain data, so a JSON round trip is exact); the copy continues identically. */
export function cloneJunction(j: Junction): Junction {
  return JSON.parse(JSON.stringify(j)) as Junction;
}
