// Claims the question bank makes about the model, checked against the engine, so an explanation never teaches
// a number the junction the class watches does not show (issue 13).
import { describe, expect, it } from "vitest";
import { questionById } from "../../../shared/game/questions";
import {
  advance,
  createJunction,
  observe,
  PARAMS,
  type ScenarioChoice,
  setScenarios,
  stimulateNerve,
} from "../../../shared/physiology";
import { clGate4, kirVoltageFactor } from "../../../shared/physiology/gates";
import { kirConductance, nernstMv } from "../../../shared/physiology/ions";

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

describe("organophosphate, Cl− and ouabain questions", () => {
  it("organophosphate-weakness: one AP per impulse; the end plate stays near −55 mV at 50 Hz and transmission fails", () => {
    expect(explanation("organophosphate-weakness")).toMatch(/the model does not show this \(one AP per impulse\)/);
    const single = impulse([{ id: "organophosphate" }], 4);
    expect(single.after.muscleActionPotentials).toBe(1);
    const j = createJunction({ seed: 4, scenarios: [{ id: "organophosphate" }] });
    let fired = 0;
    const before: number[] = [];
    for (let i = 0; i < 25; i++) {
      const aps = observe(j).muscleActionPotentials;
      stimulateNerve(j);
      advance(j, 20);
      if (observe(j).muscleActionPotentials > aps) fired++;
      before.push(observe(j).membranePotentialMv);
    }
    const late = before.slice(-5).reduce((a, b) => a + b, 0) / 5;
    expect(Math.abs(late - -55)).toBeLessThan(3);
    expect(fired).toBeLessThan(5); // the first impulse or two, then depolarising block
  });

  it("direction-cl-opens-at-rest: Cl− carries ≈ 60 % of the model's resting conductance", () => {
    expect(explanation("direction-cl-opens-at-rest")).toMatch(/≈ 60 % in the model/);
    const v = observe(createJunction({ seed: 1 })).membranePotentialMv;
    const eK = nernstMv(PARAMS.kOutMM, PARAMS.kInMM);
    const gCl = PARAMS.gClMsPerCm2 * clGate4(v);
    const gKir = kirConductance(PARAMS.kOutMM, PARAMS.kInMM) * kirVoltageFactor(v - eK);
    const share = gCl / (gCl + gKir + PARAMS.gNaLeakMsPerCm2); // the gated channels add < 0.1 % at rest
    expect(share).toBeGreaterThan(0.55);
    expect(share).toBeLessThan(0.65);
  });

  it("ouabain-first-seconds: ≈ 1 mV at once; [Na+]i ≈ +0.8 mM in the first minute", () => {
    expect(explanation("ouabain-first-seconds")).toMatch(/≈ 0.8 mM in the first minute and ≈ 8 mM in ten/);
    const control = createJunction({ seed: 1 });
    const j = createJunction({ seed: 1, scenarios: [{ id: "ouabain" }] });
    const depol = observe(j).membranePotentialMv - observe(control).membranePotentialMv;
    expect(depol).toBeGreaterThan(0.5);
    expect(depol).toBeLessThan(2);
    const na0 = observe(j).concentrationsMM.naIn;
    advance(j, 60_000);
    expect(Math.abs(observe(j).concentrationsMM.naIn - na0 - 0.8)).toBeLessThan(0.25);
    advance(j, 540_000);
    expect(Math.abs(observe(j).concentrationsMM.naIn - na0 - 8)).toBeLessThan(1.5);
  }, 180_000); // a minute of physiology takes ≈ 20 s on one core; room for a busy machine
});

describe("succinylcholine and neostigmine questions", () => {
  it("sux-mechanism and sux-vs-curare-rest: end plate near −46 mV in phase I; repolarised, still blocked, after desensitisation", () => {
    expect(explanation("sux-mechanism")).toMatch(/near −46 mV in the model/);
    expect(explanation("sux-vs-curare-rest")).toMatch(/≈ −46 mV in the model/);
    const j = createJunction({ seed: 3 });
    setScenarios(j, [{ id: "succinylcholine" }]);
    advance(j, 1000);
    expect(Math.abs(observe(j).membranePotentialMv - -46)).toBeLessThan(3);
    expect(observe(j).naAvailability).toBeLessThan(0.05);
    advance(j, 180_000); // minutes
    const o = observe(j);
    expect(o.membranePotentialMv).toBeLessThan(o.restingPotentialMv + 8);
    const aps = o.muscleActionPotentials;
    stimulateNerve(j);
    advance(j, 20);
    expect(observe(j).muscleActionPotentials).toBe(aps); // phase II: still no AP
    const curare = createJunction({ seed: 3, scenarios: [{ id: "curare" }] });
    expect(Math.abs(observe(curare).membranePotentialMv - -88)).toBeLessThan(1);
  }, 180_000);

  it("neostigmine-curare-vs-sux: neostigmine restores the AP under curare, not under a full phase I block", () => {
    expect(explanation("neostigmine-curare-vs-sux")).toMatch(/which the model leaves out/);
    expect(impulse([{ id: "curare" }, { id: "neostigmine" }], 2).after.muscleActionPotentials).toBe(1);
    const sux = createJunction({ seed: 2 });
    setScenarios(sux, [{ id: "succinylcholine" }, { id: "neostigmine" }]);
    advance(sux, 1000);
    const aps = observe(sux).muscleActionPotentials;
    stimulateNerve(sux);
    advance(sux, 20);
    expect(observe(sux).muscleActionPotentials).toBe(aps);
  });
});
