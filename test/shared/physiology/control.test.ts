// The control junction and its published numbers: quantal content, EPC, MEPP, AP, twitch (MEPPs and quanta:
// Fatt & Katz 1952; EPP: Fatt & Katz 1951; rest: Juel 1986; EPC decay with AChE: Katz & Miledi 1973; one AP and
// one twitch per impulse on a safety factor of a few: Wood & Slater 2001). Full references: docs/physiology-sources.md.

import { describe, expect, it } from "vitest";
import { createJunction, drainEvents, observe, setVoltageClamp, stimulateNerve } from "../../../shared/physiology";
import { argmax, DT, decayTau, max, mean, meppAmplitudes, oneImpulse, trace } from "./helpers";

describe("control junction, one nerve impulse from rest", () => {
  it("rests at −85 to −90 mV with physiological ion gradients", () => {
    const o = observe(createJunction());
    expect(o.membranePotentialMv).toBeGreaterThan(-90);
    expect(o.membranePotentialMv).toBeLessThan(-85);
    expect(o.reversalMv.na).toBeGreaterThan(60);
    expect(o.reversalMv.k).toBeLessThan(-90);
  });

  it("releases 40–60 quanta on average", () => {
    const q = [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => oneImpulse([], seed, 3).j.pre.quantaLastImpulse);
    expect(mean(q)).toBeGreaterThan(40);
    expect(mean(q)).toBeLessThan(60);
  });

  it("fires exactly one muscle AP (overshoot, peak ≤ +50 mV, half-width ≈ 1 ms) and one twitch", () => {
    const { j, tr } = oneImpulse([], 2, 80);
    const o = observe(j);
    expect(o.muscleActionPotentials).toBe(1);
    expect(max(tr.v)).toBeGreaterThan(20);
    // Textbooks give +20..+40 mV; with inactivation at its measured midpoint (−75 mV) the model peaks at ≈ +46 mV
    // (docs/model.md: the Cannon rates inactivate more slowly during the upstroke once shifted).
    expect(max(tr.v)).toBeLessThan(50);
    const rest = o.restingPotentialMv;
    const half = (max(tr.v) + rest) / 2;
    const halfWidth = tr.v.filter((v) => v > half).length * DT;
    expect(halfWidth).toBeGreaterThan(0.5);
    expect(halfWidth).toBeLessThan(1.5);
    const twitches = drainEvents(j).filter((e) => e.type === "twitch-peak");
    expect(twitches).toHaveLength(1);
    expect(o.cmap).toBe(1);
  });

  it("twitch peaks 10–15 ms after the impulse with Ca2+ peaking at 10–20 µM", () => {
    const { tr } = oneImpulse([], 3, 80);
    const ttp = tr.t[argmax(tr.force)] as number;
    expect(ttp).toBeGreaterThan(10);
    expect(ttp).toBeLessThan(15);
    expect(max(tr.ca)).toBeGreaterThan(8);
    expect(max(tr.ca)).toBeLessThan(20);
  });

  it("end-plate current rises in 0.2–0.7 ms and decays with τ ≈ 1 ms", () => {
    const { j, tr } = oneImpulse([{ id: "tetrodotoxin" }], 4, 10);
    const release = j.chain[0]?.arrivedMs ?? 0;
    const peakT = tr.t[argmax(tr.open)] as number;
    const rise = peakT - (release + 0.3);
    expect(rise).toBeGreaterThan(0.2);
    expect(rise).toBeLessThan(0.7);
    const tau = decayTau(tr, tr.open);
    expect(tau).toBeGreaterThan(0.7);
    expect(tau).toBeLessThan(1.6);
  });

  it("MEPPs are 0.4–1 mV and occur at ≈ 1 per second", () => {
    const amps = meppAmplitudes([], 5);
    expect(mean(amps)).toBeGreaterThan(0.4);
    expect(mean(amps)).toBeLessThan(1);
    const j = createJunction({ seed: 9 });
    trace(j, 10_000, 10);
    const rate = observe(j).spontaneousQuanta / 10;
    expect(rate).toBeGreaterThan(0.5);
    expect(rate).toBeLessThan(2);
  });

  it("quantal content ≈ EPP / MEPP once the EPP is corrected for nonlinear summation", () => {
    const { j, tr } = oneImpulse([{ id: "tetrodotoxin" }], 5, 10);
    const rest = observe(j).restingPotentialMv;
    const epp = max(tr.v) - rest;
    const corrected = epp / (1 - (0.8 * epp) / (-5 - rest)); // McLachlan & Martin 1981, f = 0.8
    const estimate = corrected / mean(meppAmplitudes([{ id: "tetrodotoxin" }], 5));
    const quanta = j.pre.quantaLastImpulse;
    expect(epp).toBeGreaterThan(25);
    expect(estimate / quanta).toBeGreaterThan(0.7);
    expect(estimate / quanta).toBeLessThan(1.3);
  });

  it("the end-plate current reverses near 0 mV (−10..0)", () => {
    const current = (mv: number): number => {
      const j = createJunction({ seed: 6 });
      setVoltageClamp(j, mv);
      stimulateNerve(j);
      const tr: number[] = [];
      for (let i = 0; i < 100; i++) {
        trace(j, DT);
        tr.push(observe(j).endplateCurrentNA);
      }
      return tr.reduce((a, b) => (Math.abs(b) > Math.abs(a) ? b : a), 0);
    };
    expect(current(-90)).toBeLessThan(-100); // inward, hundreds of nA
    expect(current(-10)).toBeLessThan(0);
    expect(current(0)).toBeGreaterThan(0);
    expect(current(30)).toBeGreaterThan(0);
  });
});
