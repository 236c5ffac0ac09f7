// Role assignment: essential parts first, any class size from 1 to 40, rotation across role groups, pins win.
import { describe, expect, it } from "vitest";
import { assignRoles, balanceTeams, roleForLateJoiner, roleSlots } from "../../../shared/game/assignment";
import { ROLES, type RoleGroup, role } from "../../../shared/game/roles";

const students = (n: number, history: RoleGroup[] = []) =>
  Array.from({ length: n }, (_, i) => ({ seatId: `s${i + 1}`, history }));

describe("role assignment", () => {
  it("fills the parts the chain cannot work without first", () => {
    expect(roleSlots(1)).toEqual(["motorNeuron"]);
    expect(roleSlots(5)).toEqual(["motorNeuron", "caChannel", "caIon", "vesicles", "nAChR"]);
    expect(new Set(roleSlots(12)).size).toBe(12);
  });

  it("gives every student of any class size from 1 to 40 exactly one role, sharing roles beyond twelve", () => {
    for (let n = 1; n <= 40; n++) {
      const roles = assignRoles(students(n));
      expect(roles.size).toBe(n);
      const counts = new Map<string, number>();
      for (const r of roles.values()) counts.set(r, (counts.get(r) ?? 0) + 1);
      if (n >= ROLES.length) expect(counts.size).toBe(ROLES.length);
      // Shared roles are spread: no role has more than a quarter of a large class.
      for (const c of counts.values()) expect(c).toBeLessThanOrEqual(Math.max(1, Math.ceil(n / 4)));
    }
    expect(Array.from(assignRoles(students(40)).values()).filter((r) => r === "naIon").length).toBeGreaterThanOrEqual(
      6,
    );
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

  it("honours the teacher's pins", () => {
    const roles = assignRoles([
      { seatId: "a", history: [], pinned: "serca" },
      { seatId: "b", history: [] },
    ]);
    expect(roles.get("a")).toBe("serca");
    expect(roles.get("b")).toBe("motorNeuron");
  });

  it("places late joiners in the next missing part and balances teams", () => {
    expect(roleForLateJoiner(["motorNeuron"])).toBe("caChannel");
    expect(roleForLateJoiner(roleSlots(12))).toBe("naIon");
    const teams = balanceTeams(["a", "b", "c", "d", "e"], 2);
    expect(Array.from(teams.values())).toEqual([0, 1, 0, 1, 0]);
  });
});
