// Test helpers: run a junction while tracking the peaks a physiologist would read off the traces.

import {
  advance,
  createJunction,
  drainEvents,
  type Junction,
  observe,
  type ScenarioChoice,
  stimulateNerve,
} from "../../../shared/physiology";

export const DT = 0.02;

export interface Trace {
  t: number[];
  v: number[]; // end plate
  prop: number[]; // propagated membrane (away from the end plate)
  open: number[];
  force: number[];
  ca: number[];
}

/** Advances `ms` in substeps, recording both Vs, open receptors, force and Ca2+ at every `everyMs`. */
export function trace(j: Junction, ms: number, everyMs = DT): Trace {
  const tr: Trace = { t: [], v: [], prop: [], open: [], force: [], ca: [] };
  const n = Math.round(ms / everyMs);
  for (let i = 0; i < n; i++) {
    advance(j, everyMs);
    const o = observe(j);
    tr.t.push(o.timeMs);
    tr.v.push(o.membranePotentialMv);
    tr.prop.push(o.propagatedMv);
    tr.open.push(o.openReceptors);
    tr.force.push(o.force);
    tr.ca.push(o.sarcoplasmicCaUM);
  }
  return tr;
}

export function argmax(xs: number[]): number {
  let k = 0;
  for (let i = 1; i < xs.length; i++) if ((xs[i] as number) > (xs[k] as number)) k = i;
  return k;
}

export const max = (xs: number[]): number => Math.max(...xs);
export const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/** One nerve impulse from rest; returns the trace over `ms` and the junction. */
export function oneImpulse(scenarios: ScenarioChoice[] = [], seed = 1, ms = 60): { j: Junction; tr: Trace } {
  const j = createJunction({ seed, scenarios });
  stimulateNerve(j);
  return { j, tr: trace(j, ms) };
}

/** Peak depolarisation (mV) of one impulse from the resting potential. */
export function peakDepolarisation(j: Junction, tr: Trace): number {
  return max(tr.v) - observe(j).restingPotentialMv;
}

/** Decay time constant (ms) from the fall between 80 % and 20 % of the peak: τ = Δt / ln 4. */
export function decayTau(tr: Trace, xs: number[]): number {
  const k = argmax(xs);
  const peak = xs[k] as number;
  let a = k;
  while (a < xs.length - 1 && (xs[a] as number) > 0.8 * peak) a++;
  let b = a;
  while (b < xs.length - 1 && (xs[b] as number) > 0.2 * peak) b++;
  return ((tr.t[b] as number) - (tr.t[a] as number)) / Math.log(4);
}

/** Amplitudes (mV) of the first `count` spontaneous MEPPs, measured from the resting potential. */
export function meppAmplitudes(scenarios: ScenarioChoice[], count: number, seed = 3): number[] {
  const j = createJunction({ seed, scenarios });
  const rest = observe(j).restingPotentialMv;
  const amps: number[] = [];
  for (let k = 0; k < 20000 && amps.length < count; k++) {
    advance(j, 0.5);
    if (drainEvents(j).some((e) => e.type === "mepp")) {
      const tr = trace(j, 4);
      amps.push(max(tr.v) - rest);
      drainEvents(j);
    }
  }
  return amps;
}

/** Nerve train: returns per-impulse quanta and CMAP, the force trace and the AP count. */
export function train(scenarios: ScenarioChoice[], hz: number, impulses: number, seed = 11) {
  const j = createJunction({ seed, scenarios });
  const quanta: number[] = [];
  const cmap: number[] = [];
  const force: number[] = [];
  const period = 1000 / hz;
  for (let i = 0; i < impulses; i++) {
    stimulateNerve(j);
    const tr = trace(j, period, 0.1);
    force.push(...tr.force);
    const o = observe(j);
    quanta.push(o.quantaLastImpulse);
    cmap.push(o.cmap);
  }
  return { j, quanta, cmap, force, aps: observe(j).muscleActionPotentials };
}
