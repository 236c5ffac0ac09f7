// Role assignment: the critical stages first, any class size from 1 to 40, rotation across role groups, pins win.
import { describe, expect, it } from "vitest";
import { assignRoles, balanceTeams, maxHolders, roleForLateJoiner, roleSlots } from "../../../shared/game/assignment";
import { ROLES, type RoleGroup, type RoleId, role } from "../../../shared/game/roles";

const students = (n: number, history: RoleGroup[] = []) =>
  Array.from({ length: n }, (_, i) => ({ seatId: `s${i + 1}`, history }));

const CRITICAL = [
  "excitatorySynapse",
  "neuronNaChannel",
  "caChannel",
  "vesicles",
  "nAChR",
  "naChannel",
  "nodeOfRanvier",
];
/** Parts kept to one holder until every other part has two (the axon's nodes; Ca2+ entry's 4th power in release). */
const SINGLE: string[] = ["nodeOfRanvier", "caChannel", "caIon"];

function countRoles(roles: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of roles) counts.set(r, (counts.get(r) ?? 0) + 1);
  return counts;
}

describe("role assignment", () => {
  it("puts people on the seven stages the chain cannot complete without, then on the rest of the junction", () => {
    expect(roleSlots(1)).toEqual(["excitatorySynapse"]);
    expect(roleSlots(7)).toEqual(CRITICAL);
    expect(new Set(assignRoles(students(7)).values())).toEqual(new Set(CRITICAL));
    expect(roleSlots(16).slice(7)).toEqual([
      "aChE",
      "caIon",
      "naIon",
      "inhibitorySynapse",
      "neuronKChannel",
      "kChannel",
      "kIon",
      "serca",
      "naKPump",
    ]);
    expect(new Set(roleSlots(16))).toEqual(new Set(ROLES.map((r) => r.id)));
  });

  it("gives every student of any class size from 1 to 40 exactly one role, sharing parts beyond one of each", () => {
    for (let n = 1; n <= 40; n++) {
      const roles = assignRoles(students(n));
      expect(roles.size).toBe(n);
      const counts = countRoles(roles.values());
      expect(counts.size).toBe(Math.min(n, ROLES.length));
      for (const c of counts.values()) expect(c).toBeLessThanOrEqual(maxHolders(n));
      // Each list extends the one for a class one smaller, so a class of n+1 never loses a part n had.
      expect(roleSlots(n).slice(0, n - 1)).toEqual(roleSlots(n - 1));
      // The nodes and the Ca2+ entry parts stay one person each until every other part has two.
      const othersTwo = ROLES.every((r) => SINGLE.includes(r.id) || (counts.get(r.id) ?? 0) >= 2);
      if (!othersTwo) for (const r of SINGLE) if (n >= ROLES.length) expect(counts.get(r)).toBe(1);
    }
  });

  it("shares a class of 30 or 40 sensibly: Na+ and K+ ions most, then channels, the pumps less; one holder each on the nodes and the 4th-power Ca2+ stage", () => {
    for (const n of [30, 40]) {
      const counts = countRoles(assignRoles(students(n)).values());
      const of = (id: string) => counts.get(id) ?? 0;
      for (const r of SINGLE) expect(of(r)).toBe(1);
      for (const r of ROLES) if (!SINGLE.includes(r.id)) expect(of(r.id)).toBeGreaterThanOrEqual(2);
      for (const c of counts.values()) expect(c).toBeLessThanOrEqual(maxHolders(n));
      for (const ion of ["naIon", "kIon"]) {
        expect(of(ion)).toBeGreaterThan(of("nodeOfRanvier"));
        expect(of(ion)).toBeGreaterThanOrEqual(of("naKPump"));
        expect(of(ion)).toBeGreaterThanOrEqual(of("serca"));
      }
      expect(of("naIon")).toBeGreaterThan(of("naKPump"));
      expect(of("naChannel")).toBeGreaterThanOrEqual(of("naKPump"));
      expect(Math.max(...counts.values()) - Math.min(...counts.values())).toBeLessThanOrEqual(5);
    }
    const forty = countRoles(assignRoles(students(40)).values());
    expect(forty.get("naIon")).toBe(5); // 40 students over 16 parts: the ions still lead
  });

  it("rotates students so that over three rounds each meets a channel, an ion and a pump when the class allows", () => {
    const seats = Array.from({ length: 12 }, (_, i) => ({ seatId: `s${i + 1}`, history: [] as RoleGroup[] }));
    for (let round = 0; round < 4; round++) {
      const roles = assignRoles(seats);
      for (const seat of seats) seat.history.push(role(roles.get(seat.seatId) ?? "naIon").group);
    }
    const varied = seats.filter((s) => new Set(s.history).size >= 3).length;
    expect(varied).toBeGreaterThanOrEqual(8);
    for (const seat of seats) expect(new Set(seat.history).size).toBeGreaterThanOrEqual(2);
  });

  it("rotates a class of 30 too: over four rounds nearly everyone plays at least two role groups", () => {
    const seats = Array.from({ length: 30 }, (_, i) => ({ seatId: `s${i + 1}`, history: [] as RoleGroup[] }));
    for (let round = 0; round < 4; round++) {
      const roles = assignRoles(seats);
      expect(roles.size).toBe(30);
      for (const seat of seats) seat.history.push(role(roles.get(seat.seatId) ?? "naIon").group);
    }
    expect(seats.filter((s) => new Set(s.history).size >= 2).length).toBeGreaterThanOrEqual(27);
  });

  it("honours the teacher's pins, and the critical parts still go to the others first", () => {
    const roles = assignRoles([
      { seatId: "a", history: [], pinned: "serca" },
      { seatId: "b", history: [] },
    ]);
    expect(roles.get("a")).toBe("serca");
    expect(roles.get("b")).toBe("excitatorySynapse");
    const five = assignRoles([{ seatId: "p", history: [], pinned: "kIon" }, ...students(4)]);
    expect(five.get("p")).toBe("kIon");
    expect(new Set(five.values())).toEqual(new Set(["kIon", ...CRITICAL.slice(0, 4)]));
  });

  it("places late joiners in the next missing part, in the same order as a class that size", () => {
    expect(roleForLateJoiner(["excitatorySynapse"])).toBe("neuronNaChannel");
    expect(roleForLateJoiner(["excitatorySynapse", "neuronNaChannel", "caChannel", "vesicles"])).toBe("nAChR");
    expect(roleForLateJoiner(["excitatorySynapse", "neuronNaChannel", "vesicles", "nAChR"])).toBe("caChannel");
    expect(roleForLateJoiner(roleSlots(16))).toBe(roleSlots(17)[16]);
    const joined: RoleId[] = [];
    for (let n = 1; n <= 40; n++) joined.push(roleForLateJoiner(joined));
    expect(countRoles(joined)).toEqual(countRoles(roleSlots(40)));
  });

  it("balances teams by dealing seats in turn", () => {
    const teams = balanceTeams(["a", "b", "c", "d", "e"], 2);
    expect(Array.from(teams.values())).toEqual([0, 1, 0, 1, 0]);
  });
});
