// Myasthenia gravis and Lambert–Eaton: their signatures on repetitive nerve stimulation (a decrement at 3 Hz; a
// small first response that increases at high rates, Lambert & Elmqvist 1971) emerge from their mechanisms (fewer
// AChRs; fewer presynaptic Ca2+ channels). Full references: docs/physiology-sources.md.

import { describe, expect, it } from "vitest";
import { mean, meppAmplitudes, train } from "./helpers";

describe("myasthenia gravis (60 % of AChRs lost)", () => {
  it("shows a decrementing CMAP on 3 Hz stimulation (≥ 10 % by the 4th–5th response)", () => {
    const mg = train([{ id: "myasthenia-gravis" }], 3, 6, 11);
    const first = mg.cmap[0] as number;
    const fourthFifth = mean(mg.cmap.slice(3, 5));
    expect(first).toBeGreaterThan(0.3);
    expect((first - fourthFifth) / first).toBeGreaterThan(0.1);
    const control = train([], 3, 6, 11);
    expect(Math.min(...control.cmap)).toBeGreaterThan(0.95); // no decrement in control
  });

  it("has small MEPPs (postsynaptic lesion)", () => {
    expect(mean(meppAmplitudes([{ id: "myasthenia-gravis" }], 3))).toBeLessThan(0.6 * mean(meppAmplitudes([], 3)));
  });
});

describe("Lambert–Eaton (30 % of presynaptic Ca2+ channels lost)", () => {
  it("has a low resting CMAP that increases ≥ 60 % during 50 Hz stimulation", () => {
    const lems = train([{ id: "lambert-eaton" }], 50, 15, 11);
    const first = lems.cmap[0] as number;
    expect(first).toBeLessThan(0.5);
    expect(Math.max(...lems.cmap)).toBeGreaterThan(1.6 * first);
    expect(mean(lems.quanta.slice(4, 10))).toBeGreaterThan(1.3 * (lems.quanta[0] as number)); // facilitation
  });

  it("has normal MEPPs but a low quantal content (presynaptic lesion)", () => {
    const ratio = mean(meppAmplitudes([{ id: "lambert-eaton" }], 3)) / mean(meppAmplitudes([], 3));
    expect(ratio).toBeCloseTo(1, 1);
    const q = train([{ id: "lambert-eaton" }], 1, 1, 3).quanta[0] as number;
    expect(q).toBeLessThan(30);
  });
});
