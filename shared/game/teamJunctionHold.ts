// The people playing one team's junction: who holds which part, their presses, and the stage hold they play
// through (its wall time, its end, the stage outcomes it leaves for the debrief, the parts it shows).
import type { Action } from "./actions";
import { volleySizeFor } from "./goals";
import { type AnswerResult, answer, dropCues, holdOver, resolveHold } from "./hold";
import { newHolder } from "./holders";
import { type RoleId, role } from "./roles";
import { sense } from "./senses";
import { setRhythm } from "./synapticInput";
import { releasePending } from "./teamJunctionInput";
import { nowMs, type TeamJunction } from "./teamJunctionState";

/** Stage outcomes kept for the debrief (the last few impulses). */
const STAGE_LOG_LENGTH = 40;

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

/** The parts acting at the hold in progress, readable (for the projector). */
export function holdParts(tj: TeamJunction): string[] {
  if (!tj.hold) return [];
  const roles = new Set(tj.hold.cues.filter((c) => !c.answered).map((c) => c.roleId));
  return [...roles].map((r) => role(r).name);
}
