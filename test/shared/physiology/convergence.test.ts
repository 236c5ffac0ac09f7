// Numerical convergence of the fixed substep (20 µs): halving it changes AP peak and twitch force by < 3 %.

import { describe, expect, it } from "vitest";
import { advance, createJunction, observe, stimulateNerve } from "../../../shared/physiology";

function response(substepMs: number) {
  const j = createJunction({ seed: 21, substepMs });
  stimulateNerve(j);
  let vMax = -200;
  let fMax = 0;
  let tPeak = 0;
  for (let t = 0; t < 60; t += 0.01) {
    advance(j, 0.01);
    const o = observe(j);
    vMax = Math.max(vMax, o.membranePotentialMv);
    if (o.force > fMax) {
      fMax = o.force;
      tPeak = o.timeMs;
    }
  }
  return { vMax, fMax, tPeak, quanta: observe(j).quantaLastImpulse, rest: observe(j).restingPotentialMv };
}

describe("substep convergence", () => {
  it("halving the 20 µs substep changes the AP peak and twitch force by less than 3 %", () => {
    const coarse = response(0.02);
    const fine = response(0.01);
    expect(fine.quanta).toBe(coarse.quanta);
    expect(Math.abs(fine.rest - coarse.rest)).toBeLessThan(0.05);
    const apAmplitude = (r: { vMax: number; rest: number }): number => r.vMax - r.rest;
    expect(Math.abs(apAmplitude(fine) - apAmplitude(coarse)) / apAmplitude(fine)).toBeLessThan(0.03);
    expect(Math.abs(fine.fMax - coarse.fMax) / fine.fMax).toBeLessThan(0.03);
    expect(Math.abs(fine.tPeak - coarse.tPeak)).toBeLessThan(0.5);
  });
});
