// Spontaneous release (MEPP frequency) follows the nerve terminal's resting Ca2+ supply: raised K+o depolarises
// the terminal and raises it steeply (Liley 1956 J Physiol 134:427); [Ca2+]o raises it and Mg2+ lowers it
// (Hubbard 1961 J Physiol 159:507); it stays normal when only the evoked Ca2+ entry or the receptors are impaired.

import { describe, expect, it } from "vitest";
import { advance, createJunction, observe, type ScenarioChoice } from "../../../shared/physiology";

/** MEPPs counted per second over `ms` of quiet recording, summed over seeds. */
function counted(scenarios: ScenarioChoice[], ms: number, seeds = [1, 2, 3]): number {
  let n = 0;
  for (const seed of seeds) {
    const j = createJunction({ seed, scenarios });
    advance(j, ms);
    n += observe(j).spontaneousQuanta;
  }
  return n / ((ms / 1000) * seeds.length);
}

let controlCount: number | undefined;
/** Control MEPPs per second over 3 × 60 s, counted once for the whole file. */
const controlPerS = (): number => {
  controlCount ??= counted([], 60_000);
  return controlCount;
};

/** The junction's expected MEPP frequency (per s) in a bath, with a full pool. */
const rate = (scenarios: ScenarioChoice[]): number => observe(createJunction({ scenarios })).meppFrequencyPerS;
const k = (mM: number): ScenarioChoice[] => [{ id: "hyperkalaemia", level: mM }];

describe("MEPP frequency", () => {
  it("is ≈ 1 per second in the control bath (counted over 3 × 60 s)", () => {
    expect(rate([])).toBeCloseTo(1, 5);
    const perS = controlPerS();
    expect(perS).toBeGreaterThan(0.75); // 180 expected events: Poisson SE ≈ 7 %
    expect(perS).toBeLessThan(1.25);
  });

  it("rises steeply as raised K+o depolarises the terminal: ×1.5 at 10 mM, ≥ ×5 at 15 mM, ≥ ×30 at 20 mM", () => {
    const control = rate([]);
    const rates = [6, 8, 10, 12, 15, 20].map((mM) => rate(k(mM)));
    for (let i = 1; i < rates.length; i++) expect(rates[i]).toBeGreaterThan(rates[i - 1] as number);
    expect(rate(k(10)) / control).toBeGreaterThan(1.5);
    expect(rate(k(15)) / control).toBeGreaterThan(5);
    expect(rate(k(20)) / control).toBeGreaterThan(30);
    // … and the MEPPs are there to count (5 s at 15 mM against 60 s of control).
    expect(counted(k(15), 5000) / controlPerS()).toBeGreaterThan(5);
  });

  it("rises with [Ca2+]o and falls with [Mg2+]o; MEPP size is not what changes", () => {
    const control = rate([]);
    expect(rate([{ id: "low-calcium", level: 4 }])).toBeGreaterThan(1.1 * control);
    expect(rate([{ id: "low-calcium", level: 0.5 }])).toBeLessThan(0.7 * control);
    expect(rate([{ id: "high-magnesium", level: 5 }])).toBeLessThan(0.9 * control);
    expect(counted([{ id: "low-calcium", level: 0.5 }], 60_000)).toBeLessThan(0.8 * controlPerS());
  });

  it("is normal in Lambert–Eaton and myasthenia gravis (Lambert & Elmqvist 1971), absent with botulinum toxin", () => {
    const control = rate([]);
    expect(rate([{ id: "lambert-eaton" }]) / control).toBeGreaterThan(0.95);
    expect(rate([{ id: "myasthenia-gravis" }])).toBeCloseTo(control, 10);
    expect(rate([{ id: "botulinum" }])).toBe(0);
  });
});
