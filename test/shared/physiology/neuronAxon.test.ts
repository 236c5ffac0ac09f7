// The myelinated motor axon: conduction at α-motor speed, latency that follows length and speed, slowing and block by
// demyelination and Na+ channel block, the nerve stimulator near the junction, antidromic invasion and collision.

import { describe, expect, it } from "vitest";
import {
  advance,
  drainEvents,
  injectCurrent,
  type JunctionEvent,
  neuronDetail,
  observe,
  stimulateNerve,
  stimulateSynapse,
} from "../../../shared/physiology";
import { conduction } from "../../../shared/physiology/axonCable";
import { fresh, somaSpikes } from "./neuronHelpers";

const arrivals = (events: JunctionEvent[]) => events.filter((e) => e.type === "impulse-arrived");

/** Fires the soma with a current pulse; returns the soma spike's time and the impulse's arrival time (ms). */
function somaToTerminal(j: ReturnType<typeof fresh>): { spikeMs: number; arrivedMs: number | null } {
  injectCurrent(j, "soma", 40, 0.5);
  advance(j, 30);
  const ev = drainEvents(j);
  const spike = ev.find((e) => e.type === "soma-spike");
  const arrived = arrivals(ev)[0];
  if (!spike) throw new Error("no soma spike");
  return { spikeMs: spike.timeMs, arrivedMs: arrived ? arrived.timeMs : null };
}

describe("conduction in the myelinated axon", () => {
  it("conducts at 60 m/s, the speed of a 10 µm α-motor fibre (6 m/s per µm, Hursh 1939)", () => {
    expect(neuronDetail(fresh()).conductionVelocityMPerS).toBeCloseTo(60, 6);
    // The detailed cable (CRRSS nodes, leaky myelin) that sets slowing and block conducts at a similar speed by itself,
    // with internodal conduction times ≈ 20 µs as measured in rat fibres at 37 °C (Rasminsky & Sears 1972).
    const c = conduction(0, 0);
    expect(c.cableVelocityMPerS).toBeGreaterThan(45);
    expect(c.cableVelocityMPerS).toBeLessThan(70);
    expect(c.internodeUs).toBeGreaterThan(14);
    expect(c.internodeUs).toBeLessThan(26);
  });

  it("latency from a soma spike to the terminal is length ÷ speed: 1.67 ms for 100 mm, 3.33 ms for 200 mm", () => {
    for (const [mm, ms] of [
      [100, 100 / 60],
      [200, 200 / 60],
    ] as const) {
      const r = somaToTerminal(fresh([], 1, { axonLengthMm: mm }));
      expect(r.arrivedMs).not.toBeNull();
      expect(Math.abs((r.arrivedMs as number) - r.spikeMs - ms)).toBeLessThanOrEqual(0.02);
      expect(observe(fresh([], 1, { axonLengthMm: mm })).neuron.axonLengthMm).toBe(mm);
    }
  });

  it("an impulse is announced in pre.arrivals when it sets off, at the step it then arrives", () => {
    const j = fresh();
    injectCurrent(j, "soma", 40, 0.5);
    let announced = -1;
    for (let i = 0; i < 100 && announced < 0; i++) {
      advance(j, 0.02);
      if (j.pre.arrivals.length > 0) announced = j.pre.arrivals[0] as number;
    }
    expect(announced).toBeGreaterThan(j.step);
    advance(j, 5);
    const arrived = arrivals(drainEvents(j))[0];
    expect(arrived?.timeMs).toBeCloseTo(announced * j.dtMs, 9);
  });

  it("demyelination slows conduction (0.5 of the myelin lost: ≈ 52 m/s; 0.9: ≈ half speed) and blocks it past ≈ 0.97", () => {
    const v = (level: number): number => neuronDetail(fresh([{ id: "demyelination", level }])).conductionVelocityMPerS;
    expect(v(0.5)).toBeLessThan(57);
    expect(v(0.5)).toBeGreaterThan(45);
    expect(v(0.9)).toBeLessThan(v(0.5));
    expect(v(0.9)).toBeGreaterThan(20);
    expect(v(0.9)).toBeLessThan(40);
    const slow = somaToTerminal(fresh([{ id: "demyelination", level: 0.9 }]));
    expect((slow.arrivedMs as number) - slow.spikeMs).toBeGreaterThan(2.5); // control 1.67 ms
    // Past the point the impulse fails: no arrival from the soma, and the stimulator cannot start one.
    const blocked = fresh([{ id: "demyelination", level: 0.98 }]);
    expect(neuronDetail(blocked).conductionBlocked).toBe(true);
    expect(somaToTerminal(blocked).arrivedMs).toBeNull();
    const r = stimulateNerve(blocked);
    expect(r.ok).toBe(false);
    advance(blocked, 20);
    expect(observe(blocked).quantaLastImpulse).toBe(0);
  });

  it("4-aminopyridine leaves conduction in normal fibres alone (few K+ channels at nodes; Bostock, Sears & Sherratt 1981)", () => {
    expect(neuronDetail(fresh([{ id: "4-aminopyridine", level: 0.9 }])).conductionVelocityMPerS).toBeCloseTo(60, 6);
  });
});

describe("Na+ channel block: lidocaine and tetrodotoxin on the nerve", () => {
  it("lidocaine raises the soma's threshold and slows the axon; from ≈ 0.6 of the channels blocked it does not conduct", () => {
    const threshold = (level: number): number => {
      let lo = 0;
      let hi = 200;
      for (let k = 0; k < 20; k++) {
        const mid = 0.5 * (lo + hi);
        const j = fresh([{ id: "lidocaine", level }]);
        injectCurrent(j, "soma", mid, 0.5);
        advance(j, 20);
        if (somaSpikes(j) > 0) hi = mid;
        else lo = mid;
      }
      return hi;
    };
    expect(threshold(0.3)).toBeGreaterThan(1.05 * threshold(0));
    const v = (level: number) => neuronDetail(fresh([{ id: "lidocaine", level }]));
    expect(v(0.3).conductionVelocityMPerS).toBeLessThan(55);
    expect(v(0.3).conductionBlocked).toBe(false);
    expect(v(0.7).conductionBlocked).toBe(true);
    expect(stimulateNerve(fresh([{ id: "lidocaine" }])).ok).toBe(false); // default level 0.7
  });

  it("TTX on the nerve: no impulse starts or travels, nothing is released — but MEPPs go on (Katz & Miledi 1967)", () => {
    const j = fresh([{ id: "tetrodotoxin-nerve" }], 5);
    expect(stimulateNerve(j)).toMatchObject({ ok: false });
    stimulateSynapse(j, "excitatory", 20);
    advance(j, 4000);
    const ev = drainEvents(j);
    expect(somaSpikes(j)).toBe(0);
    expect(ev.filter((e) => e.type === "impulse-arrived")).toEqual([]);
    expect(ev.filter((e) => e.type === "mepp").length).toBeGreaterThan(0);
    // TTX on the muscle alone (the scenario the game knows) still lets the nerve release: the EPP stays.
    const muscle = fresh([{ id: "tetrodotoxin" }], 5);
    expect(stimulateNerve(muscle).ok).toBe(true);
    advance(muscle, 5);
    expect(observe(muscle).quantaLastImpulse).toBeGreaterThan(20);
  });
});

describe("the nerve stimulator, antidromic invasion and collision", () => {
  it("keeps its timing: the impulse reaches the terminal 0.5 ms after the stimulus; a second one within 1 ms is refused", () => {
    const j = fresh();
    expect(stimulateNerve(j)).toEqual({ ok: true, impulse: 0, arrivesAtMs: 0.5 });
    advance(j, 0.5);
    expect(stimulateNerve(j).ok).toBe(false);
    advance(j, 5);
    const ev = drainEvents(j);
    expect(arrivals(ev).map((e) => e.timeMs)).toEqual([0.5]);
  });

  it("its antidromic impulse invades the soma (a spike ≈ 1.2 ms later) without setting off a second impulse", () => {
    const j = fresh();
    stimulateNerve(j);
    advance(j, 1);
    expect(somaSpikes(j)).toBe(0);
    advance(j, 30);
    expect(somaSpikes(j)).toBe(1);
    const ev = drainEvents(j);
    expect(arrivals(ev)).toHaveLength(1);
    expect(ev.some((e) => e.type === "soma-spike")).toBe(false); // the invasion is not a new firing of the neuron
    expect(j.pre.stimulated).toBe(1);
  });

  it("collision: an impulse from the soma still short of the electrode meets the stimulus's antidromic one; both vanish", () => {
    const j = fresh([], 1, { axonLengthMm: 300 }); // 4.5 ms to the electrode 30 mm from the junction
    injectCurrent(j, "soma", 40, 0.5);
    advance(j, 2); // the soma impulse is ≈ 80 mm down the axon
    expect(j.pre.arrivals).toHaveLength(1);
    const r = stimulateNerve(j);
    expect(r.ok).toBe(true);
    expect(j.pre.arrivals).toHaveLength(1); // only the stimulus's own impulse is still coming
    advance(j, 40);
    const ev = drainEvents(j);
    expect(arrivals(ev).map((e) => e.impulse)).toEqual([r.ok ? r.impulse : -1]);
    expect(somaSpikes(j)).toBe(1); // no antidromic invasion: the antidromic impulse was annihilated
  });
});
