// Where the chain has got to in one junction: the engine events and volleys that arm each stage, which impulses
// each stage has already played, and which held stages the model has reached now. Pure and deterministic; the
// hold itself (cues, answers, what a hold leaves behind) is hold.ts.
import type { JunctionEvent } from "../physiology/events";
import { X_REF } from "../physiology/release";
import type { Junction } from "../physiology/state";
import { cueOf } from "./cues";
import { type Holder, isHumanActive } from "./holders";
import { ACTIVATION_ONSET_MV, FUSION_CA_THRESHOLD, INACTIVATED_BELOW, NEURON_ACTIVATION_ONSET_MV } from "./rules";
import type { Senses } from "./senses";
import { STAGE_IDS, type StageId } from "./stages";
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

export function markPlayed(tracker: StageTracker, stage: StageId, impulse: number): void {
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
