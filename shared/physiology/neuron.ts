// The motor neuron inside the junction's step: axon events, the terminal (every substep through an AP, coarser while
// it recovers) and the soma (lazily, 40 µs while anything happens); and the Ca2+ entry the release rule reads when
// an impulse arrives. The lab actions are in neuronApi.ts, the axon's impulses in neuronImpulses.ts.

import { initialAxon, reconditionImpulses, refreshConduction } from "./axon";
import { axonEvents, onSomaSpike } from "./neuronImpulses";
import { NEURON as N } from "./neuronParameters";
import type { NeuronState, SomaState } from "./neuronState";
import { somaMaySleep, somaSync, terminalInputs, terminalNextTick, terminalTick } from "./neuronSync";
import type { Modifiers } from "./scenarios";
import { somaRest } from "./soma";
import type { Junction } from "./state";
import { lookAheadCharge, terminalReference, terminalRest } from "./terminal";

export function initialNeuron(mods: Modifiers, axonLengthMm: number): NeuronState {
  const soma: SomaState = {
    ...somaRest(mods.neuronNaBlock),
    excRise: 0,
    excDecay: 0,
    inhRise: 0,
    inhDecay: 0,
    stimUAPerCm2: 0,
    stimStartStep: 0,
    stimEndStep: 0,
    driveUAPerCm2: 0,
    driveStartStep: 0,
    driveEndStep: 0,
    syncedStep: 0,
    nextSyncStep: 0,
    antidromicUntilStep: -1e9,
    awake: false,
    spikeArmed: true,
    spikes: 0,
    lastSpikeStep: -1e9,
  };
  const axon = initialAxon(axonLengthMm);
  refreshConduction(axon, mods, 1); // controls start at 1; each impulse refreshes for the node control at its launch
  return { soma, terminal: terminalRest(mods.neuronNaBlock, mods.neuronKBlock, N.nodeELeakMv), axon, nextStep: 0 };
}

/** After the modifiers changed (setScenarios): conduction follows, and both compartments relax to their new rest. */
export function refreshNeuron(j: Junction): void {
  const nz = j.neuron;
  refreshConduction(nz.axon, j.mods, j.controls.node);
  reconditionImpulses(nz.axon);
  nz.terminal.driveNaBlock = nz.axon.naBlock;
  if (!nz.soma.awake) nz.soma.syncedStep = j.step;
  nz.soma.nextSyncStep = j.step;
  if (!nz.terminal.awake) nz.terminal.syncedStep = j.step;
  nz.soma.awake = true;
  nz.terminal.awake = true;
  nz.terminal.driveFromRest = false; // the blocks may have changed under this AP
  nz.nextStep = j.step;
}

/**
 * The impulse has reached the terminal (its AP peaks now): Ca2+ entry of this AP relative to a control AP from rest,
 * i.e. the charge counted so far plus a look-ahead over the rest of its window; exactly 1 for a control impulse
 * arriving at a terminal at rest (the same steps as terminal.terminalReference).
 */
export function terminalArrival(j: Junction): number {
  const t = j.neuron.terminal;
  const inp = terminalInputs(j);
  const ref = terminalReference(j.dtMs);
  if (!t.driveFromRest || t.driveIndex !== ref.leadSteps + 1) return lookAheadCharge(t, inp) / ref.charge;
  // From rest with these inputs the AP is always the same: its entry is remembered (a pure function of them).
  const a = j.neuron.axon;
  const key = `${j.dtMs}|${a.myelinLoss}|${t.driveNaBlock}|${inp.naBlock}|${inp.kBlock}`;
  let entry = fromRest.get(key);
  if (entry === undefined) {
    entry = lookAheadCharge(t, inp) / ref.charge;
    fromRest.set(key, entry);
  }
  return entry;
}
const fromRest = new Map<string, number>();

/**
 * The neuron's share of one substep, before the junction reads its arrivals (impulses arrive at their announced
 * step). The junction calls it only from neuron.nextStep on, which it sets to the next substep with work to do.
 */
export function neuronStep(j: Junction): void {
  const nz = j.neuron;
  const now = j.step;
  if (now >= nz.axon.nextEventStep) axonEvents(j);
  const t = nz.terminal;
  if (t.awake) terminalTick(j);
  const s = nz.soma;
  if (s.awake && now >= s.nextSyncStep) {
    if (somaSync(j, now)) onSomaSpike(j);
    else somaMaySleep(j);
  }
  let next = nz.axon.nextEventStep;
  if (t.awake) {
    const tick = terminalNextTick(j);
    if (tick < next) next = tick;
  }
  if (s.awake && s.nextSyncStep < next) next = s.nextSyncStep;
  nz.nextStep = next > now ? next : now + 1;
}
