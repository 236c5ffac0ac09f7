// When the neuron's compartments are integrated. The soma is integrated lazily up to "now": every 2 substeps (40 µs)
// while anything happens, every NEURON.somaQuietEverySubsteps while it only relaxes below threshold, and at once
// before any input. The terminal steps every substep through an AP's Ca2+ window, more coarsely while it recovers.
// A compartment at rest without inputs sleeps (is not stepped) and is set exactly to its rest.

import { nodeTemplate } from "./axonCable";
import type { Controls } from "./controls";
import { NEURON as N } from "./neuronParameters";
import type { SomaState, TerminalState } from "./neuronState";
import { PARAMS as P } from "./parameters";
import { somaRest, somaStep, tabulateSomaStep } from "./soma";
import type { Junction } from "./state";
import { type TerminalInputs, terminalRest, terminalStep, windowSteps } from "./terminal";

// --- the terminal's inputs for this junction (one reused object: no allocation in the loop) ---
const inputs: TerminalInputs = {
  dt: 0,
  naBlock: 0,
  kBlock: 0,
  drive: new Float64Array(0),
  nodeRestMv: N.nodeELeakMv,
  windowSteps: 0,
};
let inputsMyelinLoss = -1;
let inputsNaBlock = -1;

/** The terminal's inputs now: its drive is the last node's AP of the impulse driving it (its nodal block). */
export function terminalInputs(j: Junction): TerminalInputs {
  const a = j.neuron.axon;
  const nodeBlock = j.neuron.terminal.driveNaBlock;
  if (inputs.dt !== j.dtMs || inputsMyelinLoss !== a.myelinLoss || inputsNaBlock !== nodeBlock) {
    inputs.dt = j.dtMs;
    inputsMyelinLoss = a.myelinLoss;
    inputsNaBlock = nodeBlock;
    inputs.drive = nodeTemplate(j.dtMs, a.myelinLoss, nodeBlock);
    inputs.windowSteps = windowSteps(j.dtMs);
  }
  inputs.naBlock = j.mods.neuronNaBlock;
  inputs.kBlock = j.mods.neuronKBlock;
  return inputs;
}

// --- rest states: pure functions of the blocks (and the soma's channel controls), remembered for the last seen ---
let somaRestFor = Number.NaN;
let somaRestNaScale = Number.NaN;
let somaRestKScale = Number.NaN;
let somaRestMemo = somaRest(0);
export function somaRestNow(naBlock: number, c: Controls): ReturnType<typeof somaRest> {
  if (naBlock !== somaRestFor || c.neuronNa !== somaRestNaScale || c.neuronK !== somaRestKScale) {
    somaRestFor = naBlock;
    somaRestNaScale = c.neuronNa;
    somaRestKScale = c.neuronK;
    somaRestMemo = somaRest(naBlock, c.neuronNa, c.neuronK);
  }
  return somaRestMemo;
}
let terminalRestNa = Number.NaN;
let terminalRestK = Number.NaN;
let terminalRestMemo = terminalRest(0, 0, N.nodeELeakMv);
export function terminalRestNow(naBlock: number, kBlock: number): TerminalState {
  if (naBlock !== terminalRestNa || kBlock !== terminalRestK) {
    terminalRestNa = naBlock;
    terminalRestK = kBlock;
    terminalRestMemo = terminalRest(naBlock, kBlock, N.nodeELeakMv);
  }
  return terminalRestMemo;
}
const near = (a: number, b: number, tol: number): boolean => Math.abs(a - b) < tol;

// --- soma ---
const QUIET_SYNAPSE_MS_PER_CM2 = 1e-3 * N.excitatoryPeakMsPerCm2; // numerics: a synapse this weak no longer needs 40 µs

/** Whether the soma only relaxes (below threshold, no input of any size): then it may step coarsely. */
export function somaQuiet(s: SomaState, step: number, dtMs: number): boolean {
  return (
    s.v < N.somaQuietBelowMv &&
    (step - s.lastSpikeStep) * dtMs >= N.somaQuietAfterSpikeMs &&
    step >= s.stimEndStep &&
    step >= s.driveEndStep &&
    s.excDecay < QUIET_SYNAPSE_MS_PER_CM2 &&
    s.inhDecay < QUIET_SYNAPSE_MS_PER_CM2
  );
}

/** The soma's two regular step lengths are tabulated, for each junction substep length seen. */
let registeredDt = -1;
function registerSomaSteps(dtMs: number): void {
  registeredDt = dtMs;
  tabulateSomaStep(P.slowEverySubsteps * dtMs);
  tabulateSomaStep(N.somaQuietEverySubsteps * dtMs);
}

/**
 * Integrates the soma up to substep `to`; returns true if it began a spike (overshot 0 mV) on the way. A sleeping
 * soma is at rest, and is set to the rest of the present channel controls (neuronNa, neuronK): a control changed while
 * it slept moves that rest by < 0.05 mV, to which it would have relaxed within τ_m ≈ 7 ms; with the controls as they
 * were when it fell asleep this changes nothing.
 */
export function somaSync(j: Junction, to: number): boolean {
  const s = j.neuron.soma;
  if (!s.awake) {
    const r = somaRestNow(j.mods.neuronNaBlock, j.controls);
    s.v = r.v;
    s.m = r.m;
    s.h = r.h;
    s.n = r.n;
    s.caUM = r.caUM;
    s.syncedStep = to;
    s.nextSyncStep = to;
    return false;
  }
  const n = to - s.syncedStep;
  if (n <= 0) return false;
  if (j.dtMs !== registeredDt) registerSomaSteps(j.dtMs);
  somaStep(s, j.mods, j.controls, n * j.dtMs, s.syncedStep, to);
  s.syncedStep = to;
  s.nextSyncStep = to + (somaQuiet(s, to, j.dtMs) ? N.somaQuietEverySubsteps : P.slowEverySubsteps);
  if (s.spikeArmed) {
    if (s.v >= N.somaSpikeDetectMv) {
      s.spikeArmed = false;
      s.spikes++;
      s.lastSpikeStep = to;
      return true;
    }
  } else if (s.v < N.somaSpikeRearmMv) s.spikeArmed = true;
  return false;
}

/** Puts a quiet soma to sleep when it is at rest (then exactly at rest). */
export function somaMaySleep(j: Junction): void {
  const s = j.neuron.soma;
  const tol = N.somaRestTolerance;
  if (!somaQuiet(s, j.step, j.dtMs)) return;
  const r = somaRestNow(j.mods.neuronNaBlock, j.controls);
  if (!near(s.v, r.v, 10 * tol) || !near(s.m, r.m, tol) || !near(s.h, r.h, tol) || !near(s.n, r.n, tol)) return;
  if (!near(s.caUM, r.caUM, tol * 0.1)) return;
  s.v = r.v;
  s.m = r.m;
  s.h = r.h;
  s.n = r.n;
  s.caUM = r.caUM;
  s.excRise = 0;
  s.excDecay = 0;
  s.inhRise = 0;
  s.inhDecay = 0;
  s.awake = false;
}

// --- terminal ---

/** Integrates the terminal up to substep `to` in one step (while it recovers, or to catch up before a drive). */
export function terminalSync(j: Junction, to: number): void {
  const t = j.neuron.terminal;
  const n = to - t.syncedStep;
  if (!t.awake || n <= 0) {
    t.syncedStep = to;
    return;
  }
  terminalStep(t, terminalInputs(j), n);
  t.syncedStep = to;
  detectTerminal(t);
}

function detectTerminal(t: TerminalState): void {
  if (t.spikeArmed) {
    if (t.v >= N.terminalSpikeDetectMv) {
      t.spikeArmed = false;
      t.spikes++;
    }
  } else if (t.v < N.terminalSpikeRearmMv) t.spikeArmed = true;
}

/** An impulse's drive starts now: the terminal catches up, then counts this AP's Ca2+ from zero, driven by the last
 * node's AP for the impulse's nodal Na+ block. */
export function startTerminalDrive(j: Junction, nodeNaBlock: number): void {
  const t = j.neuron.terminal;
  t.driveFromRest = !t.awake;
  terminalSync(j, j.step);
  t.driveNaBlock = nodeNaBlock;
  t.driveIndex = 0;
  t.caCharge = 0;
  t.awake = true;
  j.neuron.nextStep = j.step;
}

/** The terminal's share of one substep: every substep in an AP's window, coarser while it recovers. */
export function terminalTick(j: Junction): void {
  const t = j.neuron.terminal;
  if (t.driveIndex >= 0) {
    const inp = terminalInputs(j);
    if (t.driveIndex < inp.windowSteps) {
      terminalStep(t, inp, 1);
      t.syncedStep = j.step + 1;
      detectTerminal(t);
      return;
    }
  }
  if (j.step + 1 - t.syncedStep < N.terminalRecoveryEverySubsteps) return;
  terminalSync(j, j.step + 1);
  terminalMaySleep(j, t);
}

/** The next substep the terminal needs a tick (every substep inside an AP's window). */
export function terminalNextTick(j: Junction): number {
  const t = j.neuron.terminal;
  if (t.driveIndex >= 0 && t.driveIndex < terminalInputs(j).windowSteps) return j.step + 1;
  return t.syncedStep + N.terminalRecoveryEverySubsteps - 1;
}

function terminalMaySleep(j: Junction, t: TerminalState): void {
  const r = terminalRestNow(j.mods.neuronNaBlock, j.mods.neuronKBlock);
  const tol = N.terminalRestTolerance;
  if (!near(t.v, r.v, 10 * tol) || !near(t.m, r.m, tol) || !near(t.h, r.h, tol) || !near(t.n, r.n, tol)) return;
  if (!near(t.s, r.s, tol)) return;
  t.v = r.v;
  t.m = r.m;
  t.h = r.h;
  t.n = r.n;
  t.s = r.s;
  t.driveIndex = -1;
  t.awake = false;
}
