// Lookup tables of the neuron's gates, built once at module load (pure, deterministic), read by nearest row on the
// muscle's 0.01 mV grid: steady state and decay factor e^(−dt(α+β)) per gate, so the inner loops have no exponentials.

import {
  cav,
  type GateRates,
  somaCaInf,
  somaH,
  somaM,
  somaN,
  steady,
  terminalH,
  terminalM,
  terminalN,
} from "./neuronGates";

export const NV_MIN_MV = -160;
const NV_MAX_MV = 120;
export const NV_STEP_MV = 0.01;
export const NROWS = Math.round((NV_MAX_MV - NV_MIN_MV) / NV_STEP_MV) + 1;

/** A gate table: per row, each gate's steady state then its α + β; extra static columns after them. */
export interface GateTable {
  gates: readonly GateRates[];
  stride: number;
  data: Float64Array;
  decay: Map<number, Float64Array>;
}

function buildTable(gates: readonly GateRates[], extras: readonly ((v: number) => number)[]): GateTable {
  const stride = 2 * gates.length + extras.length;
  const data = new Float64Array(NROWS * stride);
  for (let i = 0; i < NROWS; i++) {
    const v = NV_MIN_MV + i * NV_STEP_MV;
    const o = i * stride;
    gates.forEach((g, k) => {
      const [a, b] = g(v);
      data[o + k] = a / (a + b);
      data[o + gates.length + k] = a + b;
    });
    extras.forEach((f, k) => {
      data[o + 2 * gates.length + k] = f(v);
    });
  }
  return { gates, stride, data, decay: new Map() };
}

/** Decay factors e^(−dt(α+β)) of every gate at one step length (built once per dt, then cached). */
export function decayOf(t: GateTable, dt: number): Float64Array {
  const hit = t.decay.get(dt);
  if (hit) return hit;
  const n = t.gates.length;
  const d = new Float64Array(NROWS * n);
  for (let i = 0; i < NROWS; i++) {
    for (let k = 0; k < n; k++) d[i * n + k] = Math.exp(-dt * (t.data[i * t.stride + n + k] as number));
  }
  t.decay.set(dt, d);
  return d;
}

/** Soma: m, h, n; extra column m∞² of the HVA Ca2+ current. */
export const SOMA = buildTable([somaM, somaH, somaN], [(v) => somaCaInf(v) ** 2]);
export const SOMA_CA2 = 6;
/** Terminal: m, h, n, and the CaV2.1 gate s. */
export const TERMINAL = buildTable([terminalM, terminalH, terminalN, cav], []);

/** Nearest row for V (maps NaN and out-of-range V to the ends). */
export function nrow(v: number): number {
  const x = Math.round((v - NV_MIN_MV) / NV_STEP_MV);
  return x > 0 ? (x < NROWS ? x : NROWS - 1) : 0;
}

export { steady };
