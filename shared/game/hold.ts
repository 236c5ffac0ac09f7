// Stage-by-stage play on one junction: the hold that keeps physiological time still while a stage's holders are
// cued, their answers, and what a hold leaves behind when it ends (a missed share silenced for its stage, a pump
// step taken, a share of a synaptic volley released). Which stage the model has reached is stageTracker.ts.
// Pure and deterministic.
import type { Junction } from "../physiology/state";
import type { Action } from "./actions";
import { cueOf, sameAction } from "./cues";
import { acting, type Holder, isHumanActive } from "./holders";
import { isPumpRole, pumpStep } from "./pumps";
import { type RoleId, role } from "./roles";
import { checkAction, type RuleResult } from "./rules";
import { type Senses, sense } from "./senses";
import { EXTRA_TIME_FACTOR, MAX_EXTRA_WINDOW_MS, STAGES, type StageId } from "./stages";
import { markPlayed, type StageTracker } from "./stageTracker";

export {
  armed,
  dueStages,
  heldStages,
  newTracker,
  nextEventStep,
  noteEvents,
  noteVolley,
  RECOVERY_AFTER_MS,
  type StageTracker,
} from "./stageTracker";

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
  /** Wall ms since the hold began (it ends at windowMs + LATENCY_GRACE_MS, or as soon as every cue is answered). */
  elapsedMs: number;
}

/** What stage play tells people: a cue to one holder, or the end of their cue (answered or not). */
export type CueEvent =
  | { kind: "cue"; seatId: string; stage: StageId; action: Action; windowMs: number; senses: string; todo: string }
  | { kind: "end"; seatId: string; stage: StageId; answered: boolean; text: string };

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

/**
 * Wall ms a hold stays open after its cue time, unseen: the phone counts the cue time down from the state it
 * received (already a downlink delay late) and the tap then travels up, so a tap the phone showed in time can
 * reach the server up to one round trip late. School Wi-Fi round trips are tens to a few hundred ms; 300 ms
 * keeps "in time on the phone" meaning in time, and costs wall time only when somebody misses (game choice).
 */
export const LATENCY_GRACE_MS = 300;

/** A hold is over when every cue is answered or its window (and the latency grace after it) has run out. */
export function holdOver(hold: Hold): boolean {
  return hold.elapsedMs >= hold.windowMs + LATENCY_GRACE_MS || hold.cues.every((c) => c.answered);
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
