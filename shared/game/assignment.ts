// Who plays what: balanced teams, and roles filled in the order the chain needs them, rotated between rounds
// so that each student meets ions, channels and pumps. The teacher's choices (pins) always win.
import { ROLE_IDS, type RoleGroup, type RoleId, role } from "./roles";

export interface AssignableStudent {
  seatId: string;
  /** Role groups this student has played in earlier rounds, oldest first. */
  history: readonly RoleGroup[];
  /** A role the teacher chose for this student, if any. */
  pinned?: RoleId | null;
}

/**
 * One of each part, in the order the chain needs people: each entry's `assignment.slot` (part.ts), the stages it
 * cannot complete without first (excitation → the neuron's threshold → Ca2+ entry → release → receptors → the
 * muscle's threshold → conduction), then the rest of the junction.
 */
const SLOT_ORDER: readonly RoleId[] = [...ROLE_IDS].sort((a, b) => role(a).assignment.slot - role(b).assignment.slot);

/** Beyond one of each part, how strongly each attracts extra holders (`nextShared`; assignment.test.ts shows sizes). */
const shareWeight = (r: RoleId): number => role(r).assignment.shareWeight;

/** Parts kept to one person until every other part has two (why: `Assignment` in part.ts). */
const SINGLE_UNTIL_SHARED: ReadonlySet<RoleId> = new Set(ROLE_IDS.filter((r) => role(r).assignment.singleUntilShared));

/** Most holders one part may have in a junction of `n` students. */
export const maxHolders = (n: number): number => Math.ceil(n / SLOT_ORDER.length) + 2;

/**
 * The part the `n`-th student (n > one of each part) shares: the one furthest below its share (Sainte-Laguë quotient
 * (count + ½) / weight, ties in slot order), where no part gets a third holder — and the nodes and Ca2+ entry no
 * second — before every other part has two, and no part goes over `maxHolders(n)`.
 */
function nextShared(counts: ReadonlyMap<RoleId, number>, n: number): RoleId {
  const allShared = SLOT_ORDER.every((r) => SINGLE_UNTIL_SHARED.has(r) || (counts.get(r) ?? 0) >= 2);
  let best: RoleId = "naIon";
  let bestQuotient = Number.POSITIVE_INFINITY;
  for (const r of SLOT_ORDER) {
    const c = counts.get(r) ?? 0;
    if (c >= maxHolders(n)) continue;
    if (!allShared && (c >= 2 || SINGLE_UNTIL_SHARED.has(r))) continue;
    const quotient = (c + 0.5) / shareWeight(r);
    if (quotient < bestQuotient) {
      best = r;
      bestQuotient = quotient;
    }
  }
  return best;
}

/**
 * The roles a junction of `n` students needs, most essential first. Each list extends the one for n − 1,
 * so a student joining mid-round takes exactly the slot a class one larger would have had.
 */
export function roleSlots(n: number): RoleId[] {
  const slots: RoleId[] = SLOT_ORDER.slice(0, Math.min(n, SLOT_ORDER.length));
  const counts = new Map<RoleId, number>(slots.map((r) => [r, 1]));
  while (slots.length < n) {
    const next = nextShared(counts, slots.length + 1);
    slots.push(next);
    counts.set(next, (counts.get(next) ?? 0) + 1);
  }
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

/**
 * Splits seats into `teamCount` teams whose sizes differ by at most one, moving as few seats as it can:
 * a seat stays in its `current` team (a teacher's move, or last round's team) while that team has room;
 * the others fill the teams with room, smallest first, in seat order. Without `current`, seats are dealt
 * in turn (0, 1, 0, 1, …). Already balanced teams come back unchanged.
 */
export function balanceTeams(
  seatIds: readonly string[],
  teamCount: number,
  current?: ReadonlyMap<string, number>,
): Map<string, number> {
  const count = Math.max(1, teamCount);
  const stay = (seatId: string): number | null => {
    const team = current?.get(seatId);
    return team !== undefined && Number.isInteger(team) && team >= 0 && team < count ? team : null;
  };
  const present = new Array<number>(count).fill(0);
  for (const seatId of seatIds) {
    const team = stay(seatId);
    if (team !== null) present[team] = (present[team] ?? 0) + 1;
  }
  // The larger teams keep the extra seats when the class does not divide evenly (fewer moves).
  const byPresence = Array.from({ length: count }, (_, i) => i).sort(
    (a, b) => (present[b] ?? 0) - (present[a] ?? 0) || a - b,
  );
  const target = new Array<number>(count).fill(Math.floor(seatIds.length / count));
  for (let i = 0; i < seatIds.length % count; i++) {
    const team = byPresence[i] ?? 0;
    target[team] = (target[team] ?? 0) + 1;
  }
  const teams = new Map<string, number>();
  const sizes = new Array<number>(count).fill(0);
  const movers: string[] = [];
  for (const seatId of seatIds) {
    const team = stay(seatId);
    if (team !== null && (sizes[team] ?? 0) < (target[team] ?? 0)) {
      teams.set(seatId, team);
      sizes[team] = (sizes[team] ?? 0) + 1;
    } else movers.push(seatId);
  }
  for (const seatId of movers) {
    let best = -1;
    for (let i = 0; i < count; i++) {
      if ((sizes[i] ?? 0) >= (target[i] ?? 0)) continue;
      if (best < 0 || (sizes[i] ?? 0) < (sizes[best] ?? 0)) best = i;
    }
    const team = Math.max(0, best);
    teams.set(seatId, team);
    sizes[team] = (sizes[team] ?? 0) + 1;
  }
  return teams;
}

/** The team with the fewest members (lowest index on ties), for a student joining mid-round. */
export function smallestTeam(sizes: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < sizes.length; i++) if ((sizes[i] ?? 0) < (sizes[best] ?? 0)) best = i;
  return best;
}
