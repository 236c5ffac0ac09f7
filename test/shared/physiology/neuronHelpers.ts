// Test helpers for the motor neuron: fresh junctions, soma/terminal traces a physiologist would record, spike counts.

import {
  advance,
  createJunction,
  injectCurrent,
  type Junction,
  observe,
  type ScenarioChoice,
} from "../../../shared/physiology";

export const DT = 0.02;

export function fresh(scenarios: ScenarioChoice[] = [], seed = 1, options: { axonLengthMm?: number } = {}): Junction {
  return createJunction({ seed, scenarios, ...options });
}

/** The soma's V every substep for `ms`. */
export function somaTrace(j: Junction, ms: number): number[] {
  const v: number[] = [];
  for (let i = 0; i < Math.round(ms / DT); i++) {
    advance(j, DT);
    v.push(observe(j).neuron.somaMv);
  }
  return v;
}

/** The terminal's V every substep for `ms`. */
export function terminalTrace(j: Junction, ms: number): number[] {
  const v: number[] = [];
  for (let i = 0; i < Math.round(ms / DT); i++) {
    advance(j, DT);
    v.push(observe(j).neuron.terminalMv);
  }
  return v;
}

export const somaSpikes = (j: Junction): number => observe(j).neuron.somaSpikes;

/** Whether a current pulse into a resting soma fires it. */
export function pulseFires(uAPerCm2: number, ms: number, scenarios: ScenarioChoice[] = []): boolean {
  const j = fresh(scenarios);
  injectCurrent(j, "soma", uAPerCm2, ms);
  advance(j, ms + 20);
  return somaSpikes(j) > 0;
}

/** The smallest current (µA/cm², to 0.1 %) of a pulse of `ms` that fires the soma (bisection). */
export function pulseThreshold(ms: number, scenarios: ScenarioChoice[] = [], hi = 1000): number {
  let lo = 0;
  for (let k = 0; k < 30; k++) {
    const mid = 0.5 * (lo + hi);
    if (pulseFires(mid, ms, scenarios)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** Peak, half-width (at half the amplitude from `baseMv`) and index of the peak of a trace. */
export function shape(v: number[], baseMv: number): { peak: number; halfWidthMs: number; at: number } {
  const peak = Math.max(...v);
  const at = v.indexOf(peak);
  const half = 0.5 * (peak + baseMv);
  let a = -1;
  let b = -1;
  v.forEach((x, i) => {
    if (a < 0 && x > half) a = i;
    if (a >= 0 && b < 0 && i > at && x < half) b = i;
  });
  return { peak, halfWidthMs: (b - a) * DT, at };
}

/** The membrane potential where the spike takes off: the last V before dV/dt first exceeds 10 mV/ms. */
export function takeOffMv(v: number[], fromIndex = 1): number {
  for (let i = Math.max(1, fromIndex); i < v.length; i++) {
    if (((v[i] as number) - (v[i - 1] as number)) / DT > 10) return v[i - 1] as number;
  }
  return Number.NaN;
}
