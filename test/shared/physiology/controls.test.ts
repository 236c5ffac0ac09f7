// Game controls: each drive scales the rate its part really governs, within the rules of physiology.

import { describe, expect, it } from "vitest";
import {
  advance,
  CONTROL_NAMES,
  createJunction,
  observe,
  setControl,
  stimulateMuscle,
  stimulateNerve,
} from "../../../shared/physiology";
import { decayTau, max, oneImpulse, peakDepolarisation, trace } from "./helpers";

describe("controls", () => {
  it("all default to the model's own kinetics (1)", () => {
    const j = createJunction();
    for (const name of CONTROL_NAMES) expect(j.controls[name]).toBe(1);
  });

  it("an idle AChE (0) prolongs the end-plate current like an AChE inhibitor", () => {
    const control = oneImpulse([{ id: "tetrodotoxin" }], 3, 30);
    const j = createJunction({ seed: 3, scenarios: [{ id: "tetrodotoxin" }] });
    setControl(j, "aChE", 0);
    stimulateNerve(j);
    const idle = trace(j, 30);
    expect(decayTau(idle, idle.open) / decayTau(control.tr, control.tr.open)).toBeGreaterThan(3);
    expect(peakDepolarisation(j, idle)).toBeGreaterThan(peakDepolarisation(control.j, control.tr));
  });

  it("nAChR drive 0 gives no EPP; drive 3 without ACh opens nothing", () => {
    const j = createJunction({ seed: 2 });
    setControl(j, "nAChR", 0);
    stimulateNerve(j);
    const tr = trace(j, 20);
    expect(max(tr.open)).toBe(0);
    expect(peakDepolarisation(j, tr)).toBeLessThan(0.1);
    const k = createJunction({ seed: 2, scenarios: [{ id: "botulinum" }] });
    setControl(k, "nAChR", 3);
    expect(max(trace(k, 50).open)).toBe(0);
  });

  it("Na+ channel drive cannot reopen inactivated channels (no AP under succinylcholine)", () => {
    const j = createJunction({ scenarios: [{ id: "succinylcholine" }] });
    setControl(j, "naChannel", 3);
    stimulateMuscle(j);
    advance(j, 20);
    expect(observe(j).muscleActionPotentials).toBe(0);
  });

  it("Na+ channel drive 0 abolishes the AP; SERCA drive 0 slows relaxation", () => {
    const j = createJunction({ seed: 2 });
    setControl(j, "naChannel", 0);
    stimulateNerve(j);
    advance(j, 20);
    expect(observe(j).muscleActionPotentials).toBe(0);
    const fast = oneImpulse([], 2, 100).tr;
    const s = createJunction({ seed: 2 });
    setControl(s, "serca", 0.2);
    stimulateNerve(s);
    const slow = trace(s, 100);
    expect(slow.force[slow.force.length - 1] as number).toBeGreaterThan(fast.force[fast.force.length - 1] as number);
  });

  it("setControl clamps to [0, 3] and rejects unknown names and non-numbers with a reason", () => {
    const j = createJunction();
    expect(setControl(j, "vesicles", 7)).toEqual({ ok: true, name: "vesicles", value: 3, clamped: true });
    expect(setControl(j, "vesicles", -1)).toMatchObject({ ok: true, value: 0, clamped: true });
    const unknown = setControl(j, "dopamine", 1);
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.reason).toMatch(/unknown control/);
    expect(setControl(j, "aChE", Number.NaN).ok).toBe(false);
    expect(setControl(j, "aChE", "1").ok).toBe(false);
    expect(j.controls.aChE).toBe(1);
  });
});
