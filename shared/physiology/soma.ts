// The motor neuron's soma / axon initial segment: Traub–Miles Na+ and K+, K+ and Na+ leaks, the pump, an HVA Ca2+
// current feeding the SK after-hyperpolarisation, and conductance synapses (E ≈ 0 mV excitatory, −80 mV glycinergic).
// Exponential-Euler gates (tabulated) and V (exact for conductances frozen over the step). Pure functions of the state.

import type { Controls } from "./controls";
import { somaCaInf, somaH, somaM, somaN, steady } from "./neuronGates";
import { NEURON as N } from "./neuronParameters";
import type { SomaState } from "./neuronState";
import { decayOf, NROWS, NV_MIN_MV, NV_STEP_MV, SOMA, SOMA_CA2 } from "./neuronTables";
import type { Modifiers } from "./scenarios";
import { EXP_NEG, EXP_ROWS, EXP_STEP } from "./tables";

const INV_V_STEP = 1 / NV_STEP_MV;
const INV_EXP_STEP = 1 / EXP_STEP;
const INV_CAP = 1 / N.capacitanceUFPerCm2;
const STRIDE = SOMA.stride;
/** A synaptic conductance below this is over (numerics: 1e-6 of one input's peak). */
const SPENT_MS_PER_CM2 = 1e-6 * N.excitatoryPeakMsPerCm2;
const TABLE = SOMA.data;

/** Per-step constants for the step length last used (recomputed when it changes: the fine and the quiet cadence
 * alternate only at the ends of spikes and inputs). */
let cachedDt = -1;
let gateDecay: Float64Array = new Float64Array(0);
let excRiseDecay = 0;
let excDecayDecay = 0;
let inhRiseDecay = 0;
let inhDecayDecay = 0;
let caDecay = 0;

/** Step lengths whose gate decay factors are tabulated (the soma's regular cadences); any other (a catch-up before
 * an input) computes its three factors directly, so no table is built for a one-off length. */
const tabulated = new Set<number>();
export function tabulateSomaStep(dt: number): void {
  tabulated.add(dt);
}
const DIRECT = new Float64Array(3);

function prepare(dt: number): void {
  cachedDt = dt;
  gateDecay = tabulated.has(dt) ? decayOf(SOMA, dt) : DIRECT;
  excRiseDecay = Math.exp(-dt / N.excitatoryRiseMs);
  excDecayDecay = Math.exp(-dt / N.excitatoryDecayMs);
  inhRiseDecay = Math.exp(-dt / N.inhibitoryRiseMs);
  inhDecayDecay = Math.exp(-dt / N.inhibitoryDecayMs);
  caDecay = Math.exp(-dt / N.somaCaTauMs);
}

/** Peak of e^(−t/τd) − e^(−t/τr): dividing by it makes a unit input's conductance peak at 1. */
function dualExpPeak(riseMs: number, decayMs: number): number {
  const tPeak = ((riseMs * decayMs) / (decayMs - riseMs)) * Math.log(decayMs / riseMs);
  return Math.exp(-tPeak / decayMs) - Math.exp(-tPeak / riseMs);
}
/** Conductance added to each component by one input, mS/cm². */
export const EXC_UNIT = N.excitatoryPeakMsPerCm2 / dualExpPeak(N.excitatoryRiseMs, N.excitatoryDecayMs);
export const INH_UNIT = N.inhibitoryPeakMsPerCm2 / dualExpPeak(N.inhibitoryRiseMs, N.inhibitoryDecayMs);

/** Ca2+ pool at rest for V (µM): HVA entry balanced by removal. */
function restingCa(v: number): number {
  const iCa = N.somaGCaMsPerCm2 * somaCaInf(v) ** 2 * (v - N.somaECaMv);
  return Math.max(0, -N.somaCaUMPerUAMs * iCa * N.somaCaTauMs);
}

/** Net membrane current at V with every gate and the Ca2+ pool at steady state, µA/cm² (naScale, kScale: the
 * neuronNa and neuronK controls, the share of the voltage-gated channels that can open). */
function steadyCurrent(v: number, naBlock: number, naScale: number, kScale: number): number {
  const m = steady(somaM, v);
  const h = steady(somaH, v);
  const n = steady(somaN, v);
  const ca = restingCa(v);
  const gNa = N.somaGNaMsPerCm2 * m * m * m * h * (1 - naBlock) * naScale + N.somaGNaLeakMsPerCm2;
  const gK = N.somaGKMsPerCm2 * n ** 4 * kScale + N.somaGKLeakMsPerCm2 + (N.somaGSKMsPerCm2 * ca) / (ca + N.somaSKKdUM);
  const gCa = N.somaGCaMsPerCm2 * somaCaInf(v) ** 2;
  return gNa * (v - N.somaENaMv) + gK * (v - N.somaEKMv) + gCa * (v - N.somaECaMv) + N.somaPumpUAPerCm2;
}

/** Resting state of the soma: the most negative zero of the steady current (found on a 0.5 mV scan from −100 mV,
 * then bisected); the window Na+ current gives the steady current further zeros above threshold. */
export function somaRest(naBlock: number, naScale = 1, kScale = 1): Pick<SomaState, "v" | "m" | "h" | "n" | "caUM"> {
  const current = (v: number): number => steadyCurrent(v, naBlock, naScale, kScale);
  let lo = -100;
  let hi = -40;
  for (let v = lo; v < hi; v += 0.5) {
    if (current(v) < 0 && current(v + 0.5) >= 0) {
      lo = v;
      hi = v + 0.5;
      break;
    }
  }
  for (let i = 0; i < 60; i++) {
    const mid = 0.5 * (lo + hi);
    if (current(mid) > 0) hi = mid;
    else lo = mid;
  }
  const v = 0.5 * (lo + hi);
  return { v, m: steady(somaM, v), h: steady(somaH, v), n: steady(somaN, v), caUM: restingCa(v) };
}

/** Adds `count` simultaneous synaptic inputs (spatial summation: a single compartment adds their conductances). */
export function addSynapticInput(soma: SomaState, inhibitory: boolean, count: number, releaseFactor: number): void {
  const w = count * releaseFactor * (inhibitory ? INH_UNIT : EXC_UNIT);
  if (inhibitory) {
    soma.inhRise += w;
    soma.inhDecay += w;
  } else {
    soma.excRise += w;
    soma.excDecay += w;
  }
  soma.awake = true;
}

/** Excitatory and inhibitory conductances now, mS/cm² (inhibitory after receptor block). */
export function synapticConductances(soma: SomaState, mods: Modifiers): { exc: number; inh: number } {
  return {
    exc: Math.max(0, soma.excDecay - soma.excRise),
    inh: Math.max(0, soma.inhDecay - soma.inhRise) * (1 - mods.glycineReceptorBlock),
  };
}

/** Substeps of [from, to) inside [start, end), as a fraction of to − from. */
function overlap(from: number, to: number, start: number, end: number): number {
  const a = from > start ? from : start;
  const b = to < end ? to : end;
  return b > a ? (b - a) / (to - from) : 0;
}

/**
 * Advances the soma from substep `from` to `to` (dt ms in all). The current pulses count with the part of the
 * interval they cover, so a pulse delivers its exact charge whatever the step. The neuronNa and neuronK controls
 * scale the share of voltage-gated Na+ and delayed-rectifier K+ channels that can open (a control of 0.5 acts like
 * blocking half of them; the gates of those that can open keep their kinetics, so inactivation still gates Na+).
 */
export function somaStep(s: SomaState, mods: Modifiers, c: Controls, dt: number, from: number, to: number): void {
  if (dt !== cachedDt) prepare(dt);
  const v = s.v;
  const x = Math.round((v - NV_MIN_MV) * INV_V_STEP);
  const row = x > 0 ? (x < NROWS ? x : NROWS - 1) : 0;
  const o = row * STRIDE;
  let decay = gateDecay;
  let od = row * 3;
  if (decay === DIRECT) {
    DIRECT[0] = Math.exp(-dt * (TABLE[o + 3] as number));
    DIRECT[1] = Math.exp(-dt * (TABLE[o + 4] as number));
    DIRECT[2] = Math.exp(-dt * (TABLE[o + 5] as number));
    decay = DIRECT;
    od = 0;
  }
  const mInf = TABLE[o] as number;
  s.m = mInf + (s.m - mInf) * (decay[od] as number);
  const hInf = TABLE[o + 1] as number;
  s.h = hInf + (s.h - hInf) * (decay[od + 1] as number);
  const nInf = TABLE[o + 2] as number;
  s.n = nInf + (s.n - nInf) * (decay[od + 2] as number);

  // Synaptic conductances (skipped while none is active; a spent one is set to exactly 0).
  let gExc = 0;
  if (s.excDecay !== 0) {
    s.excRise *= excRiseDecay;
    s.excDecay *= excDecayDecay;
    gExc = s.excDecay > s.excRise ? s.excDecay - s.excRise : 0;
    if (s.excDecay < SPENT_MS_PER_CM2) s.excDecay = s.excRise = 0;
  }
  let gInh = 0;
  if (s.inhDecay !== 0) {
    s.inhRise *= inhRiseDecay;
    s.inhDecay *= inhDecayDecay;
    gInh = s.inhDecay > s.inhRise ? (s.inhDecay - s.inhRise) * (1 - mods.glycineReceptorBlock) : 0;
    if (s.inhDecay < SPENT_MS_PER_CM2) s.inhDecay = s.inhRise = 0;
  }

  const gCa = N.somaGCaMsPerCm2 * (TABLE[o + SOMA_CA2] as number);
  const caIn = -N.somaCaUMPerUAMs * gCa * (v - N.somaECaMv); // µM/ms entering
  s.caUM = s.caUM * caDecay + caIn * N.somaCaTauMs * (1 - caDecay);
  const ca = s.caUM;
  const gSK = (N.somaGSKMsPerCm2 * ca) / (ca + N.somaSKKdUM);

  const m = s.m;
  const n2 = s.n * s.n;
  const gNa = N.somaGNaMsPerCm2 * m * m * m * s.h * (1 - mods.neuronNaBlock) * c.neuronNa;
  const gKs = N.somaGKMsPerCm2 * n2 * n2 * c.neuronK + N.somaGKLeakMsPerCm2 + gSK;
  const gNas = gNa + N.somaGNaLeakMsPerCm2;
  const iIn =
    (from < s.stimEndStep ? s.stimUAPerCm2 * overlap(from, to, s.stimStartStep, s.stimEndStep) : 0) +
    (from < s.driveEndStep ? s.driveUAPerCm2 * overlap(from, to, s.driveStartStep, s.driveEndStep) : 0);
  const gTot = gNas + gKs + gCa + gExc + gInh;
  const gE =
    gNas * N.somaENaMv +
    gKs * N.somaEKMv +
    gCa * N.somaECaMv +
    gExc * N.excitatoryEMv +
    gInh * N.inhibitoryEMv -
    N.somaPumpUAPerCm2 +
    iIn;
  const vInf = gE / gTot;
  const ey = gTot * dt * INV_CAP * INV_EXP_STEP;
  const ei = ey | 0;
  let decayV: number;
  if (ei < EXP_ROWS) {
    const e0 = EXP_NEG[ei] as number;
    decayV = e0 + ((EXP_NEG[ei + 1] as number) - e0) * (ey - ei);
  } else decayV = Math.exp(-gTot * dt * INV_CAP);
  s.v = vInf + (v - vInf) * decayV;
}
