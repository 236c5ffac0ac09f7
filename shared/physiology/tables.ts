// Lookup tables of the voltage-dependent functions, built once at module load (deterministic, pure).
// Read by nearest row on a 0.01 mV grid (error ≤ 0.005 mV in V), so the inner loop has no exponentials.

import * as G from "./gates";
import { PARAMS as P } from "./parameters";

export const V_MIN_MV = -160; // table range covers anything between E_K and E_Na with margin
export const V_MAX_MV = 120;
export const V_STEP_MV = 0.01; // nearest-row error ≤ 0.005 mV, i.e. < 0.1 % on the steepest rate

/** Columns of one table row. */
export const T_AM = 0;
export const T_BM = 1;
export const T_AH = 2;
export const T_BH = 3;
export const T_AN = 4;
export const T_BN = 5;
export const T_CL4 = 6;
export const T_KIR_Y = 7;
export const T_RYR = 8;
export const T_PUMP_F = 9;
export const T_SENSOR = 10;
export const T_MINF = 11;
export const T_HINF = 12;
export const T_NINF = 13;
export const T_SINF = 14;
export const STRIDE = 15;

export const ROWS = Math.round((V_MAX_MV - V_MIN_MV) / V_STEP_MV) + 1;
export const TABLE = new Float64Array(ROWS * STRIDE);
for (let i = 0; i < ROWS; i++) {
  const v = V_MIN_MV + i * V_STEP_MV;
  const o = i * STRIDE;
  const am = G.alphaM(v);
  const bm = G.betaM(v);
  const ah = G.alphaH(v);
  const bh = G.betaH(v);
  const an = G.alphaN(v);
  const bn = G.betaN(v);
  TABLE[o + T_AM] = am;
  TABLE[o + T_BM] = bm;
  TABLE[o + T_AH] = ah;
  TABLE[o + T_BH] = bh;
  TABLE[o + T_AN] = an;
  TABLE[o + T_BN] = bn;
  TABLE[o + T_CL4] = G.clGate4(v);
  TABLE[o + T_KIR_Y] = G.kirVoltageFactor(v); // this column's row is V − E_K, not V (see membrane.ts)
  TABLE[o + T_RYR] = G.ryrInfinity(v);
  TABLE[o + T_PUMP_F] = G.pumpVoltageFactor(v, P.naOutMM);
  TABLE[o + T_SENSOR] = G.sensorAvailability(v);
  TABLE[o + T_MINF] = am / (am + bm);
  TABLE[o + T_HINF] = ah / (ah + bh);
  TABLE[o + T_NINF] = an / (an + bn);
  TABLE[o + T_SINF] = G.slowInactivationInfinity(v);
}

/** Gate decay factors e^(−dt·(α+β)) for m, h, n at one substep length, built once per dt and cached. */
export const D_M = 0;
export const D_H = 1;
export const D_N = 2;
export const DECAY_STRIDE = 3;
const decayCache = new Map<number, Float64Array>();

export function decayTable(dt: number): Float64Array {
  const hit = decayCache.get(dt);
  if (hit) return hit;
  const t = new Float64Array(ROWS * DECAY_STRIDE);
  for (let i = 0; i < ROWS; i++) {
    const o = i * STRIDE;
    const d = i * DECAY_STRIDE;
    t[d + D_M] = Math.exp(-dt * ((TABLE[o + T_AM] as number) + (TABLE[o + T_BM] as number)));
    t[d + D_H] = Math.exp(-dt * ((TABLE[o + T_AH] as number) + (TABLE[o + T_BH] as number)));
    t[d + D_N] = Math.exp(-dt * ((TABLE[o + T_AN] as number) + (TABLE[o + T_BN] as number)));
  }
  decayCache.set(dt, t);
  return t;
}

/** Row nearest to V. Hot loops inline this expression (calls with a double argument would allocate). */
export function rowOf(v: number): number {
  const x = Math.round((v - V_MIN_MV) / V_STEP_MV);
  return x > 0 ? (x < ROWS ? x : ROWS - 1) : 0; // also maps NaN to row 0
}

/** One column at V of the static table (for code outside the inner loop). */
export function lookupColumn(v: number, column: number): number {
  return TABLE[rowOf(v) * STRIDE + column] as number;
}

/**
 * e^(−x) on a grid of EXP_STEP for x in [0, EXP_ROWS·EXP_STEP], read with linear interpolation (error
 * ≤ EXP_STEP²/8 ≈ 1.3·10⁻⁷) for the membrane's exponential-Euler V update, where x = g_total·dt/C: a
 * Math.exp call costs ≈ 15 ns per compartment and substep. Larger x (rare: g_total > 200 mS/cm² at
 * 20 µs) use Math.exp.
 */
export const EXP_STEP = 1e-3;
export const EXP_ROWS = 4000;
export const EXP_NEG = new Float64Array(EXP_ROWS + 2);
for (let i = 0; i < EXP_ROWS + 2; i++) EXP_NEG[i] = Math.exp(-i * EXP_STEP);
