// One team's junction in play: run() steps the engine through a tick into trace samples, cues and goal progress.
// Its state is in teamJunctionState.ts, input and stimulator in teamJunctionInput.ts, holds in teamJunctionHold.ts.
import { drainEvents } from "../physiology";
import { XB_MAX } from "../physiology/ecc";
import { step } from "../physiology/junction";
import type { Junction } from "../physiology/state";
import { EVENT_MS_PER_S } from "./clock";
import { type GoalSpec, onImpulseArrived, onSomaSpike, onTwitchPeak, TWITCH_FORCE_MIN, updateGoal } from "./goals";
import { armed, dueStages, heldStages, nextEventStep, noteEvents, openHold } from "./hold";
import { computeDrives, nextSpanEnd } from "./holders";
import { sense } from "./senses";
import type { StageId } from "./stages";
import { nextInputMs, onSpike } from "./synapticInput";
import { inputTurn, nobodyPlays, releasePending, slowUntilArrival } from "./teamJunctionInput";
import { nowMs, type TeamJunction, type TraceSample } from "./teamJunctionState";

export { type ActResult, act, holdParts, holdTick, releaseCue, setHolder } from "./teamJunctionHold";
export { startNerve, stimulate } from "./teamJunctionInput";
export {
  createTeamJunction,
  type Feedback,
  nowMs,
  type StageOutcome,
  type TeamJunction,
  type TraceSample,
} from "./teamJunctionState";

/** Physiology runs in slices of this many ms between stage checks (5 substeps); 1 substep while a stage is armed. */
export const SLICE_MS = 0.1;
/** Trace points per tick: each keeps the value farthest from rest within its stretch (peaks survive). */
export const SAMPLES_PER_TICK = 4;

/** Reference for keeping the soma's extreme in a trace bucket, mV (sampling only: the neuron rests near −70). */
const SOMA_SAMPLE_REF_MV = -70;

/**
 * Runs `physMs` of physiology, producing trace samples, cues and goal progress. Stops early, holding time,
 * when the model reaches a stage a person holds; the rest of that tick's physiological time is dropped.
 */
export function run(
  tj: TeamJunction,
  physMs: number,
  goal: GoalSpec,
  windowMs: number,
  extraTime: (seatId: string) => boolean = () => false,
  slowMotion = false,
): void {
  const j = tj.junction;
  if (tj.hold) return;
  const dt = j.dtMs;
  tj.carryMs += physMs;
  const steps = Math.floor(tj.carryMs / dt + 1e-9);
  tj.carryMs = Math.max(0, tj.carryMs - steps * dt);
  const endStep = j.step + steps;
  const sliceSteps = Math.max(1, Math.round(SLICE_MS / dt));
  const bucketSteps = Math.max(1, steps / SAMPLES_PER_TICK);
  let bucketEnd = j.step + bucketSteps;
  let extreme: TraceSample | null = null;
  let somaExtreme = Number.NaN;
  // A slow-motion zone that begins inside this tick (a volley, a spike, an impulse set off) ends the tick there, so
  // the next tick runs at the zone's rate instead of spending the rest of this one at full speed.
  const zonesAtStart = tj.zones.length;
  const rest = j.det.restMv;
  while (j.step < endStep) {
    const t = nowMs(tj);
    // Once the goal is reached (within this tick) no more stages are held: the celebration follows.
    const held = tj.goal.achieved ? new Set<StageId>() : heldStages(tj.holders);
    const due = held.size > 0 ? dueStages(j, tj.tracker, held, sense(j)) : [];
    if (t >= nextInputMs(tj.input) - 1e-9) due.push(...inputTurn(tj, held));
    if (due.length > 0) {
      tj.hold = openHold(j, tj.tracker, tj.holders, due, windowMs, tj.cueEvents, extraTime);
      if (tj.hold) {
        tj.carryMs = 0;
        break;
      }
    }
    if (tj.pendingInput.length > 0) releasePending(tj, () => 1); // nobody could be cued: the bots' share
    computeDrives(tj.holders, t, j.controls);
    let n = armed(tj.tracker, held, t) ? 1 : sliceSteps;
    n = Math.min(n, endStep - j.step, stepsUntil(j, nextEventStep(j, held)));
    n = Math.min(n, stepsUntil(j, Math.ceil(nextInputMs(tj.input) / dt - 1e-9)));
    n = Math.min(n, stepsUntil(j, Math.ceil(nextSpanEnd(tj.holders, t) / dt - 1e-9)));
    for (let i = 0; i < n; i++) step(j);
    const after = nowMs(tj);
    const v = j.mem.v;
    const force = Math.min(1, Math.max(0, j.ecc.xb / XB_MAX));
    handleEvents(tj);
    updateGoal(goal, tj.goal, { timeMs: after, dtMs: after - t, vMv: v, restMv: rest, force });
    const soma = j.neuron.soma.v;
    if (Number.isNaN(somaExtreme) || Math.abs(soma - SOMA_SAMPLE_REF_MV) > Math.abs(somaExtreme - SOMA_SAMPLE_REF_MV))
      somaExtreme = soma;
    if (!extreme || Math.abs(v - rest) > Math.abs(extreme.vMv - rest))
      extreme = { tMs: after, vMv: v, force, somaMv: soma };
    if (j.step >= bucketEnd - 1e-9) {
      tj.samples.push({ ...extreme, force, somaMv: somaExtreme });
      extreme = null;
      somaExtreme = Number.NaN;
      bucketEnd += bucketSteps;
    }
    if (slowMotion && tj.zones.length !== zonesAtStart) {
      tj.carryMs = 0;
      break;
    }
  }
  if (extreme) tj.samples.push({ ...extreme, somaMv: somaExtreme });
}

/** Substeps from now until `targetStep` (at least 1, so time always moves; ∞ when there is no target). */
function stepsUntil(j: Junction, targetStep: number): number {
  return targetStep > j.step ? targetStep - j.step : Number.POSITIVE_INFINITY;
}

function handleEvents(tj: TeamJunction): void {
  const events = drainEvents(tj.junction);
  noteEvents(tj.tracker, events);
  for (const e of events) {
    if (e.type === "twitch-peak") {
      onTwitchPeak(tj.goal, e.force);
      if (e.force >= TWITCH_FORCE_MIN) tj.twitches += 1;
    } else if (e.type === "impulse-arrived") {
      onImpulseArrived(tj.goal, e.timeMs);
    } else if (e.type === "soma-spike") {
      onSomaSpike(tj.goal);
      onSpike(tj.input, e.timeMs);
      const arrivals = tj.junction.pre.arrivals;
      const last = arrivals[arrivals.length - 1];
      if (e.impulse >= 0 && last !== undefined && nobodyPlays(tj))
        slowUntilArrival(tj, last * tj.junction.dtMs, EVENT_MS_PER_S);
    }
  }
}
