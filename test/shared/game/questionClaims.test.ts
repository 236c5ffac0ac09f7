// Claims the question bank makes about the model, checked against the engine, so an explanation never teaches
// a number the junction the class watches does not show (issue 13).
import { describe, expect, it } from "vitest";
import { questionById } from "../../../shared/game/questions";
import { advance, createJunction, observe, type ScenarioChoice, stimulateNerve } from "../../../shared/physiology";

function impulse(scenarios: ScenarioChoice[], seed = 1) {
  const j = createJunction({ seed, scenarios });
  const rest = observe(j);
  stimulateNerve(j);
  let force = 0;
  for (let t = 0; t < 60; t += 0.5) {
    advance(j, 0.5);
    force = Math.max(force, observe(j).force);
  }
  return { rest, after: observe(j), force };
}

const explanation = (id: string): string => questionById(id)?.explanation ?? "";

describe("hyperkalaemia questions", () => {
  it("hyperkalaemia-rest: E_K ≈ −79 mV at 8 mM; rest ≈ −75 mV at 8 mM and ≈ −67 mV at 10 mM", () => {
    expect(explanation("hyperkalaemia-rest")).toMatch(/−75 mV in the model at 8 mM, ≈ −67 mV at 10 mM/);
    const at8 = impulse([{ id: "hyperkalaemia", level: 8 }]).rest;
    const at10 = impulse([{ id: "hyperkalaemia", level: 10 }]).rest;
    expect(Math.abs(at8.reversalMv.k - -79)).toBeLessThan(1);
    expect(Math.abs(at8.membranePotentialMv - -75)).toBeLessThan(1.5);
    expect(Math.abs(at10.membranePotentialMv - -67)).toBeLessThan(1.5);
  });

  it("hyperkalaemia-weakness: the twitch survives 8 mM; at 10 mM < 10 % of Na+ channels are available, no AP", () => {
    expect(explanation("hyperkalaemia-weakness")).toMatch(/twitch survives 8 mM/);
    const at8 = impulse([{ id: "hyperkalaemia", level: 8 }]);
    expect(at8.after.propagatedActionPotentials).toBe(1);
    expect(at8.force).toBeGreaterThan(0.05);
    const at10 = impulse([{ id: "hyperkalaemia", level: 10 }]);
    expect(at10.rest.naAvailability).toBeLessThan(0.1);
    expect(at10.after.propagatedActionPotentials).toBe(0);
    expect(at10.force).toBeLessThan(0.01);
  });
});
