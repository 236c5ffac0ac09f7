// Students holding parts of one junction, and how their actions become the model's inputs ("drives").
// A part nobody holds (or whose holder is disconnected) is played by a bot: the model's own kinetics.
import type { ControlName, Controls } from "../physiology/controls";
import { ROLES, type RoleId } from "./roles";
import type { PumpCycle } from "./rules";

export interface Holder {
  seatId: string;
  roleId: RoleId;
  connected: boolean;
  /** Physiological time until which this student's share of the part runs at the model's kinetics. */
  activeUntilMs: number;
  cycle: PumpCycle;
  /** The membrane potential when the current active window began, and its extremes since (feedback). */
  window: { open: boolean; startMv: number; maxMv: number; minMv: number; label: string };
}

export function newHolder(seatId: string, roleId: RoleId): Holder {
  return {
    seatId,
    roleId,
    connected: true,
    activeUntilMs: Number.NEGATIVE_INFINITY,
    cycle: { next: 0 },
    window: { open: false, startMv: 0, maxMv: 0, minMv: 0, label: "" },
  };
}

/** True while a human actually plays this holder's share (a disconnected student is played by a bot). */
export function isHumanActive(h: Holder): boolean {
  return h.connected;
}

/**
 * Each controllable part's drive: the mean over its connected holders of 1 (inside an active window) or 0;
 * a part with no connected holder is a bot at 1.
 */
export function computeDrives(holders: readonly Holder[], nowMs: number, into: Controls): void {
  for (const def of ROLES) {
    if (def.control === "nerve") continue;
    let n = 0;
    let sum = 0;
    for (const h of holders) {
      if (h.roleId !== def.id || !isHumanActive(h)) continue;
      n += 1;
      if (nowMs < h.activeUntilMs) sum += 1;
    }
    into[def.control as ControlName] = n === 0 ? 1 : sum / n;
  }
}

/** Whether any connected student holds this role in the junction. */
export function humanHolds(holders: readonly Holder[], roleId: RoleId): boolean {
  return holders.some((h) => h.roleId === roleId && isHumanActive(h));
}

/** The earliest end of an active window after `nowMs` (so the runner can switch drives exactly then). */
export function nextWindowEnd(holders: readonly Holder[], nowMs: number): number {
  let next = Number.POSITIVE_INFINITY;
  for (const h of holders) if (h.activeUntilMs > nowMs && h.activeUntilMs < next) next = h.activeUntilMs;
  return next;
}
