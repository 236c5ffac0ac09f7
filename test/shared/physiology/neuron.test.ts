// The motor neuron's soma as a physiologist records it with an intracellular electrode: resting potential, threshold
// to current pulses, all-or-none spikes of textbook shape, the undershoot and its recovery, refractoriness and the
// firing rate against current. Literature values in each test's name.

import { describe, expect, it } from "vitest";
import { advance, injectCurrent, observe } from "../../../shared/physiology";
import { DT, fresh, pulseFires, pulseThreshold, shape, somaSpikes, somaTrace, takeOffMv } from "./neuronHelpers";

const REST = observe(fresh()).neuron.somaMv;
const BRIEF = pulseThreshold(0.5); // µA/cm² for 0.5 ms

describe("the motor neuron at rest", () => {
  it("rests near −70 mV (cat α-motoneurones ≈ −70 mV, Brock, Coombs & Eccles 1952), not at the muscle's −88 mV", () => {
    const j = fresh();
    expect(REST).toBeGreaterThan(-71);
    expect(REST).toBeLessThan(-69);
    advance(j, 200);
    expect(Math.abs(observe(j).neuron.somaMv - REST)).toBeLessThan(0.01); // a steady state, not a drift
    expect(observe(j).membranePotentialMv).toBeLessThan(REST - 15); // the muscle rests ≈ 18 mV more negative
  });

  it("has a membrane time constant of ≈ 7 ms (4–10 ms, Burke & ten Bruggencate 1971)", () => {
    const j = fresh();
    injectCurrent(j, "soma", -0.5, 100);
    const v = somaTrace(j, 100);
    const final = v[v.length - 1] as number;
    const target = REST + (final - REST) * (1 - Math.exp(-1));
    const tau = v.findIndex((x) => x < target) * DT;
    expect(tau).toBeGreaterThan(4);
    expect(tau).toBeLessThan(8);
  });
});

describe("threshold and the all-or-none spike", () => {
  it("a brief pulse must depolarise ≈ 10 mV (Coombs, Curtis & Eccles 1957); the spike takes off near −60 mV", () => {
    const depolarisation = BRIEF * 0.5; // nC/cm² on 1 µF/cm² = mV
    expect(depolarisation).toBeGreaterThan(7);
    expect(depolarisation).toBeLessThan(14);
    const j = fresh();
    injectCurrent(j, "soma", BRIEF * 1.02, 0.5);
    const takeOff = takeOffMv(somaTrace(j, 10), Math.round(0.5 / DT) + 1);
    expect(takeOff).toBeGreaterThan(-63);
    expect(takeOff).toBeLessThan(-56);
  });

  it("a long current at rheobase fires when the soma reaches ≈ −55 mV (textbook −55, −50 to −55)", () => {
    let lo = 0;
    let hi = 20;
    for (let k = 0; k < 22; k++) {
      const mid = 0.5 * (lo + hi);
      if (pulseFires(mid, 100)) hi = mid;
      else lo = mid;
    }
    const j = fresh();
    injectCurrent(j, "soma", hi * 1.01, 100);
    const takeOff = takeOffMv(somaTrace(j, 110));
    expect(takeOff).toBeGreaterThan(-58);
    expect(takeOff).toBeLessThan(-52);
  });

  it("is all-or-none: 95 % of threshold gives no spike; 1.02×, 1.5× and 3× give the same spike (±3 mV)", () => {
    expect(pulseFires(BRIEF * 0.95, 0.5)).toBe(false);
    const peaks = [1.02, 1.5, 3].map((f) => {
      const j = fresh();
      injectCurrent(j, "soma", BRIEF * f, 0.5);
      return Math.max(...somaTrace(j, 10));
    });
    for (const p of peaks) expect(Math.abs(p - (peaks[1] as number))).toBeLessThan(3);
  });

  it("peaks at +30..+40 mV (overshoot) with a half-width ≈ 0.6 ms (0.5–1 ms in motoneurones)", () => {
    const j = fresh();
    injectCurrent(j, "soma", BRIEF * 1.5, 0.5);
    const s = shape(somaTrace(j, 20), REST);
    expect(s.peak).toBeGreaterThan(30);
    expect(s.peak).toBeLessThan(45);
    expect(s.halfWidthMs).toBeGreaterThan(0.4);
    expect(s.halfWidthMs).toBeLessThan(1);
  });
});

describe("the undershoot and its recovery", () => {
  it("undershoots to ≈ −80 mV, the AHP lasts tens of ms and the soma returns to rest (50–100 ms, Eccles et al. 1958)", () => {
    const j = fresh();
    injectCurrent(j, "soma", BRIEF * 1.5, 0.5);
    const v = somaTrace(j, 200);
    const s = shape(v, REST);
    const after = v.slice(s.at);
    const trough = Math.min(...after);
    expect(trough).toBeLessThan(-77);
    expect(trough).toBeGreaterThan(-83);
    expect(after[Math.round(10 / DT)] as number).toBeLessThan(REST - 3); // still hyperpolarised at 10 ms (SK AHP)
    let back = after.length - 1;
    while (back > 0 && Math.abs((after[back] as number) - REST) < 1) back--;
    const recoveredMs = back * DT;
    expect(recoveredMs).toBeGreaterThan(30);
    expect(recoveredMs).toBeLessThan(120);
    expect(Math.abs((v[v.length - 1] as number) - REST)).toBeLessThan(0.3);
  });
});

describe("refractoriness", () => {
  const second = (intervalMs: number, amp: number): number => {
    const j = fresh();
    injectCurrent(j, "soma", BRIEF * 1.5, 0.5);
    advance(j, intervalMs);
    injectCurrent(j, "soma", amp, 0.5);
    advance(j, 15);
    return somaSpikes(j);
  };

  it("absolute: within ≈ 1.8 ms no stimulus fires a second spike, not even 50× threshold (textbook 1–2 ms)", () => {
    for (const d of [1, 1.5, 1.8]) expect(second(d, 1000)).toBe(1);
    expect(second(2.5, 1000)).toBe(2);
  });

  it("relative: the threshold is raised ≈ 3× at 3 ms, ≈ 2× at 10 ms and back within 10 % by 100 ms", () => {
    const ratio = (d: number): number => {
      let lo = 0;
      let hi = 1000;
      for (let k = 0; k < 20; k++) {
        const mid = 0.5 * (lo + hi);
        if (second(d, mid) >= 2) hi = mid;
        else lo = mid;
      }
      return hi / BRIEF;
    };
    const r3 = ratio(3);
    const r10 = ratio(10);
    const r100 = ratio(100);
    expect(r3).toBeGreaterThan(2);
    expect(r3).toBeLessThan(4);
    expect(r10).toBeGreaterThan(1.4);
    expect(r10).toBeLessThan(r3);
    expect(r100).toBeLessThan(1.1);
  });
});

describe("firing rate against current (f–I)", () => {
  /** Steady rate (last interval) and first-interval rate over 1 s of current. */
  const rates = (uA: number): { steady: number; first: number } => {
    const j = fresh();
    injectCurrent(j, "soma", uA, 1000);
    const v = somaTrace(j, 1000);
    const times: number[] = [];
    let armed = true;
    v.forEach((x, i) => {
      if (armed && x > 0) {
        times.push(i * DT);
        armed = false;
      }
      if (x < -40) armed = true;
    });
    const last = (times[times.length - 1] as number) - (times[times.length - 2] as number);
    return { steady: 1000 / last, first: 1000 / ((times[1] as number) - (times[0] as number)) };
  };

  it("fires slowly just above rheobase and faster with more current; adapts (Kernell 1965; Granit, Kernell & Shortess 1963)", () => {
    let lo = 0;
    let hi = 20;
    for (let k = 0; k < 20; k++) {
      const mid = 0.5 * (lo + hi);
      if (pulseFires(mid, 300)) hi = mid;
      else lo = mid;
    }
    const rheobase = hi;
    const f = [1.2, 2, 3, 4].map((m) => rates(rheobase * m));
    // Cat motoneurones: minimal steady rates ≈ 5–20 imp/s, rising with current.
    expect(f[0]?.steady).toBeGreaterThan(5);
    expect(f[0]?.steady).toBeLessThan(20);
    for (let i = 1; i < f.length; i++) expect(f[i]?.steady).toBeGreaterThan(f[i - 1]?.steady as number);
    // Primary-range slope ≈ 1–2 imp/s per nA with rheobases of 5–30 nA: ≈ 5–60 imp/s per rheobase of extra current.
    const slopePerRheobase = ((f[3]?.steady as number) - (f[1]?.steady as number)) / 2;
    expect(slopePerRheobase).toBeGreaterThan(5);
    expect(slopePerRheobase).toBeLessThan(60);
    // Early adaptation: the first interval is shorter than the steady one at a strong current.
    expect(f[3]?.first).toBeGreaterThan(f[3]?.steady as number);
  });
});
