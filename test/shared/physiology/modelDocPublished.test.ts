// docs/model.md's 'Further published behaviours' table, claim by claim, measured from the engine (issue 13; see
// modelDoc.test.ts). Its K+ channel block row is checked in published.test.ts.

import { describe, expect, it } from "vitest";
import {
  advance,
  createJunction,
  observe,
  type ScenarioChoice,
  setScenarios,
  stimulateNerve,
} from "../../../shared/physiology";
import { mean, train } from "./helpers";
import { near, quantaOf } from "./modelDocHelpers";

describe("model.md 'Further published behaviours' table", () => {
  it("Poisson release: m 0.43, failures 0.65 vs e^(−m) 0.65 (400 seeds)", { timeout: 30_000 }, () => {
    let failures = 0;
    let quanta = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const q = quantaOf([{ id: "low-calcium" }, { id: "high-magnesium" }], seed);
      quanta += q;
      if (q === 0) failures++;
    }
    near(quanta / 400, 0.43, 0.02);
    near(failures / 400, 0.65, 0.02);
  });

  it("paired-pulse facilitation (low Ca2+, seeds 1–100): ×1.37 at 10 ms, ×1.19 at 50 ms, ×1.04 at 300 ms", {
    timeout: 30_000,
  }, () => {
    const ratio = (intervalMs: number): number => {
      let a = 0;
      let b = 0;
      for (let seed = 1; seed <= 100; seed++) {
        const j = createJunction({ seed, scenarios: [{ id: "low-calcium" }] });
        stimulateNerve(j);
        advance(j, intervalMs);
        a += observe(j).quantaLastImpulse;
        stimulateNerve(j);
        advance(j, 10);
        b += observe(j).quantaLastImpulse;
      }
      return b / a;
    };
    near(ratio(10), 1.37, 0.02);
    near(ratio(50), 1.19, 0.02);
    near(ratio(300), 1.04, 0.02);
  });

  it("50 Hz train in normal Ca2+: quantal content ≈ 0.7 of the first by the 15th–30th impulse", () => {
    const { quanta } = train([], 50, 30, 5);
    near(mean(quanta.slice(15, 30)) / (quanta[0] as number), 0.7, 0.05);
  });

  /** Train of four at 2 Hz, `ms` after the drugs were applied to a resting junction. */
  const tof = (scenarios: ScenarioChoice[], seed = 3, ms = 2000) => {
    const j = createJunction({ seed });
    setScenarios(j, scenarios);
    advance(j, ms);
    const cmap: number[] = [];
    const quanta: number[] = [];
    for (let i = 0; i < 4; i++) {
      stimulateNerve(j);
      advance(j, 500);
      cmap.push(observe(j).cmap);
      quanta.push(observe(j).quantaLastImpulse);
    }
    const t1 = cmap[0] as number;
    return { t1, ratio: (cmap[3] as number) / t1, q1: quanta[0] as number, q4: quanta[3] as number };
  };

  it("train-of-four: control 1.0; curare 0.45 T1 0.53, T4/T1 0.70 (seeds 1–3 0.64–0.70); succinylcholine 0.3 T1 0.47, T4/T1 0.96; release T4/T1 (8 seeds) 0.89 control, 0.85 curare, as control under succinylcholine", {
    timeout: 30_000,
  }, () => {
    near(tof([]).ratio, 1, 0.02);
    const c = tof([{ id: "curare", level: 0.45 }]);
    near(c.t1, 0.53, 0.02);
    near(c.ratio, 0.7, 0.02);
    for (const seed of [1, 2]) {
      const r = tof([{ id: "curare", level: 0.45 }], seed).ratio;
      expect(r).toBeGreaterThan(0.62);
      expect(r).toBeLessThan(0.72);
    }
    const s = tof([{ id: "succinylcholine", level: 0.3 }]);
    near(s.t1, 0.47, 0.02);
    near(s.ratio, 0.96, 0.02);
    const release = (scenarios: ScenarioChoice[]): number => {
      let a = 0;
      let b = 0;
      for (let seed = 1; seed <= 8; seed++) {
        const r = tof(scenarios, seed);
        a += r.q1;
        b += r.q4;
      }
      return b / a;
    };
    const control = release([]);
    near(control, 0.89, 0.015);
    near(release([{ id: "curare", level: 0.45 }]), 0.85, 0.015);
    near(release([{ id: "succinylcholine", level: 0.3 }]), control, 0.01);
  });

  it("neostigmine on each block: curare 0.5 T1 0.39 → 0.98; succinylcholine 1: 0 → 0", () => {
    near(tof([{ id: "curare", level: 0.5 }]).t1, 0.39, 0.02);
    near(tof([{ id: "curare", level: 0.5 }, { id: "neostigmine" }]).t1, 0.98, 0.02);
    expect(tof([{ id: "succinylcholine", level: 1 }]).t1).toBe(0);
    expect(tof([{ id: "succinylcholine", level: 1 }, { id: "neostigmine" }]).t1).toBe(0);
  });

  it("tetanic fade at 50 Hz (seed 2): control 0.99 → 0.99; curare 0.3 0.88 → 0.25 (17 of 250 fire); succinylcholine 0.3 0.48 → 0.39; curare 0.5 at 100 Hz fires 5 of 100, release 61 → 14", () => {
    const fade = (scenarios: ScenarioChoice[], n: number, hz = 50) => {
      const r = train(scenarios, hz, n, 2);
      return { first: r.cmap[0] as number, last: mean(r.cmap.slice(-10)), aps: r.aps, q: r.quanta };
    };
    const c = fade([], 150);
    expect(c.first).toBeGreaterThan(0.98);
    expect(c.last).toBeGreaterThan(0.98);
    const cu = fade([{ id: "curare", level: 0.3 }], 250);
    near(cu.first, 0.88, 0.02);
    near(cu.last, 0.25, 0.03);
    near(cu.aps, 17, 3);
    const sx = fade([{ id: "succinylcholine", level: 0.3 }], 150);
    near(sx.first, 0.48, 0.02);
    near(sx.last, 0.39, 0.03);
    const hi = fade([{ id: "curare", level: 0.5 }], 100, 100);
    expect(hi.aps).toBe(5);
    near(hi.q[0] as number, 61, 1);
    near(hi.q.at(-1) as number, 14, 3);
  });
});
