// Helpers of the question-bank claim tests (claims*.test.ts): texts by id, junctions with scenarios and controls,
// one impulse, MEPPs, trains and thresholds read off the engine.

import { expect } from "vitest";
import { challengeById } from "../../../shared/game/challenges";
import { questionById } from "../../../shared/game/questions";
import {
  advance,
  createJunction,
  drainEvents,
  type Junction,
  observe,
  type ScenarioChoice,
  setControl,
  stimulateMuscle,
  stimulateNerve,
} from "../../../shared/physiology";
export const DT = 0.02;
export const SEEDS = [1, 2, 3, 4, 5];
export const explanation = (id: string): string => questionById(id)?.explanation ?? "";
export const prompt = (id: string): string => questionById(id)?.prompt ?? "";
export const notes = (id: string): string => challengeById(id)?.teacherNotes ?? "";
export const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

export type Controls = Record<string, number>;

export function junction(scenarios: ScenarioChoice[] = [], seed = 1, controls: Controls = {}): Junction {
  const j = createJunction({ seed, scenarios });
  for (const [name, value] of Object.entries(controls)) expect(setControl(j, name, value)).toMatchObject({ ok: true });
  return j;
}

export interface Response {
  rest: number;
  peakMv: number; // end plate
  depolarisation: number; // peak − rest (the EPP when no AP fires)
  halfWidthMs: number; // at half the depolarisation, end plate
  quanta: number;
  aps: number;
  force: number;
  forcePeakMs: number; // after the stimulus
  forceHalfRelaxMs: number; // from the force peak to half of it
  caPeakUM: number;
  openPeak: number;
  v: number[];
  ca: number[];
}

/** One nerve (or direct muscle) stimulus from rest, sampled every DT for `ms`. */
export function respond(j: Junction, ms = 60, muscle = false): Response {
  const rest = observe(j).membranePotentialMv;
  if (muscle) stimulateMuscle(j);
  else stimulateNerve(j);
  const v: number[] = [];
  const f: number[] = [];
  const ca: number[] = [];
  let openPeak = 0;
  for (let i = 0; i < Math.round(ms / DT); i++) {
    advance(j, DT);
    const o = observe(j);
    v.push(o.membranePotentialMv);
    f.push(o.force);
    ca.push(o.sarcoplasmicCaUM);
    openPeak = Math.max(openPeak, o.openReceptors);
  }
  const peakMv = Math.max(...v);
  const half = 0.5 * (peakMv + rest);
  const force = Math.max(...f);
  const at = f.indexOf(force);
  let back = at;
  while (back < f.length - 1 && (f[back] as number) > force / 2) back++;
  const o = observe(j);
  return {
    rest,
    peakMv,
    depolarisation: peakMv - rest,
    halfWidthMs: v.filter((x) => x > half).length * DT,
    quanta: o.quantaLastImpulse,
    aps: o.muscleActionPotentials,
    force,
    forcePeakMs: (at + 1) * DT,
    forceHalfRelaxMs: (back - at) * DT,
    caPeakUM: Math.max(...ca),
    openPeak,
    v,
    ca,
  };
}

export const impulse = (scenarios: ScenarioChoice[] = [], seed = 1, controls: Controls = {}, ms = 60): Response =>
  respond(junction(scenarios, seed, controls), ms);
/** The EPP with the muscle's Na+ channels blocked, so no AP hides it. */
export const ttxEpp = (scenarios: ScenarioChoice[] = [], seed = 1, controls: Controls = {}): number =>
  impulse([...scenarios, { id: "tetrodotoxin" }], seed, controls, 20).depolarisation;

/** Amplitude (mV) and peak open channels of the first spontaneous MEPP, and the model's MEPP rate (/s). */
export function mepp(scenarios: ScenarioChoice[] = [], seed = 3): { mv: number; open: number; ratePerS: number } {
  const j = createJunction({ seed, scenarios });
  const rest = observe(j).membranePotentialMv;
  const ratePerS = observe(j).meppFrequencyPerS;
  for (let k = 0; k < 40_000; k++) {
    advance(j, 0.5);
    if (drainEvents(j).some((e) => e.type === "mepp")) {
      let peak = rest;
      let open = 0;
      for (let i = 0; i < 200; i++) {
        advance(j, 0.025);
        peak = Math.max(peak, observe(j).membranePotentialMv);
        open = Math.max(open, observe(j).openReceptors);
      }
      return { mv: peak - rest, open, ratePerS };
    }
  }
  return { mv: 0, open: 0, ratePerS };
}

/** A nerve train: per impulse the muscle APs it gave, the quanta and the CMAP; force every 0.1 ms. */
export function train(scenarios: ScenarioChoice[], hz: number, impulses: number, seed = 1, controls: Controls = {}) {
  const j = junction(scenarios, seed, controls);
  const aps: number[] = [];
  const quanta: number[] = [];
  const cmap: number[] = [];
  const force: number[] = [];
  const naBefore: number[] = [];
  const vBefore: number[] = [];
  const steps = Math.round(1000 / hz / 0.1);
  for (let i = 0; i < impulses; i++) {
    const before = observe(j).muscleActionPotentials;
    naBefore.push(observe(j).naAvailability);
    vBefore.push(observe(j).membranePotentialMv);
    stimulateNerve(j);
    for (let k = 0; k < steps; k++) {
      advance(j, 0.1);
      force.push(observe(j).force);
    }
    const o = observe(j);
    aps.push(o.muscleActionPotentials - before);
    quanta.push(o.quantaLastImpulse);
    cmap.push(o.cmap);
  }
  return { j, aps, quanta, cmap, force, naBefore, vBefore };
}

/** Direct stimuli `intervalMs` apart, the second of `uA` µA/cm²: the end plate's AP count and the second's peak. */
export function musclePair(intervalMs: number, uA: number) {
  const j = createJunction({ seed: 1 });
  stimulateMuscle(j);
  advance(j, intervalMs);
  const nOpen = observe(j).openKChannelFraction;
  const h = observe(j).naAvailability;
  stimulateMuscle(j, { amplitudeUAPerCm2: uA });
  let peak = -200;
  for (let i = 0; i < 500; i++) {
    advance(j, DT);
    peak = Math.max(peak, observe(j).membranePotentialMv);
  }
  return { aps: observe(j).muscleActionPotentials, peak, nOpen, h };
}

/** Smallest direct stimulus (µA/cm², 0.5 ms) that fires a resting fibre. */
export function muscleThreshold(): number {
  let lo = 0;
  let hi = 1000;
  for (let k = 0; k < 14; k++) {
    const mid = 0.5 * (lo + hi);
    const j = createJunction({ seed: 1 });
    stimulateMuscle(j, { amplitudeUAPerCm2: mid });
    advance(j, 20);
    if (observe(j).muscleActionPotentials >= 1) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** The second stimulus's threshold `intervalMs` after an AP, relative to the resting threshold. */
export function refractoryRatio(intervalMs: number, rest: number): number {
  let lo = 0;
  let hi = 20 * rest;
  for (let k = 0; k < 14; k++) {
    const mid = 0.5 * (lo + hi);
    if (musclePair(intervalMs, mid).aps >= 2) hi = mid;
    else lo = mid;
  }
  return hi / rest;
}

export const T0 = muscleThreshold();
