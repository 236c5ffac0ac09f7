// One team's junction in play: the engine, the students holding its parts, the nerve's rhythm, the goal,
// slow-motion zones, and the trace samples and feedback each stretch of physiology produces.
import { advance, createJunction, drainEvents, stimulateNerve } from "../physiology";
import { XB_MAX } from "../physiology/ecc";
import type { ScenarioChoice } from "../physiology/scenarios";
import type { Junction } from "../physiology/state";
import type { Action } from "./actions";
import { EVENT_MS_PER_S, IN_FLIGHT_MS_PER_S, type SlowZone } from "./clock";
import {
  botNerve,
  type GoalSpec,
  type GoalState,
  newGoalState,
  onImpulseArrived,
  onTwitchPeak,
  TWITCH_FORCE_MIN,
  updateGoal,
} from "./goals";
import { computeDrives, type Holder, humanHolds, newHolder, nextWindowEnd } from "./holders";
import { type RoleId, role } from "./roles";
import { checkAction, pumpStep } from "./rules";
import { sense } from "./senses";

/** Physiology runs in slices of this many ms, so drives switch and the nerve fires on time (5 substeps). */
export const SLICE_MS = 0.1;
/** Trace points per tick: each keeps the value farthest from rest within its stretch (peaks survive). */
export const SAMPLES_PER_TICK = 4;
/** Slow zone after an impulse reaches the terminal: release, EPP and the AP upstroke, ms. */
const EVENT_ZONE_MS = 3;

export interface TraceSample {
  tMs: number;
  vMv: number;
  force: number;
}

export interface Feedback {
  seatId: string;
  text: string;
}

export interface TeamJunction {
  team: number;
  junction: Junction;
  holders: Holder[];
  /** Nerve rhythm in Hz (0 = no automatic firing); set by a human motor neuron or by the goal's bot. */
  rhythmHz: number;
  nextFireMs: number;
  botImpulses: number;
  goal: GoalState;
  zones: SlowZone[];
  twitches: number;
  samples: TraceSample[];
  feedback: Feedback[];
}

export function createTeamJunction(team: number, seed: number, scenarios: ScenarioChoice[]): TeamJunction {
  return {
    team,
    junction: createJunction({ seed, scenarios }),
    holders: [],
    rhythmHz: 0,
    nextFireMs: Number.POSITIVE_INFINITY,
    botImpulses: 0,
    goal: newGoalState(),
    zones: [],
    twitches: 0,
    samples: [],
    feedback: [],
  };
}

export function nowMs(tj: TeamJunction): number {
  return tj.junction.step * tj.junction.dtMs;
}

export function setHolder(tj: TeamJunction, seatId: string, roleId: RoleId | null): void {
  tj.holders = tj.holders.filter((h) => h.seatId !== seatId);
  if (roleId) tj.holders.push(newHolder(seatId, roleId));
}

export type ActResult = { ok: true; text: string } | { ok: false; reason: string };

/** A student's action on their own part: checked against physiology, then applied to the model's input. */
export function act(tj: TeamJunction, seatId: string, action: Action): ActResult {
  const holder = tj.holders.find((h) => h.seatId === seatId);
  if (!holder) return { ok: false, reason: "You do not hold a part of this junction." };
  const senses = sense(tj.junction);
  const rule = checkAction(holder.roleId, action, senses);
  if (!rule.ok) return rule;
  const t = senses.timeMs;
  if (action.kind === "fire") return fire(tj, false);
  if (action.kind === "rhythm") {
    tj.rhythmHz = action.hz;
    tj.nextFireMs = action.hz > 0 ? t + 1000 / action.hz : Number.POSITIVE_INFINITY;
    return { ok: true, text: action.hz > 0 ? `Firing at ${action.hz} Hz.` : "Rhythm off." };
  }
  if (action.kind === "gate" && !action.open) {
    holder.activeUntilMs = t;
    return { ok: true, text: "Gate closed." };
  }
  if (action.kind === "pump") {
    const cycle = pumpStep(holder.roleId as "naKPump" | "serca", holder.cycle, action.step, senses);
    if (!cycle.ok) return cycle;
    if (!cycle.completed) return { ok: true, text: `Step done: ${action.step}.` };
  }
  const def = role(holder.roleId);
  if (!(t < holder.activeUntilMs)) {
    holder.window = {
      open: true,
      startMv: senses.vMv,
      maxMv: senses.vMv,
      minMv: senses.vMv,
      label: actionLabel(holder.roleId),
    };
  }
  holder.activeUntilMs = t + def.activeMs;
  return { ok: true, text: `${actionLabel(holder.roleId)} for ${def.activeMs} ms of physiological time.` };
}

function actionLabel(roleId: RoleId): string {
  const labels: Record<RoleId, string> = {
    motorNeuron: "Impulse fired",
    caChannel: "Ca2+ channels open",
    caIon: "Ca2+ crossing in",
    vesicles: "Vesicles fusing",
    nAChR: "Receptors open",
    aChE: "AChE hydrolysing ACh",
    naChannel: "Na+ channels open",
    naIon: "Na+ crossing in",
    kChannel: "K+ channels open",
    kIon: "K+ crossing",
    naKPump: "Pump cycling",
    serca: "SERCA pumping Ca2+",
  };
  return labels[roleId];
}

function fire(tj: TeamJunction, byBot: boolean): ActResult {
  const result = stimulateNerve(tj.junction);
  if (!result.ok) return { ok: false, reason: `The ${result.reason}: wait a moment before firing again.` };
  if (byBot) tj.botImpulses += 1;
  if (tj.holders.some((h) => h.roleId !== "motorNeuron" && h.connected)) {
    tj.zones.push({ untilMs: result.arrivesAtMs, msPerS: IN_FLIGHT_MS_PER_S });
    tj.zones.push({ untilMs: result.arrivesAtMs + EVENT_ZONE_MS, msPerS: EVENT_MS_PER_S });
  }
  return { ok: true, text: "Impulse fired: it reaches the terminal in 0.5 ms." };
}

/** Starts the nerve for a round: a bot motor neuron fires at the goal's rhythm. */
export function startNerve(tj: TeamJunction, goal: GoalSpec): void {
  if (humanHolds(tj.holders, "motorNeuron")) return;
  tj.rhythmHz = botNerve(goal).hz;
  // Teams start their trains a few ms apart, so that one server's junctions do not all fire in one tick.
  tj.nextFireMs = nowMs(tj) + 1 + ((tj.team * 7) % Math.max(1, Math.floor(1000 / tj.rhythmHz)));
}

/** Runs `physMs` of physiology, producing trace samples, feedback and goal progress. */
export function run(tj: TeamJunction, physMs: number, goal: GoalSpec): void {
  const j = tj.junction;
  const start = nowMs(tj);
  const end = start + physMs;
  const bucketMs = physMs / SAMPLES_PER_TICK;
  let bucketEnd = start + bucketMs;
  let extreme: TraceSample | null = null;
  const rest = j.det.restMv;
  while (nowMs(tj) < end - 1e-9) {
    const t = nowMs(tj);
    if (t >= tj.nextFireMs) autoFire(tj, goal);
    computeDrives(tj.holders, t, j.controls);
    const slice = Math.min(SLICE_MS, end - t, Math.max(j.dtMs, nextWindowEnd(tj.holders, t) - t));
    advance(j, slice);
    const after = nowMs(tj);
    const v = j.mem.v;
    const force = observeForce(j);
    trackWindows(tj, after, v);
    handleEvents(tj);
    updateGoal(goal, tj.goal, { timeMs: after, dtMs: after - t, vMv: v, restMv: rest, force });
    if (!extreme || Math.abs(v - rest) > Math.abs(extreme.vMv - rest)) extreme = { tMs: after, vMv: v, force };
    if (after >= bucketEnd - 1e-9) {
      tj.samples.push({ ...extreme, force });
      extreme = null;
      bucketEnd += bucketMs;
    }
  }
  if (extreme) tj.samples.push(extreme);
}

function observeForce(j: Junction): number {
  return Math.min(1, Math.max(0, j.ecc.xb / XB_MAX));
}

function autoFire(tj: TeamJunction, goal: GoalSpec): void {
  const humanNeuron = humanHolds(tj.holders, "motorNeuron");
  const limit = humanNeuron ? Number.POSITIVE_INFINITY : botNerve(goal).maxImpulses;
  if (tj.rhythmHz <= 0 || tj.botImpulses >= limit) {
    tj.nextFireMs = Number.POSITIVE_INFINITY;
    return;
  }
  fire(tj, !humanNeuron);
  tj.nextFireMs += 1000 / tj.rhythmHz;
}

function trackWindows(tj: TeamJunction, t: number, v: number): void {
  for (const h of tj.holders) {
    if (!h.window.open) continue;
    h.window.maxMv = Math.max(h.window.maxMv, v);
    h.window.minMv = Math.min(h.window.minMv, v);
    if (t >= h.activeUntilMs) {
      h.window.open = false;
      const w = h.window;
      const far = Math.abs(w.maxMv - w.startMv) >= Math.abs(w.minMv - w.startMv) ? w.maxMv : w.minMv;
      const delta = far - w.startMv;
      const change =
        Math.abs(delta) < 0.5 ? "barely changed" : `${delta > 0 ? "rose" : "fell"} by ${Math.abs(delta).toFixed(1)} mV`;
      tj.feedback.push({
        seatId: h.seatId,
        text: `${w.label}: the membrane ${change} (${w.startMv.toFixed(0)} → ${far.toFixed(0)} mV).`,
      });
    }
  }
}

function handleEvents(tj: TeamJunction): void {
  for (const e of drainEvents(tj.junction)) {
    if (e.type === "twitch-peak") {
      onTwitchPeak(tj.goal, e.force);
      if (e.force >= TWITCH_FORCE_MIN) tj.twitches += 1;
    } else if (e.type === "impulse-arrived") {
      onImpulseArrived(tj.goal, e.timeMs);
    }
  }
}
