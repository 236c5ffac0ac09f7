// Impulses in the motor axon as junction events: an impulse set off by a soma spike or by the nerve stimulator is
// announced in pre.arrivals at once (its arrival substep is known when it sets off), gets its chain record, starts
// the terminal's drive shortly before it arrives, and an antidromic one invades the soma.

import {
  firstOrthodromicBelow,
  nearestAntidromic,
  positionMm,
  recomputeNextEvent,
  refreshConduction,
  stimSiteRefractory,
  stimulusSiteMm,
  travelSteps,
} from "./axon";
import { newImpulseRecord, pushEvent, pushRecord } from "./events";
import { NEURON as N } from "./neuronParameters";
import type { AxonImpulse } from "./neuronState";
import { somaSync, startTerminalDrive } from "./neuronSync";
import { PARAMS as P } from "./parameters";
import type { Junction } from "./state";
import { terminalReference } from "./terminal";

/** Inserts an arrival into pre.arrivals keeping it sorted by substep (the step loop reads its head). */
function announceArrival(j: Junction, step: number, impulse: number): void {
  const pre = j.pre;
  let i = pre.arrivals.length;
  while (i > 0 && (pre.arrivals[i - 1] as number) > step) i--;
  pre.arrivals.splice(i, 0, step);
  pre.arrivalImpulse.splice(i, 0, impulse);
}

function withdrawArrival(j: Junction, impulse: number): void {
  const i = j.pre.arrivalImpulse.indexOf(impulse);
  if (i >= 0) {
    j.pre.arrivals.splice(i, 1);
    j.pre.arrivalImpulse.splice(i, 1);
  }
}

/**
 * The earliest substep an impulse setting off at `fromMm` may reach the terminal: no sooner than the axon's refractory
 * period after an impulse ahead of it (less one substep for the rounding of two travel times), since it cannot pass
 * through the refractory axon that one leaves behind. Impulses that set off with one speed always keep this spacing
 * (the soma and the electrode are refractory as long), so it binds only when the node control or a scenario changed
 * the speed between them. Impulses behind the new one (short of the electrode) are not its concern.
 */
function earliestArrival(j: Junction, fromMm: number, step: number): number {
  let last = -1;
  for (const imp of j.neuron.axon.impulses) {
    if (imp.orthodromic && imp.endStep > last && positionMm(imp, step, j.dtMs) >= fromMm) last = imp.endStep;
  }
  return last < 0 ? -1 : last + Math.round(N.axonRefractoryMs / j.dtMs) - 1;
}

/** Starts an orthodromic impulse at `fromMm` at substep `step`; returns its index and arrival substep. */
function startOrthodromic(j: Junction, fromMm: number, step: number): { impulse: number; arriveStep: number } {
  const a = j.neuron.axon;
  const dt = j.dtMs;
  const end = Math.max(step + travelSteps(a, a.lengthMm - fromMm, dt), earliestArrival(j, fromMm, step));
  const site = stimulusSiteMm(a);
  const imp: AxonImpulse = {
    impulse: j.pre.stimulated++,
    orthodromic: true,
    startStep: step,
    startMm: fromMm,
    endStep: end,
    driveStep: Math.max(step + 1, end - terminalReference(dt).leadSteps),
    stimSiteStep: fromMm < site ? step + travelSteps(a, site - fromMm, dt) : fromMm === site ? step : -1,
    velocityMPerS: a.velocityMPerS,
    nodeNaBlock: a.naBlock,
  };
  a.impulses.push(imp);
  announceArrival(j, end, imp.impulse);
  pushRecord(j, newImpulseRecord(imp.impulse, step * dt, j.mem.v));
  recomputeNextEvent(a, step);
  if (j.neuron.nextStep > a.nextEventStep) j.neuron.nextStep = a.nextEventStep;
  return { impulse: imp.impulse, arriveStep: end };
}

export type StimulusResult = { ok: true; impulse: number; arrivesAtMs: number } | { ok: false; reason: string };

/**
 * The nerve stimulator on the axon near the junction (NEURON.stimulusSiteMm away): an impulse to the terminal and one
 * to the soma. Refused (as a value, state unchanged) inside the absolute refractory period there, or when the axon
 * cannot conduct. An impulse already on its way from the soma and short of the electrode meets the antidromic one:
 * both vanish (its announced arrival is withdrawn).
 */
export function nerveStimulus(j: Junction): StimulusResult {
  const pre = j.pre;
  const a = j.neuron.axon;
  const dt = j.dtMs;
  if ((j.step - pre.lastStimStep) * dt < P.nerveRefractoryMs || stimSiteRefractory(a, j.step, dt)) {
    return { ok: false, reason: "the motor axon is in its absolute refractory period" };
  }
  refreshConduction(a, j.mods, j.controls.node);
  if (a.blocked) {
    return {
      ok: false,
      reason:
        "no impulse: the motor axon does not conduct (its Na+ channels or myelin are lost, or its nodes silenced)",
    };
  }
  pre.lastStimStep = j.step;
  const site = stimulusSiteMm(a);
  const met = firstOrthodromicBelow(a, site, j.step, dt);
  if (met >= 0) {
    withdrawArrival(j, (a.impulses[met] as AxonImpulse).impulse);
    a.impulses.splice(met, 1);
  } else {
    j.neuron.nextStep = Math.min(j.neuron.nextStep, j.step);
    a.impulses.push({
      impulse: -1,
      orthodromic: false,
      startStep: j.step,
      startMm: site,
      endStep: j.step + travelSteps(a, site, dt),
      driveStep: -1,
      stimSiteStep: -1,
      velocityMPerS: a.velocityMPerS,
      nodeNaBlock: a.naBlock,
    });
  }
  const t = j.step * dt;
  const { impulse, arriveStep } = startOrthodromic(j, site, j.step);
  pushEvent(j, { type: "nerve-stimulated", timeMs: t, impulse });
  return { ok: true, impulse, arrivesAtMs: arriveStep * dt };
}

/** Axon events due now: terminal drives that start, impulses that reach the terminal or invade the soma. */
export function axonEvents(j: Junction): void {
  const a = j.neuron.axon;
  const s = j.step;
  for (let i = a.impulses.length - 1; i >= 0; i--) {
    const imp = a.impulses[i] as AxonImpulse;
    if (imp.orthodromic && imp.driveStep >= 0 && imp.driveStep <= s) {
      startTerminalDrive(j, imp.nodeNaBlock);
      imp.driveStep = -1;
    }
    if (s >= imp.endStep) {
      if (imp.orthodromic) a.lastStimSiteStep = Math.max(a.lastStimSiteStep, imp.stimSiteStep);
      else invadeSoma(j);
      a.impulses.splice(i, 1);
    }
  }
  recomputeNextEvent(a, s + 1);
}

/** An antidromic impulse reaches the soma: the initial segment's spike drives it (see NEURON.antidromicDrive…). */
function invadeSoma(j: Junction): void {
  const s = j.step;
  if (somaSync(j, s)) onSomaSpike(j);
  const soma = j.neuron.soma;
  soma.driveUAPerCm2 = N.antidromicDriveUAPerCm2;
  soma.driveStartStep = s;
  soma.driveEndStep = s + Math.max(1, Math.round(N.antidromicDriveMs / j.dtMs));
  soma.antidromicUntilStep = s + Math.round(N.antidromicSpikeWindowMs / j.dtMs);
  soma.awake = true;
  soma.nextSyncStep = s + P.slowEverySubsteps;
  j.neuron.axon.lastSomaEndStep = s;
}

/**
 * A soma spike sets off an orthodromic impulse unless it is an antidromic invasion, the axon is refractory there or
 * blocked, or the impulse meets an antidromic one; no "soma-spike" event is sent for an antidromic invasion.
 */
export function onSomaSpike(j: Junction): void {
  const a = j.neuron.axon;
  const s = j.step;
  const soma = j.neuron.soma;
  if (s < soma.antidromicUntilStep) {
    // The antidromic impulse's own invasion of the initial segment and soma: the axon behind it is refractory.
    soma.antidromicUntilStep = -1e9;
    return;
  }
  let impulse = -1;
  refreshConduction(a, j.mods, j.controls.node);
  if (!a.blocked && (s - a.lastSomaEndStep) * j.dtMs >= N.axonRefractoryMs) {
    a.lastSomaEndStep = s;
    const met = nearestAntidromic(a);
    if (met >= 0) {
      a.impulses.splice(met, 1);
      recomputeNextEvent(a, s);
    } else impulse = startOrthodromic(j, 0, s).impulse;
  }
  pushEvent(j, { type: "soma-spike", timeMs: s * j.dtMs, impulse });
}
