// Property tests: random seeds, scenario mixes, levels and stimulus times (drawn with the engine's own
// seeded PRNG, so the test is reproducible) never break physical bounds.

import { describe, expect, it } from "vitest";
import {
  advance,
  createJunction,
  createRng,
  nextFloat,
  nextUint32,
  observe,
  SCENARIOS,
  setControl,
  stimulateMuscle,
  stimulateNerve,
} from "../../../shared/physiology";

describe("physical bounds under random use", () => {
  it("V stays between E_K and E_Na (±5 mV), concentrations stay positive, force in [0, 1], no NaN", () => {
    const rng = createRng(2024);
    for (let trial = 0; trial < 14; trial++) {
      const picks = SCENARIOS.filter(() => nextFloat(rng) < 0.25).map((s) => ({
        id: s.id,
        level: s.min + nextFloat(rng) * (s.max - s.min),
      }));
      const j = createJunction({ seed: nextUint32(rng), scenarios: picks });
      if (nextFloat(rng) < 0.5) setControl(j, "aChE", nextFloat(rng) * 2);
      if (nextFloat(rng) < 0.3) setControl(j, "naKPump", nextFloat(rng) * 3);
      for (let t = 0; t < 300; ) {
        const r = nextFloat(rng);
        if (r < 0.4) stimulateNerve(j);
        else if (r < 0.5) stimulateMuscle(j);
        const dt = 0.5 + nextFloat(rng) * 20;
        for (let k = 0; k < dt; k += 0.25) {
          advance(j, 0.25);
          const o = observe(j);
          expect(Number.isFinite(o.membranePotentialMv)).toBe(true);
          expect(o.membranePotentialMv).toBeGreaterThan(o.reversalMv.k - 5);
          expect(o.membranePotentialMv).toBeLessThan(o.reversalMv.na + 5);
          expect(o.force).toBeGreaterThanOrEqual(0);
          expect(o.force).toBeLessThanOrEqual(1);
          expect(o.sarcoplasmicCaUM).toBeGreaterThan(0);
          expect(o.naAvailability).toBeGreaterThanOrEqual(0);
          expect(o.naAvailability).toBeLessThanOrEqual(1);
          for (const c of Object.values(o.concentrationsMM)) expect(c).toBeGreaterThanOrEqual(0);
          expect(o.concentrationsMM.naIn).toBeGreaterThan(0);
          expect(o.concentrationsMM.kIn).toBeGreaterThan(0);
          expect(o.releasablePool).toBeGreaterThanOrEqual(0);
          expect(o.cmap).toBeGreaterThanOrEqual(0);
          expect(o.cmap).toBeLessThanOrEqual(1);
        }
        t += dt;
      }
    }
  });
});
