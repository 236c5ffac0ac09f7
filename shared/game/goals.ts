// Round goals and their progress, measured on the junction's own physiology (never on taps or speed).
import { num, obj, oneOf, type Parsed, parse, type Schema } from "../protocol/validate";
import { countOf } from "./readable";

export type GoalSpec =
  | { kind: "twitches"; count: number }
  | { kind: "tetanus"; forceFraction: number; holdMs: number }
  | { kind: "restore"; trainImpulses: number; toleranceMv: number };

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
}

/** A twitch counts when force peaks above this fraction of maximal tetanic force (a visible contraction). */
export const TWITCH_FORCE_MIN = 0.05;
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
  }
  if (state.progress >= 1) {
    state.achieved = true;
    state.achievedAtMs = s.timeMs;
  }
}

/** The rhythm a bot motor neuron fires at for this goal (Hz), and how many impulses it sends (∞ = no limit). */
export function botNerve(spec: GoalSpec): { hz: number; maxImpulses: number } {
  switch (spec.kind) {
    case "twitches":
      return { hz: 5, maxImpulses: Number.POSITIVE_INFINITY }; // 200 ms apart: separate twitches
    case "tetanus":
      return { hz: 80, maxImpulses: Number.POSITIVE_INFINITY }; // fused tetanus in fast fibres (50–150 Hz)
    case "restore":
      return { hz: 50, maxImpulses: spec.trainImpulses };
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
  }
}

const goalSchemas: Record<GoalSpec["kind"], Schema<GoalSpec>> = {
  twitches: obj({ kind: oneOf(["twitches"] as const), count: num({ min: 1, max: 50, integer: true }) }),
  tetanus: obj({
    kind: oneOf(["tetanus"] as const),
    forceFraction: num({ min: 0.1, max: 0.95 }),
    holdMs: num({ min: 10, max: 2000 }),
  }),
  restore: obj({
    kind: oneOf(["restore"] as const),
    trainImpulses: num({ min: 1, max: 100, integer: true }),
    toleranceMv: num({ min: 0.5, max: 10 }),
  }),
};

export function parseGoal(input: unknown): Parsed<GoalSpec> {
  const kind = (input as { kind?: unknown } | null)?.kind;
  if (typeof kind !== "string" || !Object.hasOwn(goalSchemas, kind)) {
    return { ok: false, reason: "goal.kind must be one of twitches, tetanus, restore" };
  }
  return parse(goalSchemas[kind as GoalSpec["kind"]], input);
}
