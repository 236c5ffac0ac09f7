// Voltage-dependent rate functions of the motor neuron (mV in, 1/ms out): Traub–Miles Na+/K+ gates (soma and
// terminal), the soma's high-voltage-activated Ca2+ gate, the terminal's CaV2.1 gate (Borst & Sakmann 1998) and the
// CRRSS node of Ranvier (Sweeney, Mortimer & Durand 1987). neuronTables.ts samples the first ones for the inner loop.

import { NEURON as N } from "./neuronParameters";

/** x/(1 − e^(−x/s)) with its limit s at x = 0. */
function linExp(x: number, slope: number): number {
  if (Math.abs(x) < 1e-6) return slope;
  return x / (1 - Math.exp(-x / slope));
}

/** Traub–Miles rates [α, β] of one gate at V for a compartment with threshold offset vT (Pospischil et al. 2008). */
export type GateRates = (v: number) => [number, number];

export function tmM(vT: number): GateRates {
  return (v) => {
    const x = v - vT;
    return [0.32 * linExp(x - 13, 4), 0.28 * linExp(-(x - 40), 5)];
  };
}

export function tmH(vT: number): GateRates {
  return (v) => {
    const x = v - vT;
    return [0.128 * Math.exp(-(x - 17) / 18), 4 / (1 + Math.exp(-(x - 40) / 5))];
  };
}

export function tmN(vT: number, rateFactor: number): GateRates {
  return (v) => {
    const x = v - vT;
    return [0.032 * linExp(x - 15, 5) * rateFactor, 0.5 * Math.exp(-(x - 10) / 40) * rateFactor];
  };
}

/** Steady state α/(α + β) of a gate. */
export function steady(g: GateRates, v: number): number {
  const [a, b] = g(v);
  return a / (a + b);
}

/** The soma's HVA Ca2+ activation m∞ (instantaneous); the conductance goes as m∞². */
export function somaCaInf(v: number): number {
  return 1 / (1 + Math.exp(-(v - N.somaCaVHalfMv) / N.somaCaSlopeMv));
}

const CA_TEMP_FACTOR = N.caQ10 ** ((N.temperatureC - N.caReferenceTempC) / 10);

/** CaV2.1 activation of the terminal (Borst & Sakmann 1998, HH m², warmed to 37 °C by Q10). */
export const cav: GateRates = (v) => [
  N.caAlphaPerMs * Math.exp(v / N.caAlphaSlopeMv) * CA_TEMP_FACTOR,
  N.caBetaPerMs * Math.exp(-v / N.caBetaSlopeMv) * CA_TEMP_FACTOR,
];

/** CRRSS node of Ranvier, Na+ activation (absolute V; Sweeney, Mortimer & Durand 1987). */
export const nodeM: GateRates = (v) => {
  const a = (126 + 0.363 * v) / (1 + Math.exp(-(v + 49) / 5.3));
  return [a, a / Math.exp((v + 56.2) / 4.17)];
};

/** CRRSS node of Ranvier, Na+ inactivation. */
export const nodeH: GateRates = (v) => {
  const b = 15.6 / (1 + Math.exp(-(v + 56) / 10));
  return [b / Math.exp((v + 74.5) / 5), b];
};

export const somaM = tmM(N.somaVTMv);
export const somaH = tmH(N.somaVTMv);
export const somaN = tmN(N.somaVTMv, 1);
export const terminalM = tmM(N.terminalVTMv);
export const terminalH = tmH(N.terminalVTMv);
export const terminalN = tmN(N.terminalVTMv, N.terminalKRateFactor);
