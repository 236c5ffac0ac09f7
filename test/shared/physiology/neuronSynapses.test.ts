// Synapses on the motor neuron: EPSPs and IPSPs of a few mV, summation in space and in time, the IPSP's reversal
// near −80 mV, shunting inhibition, inhibition vetoing a volley, and strychnine and tetanus toxin removing it.

import { describe, expect, it } from "vitest";
import { advance, injectCurrent, observe, stimulateSynapse } from "../../../shared/physiology";
import { DT, fresh, somaSpikes, somaTrace } from "./neuronHelpers";

const REST = observe(fresh()).neuron.somaMv;

/** Holds the soma near `mv` with a steady current (the resting conductance is ≈ 0.16 mS/cm²) and returns the V. */
function holdNear(j: ReturnType<typeof fresh>, mv: number): number {
  injectCurrent(j, "soma", (mv - REST) * 0.16, 500);
  advance(j, 200);
  return observe(j).neuron.somaMv;
}

/** Largest deviation of the trace from `base` (signed). */
const deviation = (v: number[], base: number): number =>
  v.reduce((a, x) => (Math.abs(x - base) > Math.abs(a) ? x - base : a), 0);

describe("postsynaptic potentials", () => {
  it("one EPSP is a few mV (≈ 2.5), rises in ≈ 1.3 ms and decays with the membrane (half-width 4–10 ms; Jack et al. 1971)", () => {
    const j = fresh();
    stimulateSynapse(j, "excitatory");
    const v = somaTrace(j, 50).map((x) => x - REST);
    const peak = Math.max(...v);
    const at = v.indexOf(peak);
    expect(peak).toBeGreaterThan(1.5);
    expect(peak).toBeLessThan(4);
    const rise = (v.findIndex((x) => x > 0.9 * peak) - v.findIndex((x) => x > 0.1 * peak)) * DT;
    expect(rise).toBeGreaterThan(0.5);
    expect(rise).toBeLessThan(2);
    const halfWidth = (v.findIndex((x, i) => i > at && x < peak / 2) - v.findIndex((x) => x > peak / 2)) * DT;
    expect(halfWidth).toBeGreaterThan(4);
    expect(halfWidth).toBeLessThan(10);
    expect(somaSpikes(j)).toBe(0);
  });

  it("one IPSP hyperpolarises the resting soma by ≈ 3 mV (2–3 mV, Coombs, Eccles & Fatt 1955b), peaking after a few ms", () => {
    const j = fresh();
    stimulateSynapse(j, "inhibitory");
    const v = somaTrace(j, 60).map((x) => x - REST);
    const trough = Math.min(...v);
    expect(trough).toBeLessThan(-1.5);
    expect(trough).toBeGreaterThan(-4.5);
    const at = v.indexOf(trough) * DT;
    expect(at).toBeGreaterThan(2);
    expect(at).toBeLessThan(8);
  });
});

describe("summation", () => {
  const firesWith = (count: number, gapMs: number): boolean => {
    const j = fresh();
    for (let k = 0; k < count; k++) {
      stimulateSynapse(j, "excitatory");
      advance(j, gapMs);
    }
    advance(j, 30);
    return somaSpikes(j) > 0;
  };

  it("in space: three synapses at once stay subthreshold, four together fire the motor neuron", () => {
    const three = fresh();
    stimulateSynapse(three, "excitatory", 3);
    advance(three, 30);
    expect(somaSpikes(three)).toBe(0);
    const four = fresh();
    stimulateSynapse(four, "excitatory", 4);
    advance(four, 30);
    expect(somaSpikes(four)).toBe(1);
  });

  it("in time: a second EPSP 2 ms after the first adds to it; five at 2 ms intervals fire, five at 10 ms do not", () => {
    const one = fresh();
    stimulateSynapse(one, "excitatory");
    const single = Math.max(...somaTrace(one, 30)) - REST;
    const two = fresh();
    stimulateSynapse(two, "excitatory");
    advance(two, 2);
    stimulateSynapse(two, "excitatory");
    const pair = Math.max(...somaTrace(two, 30)) - REST;
    expect(pair).toBeGreaterThan(1.6 * single);
    expect(pair).toBeLessThan(2 * single); // sublinear: the driving force falls as V rises
    expect(firesWith(5, 2)).toBe(true);
    expect(firesWith(5, 10)).toBe(false);
  });
});

describe("inhibition", () => {
  it("the IPSP reverses near −80 mV (Coombs, Eccles & Fatt 1955b): depolarising below, hyperpolarising above", () => {
    const points = [-90, -86, -83, -77, -74].map((target) => {
      const j = fresh();
      const base = holdNear(j, target);
      stimulateSynapse(j, "inhibitory", 2);
      return { base, dv: deviation(somaTrace(j, 30), base) };
    });
    for (const p of points) expect(Math.sign(p.dv)).toBe(p.base < -80 ? 1 : -1);
    // Interpolated reversal between the two points either side of it.
    const below = points.filter((p) => p.dv > 0).sort((a, b) => b.base - a.base)[0];
    const above = points.filter((p) => p.dv < 0).sort((a, b) => a.base - b.base)[0];
    if (!below || !above) throw new Error("no sign change");
    const reversal = below.base + ((above.base - below.base) * below.dv) / (below.dv - above.dv);
    expect(reversal).toBeGreaterThan(-83);
    expect(reversal).toBeLessThan(-77);
  });

  it("shunts: at its reversal potential an IPSP barely moves V but still shrinks a coincident EPSP", () => {
    const alone = fresh();
    const base = holdNear(alone, -80);
    stimulateSynapse(alone, "excitatory", 2);
    const epsp = Math.max(...somaTrace(alone, 30)) - base;
    const shunted = fresh();
    const base2 = holdNear(shunted, -80);
    stimulateSynapse(shunted, "inhibitory", 3);
    const ipspOnly = deviation(somaTrace(shunted, 1), base2);
    stimulateSynapse(shunted, "excitatory", 2);
    const epsp2 = Math.max(...somaTrace(shunted, 30)) - base2;
    expect(Math.abs(ipspOnly)).toBeLessThan(0.5);
    expect(epsp2).toBeLessThan(0.9 * epsp);
  });

  it("vetoes a volley: five EPSPs fire the neuron, not with three IPSPs a millisecond before", () => {
    const volley = (scenarios: { id: string }[], withIpsps: boolean): number => {
      const j = fresh(scenarios);
      if (withIpsps) {
        stimulateSynapse(j, "inhibitory", 3);
        advance(j, 1);
      }
      stimulateSynapse(j, "excitatory", 5);
      advance(j, 30);
      return somaSpikes(j);
    };
    expect(volley([], false)).toBe(1);
    expect(volley([], true)).toBe(0);
    // Strychnine blocks the glycine receptors (Bradley, Easton & Eccles 1953); tetanus toxin the interneurones'
    // release (Brooks, Curtis & Eccles 1957): either way the veto is gone.
    expect(volley([{ id: "strychnine" }], true)).toBe(1);
    expect(volley([{ id: "tetanus-toxin" }], true)).toBe(1);
  });

  it("strychnine abolishes the IPSP and leaves the EPSP unchanged", () => {
    const j = fresh([{ id: "strychnine" }]);
    stimulateSynapse(j, "inhibitory", 3);
    expect(Math.abs(deviation(somaTrace(j, 30), REST))).toBeLessThan(0.01);
    const e = fresh([{ id: "strychnine" }]);
    stimulateSynapse(e, "excitatory");
    const c = fresh();
    stimulateSynapse(c, "excitatory");
    expect(Math.max(...somaTrace(e, 20))).toBeCloseTo(Math.max(...somaTrace(c, 20)), 6);
  });
});
