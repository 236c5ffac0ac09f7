// One team's junction in play: the engine, the students holding its parts, the synaptic input to its motor neuron,
// the goal, the stage hold people play through, and the trace samples, cues and feedback physiology produces.
import { createJunction, drainEvents, stimulateNerve } from "../physiology";
import { XB_MAX } from "../physiology/ecc";
import { step } from "../physiology/junction";
import type { ScenarioChoice } from "../physiology/scenarios";
import type { Junction } from "../physiology/state";
import type { Action } from "./actions";
import { EVENT_MS_PER_S, IN_FLIGHT_MS_PER_S, type SlowZone } from "./clock";
import {
  type GoalSpec,
  type GoalState,
  newGoalState,
  onImpulseArrived,
  onSomaSpike,
  onTwitchPeak,
  onVolley,
  roundInput,
  TWITCH_FORCE_MIN,
  updateGoal,
  volleySizeFor,
} from "./goals";
import {
  type AnswerResult,
  answer,
  armed,
  type CueEvent,
  dropCues,
  dueStages,
  type Hold,
  heldStages,
  holdOver,
  newTracker,
  nextEventStep,
  noteEvents,
  noteVolley,
  openHold,
  resolveHold,
  type StageTracker,
} from "./hold";
import { computeDrives, type Holder, newHolder, nextSpanEnd } from "./holders";
import { type RoleId, role } from "./roles";
import { sense } from "./senses";
import type { StageId } from "./stages";
import {
  dueInput,
  dueScheduled,
  fireShare,
  type InputDue,
  type InputState,
  newInputState,
  nextInputMs,
  onSpike,
  schedule,
  setRhythm,
  startInput,
} from "./synapticInput";

/** Physiology runs in slices of this many ms between stage checks (5 substeps); 1 substep while a stage is armed. */
export const SLICE_MS = 0.1;
/** Trace points per tick: each keeps the value farthest from rest within its stretch (peaks survive). */
export const SAMPLES_PER_TICK = 4;
/** Slow zone after an impulse reaches the terminal (all-bot junctions): release, EPP and the AP upstroke, ms. */
const EVENT_ZONE_MS = 3;
/** Stage outcomes kept for the debrief (the last few impulses). */
const STAGE_LOG_LENGTH = 40;

export interface TraceSample {
  tMs: number;
  /** The muscle fibre's membrane potential at the end plate, mV. */
  vMv: number;
  force: number;
  /** The motor neuron's soma (axon initial segment) potential, mV. */
  somaMv: number;
}

/** Reference for keeping the soma's extreme in a trace bucket, mV (sampling only: the neuron rests near −70). */
const SOMA_SAMPLE_REF_MV = -70;

export interface Feedback {
  seatId: string;
  text: string;
}

/** How one stage of one impulse went: who was cued, who answered in time. */
export interface StageOutcome {
  impulse: number;
  stage: StageId;
  cued: number;
  answered: number;
}

export interface TeamJunction {
  team: number;
  junction: Junction;
  holders: Holder[];
  /** The synaptic input to the motor neuron: the goal's volleys (their rhythm a person may set) and Renshaw feedback. */
  input: InputState;
  /** Synaptic input due at the hold in progress, released (in the share its holders answered) when it ends. */
  pendingInput: InputDue[];
  goal: GoalState;
  zones: SlowZone[];
  twitches: number;
  samples: TraceSample[];
  feedback: Feedback[];
  tracker: StageTracker;
  /** The stage people are playing now, with physiological time held (null: time runs). */
  hold: Hold | null;
  /** Cues opened and ended since the last tick's output. */
  cueEvents: CueEvent[];
  stageLog: StageOutcome[];
  /** Physiological ms owed to the next run (less than one substep). */
  carryMs: number;
  /** Impulses the teacher's stimulator set off this round (the rest came from the motor neuron). */
  stimulatorImpulses: number;
  /** The tick until which the reached goal is celebrated before the round ends (null: not reached). */
  celebrateUntilTick: number | null;
}

export function createTeamJunction(team: number, seed: number, scenarios: ScenarioChoice[]): TeamJunction {
  return {
    team,
    junction: createJunction({ seed, scenarios }),
    holders: [],
    input: newInputState(),
    pendingInput: [],
    goal: newGoalState(),
    zones: [],
    twitches: 0,
    samples: [],
    feedback: [],
    tracker: newTracker(),
    hold: null,
    cueEvents: [],
    stageLog: [],
    carryMs: 0,
    stimulatorImpulses: 0,
    celebrateUntilTick: null,
  };
}

export function nowMs(tj: TeamJunction): number {
  return tj.junction.step * tj.junction.dtMs;
}

export function setHolder(tj: TeamJunction, seatId: string, roleId: RoleId | null): void {
  tj.holders = tj.holders.filter((h) => h.seatId !== seatId);
  if (tj.hold) dropCues(tj.hold, seatId);
  if (roleId) tj.holders.push(newHolder(seatId, roleId));
}

/** A holder dropped or left: a bot plays their share, and their open cue no longer holds time. */
export function releaseCue(tj: TeamJunction, seatId: string): void {
  if (tj.hold) dropCues(tj.hold, seatId);
}

export type ActResult = AnswerResult | { ok: true; text: string; cue: null };

/**
 * A student's press on their own part. The volleys' rhythm is a setting of the excitatory synapses and always
 * allowed; every other press answers the holder's open cue if it is the cued action, and is refused otherwise.
 */
export function act(tj: TeamJunction, seatId: string, action: Action): ActResult {
  const holder = tj.holders.find((h) => h.seatId === seatId);
  if (!holder) return { ok: false, reason: "You do not hold a part of this junction.", cue: null };
  if (action.kind === "rhythm" && role(holder.roleId).actions.includes("rhythm")) {
    setRhythm(tj.input, action.hz, nowMs(tj), volleySizeFor(action.hz));
    return { ok: true, text: action.hz > 0 ? `Volleys due at ${action.hz} Hz.` : "Volleys off.", cue: null };
  }
  const result = answer(tj.hold, holder, action, sense(tj.junction));
  if (result.ok && tj.hold && holdOver(tj.hold)) endHold(tj);
  return result;
}

/** Wall time passes during a hold; it ends when its window runs out (or when every cue is answered). */
export function holdTick(tj: TeamJunction, wallMs: number): void {
  if (!tj.hold) return;
  tj.hold.elapsedMs += wallMs;
  if (holdOver(tj.hold)) endHold(tj);
}

function endHold(tj: TeamJunction): void {
  const hold = tj.hold;
  if (!hold) return;
  tj.hold = null;
  const shares = resolveHold(hold, tj.holders, nowMs(tj), tj.junction, tj.cueEvents);
  for (const stage of hold.stages) {
    const cues = hold.cues.filter((c) => c.stage === stage);
    tj.stageLog.push({
      impulse: hold.impulse,
      stage,
      cued: cues.length,
      answered: cues.filter((c) => c.answered).length,
    });
  }
  if (tj.stageLog.length > STAGE_LOG_LENGTH) tj.stageLog.splice(0, tj.stageLog.length - STAGE_LOG_LENGTH);
  releasePending(tj, (d) => shares[d.stage] ?? 1);
}

/** Releases the synaptic input held for people, each in the share its holders gave (a bot's share is whole). */
function releasePending(tj: TeamJunction, share: (d: InputDue) => number): void {
  const pending = tj.pendingInput;
  tj.pendingInput = [];
  for (const d of pending) release(tj, d, share(d));
}

function release(tj: TeamJunction, d: InputDue, share: number): void {
  const t = nowMs(tj);
  if (d.atMs > t + 1e-9) schedule(tj.input, d, share);
  else if (fireShare(tj.junction, d, share) > 0 && d.kind === "excitatory") noteVolley(tj.tracker, d.index, t);
}

/** Slow motion around the chain's fast events only where nobody plays a stage (people's holds pace it instead). */
function nobodyPlays(tj: TeamJunction): boolean {
  return heldStages(tj.holders).size === 0;
}

/** The teacher's lab stimulus: an electrical shock to the motor axon near the junction (a physiologist's stimulator). */
export function stimulate(tj: TeamJunction): { ok: true } | { ok: false; reason: string } {
  const result = stimulateNerve(tj.junction);
  if (!result.ok) return { ok: false, reason: result.reason };
  tj.stimulatorImpulses += 1;
  if (nobodyPlays(tj)) slowUntilArrival(tj, result.arrivesAtMs);
  return { ok: true };
}

/**
 * Slow motion from now until the impulse reaches the terminal, then through release, the EPP and the AP. The
 * stimulator's 0.5 ms flight runs at IN_FLIGHT_MS_PER_S (2 s on the projector); the soma's 1.7 ms flight down the
 * whole axon at EVENT_MS_PER_S (≈ 3 s: long enough to watch it jump node to node, short enough for a round).
 */
function slowUntilArrival(tj: TeamJunction, arrivesAtMs: number, flightMsPerS = IN_FLIGHT_MS_PER_S): void {
  tj.zones.push({ untilMs: arrivesAtMs, msPerS: flightMsPerS });
  tj.zones.push({ untilMs: arrivesAtMs + EVENT_ZONE_MS, msPerS: EVENT_MS_PER_S });
}

/** Starts the motor neuron's synaptic input for a round, as the goal sets it (a person holding a synapse is cued). */
export function startNerve(tj: TeamJunction, goal: GoalSpec): void {
  const spec = roundInput(goal);
  // Teams start their volleys a few ms apart, so that one server's junctions do not all fire in one tick.
  const offset = 1 + ((tj.team * 7) % Math.max(1, Math.floor(1000 / Math.max(1, spec.hz))));
  startInput(tj.input, spec, nowMs(tj), offset);
}

/** The input due now: bots fire theirs; a person's part is cued (its stage returned) and fires when the hold ends. */
function inputTurn(tj: TeamJunction, held: ReadonlySet<StageId>): { stage: StageId; impulse: number }[] {
  const t = nowMs(tj);
  const before = tj.input.started;
  const due = dueInput(tj.input, t);
  if (tj.input.started > before) onVolley(tj.goal, t);
  for (const { due: d, share } of dueScheduled(tj.input, t)) release(tj, d, share);
  const cued: { stage: StageId; impulse: number }[] = [];
  for (const d of due) {
    if (held.has(d.stage)) {
      tj.pendingInput.push(d);
      cued.push({ stage: d.stage, impulse: d.index });
    } else release(tj, d, 1);
  }
  return cued;
}

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

/** The parts acting at the hold in progress, readable (for the projector). */
export function holdParts(tj: TeamJunction): string[] {
  if (!tj.hold) return [];
  const roles = new Set(tj.hold.cues.filter((c) => !c.answered).map((c) => c.roleId));
  return [...roles].map((r) => role(r).name);
}
