// Who plays what: balanced teams, and roles filled in the order the chain needs them, rotated between rounds
// so that each student meets ions, channels and pumps. The teacher's choices (pins) always win.
import { ROLES, type RoleGroup, type RoleId, role } from "./roles";

export interface AssignableStudent {
  seatId: string;
  /** Role groups this student has played in earlier rounds, oldest first. */
  history: readonly RoleGroup[];
  /** A role the teacher chose for this student, if any. */
  pinned?: RoleId | null;
}

/** Beyond one of each part, extra students share these roles, in this order (many ions, a few channels). */
const SHARED_ORDER: readonly RoleId[] = [
  "naIon",
  "kIon",
  "naChannel",
  "caIon",
  "nAChR",
  "kChannel",
  "naIon",
  "aChE",
  "kIon",
  "vesicles",
  "naKPump",
  "caChannel",
];

/** The roles a junction of `n` students needs, most essential first. */
export function roleSlots(n: number): RoleId[] {
  const slots: RoleId[] = ROLES.slice(0, Math.min(n, ROLES.length)).map((r) => r.id);
  for (let i = 0; slots.length < n; i++) slots.push(SHARED_ORDER[i % SHARED_ORDER.length] as RoleId);
  return slots;
}

function timesPlayed(student: AssignableStudent, group: RoleGroup): number {
  return student.history.filter((g) => g === group).length;
}

/**
 * Assigns one role to every student of a junction. Pinned students get their pin; the other slots go,
 * most essential first, to the student who has played that slot's group least (ties: seat order).
 */
export function assignRoles(students: readonly AssignableStudent[]): Map<string, RoleId> {
  const result = new Map<string, RoleId>();
  const slots = roleSlots(students.length);
  for (const student of students) {
    if (!student.pinned) continue;
    result.set(student.seatId, student.pinned);
    const index = slots.indexOf(student.pinned);
    slots.splice(index >= 0 ? index : slots.length - 1, 1);
  }
  const free = students.filter((s) => !s.pinned);
  for (const slot of slots) {
    const group = role(slot).group;
    let best: AssignableStudent | undefined;
    for (const student of free) {
      if (result.has(student.seatId)) continue;
      if (!best) {
        best = student;
        continue;
      }
      const a = timesPlayed(student, group);
      const b = timesPlayed(best, group);
      if (a < b || (a === b && lastGroup(best) === group && lastGroup(student) !== group)) best = student;
    }
    if (best) result.set(best.seatId, slot);
  }
  return result;
}

function lastGroup(student: AssignableStudent): RoleGroup | undefined {
  return student.history[student.history.length - 1];
}

/** The role a student joining mid-round takes: the next slot the junction's current size lacks. */
export function roleForLateJoiner(current: readonly RoleId[]): RoleId {
  const needed = roleSlots(current.length + 1);
  const counts = new Map<RoleId, number>();
  for (const r of current) counts.set(r, (counts.get(r) ?? 0) + 1);
  for (const r of needed) {
    const have = counts.get(r) ?? 0;
    if (have === 0) return r;
    counts.set(r, have - 1);
  }
  return needed[needed.length - 1] ?? "naIon";
}

/** Splits seats into `teamCount` teams as evenly as possible, keeping seat order. */
export function balanceTeams(seatIds: readonly string[], teamCount: number): Map<string, number> {
  const teams = new Map<string, number>();
  seatIds.forEach((seatId, i) => {
    teams.set(seatId, i % Math.max(1, teamCount));
  });
  return teams;
}

/** The team with the fewest members (lowest index on ties), for a student joining mid-round. */
export function smallestTeam(sizes: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < sizes.length; i++) if ((sizes[i] ?? 0) < (sizes[best] ?? 0)) best = i;
  return best;
}
