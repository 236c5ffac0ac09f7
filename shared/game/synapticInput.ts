// The round's synaptic input to the motor neuron: volleys of excitatory synapses at the goal's rhythm (split in two
// halves a few ms apart when the round is about summation in time), inhibitory synapses firing with them (an IPSP
// that can veto), and Renshaw feedback after each spike. Bots fire their whole share on time; a part a person holds
// is cued, and fires the share of the volley its holders released when the hold ends.
import type { SynapseKind } from "../physiology/neuronApi";
import { stimulateSynapse } from "../physiology/neuronApi";
import type { Junction } from "../physiology/state";
import type { StageId } from "./stages";

/**
 * Renshaw cell latency from the motor neuron's spike to the IPSP's onset, ms (the recurrent collateral, one synapse
 * onto the Renshaw cell and its glycinergic synapse back: ≈ 1–2 ms; Eccles, Fatt & Koketsu 1954).
 */
export const RENSHAW_LATENCY_MS = 1.5;

export interface InputSpec {
  /** Volleys per second (0 = none). */
  hz: number;
  /** Volleys in the round (∞ = no limit). */
  maxVolleys: number;
  /** Excitatory synapses per volley (each EPSP ≈ 2.5 mV from rest; four at once reach threshold in this model). */
  excitatory: number;
  /** 0: each volley at once (summation in space); > 0: two halves this many ms apart (summation in time). */
  pairMs: number;
  /** Inhibitory (glycinergic) synapses firing with each volley. */
  inhibitory: number;
  /** Inhibitory synapses a Renshaw cell fires after each spike of the motor neuron (recurrent inhibition). */
  renshaw: number;
}

export interface InputState {
  spec: InputSpec;
  hz: number;
  nextVolleyMs: number;
  /** The second half of a paired volley, physiological ms (∞: none pending). */
  secondHalfMs: number;
  renshawAtMs: number;
  /** When the Renshaw IPSP due at renshawAtMs reaches the soma (the spike's time + RENSHAW_LATENCY_MS). */
  renshawReleaseMs: number;
  /** Released shares waiting for their moment (a Renshaw IPSP cued at the spike, arriving 1.5 ms later). */
  scheduled: { due: InputDue; share: number }[];
  /** Volleys begun so far. */
  started: number;
  /** Input stages so far (each half of a volley and each Renshaw answer is a stage of its own). */
  index: number;
}

export const NO_INPUT: InputSpec = { hz: 0, maxVolleys: 0, excitatory: 0, pairMs: 0, inhibitory: 0, renshaw: 0 };

export function newInputState(spec: InputSpec = NO_INPUT): InputState {
  return {
    spec,
    hz: spec.hz,
    nextVolleyMs: Number.POSITIVE_INFINITY,
    secondHalfMs: Number.POSITIVE_INFINITY,
    renshawAtMs: Number.POSITIVE_INFINITY,
    renshawReleaseMs: Number.POSITIVE_INFINITY,
    scheduled: [],
    started: 0,
    index: 0,
  };
}

/** Starts a round's input at `nowMs`, `offsetMs` in (teams start a few ms apart). */
export function startInput(input: InputState, spec: InputSpec, nowMs: number, offsetMs: number): void {
  input.spec = spec;
  input.hz = spec.hz;
  input.started = 0;
  input.secondHalfMs = Number.POSITIVE_INFINITY;
  input.renshawAtMs = Number.POSITIVE_INFINITY;
  input.scheduled = [];
  input.nextVolleyMs = spec.hz > 0 && spec.maxVolleys > 0 ? nowMs + offsetMs : Number.POSITIVE_INFINITY;
}

/**
 * A person holding the excitatory synapses sets the volleys' rhythm; a faster barrage comes with more afferents
 * firing (`atLeast` synapses per volley: what the motor neuron needs to follow that rate).
 */
export function setRhythm(input: InputState, hz: number, nowMs: number, atLeast: number): void {
  input.hz = hz;
  input.spec = { ...input.spec, excitatory: Math.max(input.spec.excitatory, atLeast) };
  input.nextVolleyMs = hz > 0 && input.started < input.spec.maxVolleys ? nowMs + 1000 / hz : Number.POSITIVE_INFINITY;
}

/** The next physiological ms at which the input has something to do. */
export function nextInputMs(input: InputState): number {
  let next = Math.min(input.nextVolleyMs, input.secondHalfMs, input.renshawAtMs);
  for (const s of input.scheduled) next = Math.min(next, s.due.atMs);
  return next;
}

/**
 * The motor neuron fired: its Renshaw cells are due at once (so a person holding them is cued in the same hold as
 * the spike's K+ channels), and their IPSP reaches the soma after the latency.
 */
export function onSpike(input: InputState, nowMs: number): void {
  if (input.spec.renshaw <= 0) return;
  input.renshawAtMs = nowMs;
  input.renshawReleaseMs = nowMs + RENSHAW_LATENCY_MS;
}

/** Keeps a released share until its moment (`due.atMs`). */
export function schedule(input: InputState, due: InputDue, share: number): void {
  input.scheduled.push({ due, share });
}

/** The scheduled shares whose moment has come (removed from the schedule). */
export function dueScheduled(input: InputState, nowMs: number): { due: InputDue; share: number }[] {
  const ready = input.scheduled.filter((s) => s.due.atMs <= nowMs + 1e-9);
  if (ready.length > 0) input.scheduled = input.scheduled.filter((s) => s.due.atMs > nowMs + 1e-9);
  return ready;
}

/** What is due now: synapse counts per kind (for a bot, all of it; a person's share is cued). */
export interface InputDue {
  stage: StageId;
  kind: SynapseKind;
  count: number;
  /** The stage's index, so a stage is played once. */
  index: number;
  /** When the synapses fire, physiological ms (now, or later for a Renshaw IPSP). */
  atMs: number;
}

/** Collects the input due at `nowMs` and schedules what follows. */
export function dueInput(input: InputState, nowMs: number): InputDue[] {
  const due: InputDue[] = [];
  const spec = input.spec;
  const eps = 1e-9;
  if (nowMs >= input.nextVolleyMs - eps) {
    const paired = spec.pairMs > 0;
    const excitatory = paired ? Math.ceil(spec.excitatory / 2) : spec.excitatory;
    due.push({ stage: "excitation", kind: "excitatory", count: excitatory, index: input.index, atMs: nowMs });
    if (spec.inhibitory > 0)
      due.push({ stage: "inhibition", kind: "inhibitory", count: spec.inhibitory, index: input.index, atMs: nowMs });
    input.index += 1;
    input.started += 1;
    if (paired) input.secondHalfMs = nowMs + spec.pairMs;
    input.nextVolleyMs =
      input.hz > 0 && input.started < spec.maxVolleys ? input.nextVolleyMs + 1000 / input.hz : Number.POSITIVE_INFINITY;
  }
  if (nowMs >= input.secondHalfMs - eps) {
    input.secondHalfMs = Number.POSITIVE_INFINITY;
    const count = Math.floor(spec.excitatory / 2);
    due.push({ stage: "excitation", kind: "excitatory", count, index: input.index, atMs: nowMs });
    input.index += 1;
  }
  if (nowMs >= input.renshawAtMs - eps) {
    input.renshawAtMs = Number.POSITIVE_INFINITY;
    const atMs = input.renshawReleaseMs;
    due.push({ stage: "inhibition", kind: "inhibitory", count: spec.renshaw, index: input.index, atMs });
    input.index += 1;
  }
  return due;
}

/** Fires `share` (0–1) of a due input's synapses now; returns how many fired. */
export function fireShare(j: Junction, due: InputDue, share: number): number {
  const count = Math.round(due.count * Math.max(0, Math.min(1, share)));
  if (count >= 1) stimulateSynapse(j, due.kind, count);
  return count;
}
