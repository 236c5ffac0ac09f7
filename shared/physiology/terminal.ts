// The motor nerve terminal: one unmyelinated compartment (Traub–Miles Na+ and fast K+, leak) depolarised by the last
// node of Ranvier's action potential through an axial conductance; its own AP opens CaV2.1 channels (Borst & Sakmann
// 1998), and the Ca2+ charge of the AP, relative to a control AP's, replaces the fixed entry of the release rule.
// The Ca2+ current is left out of the terminal's V (small beside its Na+ and K+ currents), so entry is exactly
// proportional to channel number and permeation, as the game's Ca2+ drives assume.

import { nodeTemplate } from "./axonCable";
import { cav, steady, terminalH, terminalM, terminalN } from "./neuronGates";
import { NEURON as N } from "./neuronParameters";
import type { TerminalState } from "./neuronState";
import { decayOf, NROWS, NV_MIN_MV, NV_STEP_MV, TERMINAL } from "./neuronTables";
import { EXP_NEG, EXP_ROWS, EXP_STEP } from "./tables";

const INV_V_STEP = 1 / NV_STEP_MV;
const INV_CAP = 1 / N.capacitanceUFPerCm2;
const STRIDE = TERMINAL.stride;
const TABLE = TERMINAL.data;
const INV_EXP_STEP = 1 / EXP_STEP;
/** Gate decay table for the step in use (looked up only when the step changes). */
let cachedDt = -1;
let cachedDecay: Float64Array = new Float64Array(0);
const DIRECT = new Float64Array(4);

/** What one step of the terminal needs besides its state: modifiers' blocks, the drive and the step. */
export interface TerminalInputs {
  dt: number;
  naBlock: number;
  kBlock: number;
  drive: Float64Array; // the last node's V every dt from the drive's start (axonCable.nodeTemplate)
  nodeRestMv: number;
  windowSteps: number; // Ca2+ charge is counted over this many steps from the drive's start
}

/**
 * Advances the terminal by `n` substeps in one step (n = 1 inside an AP's Ca2+ window, where the charge is counted;
 * more only while it recovers, after its drive is over).
 */
export function terminalStep(t: TerminalState, inp: TerminalInputs, n: number): void {
  const dt = inp.dt * n;
  const v = t.v;
  const x = Math.round((v - NV_MIN_MV) * INV_V_STEP);
  const row = x > 0 ? (x < NROWS ? x : NROWS - 1) : 0;
  const o = row * STRIDE;
  let decay: Float64Array;
  let od = row * 4;
  if (n === 1 || n === N.terminalRecoveryEverySubsteps) {
    if (dt !== cachedDt) {
      cachedDt = dt;
      cachedDecay = decayOf(TERMINAL, dt); // the two regular step lengths are tabulated …
    }
    decay = cachedDecay;
  } else {
    for (let g = 0; g < 4; g++) DIRECT[g] = Math.exp(-dt * (TABLE[o + 4 + g] as number)); // … a catch-up is not
    decay = DIRECT;
    od = 0;
  }
  const mInf = TABLE[o] as number;
  t.m = mInf + (t.m - mInf) * (decay[od] as number);
  const hInf = TABLE[o + 1] as number;
  t.h = hInf + (t.h - hInf) * (decay[od + 1] as number);
  const nInf = TABLE[o + 2] as number;
  t.n = nInf + (t.n - nInf) * (decay[od + 2] as number);
  const sInf = TABLE[o + 3] as number;
  t.s = sInf + (t.s - sInf) * (decay[od + 3] as number);
  const k = t.driveIndex;
  const vNode = k >= 0 && k < inp.drive.length ? (inp.drive[k] as number) : inp.nodeRestMv;
  const m = t.m;
  const n2 = t.n * t.n;
  const gNa = N.terminalGNaMsPerCm2 * m * m * m * t.h * (1 - inp.naBlock);
  const gK = N.terminalGKMsPerCm2 * n2 * n2 * (1 - inp.kBlock);
  const gC = N.terminalCouplingMsPerCm2;
  const gL = N.terminalGLeakMsPerCm2;
  const gTot = gNa + gK + gL + gC;
  const vInf = (gNa * N.terminalENaMv + gK * N.terminalEKMv + gL * N.terminalELeakMv + gC * vNode) / gTot;
  const ey = gTot * dt * INV_CAP * INV_EXP_STEP; // e^(−g·dt/C) from the muscle's interpolated table (tables.ts)
  const ei = ey | 0;
  let decayV: number;
  if (ei < EXP_ROWS) {
    const e0 = EXP_NEG[ei] as number;
    decayV = e0 + ((EXP_NEG[ei + 1] as number) - e0) * (ey - ei);
  } else decayV = Math.exp(-gTot * dt * INV_CAP);
  const vNew = vInf + (v - vInf) * decayV;
  t.v = vNew;
  if (k >= 0) {
    if (k < inp.windowSteps) {
      const drive = N.terminalECaMv - vNew;
      if (drive > 0) t.caCharge += t.s * t.s * drive * dt;
    }
    t.driveIndex = k + n;
  }
}

/** Ca2+ charge of the AP in progress over its whole window: the live part so far plus a look-ahead copy. */
export function lookAheadCharge(t: TerminalState, inp: TerminalInputs): number {
  const copy: TerminalState = { ...t };
  if (copy.driveIndex < 0) {
    copy.driveIndex = 0;
    copy.caCharge = 0;
  }
  while (copy.driveIndex < inp.windowSteps) terminalStep(copy, inp, 1);
  return copy.caCharge;
}

/** Resting terminal (steady gates; the Ca2+ current does not enter V): the most negative zero of its current. */
export function terminalRest(naBlock: number, kBlock: number, nodeRestMv: number): TerminalState {
  const current = (v: number): number => {
    const m = steady(terminalM, v);
    const h = steady(terminalH, v);
    const n = steady(terminalN, v);
    const gNa = N.terminalGNaMsPerCm2 * m ** 3 * h * (1 - naBlock);
    const gK = N.terminalGKMsPerCm2 * n ** 4 * (1 - kBlock);
    return (
      gNa * (v - N.terminalENaMv) +
      gK * (v - N.terminalEKMv) +
      N.terminalGLeakMsPerCm2 * (v - N.terminalELeakMv) +
      N.terminalCouplingMsPerCm2 * (v - nodeRestMv)
    );
  };
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
  return {
    v,
    m: steady(terminalM, v),
    h: steady(terminalH, v),
    n: steady(terminalN, v),
    s: steady(cav, v),
    driveIndex: -1,
    syncedStep: 0,
    caCharge: 0,
    driveFromRest: false,
    driveNaBlock: naBlock, // the nodes' block with the node control at 1 (a terminal at rest is driven by none)
    awake: false,
    spikeArmed: true,
    spikes: 0,
  };
}

export interface TerminalReference {
  charge: number; // control AP's Ca2+ charge, mV·ms
  leadSteps: number; // steps from the drive's start to the control AP's peak (the impulse's arrival)
}

const refCache = new Map<number, TerminalReference>();

/** The control terminal AP from rest at step `dt`: its Ca2+ charge (the unit of entry) and the lead of its peak. */
export function terminalReference(dt: number): TerminalReference {
  let ref = refCache.get(dt);
  if (!ref) {
    const drive = nodeTemplate(dt, 0, 0);
    const inp = controlInputs(dt, drive);
    const t = terminalRest(0, 0, inp.nodeRestMv);
    t.driveIndex = 0;
    let peak = -Infinity;
    let lead = 0;
    while (t.driveIndex < inp.windowSteps) {
      terminalStep(t, inp, 1);
      if (t.v > peak) {
        peak = t.v;
        lead = t.driveIndex - 1;
      }
    }
    // The charge must be computed exactly as an impulse from rest will be (live steps, then the look-ahead).
    const again = terminalRest(0, 0, inp.nodeRestMv);
    again.driveIndex = 0;
    for (let i = 0; i <= lead; i++) terminalStep(again, inp, 1);
    ref = { charge: lookAheadCharge(again, inp), leadSteps: lead };
    refCache.set(dt, ref);
  }
  return ref;
}

function controlInputs(dt: number, drive: Float64Array): TerminalInputs {
  return { dt, naBlock: 0, kBlock: 0, drive, nodeRestMv: N.nodeELeakMv, windowSteps: windowSteps(dt) };
}

export function windowSteps(dt: number): number {
  return Math.round(N.caEntryWindowMs / dt);
}
