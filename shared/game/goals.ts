// Round goals and their progress, measured on the junction's own physiology (never on taps or speed).
import { num, obj, oneOf, optional, type Parsed, parse, type Schema } from "../protocol/validate";
import { countOf } from "./readable";
import type { InputSpec } from "./synapticInput";

/** A round's synaptic input, as far as a goal sets it (the rest is the goal kind's default, roundInput). */
export type InputOverride = Partial<InputSpec>;

export type GoalSpec =
  | { kind: "twitches"; count: number; input?: InputOverride }
  | { kind: "tetanus"; forceFraction: number; holdMs: number; input?: InputOverride }
  | { kind: "restore"; trainImpulses: number; toleranceMv: number; input?: InputOverride }
  | { kind: "veto"; volleys: number; input?: InputOverride };

export const DEFAULT_GOAL: GoalSpec = { kind: "twitches", count: 3 };

export interface GoalState {
  progress: number; // 0–1
  achieved: boolean;
  achievedAtMs: number | null;
  twitches: number;
  /** Current run of force above the tetanus target, physiological ms. */
  heldMs: number;
  bestHeldMs: number;
  impulsesArrived: number;
  lastArrivalMs: number;
  /** Spikes of the motor neuron this round. */
  somaSpikes: number;
  /** Synaptic volleys begun, and when the last began (physiological ms). */
  volleys: number;
  lastVolleyMs: number;
}

/** A twitch counts when force peaks above this fraction of maximal tetanic force (a visible contraction). */
export const TWITCH_FORCE_MIN = 0.05;
/** A volley counts as vetoed once this long has passed without a spike, ms (game choice: EPSPs of this model peak
 * within ≈ 2 ms and the soma fires, if at all, within ≈ 5 ms of a volley). */
const VETO_AFTER_MS = 10;
/** After the train, the membrane must hold near rest this long, ms, with the muscle relaxed. */
const RESTORE_AFTER_MS = 20;
const RELAXED_FORCE = 0.05;

export function newGoalState(): GoalState {
  return {
    progress: 0,
    achieved: false,
    achievedAtMs: null,
    twitches: 0,
    heldMs: 0,
    bestHeldMs: 0,
    impulsesArrived: 0,
    lastArrivalMs: Number.NEGATIVE_INFINITY,
    somaSpikes: 0,
    volleys: 0,
    lastVolleyMs: Number.NEGATIVE_INFINITY,
  };
}

export interface GoalSample {
  timeMs: number;
  dtMs: number;
  vMv: number;
  restMv: number;
  force: number;
}

export function onTwitchPeak(state: GoalState, force: number): void {
  if (force >= TWITCH_FORCE_MIN) state.twitches += 1;
}

export function onImpulseArrived(state: GoalState, timeMs: number): void {
  state.impulsesArrived += 1;
  state.lastArrivalMs = timeMs;
}

export function onSomaSpike(state: GoalState): void {
  state.somaSpikes += 1;
}

export function onVolley(state: GoalState, timeMs: number): void {
  state.volleys += 1;
  state.lastVolleyMs = timeMs;
}

/** Updates progress from one slice of physiology. */
export function updateGoal(spec: GoalSpec, state: GoalState, s: GoalSample): void {
  if (state.achieved) return;
  switch (spec.kind) {
    case "twitches":
      state.progress = Math.min(1, state.twitches / spec.count);
      break;
    case "tetanus":
      state.heldMs = s.force >= spec.forceFraction ? state.heldMs + s.dtMs : 0;
      state.bestHeldMs = Math.max(state.bestHeldMs, state.heldMs);
      state.progress = Math.min(1, state.bestHeldMs / spec.holdMs);
      break;
    case "restore": {
      const trainDone = state.impulsesArrived >= spec.trainImpulses;
      const quietMs = s.timeMs - state.lastArrivalMs;
      const rested = Math.abs(s.vMv - s.restMv) <= spec.toleranceMv && s.force < RELAXED_FORCE;
      const trainPart = Math.min(1, state.impulsesArrived / spec.trainImpulses) * 0.5;
      state.progress = trainPart + (trainDone && rested ? 0.5 * Math.min(1, quietMs / RESTORE_AFTER_MS) : 0);
      if (trainDone && rested && quietMs >= RESTORE_AFTER_MS) state.progress = 1;
      break;
    }
    case "veto": {
      // Every volley must pass without the motor neuron firing; one spike and the round is lost.
      const settled = state.volleys - (s.timeMs - state.lastVolleyMs < VETO_AFTER_MS ? 1 : 0);
      state.progress = state.somaSpikes > 0 ? 0 : Math.min(1, Math.max(0, settled) / spec.volleys);
      break;
    }
  }
  if (state.progress >= 1) {
    state.achieved = true;
    state.achievedAtMs = s.timeMs;
  }
}

/**
 * The synaptic input a round gives the motor neuron (a bot's volleys), the goal's own overrides applied. Volley sizes:
 * four coincident EPSPs of this model reach threshold from rest; faster rhythms need more, as each spike's
 * after-hyperpolarisation sums (measured: 8 synapses follow 50 Hz, 12 follow 80–100 Hz; motoneurones need stronger
 * drive to fire faster, Kernell 1965). One Renshaw synapse answers each spike (recurrent inhibition).
 */
export function roundInput(spec: GoalSpec): InputSpec {
  return { ...baseInput(spec), ...spec.input };
}

/** Excitatory synapses a volley needs for the motor neuron to follow `hz` (see roundInput; measured in this model). */
export function volleySizeFor(hz: number): number {
  return hz >= 80 ? 12 : hz >= 50 ? 10 : 6;
}

function baseInput(spec: GoalSpec): InputSpec {
  const none = { pairMs: 0, inhibitory: 0, renshaw: 1 };
  const at = (hz: number) => ({ ...none, hz, excitatory: volleySizeFor(hz) });
  switch (spec.kind) {
    case "twitches":
      return { ...at(5), maxVolleys: Number.POSITIVE_INFINITY }; // 200 ms apart: separate twitches
    case "tetanus":
      return { ...at(80), maxVolleys: Number.POSITIVE_INFINITY }; // fused tetanus in fast fibres (50–150 Hz)
    case "restore":
      return { ...at(50), maxVolleys: spec.trainImpulses };
    case "veto":
      // Five EPSPs alone fire the neuron; two coincident IPSPs (glycine, E_Cl ≈ −80 mV) hold it below threshold.
      return { hz: 2, maxVolleys: spec.volleys, excitatory: 5, pairMs: 0, inhibitory: 2, renshaw: 0 };
  }
}

export function describeGoal(spec: GoalSpec): string {
  switch (spec.kind) {
    case "twitches":
      return `Produce ${countOf(spec.count, "muscle twitch", "muscle twitches")}.`;
    case "tetanus":
      return `Hold a fused tetanus above ${Math.round(spec.forceFraction * 100)} % force for ${spec.holdMs} ms.`;
    case "restore":
      return `After a train of ${countOf(spec.trainImpulses, "impulse")}, bring the membrane back to rest (±${spec.toleranceMv} mV).`;
    case "veto":
      return `Keep the motor neuron from firing through ${countOf(spec.volleys, "excitatory volley")}: inhibition must win.`;
  }
}

/** A goal's synaptic input, each field optional (ranges: what the engine's stimulateSynapse and a round allow). */
const inputSchema = optional(
  obj({
    hz: optional(num({ min: 0, max: 100 })),
    maxVolleys: optional(num({ min: 1, max: 100, integer: true })),
    excitatory: optional(num({ min: 0, max: 50, integer: true })),
    pairMs: optional(num({ min: 0, max: 20 })),
    inhibitory: optional(num({ min: 0, max: 50, integer: true })),
    renshaw: optional(num({ min: 0, max: 50, integer: true })),
  }),
);

const goalSchemas: Record<GoalSpec["kind"], Schema<GoalSpec>> = {
  twitches: obj({
    kind: oneOf(["twitches"] as const),
    count: num({ min: 1, max: 50, integer: true }),
    input: inputSchema,
  }),
  tetanus: obj({
    kind: oneOf(["tetanus"] as const),
    forceFraction: num({ min: 0.1, max: 0.95 }),
    holdMs: num({ min: 10, max: 2000 }),
    input: inputSchema,
  }),
  restore: obj({
    kind: oneOf(["restore"] as const),
    trainImpulses: num({ min: 1, max: 100, integer: true }),
    toleranceMv: num({ min: 0.5, max: 10 }),
    input: inputSchema,
  }),
  veto: obj({ kind: oneOf(["veto"] as const), volleys: num({ min: 1, max: 20, integer: true }), input: inputSchema }),
};

export function parseGoal(input: unknown): Parsed<GoalSpec> {
  const kind = (input as { kind?: unknown } | null)?.kind;
  if (typeof kind !== "string" || !Object.hasOwn(goalSchemas, kind)) {
    return { ok: false, reason: "goal.kind must be one of twitches, tetanus, restore, veto" };
  }
  return parse(goalSchemas[kind as GoalSpec["kind"]], input);
}
