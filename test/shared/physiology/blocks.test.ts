// Depolarising vs non-depolarising block as an anaesthetist tells them apart: train-of-four (TOF) fade of the
// compound muscle action potential and the response to neostigmine, and the phase II block that follows a long
// succinylcholine exposure once its receptors desensitise (Thesleff 1955 Acta Physiol Scand 34:218; Katz &
// Thesleff 1957 J Physiol 138:63; clinical signs: Durant & Katz 1982 Br J Anaesth 54:195).

import { describe, expect, it } from "vitest";
import {
  advance,
  createJunction,
  type Junction,
  observe,
  type ScenarioChoice,
  setScenarios,
  stimulateNerve,
} from "../../../shared/physiology";

/** Train of four at 2 Hz now: CMAP of the first response and T4/T1. */
function trainOfFour(j: Junction): { t1: number; ratio: number } {
  const cmap: number[] = [];
  for (let i = 0; i < 4; i++) {
    stimulateNerve(j);
    advance(j, 500);
    cmap.push(observe(j).cmap);
  }
  const t1 = cmap[0] as number;
  return { t1, ratio: t1 > 0 ? (cmap[3] as number) / t1 : Number.NaN };
}

/** A junction `ms` after the drugs were applied (acutely, from rest). */
function appliedFor(scenarios: ScenarioChoice[], ms: number, seed = 3): Junction {
  const j = createJunction({ seed });
  setScenarios(j, scenarios);
  advance(j, ms);
  return j;
}

const curare: ScenarioChoice[] = [{ id: "curare", level: 0.45 }];
const suxPartial: ScenarioChoice[] = [{ id: "succinylcholine", level: 0.3 }];

describe("train-of-four and neostigmine tell curare from phase I succinylcholine", () => {
  it("partial curare block fades (T4/T1 < 0.8); a partial phase I block of similar depth hardly fades (> 0.85)", () => {
    const c = trainOfFour(appliedFor(curare, 2000));
    const s = trainOfFour(appliedFor(suxPartial, 2000));
    expect(c.t1).toBeGreaterThan(0.3);
    expect(c.t1).toBeLessThan(0.8);
    expect(s.t1).toBeGreaterThan(0.3);
    expect(s.t1).toBeLessThan(0.8);
    expect(c.ratio).toBeLessThan(0.8);
    expect(s.ratio).toBeGreaterThan(0.85);
  });

  it("neostigmine reverses curare (T1 → ≥ 0.9) but not a full phase I block", () => {
    expect(trainOfFour(appliedFor([{ id: "curare", level: 0.5 }, { id: "neostigmine" }], 2000)).t1).toBeGreaterThan(
      0.9,
    );
    const sux = trainOfFour(appliedFor([{ id: "succinylcholine", level: 1 }, { id: "neostigmine" }], 2000));
    expect(sux.t1).toBeLessThan(0.05);
  });
});

describe("phase II block after a long succinylcholine exposure", () => {
  it("receptors desensitise over tens of seconds: the end plate repolarises, the block stays and now fades", () => {
    const early = appliedFor(suxPartial, 2000);
    expect(early.sux.desensitised).toBeLessThan(0.2);
    const j = appliedFor(suxPartial, 40_000);
    const o = observe(j);
    expect(j.sux.desensitised).toBeGreaterThan(0.7);
    expect(o.membranePotentialMv).toBeLessThan(o.restingPotentialMv + 6); // repolarised (phase I: ≈ 14 mV)
    expect(observe(early).membranePotentialMv).toBeGreaterThan(o.restingPotentialMv + 10);
    const phase2 = trainOfFour(j);
    expect(phase2.t1).toBeLessThan(0.3); // deeper than phase I at the same dose …
    expect(phase2.ratio).toBeLessThan(0.8); // … and it fades, like a non-depolarising block
    // Neostigmine now antagonises it in part (more ACh on the receptors that are left).
    setScenarios(j, [...suxPartial, { id: "neostigmine" }]);
    advance(j, 1000);
    expect(trainOfFour(j).t1).toBeGreaterThan(2 * phase2.t1 + 0.05);
  });
});
