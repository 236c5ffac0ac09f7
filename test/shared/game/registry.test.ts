// The part registry: each entry's id is its key, assignment slots are a permutation, every part is reachable by
// automatic roles, and every part a person can be has a cue at a stage the game knows.
import { describe, expect, it } from "vitest";
import { roleSlots } from "../../../shared/game/assignment";
import { PARTS, ROLE_IDS } from "../../../shared/game/registry";
import { ROLES } from "../../../shared/game/roles";
import { STAGE_IDS } from "../../../shared/game/stages";

describe("part registry", () => {
  it("keys each entry by its own id, in the order of the chain", () => {
    for (const [key, part] of Object.entries(PARTS)) expect(part.id).toBe(key);
    expect(ROLES.map((r) => r.id)).toEqual(ROLE_IDS);
    expect(ROLE_IDS[0]).toBe("excitatorySynapse");
  });

  it("gives every part a distinct assignment slot and a positive share weight", () => {
    const slots = ROLES.map((r) => r.assignment.slot).sort((a, b) => a - b);
    expect(slots).toEqual(ROLES.map((_, i) => i + 1));
    for (const r of ROLES) expect(r.assignment.shareWeight).toBeGreaterThan(0);
    expect(new Set(roleSlots(ROLES.length))).toEqual(new Set(ROLE_IDS));
  });

  it("cues every part at a known stage, with an action it has", () => {
    for (const r of ROLES) {
      expect(STAGE_IDS, r.id).toContain(r.cue.stage);
      expect(r.actions, r.id).toContain(r.cue.action(0).kind);
      expect(r.buttons.length, r.id).toBeGreaterThan(0);
    }
  });
});
