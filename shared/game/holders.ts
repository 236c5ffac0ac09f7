// Students holding parts of one junction, and how their answers become the model's inputs ("drives").
// A part nobody holds (or whose holder is disconnected) is played by a bot: the model's own kinetics. A held
// part follows the model's kinetics too, except over a stage its holder missed: then that share does nothing.
import type { Controls } from "../physiology/controls";
import type { PumpCycle } from "./pumps";
import { ROLES, type RoleId } from "./roles";

export interface Holder {
  seatId: string;
  roleId: RoleId;
  connected: boolean;
  /** Physiological time until which this student's share does not act (a missed cue), ms. */
  missedUntilMs: number;
  cycle: PumpCycle;
}

export function newHolder(seatId: string, roleId: RoleId): Holder {
  return { seatId, roleId, connected: true, missedUntilMs: Number.NEGATIVE_INFINITY, cycle: { next: 0 } };
}

/** True while a human actually plays this holder's share (a disconnected student is played by a bot). */
export function isHumanActive(h: Holder): boolean {
  return h.connected;
}

/** Whether this holder's share acts at `nowMs` (it does unless a missed cue silences it). */
export function acting(h: Holder, nowMs: number): boolean {
  return !(nowMs < h.missedUntilMs);
}

/**
 * Each controllable part's drive: the fraction of its connected holders whose share acts (1 each, 0 over a
 * missed stage); a part with no connected holder is a bot at 1. Synapses act through the round's input instead.
 */
export function computeDrives(holders: readonly Holder[], nowMs: number, into: Controls): void {
  for (const def of ROLES) {
    if (def.coupling.kind !== "control") continue;
    let n = 0;
    let sum = 0;
    for (const h of holders) {
      if (h.roleId !== def.id || !isHumanActive(h)) continue;
      n += 1;
      if (acting(h, nowMs)) sum += 1;
    }
    into[def.coupling.control] = n === 0 ? 1 : sum / n;
  }
}

/** Whether any connected student holds this role in the junction. */
export function humanHolds(holders: readonly Holder[], roleId: RoleId): boolean {
  return holders.some((h) => h.roleId === roleId && isHumanActive(h));
}

/** The earliest end of a missed span after `nowMs` (so the runner can switch drives exactly then). */
export function nextSpanEnd(holders: readonly Holder[], nowMs: number): number {
  let next = Number.POSITIVE_INFINITY;
  for (const h of holders) if (h.missedUntilMs > nowMs && h.missedUntilMs < next) next = h.missedUntilMs;
  return next;
}
