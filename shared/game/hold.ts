// Stage-by-stage play on one junction: which stage the model has reached, the hold that keeps physiological
// time still while the stage's holders are cued, their answers, and what a hold leaves behind when it ends
// (a missed share silenced for its stage, a pump step taken, a share of a synaptic volley released). Pure and
// deterministic.
import type { JunctionEvent } from "../physiology/events";
import { X_REF } from "../physiology/release";
import type { Junction } from "../physiology/state";
import type { Action } from "./actions";
import { cueOf, sameAction } from "./cues";
import { acting, type Holder, isHumanActive } from "./holders";
import { isPumpRole, pumpStep } from "./pumps";
import { type RoleId, role } from "./roles";
import {
  ACTIVATION_ONSET_MV,
  checkAction,
  FUSION_CA_THRESHOLD,
  INACTIVATED_BELOW,
  NEURON_ACTIVATION_ONSET_MV,
  type RuleResult,
} from "./rules";
import { type Senses, sense } from "./senses";
import { EXTRA_TIME_FACTOR, MAX_EXTRA_WINDOW_MS, STAGE_IDS, STAGES, type StageId } from "./stages";
import { CA_RELEASED_UM } from "./view";

/** After an impulse arrives, the pump's turn comes once the fast events are over, physiological ms. */
export const RECOVERY_AFTER_MS = 20;
/** A stage triggered by a condition is looked for this long after the event that arms it, ms. */
const ARMED_FOR_MS: Partial<Record<StageId, number>> = {
  somaThreshold: 8, // EPSPs of this model peak within ≈ 2 ms of a volley and decay over ≈ 10 ms
  somaRepolarisation: 2,
  binding: 3,
  threshold: 6,
  repolarisation: 2,
  caRelease: 15,
};
/** Soma Na+ availability below which its channels count as inactivated (game choice, as INACTIVATED_BELOW). */
const SOMA_INACTIVATED_BELOW = INACTIVATED_BELOW;
const CONDITION_STAGES = [
  "somaThreshold",
  "somaRepolarisation",
  "binding",
  "threshold",
  "repolarisation",
  "caRelease",
] as const;

interface Mark {
  impulse: number;
  atMs: number;
}

/** Where the chain has got to, per impulse: the marks that arm stages and the last impulse each stage played. */
export interface StageTracker {
  /**
   * The impulses each stage has played, newest last (the last PLAYED_KEPT). A set, not a high-water mark: impulses
   * can reach the terminal out of order (a stimulator's impulse overtaking soma impulses it did not annihilate).
   */
  played: Record<StageId, number[]>;
  arrived: Mark | null;
  released: Mark | null;
  ap: Mark | null;
  /** The last excitatory volley (or half of one) that reached the motor neuron. */
  volley: Mark | null;
  /** The motor neuron's last spike (impulse = the spike's count). */
  spike: Mark | null;
  spikes: number;
}

export interface Cue {
  seatId: string;
  roleId: RoleId;
  stage: StageId;
  action: Action;
  senses: string;
  answered: boolean;
  /** Wall ms from the cue to its answer (null while unanswered). */
  answeredAfterMs: number | null;
}

export interface Hold {
  stages: StageId[];
  impulse: number;
  cues: Cue[];
  windowMs: number;
  /** Wall ms since the hold began (it ends at windowMs, or as soon as every cue is answered). */
  elapsedMs: number;
}

/** What stage play tells people: a cue to one holder, or the end of their cue (answered or not). */
export type CueEvent =
  | { kind: "cue"; seatId: string; stage: StageId; action: Action; windowMs: number; senses: string; todo: string }
  | { kind: "end"; seatId: string; stage: StageId; answered: boolean; text: string };

export function newTracker(): StageTracker {
  const played = Object.fromEntries(STAGE_IDS.map((id) => [id, []])) as unknown as Record<StageId, number[]>;
  return { played, arrived: null, released: null, ap: null, volley: null, spike: null, spikes: 0 };
}

/** Impulses remembered per stage (far more than can be in flight at once). */
const PLAYED_KEPT = 16;

/** Whether this stage has not yet been played for this impulse. */
function unplayed(tracker: StageTracker, stage: StageId, impulse: number): boolean {
  return !tracker.played[stage].includes(impulse);
}

function markPlayed(tracker: StageTracker, stage: StageId, impulse: number): void {
  const list = tracker.played[stage];
  if (list.includes(impulse)) return;
  list.push(impulse);
  if (list.length > PLAYED_KEPT) list.shift();
}

/** An excitatory volley reached the motor neuron: its threshold stage is armed. */
export function noteVolley(tracker: StageTracker, index: number, tMs: number): void {
  tracker.volley = { impulse: index, atMs: tMs };
}

/** Records the engine events that arm later stages (arrival, release, the muscle AP). */
export function noteEvents(tracker: StageTracker, events: readonly JunctionEvent[]): void {
  for (const e of events) {
    if (e.type === "impulse-arrived") tracker.arrived = { impulse: e.impulse, atMs: e.timeMs };
    else if (e.type === "quanta-released" && e.quanta > 0) tracker.released = { impulse: e.impulse, atMs: e.timeMs };
    else if (e.type === "muscle-ap" && tracker.released)
      tracker.ap = { impulse: tracker.released.impulse, atMs: e.timeMs };
    else if (e.type === "soma-spike") {
      tracker.spike = { impulse: tracker.spikes, atMs: e.timeMs };
      tracker.spikes += 1;
    }
  }
}

/** The stages people hold in this junction (connected holders only; the synapses' stages included). */
export function heldStages(holders: readonly Holder[]): Set<StageId> {
  const held = new Set<StageId>();
  for (const h of holders) if (isHumanActive(h)) held.add(cueOf(h.roleId).stage);
  return held;
}

function armedMark(tracker: StageTracker, stage: StageId): Mark | null {
  switch (stage) {
    case "somaThreshold":
      return tracker.volley;
    case "somaRepolarisation":
      return tracker.spike;
    case "binding":
    case "threshold":
      return tracker.released;
    case "repolarisation":
    case "caRelease":
      return tracker.ap;
    case "recovery":
      return tracker.arrived;
    default:
      return null;
  }
}

/** Whether a condition-triggered stage is armed now (so the runner steps finely until it is seen). */
export function armed(tracker: StageTracker, held: ReadonlySet<StageId>, tMs: number): boolean {
  for (const stage of CONDITION_STAGES) {
    if (!held.has(stage)) continue;
    const mark = armedMark(tracker, stage);
    if (mark && unplayed(tracker, stage, mark.impulse) && tMs - mark.atMs <= (ARMED_FOR_MS[stage] ?? 0)) return true;
  }
  return false;
}

/** The next engine step at which an impulse arrives or a release happens (a held stage comes just before). */
export function nextEventStep(j: Junction, held: ReadonlySet<StageId>): number {
  let next = Number.POSITIVE_INFINITY;
  if (held.has("caEntry") && j.pre.arrivals.length > 0) next = Math.min(next, j.pre.arrivals[0] as number);
  if (held.has("fusion") && j.pre.releases.length > 0) next = Math.min(next, j.pre.releases[0] as number);
  return next;
}

/** The held stages the model has reached now, each with the impulse it belongs to (the synapses' stages aside). */
export function dueStages(
  j: Junction,
  tracker: StageTracker,
  held: ReadonlySet<StageId>,
  s: Senses,
): { stage: StageId; impulse: number }[] {
  const due: { stage: StageId; impulse: number }[] = [];
  const t = s.timeMs;
  const pre = j.pre;
  if (held.has("caEntry") && pre.arrivals.length > 0 && (pre.arrivals[0] as number) <= j.step) {
    const impulse = pre.arrivalImpulse[0] as number;
    if (unplayed(tracker, "caEntry", impulse)) due.push({ stage: "caEntry", impulse });
  }
  if (held.has("fusion") && pre.releases.length > 0 && (pre.releases[0] as number) <= j.step) {
    const impulse = pre.releaseImpulse[0] as number;
    if (unplayed(tracker, "fusion", impulse) && (pre.releaseX[0] as number) / X_REF > FUSION_CA_THRESHOLD)
      due.push({ stage: "fusion", impulse });
  }
  const within = (stage: StageId, mark: Mark | null): mark is Mark =>
    mark !== null &&
    unplayed(tracker, stage, mark.impulse) &&
    t - mark.atMs <= (ARMED_FOR_MS[stage] ?? Number.POSITIVE_INFINITY);
  const vol = tracker.volley;
  if (
    held.has("somaThreshold") &&
    within("somaThreshold", vol) &&
    s.somaMv > NEURON_ACTIVATION_ONSET_MV &&
    s.somaNaAvailability >= SOMA_INACTIVATED_BELOW
  )
    due.push({ stage: "somaThreshold", impulse: vol.impulse });
  const spike = tracker.spike;
  if (held.has("somaRepolarisation") && within("somaRepolarisation", spike))
    due.push({ stage: "somaRepolarisation", impulse: spike.impulse });
  const rel = tracker.released;
  if (held.has("binding") && within("binding", rel) && s.doublyBoundReceptors >= 1)
    due.push({ stage: "binding", impulse: rel.impulse });
  if (
    held.has("threshold") &&
    within("threshold", rel) &&
    s.vMv > ACTIVATION_ONSET_MV &&
    s.naAvailability >= INACTIVATED_BELOW
  )
    due.push({ stage: "threshold", impulse: rel.impulse });
  const ap = tracker.ap;
  if (held.has("repolarisation") && within("repolarisation", ap))
    due.push({ stage: "repolarisation", impulse: ap.impulse });
  if (held.has("caRelease") && within("caRelease", ap) && j.ecc.ca > CA_RELEASED_UM)
    due.push({ stage: "caRelease", impulse: ap.impulse });
  const arr = tracker.arrived;
  if (held.has("recovery") && arr && unplayed(tracker, "recovery", arr.impulse) && t - arr.atMs >= RECOVERY_AFTER_MS)
    due.push({ stage: "recovery", impulse: arr.impulse });
  return due;
}

/** Whether the cued action is physiologically possible now (a cue is only ever given for one that is). */
function allowed(h: Holder, action: Action, s: Senses): RuleResult {
  const rule = checkAction(h.roleId, action, s);
  if (!rule.ok || action.kind !== "pump") return rule;
  if (!isPumpRole(h.roleId)) return rule;
  const dry = pumpStep(h.roleId, { next: h.cycle.next }, action.step, s);
  return dry.ok ? { ok: true } : dry;
}

/**
 * Opens a hold for the stages due now: one cue for every connected holder of those stages whose cued action is
 * possible. Marks the stages as played for their impulse either way. Returns null when nobody is cued.
 */
export function openHold(
  j: Junction,
  tracker: StageTracker,
  holders: readonly Holder[],
  due: readonly { stage: StageId; impulse: number }[],
  classWindowMs: number,
  out: CueEvent[],
  extraTime: (seatId: string) => boolean = () => false,
): Hold | null {
  if (due.length === 0) return null;
  const s = sense(j);
  const cues: Cue[] = [];
  const cued = holders.filter((h) => isHumanActive(h) && due.some((d) => cueOf(h.roleId).stage === d.stage));
  const windowMs = cued.some((h) => extraTime(h.seatId))
    ? Math.min(MAX_EXTRA_WINDOW_MS, Math.max(classWindowMs, classWindowMs * EXTRA_TIME_FACTOR))
    : classWindowMs;
  for (const d of due) {
    markPlayed(tracker, d.stage, d.impulse);
    for (const h of holders) {
      const spec = cueOf(h.roleId);
      if (spec.stage !== d.stage || !isHumanActive(h)) continue;
      const action = spec.action(h.cycle.next);
      if (!allowed(h, action, s).ok) continue;
      const senses = spec.senses(s);
      cues.push({
        seatId: h.seatId,
        roleId: h.roleId,
        stage: d.stage,
        action,
        senses,
        answered: false,
        answeredAfterMs: null,
      });
      out.push({ kind: "cue", seatId: h.seatId, stage: d.stage, action, windowMs, senses, todo: spec.todo });
    }
  }
  if (cues.length === 0) return null;
  return {
    stages: due.map((d) => d.stage),
    impulse: Math.max(...due.map((d) => d.impulse)),
    cues,
    windowMs,
    elapsedMs: 0,
  };
}

export type AnswerResult = { ok: true; text: string; cue: Cue } | { ok: false; reason: string; cue: Cue | null };

/** A holder's press during play: answers their open cue if it is the cued action; anything else is refused. */
export function answer(hold: Hold | null, h: Holder, action: Action, s: Senses): AnswerResult {
  const cue = hold?.cues.find((c) => c.seatId === h.seatId && !c.answered) ?? null;
  if (!cue) {
    const rule = checkAction(h.roleId, action, s);
    const waiting = `Wait for your cue: your part acts at the stage "${STAGES[cueOf(h.roleId).stage].name}".`;
    return { ok: false, reason: rule.ok ? waiting : `${rule.reason} ${waiting}`, cue: null };
  }
  if (!sameAction(cue.action, action)) {
    const rule = allowed(h, action, s);
    return { ok: false, reason: rule.ok ? `Not that now. Your cue: ${cueOf(h.roleId).todo}.` : rule.reason, cue };
  }
  cue.answered = true;
  cue.answeredAfterMs = hold?.elapsedMs ?? 0;
  return { ok: true, text: cueOf(h.roleId).done, cue };
}

/** A hold is over when every cue is answered or its window has run out. */
export function holdOver(hold: Hold): boolean {
  return hold.elapsedMs >= hold.windowMs || hold.cues.every((c) => c.answered);
}

/** A holder left or dropped: a bot plays their share, so their cue no longer holds the junction. */
export function dropCues(hold: Hold, seatId: string): void {
  hold.cues = hold.cues.filter((c) => c.seatId !== seatId || c.answered);
}

/** The share of each synapse part's cued holders who released in time (absent: none of its holders was cued). */
export type ReleasedShares = Partial<Record<StageId, number>>;

/**
 * Ends a hold at physiological time `tMs`: answered shares act (a pump takes its step); missed shares do
 * nothing for their stage. Returns, per synaptic stage in the hold, the share of its holders who released.
 */
export function resolveHold(
  hold: Hold,
  holders: readonly Holder[],
  tMs: number,
  j: Junction,
  out: CueEvent[],
): ReleasedShares {
  const tally: Partial<Record<StageId, { cued: number; answered: number }>> = {};
  const s = sense(j);
  for (const cue of hold.cues) {
    const h = holders.find((x) => x.seatId === cue.seatId);
    if (!h) continue;
    const part = role(h.roleId);
    const spec = part.cue;
    if (part.coupling.kind === "synapse") {
      const t = tally[cue.stage] ?? { cued: 0, answered: 0 };
      t.cued += 1;
      if (cue.answered) t.answered += 1;
      tally[cue.stage] = t;
    }
    if (cue.answered) {
      if (cue.action.kind === "pump" && isPumpRole(h.roleId)) pumpStep(h.roleId, h.cycle, cue.action.step, s);
      if (!acting(h, tMs)) h.missedUntilMs = tMs;
    } else {
      h.missedUntilMs = Math.max(h.missedUntilMs, tMs + role(h.roleId).stageMs);
    }
    out.push({
      kind: "end",
      seatId: cue.seatId,
      stage: cue.stage,
      answered: cue.answered,
      text: cue.answered ? spec.done : spec.missed,
    });
  }
  const shares: ReleasedShares = {};
  for (const [stage, t] of Object.entries(tally) as [StageId, { cued: number; answered: number }][])
    shares[stage] = t.answered / t.cued;
  return shares;
}
