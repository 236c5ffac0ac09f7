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
  PARAMS,
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

/** Pool deficit (vesicles short of the full RRP) `ms` after one impulse from rest. */
function deficitAfter(j: Junction, ms: number): number {
  advance(j, ms);
  return PARAMS.rrpVesicles - j.pre.rrp;
}

describe("prejunctional nAChR effect at 2 Hz (Bowman 1980; Glavinović 1979; Jonsson et al. 2006)", () => {
  it("after one impulse release recovers with τ ≈ 3 s under full curare (Glavinović 1979), ≈ 1.5 s without", () => {
    // Deficit 1 s and 3 s after the impulse, summed over 4 seeds (spontaneous fusions deplete the pool a little
    // too, ≈ 1 per second, so the measured τ runs a few hundred ms above the refill's own 3 s).
    const tau = (scenarios: ScenarioChoice[]): number => {
      let d1 = 0;
      let d2 = 0;
      for (let seed = 1; seed <= 4; seed++) {
        const j = appliedFor(scenarios, 2000, seed);
        stimulateNerve(j);
        d1 += deficitAfter(j, 1000);
        d2 += deficitAfter(j, 2000);
      }
      return 2000 / Math.log(d1 / d2);
    };
    const curarised = tau([{ id: "curare", level: 0.95 }]);
    expect(curarised).toBeGreaterThan(2500);
    expect(curarised).toBeLessThan(4000);
    expect(tau([])).toBeLessThan(0.6 * curarised);
  });

  it("a train of four runs release down more under curare; succinylcholine leaves release as in control", () => {
    const quanta = (scenarios: ScenarioChoice[], seed: number): number[] => {
      const j = appliedFor(scenarios, 2000, seed);
      const q: number[] = [];
      for (let i = 0; i < 4; i++) {
        stimulateNerve(j);
        advance(j, 500);
        q.push(j.pre.quantaLastImpulse);
      }
      return q;
    };
    let control = 0;
    let curarised = 0;
    for (let seed = 1; seed <= 8; seed++) {
      const c = quanta([], seed);
      control += c[3] as number;
      curarised += quanta(curare, seed)[3] as number;
      // Same seed, same draws: succinylcholine does not touch the terminal's autoreceptors.
      expect(quanta(suxPartial, seed)).toEqual(c);
    }
    expect(curarised).toBeLessThan(control);
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
