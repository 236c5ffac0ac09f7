// The myelinated motor axon in the running engine: a delay line whose speed and block come from the detailed cable
// (axonCable.ts), carrying impulses both ways. Orthodromic impulses (soma → terminal) arrive at a step known when they
// set off, at the speed of the conduction at launch; an antidromic one (from the nerve stimulator towards the soma) and
// an orthodromic one that meet annihilate, because each leaves refractory axon behind it (the collision test of
// physiologists). Pure functions of AxonState.

import { conduction } from "./axonCable";
import { NEURON as N } from "./neuronParameters";
import type { AxonImpulse, AxonState } from "./neuronState";
import type { Modifiers } from "./scenarios";

/** Far-future substep ("never"), finite so the state survives JSON. */
export const NEVER = 1e15;

/** Control speed, m/s (= mm/ms): Hursh 1939's 6 m/s per µm of fibre diameter. */
export const CONTROL_VELOCITY_M_PER_S = N.velocityPerDiameterMPerSPerUm * N.fibreDiameterUm;

export function initialAxon(lengthMm: number): AxonState {
  return {
    lengthMm,
    velocityMPerS: CONTROL_VELOCITY_M_PER_S,
    blocked: false,
    myelinLoss: 0,
    naBlock: 0,
    impulses: [],
    nextEventStep: NEVER,
    lastSomaEndStep: -1e9,
    lastStimSiteStep: -1e9,
  };
}

/**
 * Levels of the node control per unit, count (numerics / game choice): the control (the share of nodal Na+ channels
 * that open) is rounded to 1/12 before the cable is consulted, so each level is one cable run, remembered, and a
 * control that changes every tick reruns nothing; 12 shares out evenly among 1, 2, 3, 4 or 6 holders.
 */
export const NODE_CONTROL_STEPS = 12;

/**
 * The nodes' effective Na+ block: the channels a drug leaves, times the share the node control lets open (rounded to
 * 1/NODE_CONTROL_STEPS). A control of 1 gives the drug's block exactly.
 */
export function nodalNaBlock(neuronNaBlock: number, nodeControl: number): number {
  const q = Math.round(nodeControl * NODE_CONTROL_STEPS) / NODE_CONTROL_STEPS;
  return q === 1 ? neuronNaBlock : 1 - (1 - neuronNaBlock) * q;
}

/**
 * Brings speed and block up to date with the modifiers (demyelination, neuronal Na+ channel block) and the node
 * control. Called when an impulse sets off: the condition at launch is that impulse's for its whole way.
 */
export function refreshConduction(axon: AxonState, mods: Modifiers, nodeControl: number): void {
  const naBlock = nodalNaBlock(mods.neuronNaBlock, nodeControl);
  if (axon.myelinLoss === mods.myelinLoss && axon.naBlock === naBlock && axon.velocityMPerS > 0) return;
  axon.myelinLoss = mods.myelinLoss;
  axon.naBlock = naBlock;
  const c = conduction(mods.myelinLoss, naBlock);
  const control = conduction(0, 0);
  axon.blocked = !c.conducts;
  axon.velocityMPerS = c.conducts ? (CONTROL_VELOCITY_M_PER_S * c.cableVelocityMPerS) / control.cableVelocityMPerS : 0;
}

/** Substeps an impulse takes over `mm` of axon (at least 1). */
export function travelSteps(axon: AxonState, mm: number, dt: number): number {
  return Math.max(1, Math.round(mm / axon.velocityMPerS / dt));
}

/**
 * After a scenario change: the impulses in flight take the new speed (for their position) and nodal block (for the
 * terminal's drive), as the engine did before impulses carried their own; their arrival steps stay as announced.
 */
export function reconditionImpulses(axon: AxonState): void {
  for (const imp of axon.impulses) {
    imp.velocityMPerS = axon.velocityMPerS;
    imp.nodeNaBlock = axon.naBlock;
  }
}

/** Position of an impulse at substep `step`, mm from the soma (at its own speed). */
export function positionMm(imp: AxonImpulse, step: number, dt: number): number {
  const travelled = Math.max(0, step - imp.startStep) * dt * imp.velocityMPerS;
  return imp.orthodromic ? imp.startMm + travelled : imp.startMm - travelled;
}

/** The stimulator's electrode, mm from the soma. */
export function stimulusSiteMm(axon: AxonState): number {
  return Math.max(0, axon.lengthMm - N.stimulusSiteMm);
}

export function recomputeNextEvent(axon: AxonState, step: number): void {
  let next = NEVER;
  for (const imp of axon.impulses) {
    if (imp.driveStep >= step && imp.driveStep < next) next = imp.driveStep;
    if (imp.endStep < next) next = imp.endStep;
  }
  axon.nextEventStep = next;
}

/** The orthodromic impulse an antidromic one starting at `siteMm` now would meet first (the most advanced one still
 * short of the site), or −1. */
export function firstOrthodromicBelow(axon: AxonState, siteMm: number, step: number, dt: number): number {
  let best = -1;
  let bestPos = -1;
  axon.impulses.forEach((imp, i) => {
    if (!imp.orthodromic) return;
    const p = positionMm(imp, step, dt);
    if (p < siteMm && p > bestPos) {
      best = i;
      bestPos = p;
    }
  });
  return best;
}

/** The antidromic impulse nearest the soma (an orthodromic one leaving the soma now would meet it first), or −1. */
export function nearestAntidromic(axon: AxonState): number {
  let best = -1;
  let bestEnd = Number.POSITIVE_INFINITY;
  axon.impulses.forEach((imp, i) => {
    if (!imp.orthodromic && imp.endStep < bestEnd) {
      best = i;
      bestEnd = imp.endStep;
    }
  });
  return best;
}

/** Whether the axon at the stimulator's electrode is still absolutely refractory from an impulse passing it. */
export function stimSiteRefractory(axon: AxonState, step: number, dt: number): boolean {
  let last = axon.lastStimSiteStep;
  for (const imp of axon.impulses)
    if (imp.stimSiteStep >= 0 && imp.stimSiteStep <= step && imp.stimSiteStep > last) last = imp.stimSiteStep;
  return (step - last) * dt < N.axonRefractoryMs;
}
