// Two membrane compartments: the end plate (synaptic current, lab stimulator and clamp) and the propagated
// sarcolemma/t-tubule membrane away from it, coupled through the myoplasm. EC coupling reads the propagated
// membrane, so only an AP that propagates makes the fibre contract; a local EPP decays electrotonically
// (Fatt & Katz 1951).

import { describe, expect, it } from "vitest";
import {
  advance,
  cloneJunction,
  createJunction,
  type Junction,
  observe,
  type ScenarioChoice,
  setControl,
  setScenarios,
  setVoltageClamp,
  stimulateMuscle,
  stimulateNerve,
} from "../../../shared/physiology";
import { membraneStep, propagatedStep } from "../../../shared/physiology/membrane";
import { IO } from "../../../shared/physiology/scratch";
import { DT, max, oneImpulse, peakDepolarisation, type Trace, trace } from "./helpers";

/** Time (ms) of the first upward crossing of `mv` in `xs`, or NaN. */
function crossing(tr: Trace, xs: number[], mv: number): number {
  const k = xs.findIndex((x) => x >= mv);
  return k < 0 ? Number.NaN : (tr.t[k] as number);
}

/** One impulse from rest in a chronic [K+]o bath: rest, twitch and APs in both compartments. */
function inKBath(kMM: number, seed: number) {
  const { j, tr } = oneImpulse(kMM === 4.5 ? [] : [{ id: "hyperkalaemia", level: kMM }], seed, 60);
  const o = observe(j);
  return {
    rest: o.restingPotentialMv,
    ek: o.reversalMv.k,
    force: max(tr.force),
    epAps: o.muscleActionPotentials,
    propAps: o.propagatedActionPotentials,
    prop: max(tr.prop),
    epp: peakDepolarisation(j, tr),
  };
}

describe("hyperkalaemia: excitability is kept at moderate [K+]o and lost only with larger depolarisation", () => {
  // Isolated mouse muscle at 37 °C: the twitch is kept (even potentiated) at 7–11 mM K+o (Yensen, Matar & Renaud
  // 2002 Am J Physiol Regul Integr Comp Physiol 283:R169); force is depressed when the rest depolarises to −69 to
  // −60 mV (Cairns, Leader, Higgins & Renaud 2022 Am J Physiol Cell Physiol), because Na+ channels
  // inactivate. The model keeps the twitch to 8 mM and loses it by 10 mM (rest ≈ −67 mV): a little early.
  it("6–7 mM: the AP propagates and the twitch is ≥ 90 % of control; 8 mM: ≥ 40 %", () => {
    for (const seed of [1, 2]) {
      const control = inKBath(4.5, seed).force;
      for (const k of [6, 7]) {
        const r = inKBath(k, seed);
        expect(r.propAps, `${k} mM`).toBe(1);
        expect(r.prop).toBeGreaterThan(20);
        expect(r.force / control).toBeGreaterThan(0.9);
      }
      const at8 = inKBath(8, seed);
      expect(at8.propAps).toBe(1);
      expect(at8.force / control).toBeGreaterThan(0.4);
    }
  });

  it("≥ 10 mM (rest ≈ −67 mV and above): no propagated AP and no twitch; the EPP stays at the end plate", () => {
    for (const k of [10, 12]) {
      const r = inKBath(k, 1);
      expect(r.rest).toBeGreaterThan(-69);
      expect(r.propAps, `${k} mM`).toBe(0);
      expect(r.force).toBeLessThan(0.01);
      expect(r.epp).toBeGreaterThan(15); // a graded EPP remains
      expect(r.prop).toBeLessThan(-30); // and arrives only attenuated
    }
  });

  it("the resting potential follows E_K smoothly, without a jump to a depolarised state (4.5–16 mM)", () => {
    let previous = Number.NaN;
    for (const k of [4.5, 6, 7, 8, 9, 10, 11, 12, 14, 16]) {
      const { rest, ek } = inKBath(k, 1);
      if (!Number.isNaN(previous)) {
        expect(rest).toBeGreaterThan(previous); // depolarises as K+o rises …
        expect(rest - previous).toBeLessThan(7); // … by no more than E_K moves (≤ 6.5 mV per step here)
      }
      expect(rest - ek).toBeGreaterThan(0); // between E_K …
      expect(rest - ek).toBeLessThan(8); // … and a few mV above it (Hodgkin & Horowicz 1959 J Physiol 148:127)
      previous = rest;
    }
  });
});

describe("control: every end-plate AP propagates", () => {
  it("one impulse: an overshooting propagated AP ≈ 0.2–0.6 ms after the end-plate AP (seeds 1–6)", () => {
    for (let seed = 1; seed <= 6; seed++) {
      const { j, tr } = oneImpulse([], seed, 30);
      const o = observe(j);
      expect(o.muscleActionPotentials).toBe(1);
      expect(o.propagatedActionPotentials).toBe(1);
      expect(max(tr.prop)).toBeGreaterThan(20); // overshoot, all-or-none (regenerated, not decremented) …
      expect(max(tr.prop)).toBeLessThan(50);
      expect(max(tr.prop)).toBeGreaterThan(max(tr.v) - 5); // … as large as at the end plate
      // Delay between the 0 mV crossings (measured 0.36 ms: at 4 m/s, the AP 1–1.5 mm from the end plate).
      const delay = crossing(tr, tr.prop, 0) - crossing(tr, tr.v, 0);
      expect(delay).toBeGreaterThan(0.2);
      expect(delay).toBeLessThan(0.6);
    }
  });

  it("50 and 100 Hz trains: each impulse gives one end-plate AP and one overshooting propagated AP", () => {
    for (const [hz, impulses] of [
      [50, 25],
      [100, 40],
    ] as const) {
      for (const seed of [11, 12]) {
        const j = createJunction({ seed });
        for (let i = 0; i < impulses; i++) {
          const before = observe(j);
          stimulateNerve(j);
          const tr = trace(j, 1000 / hz, DT);
          const after = observe(j);
          expect(after.muscleActionPotentials - before.muscleActionPotentials).toBe(1);
          expect(after.propagatedActionPotentials - before.propagatedActionPotentials).toBe(1);
          expect(max(tr.prop)).toBeGreaterThan(0);
        }
      }
    }
  });
});

describe("curare acts at the junction, not on the muscle", () => {
  it("a subthreshold EPP under curare gives no propagated AP and no force", () => {
    for (let seed = 1; seed <= 4; seed++) {
      const { j, tr } = oneImpulse([{ id: "curare" }], seed, 60);
      expect(observe(j).muscleActionPotentials).toBe(0);
      expect(observe(j).propagatedActionPotentials).toBe(0);
      expect(max(tr.prop)).toBeLessThan(-75); // an ≈ 18 mV EPP arrives as ≈ 6 mV
      expect(max(tr.force)).toBeLessThan(0.002);
    }
  });

  it("direct stimulation of the curarised fibre still gives a propagated AP and a twitch", () => {
    const j = createJunction({ seed: 2, scenarios: [{ id: "curare", level: 0.9 }] });
    stimulateNerve(j);
    const viaNerve = trace(j, 100);
    expect(observe(j).propagatedActionPotentials).toBe(0);
    expect(max(viaNerve.force)).toBeLessThan(0.002);
    stimulateMuscle(j);
    const direct = trace(j, 60);
    expect(observe(j).muscleActionPotentials).toBe(1);
    expect(observe(j).propagatedActionPotentials).toBe(1);
    expect(max(direct.prop)).toBeGreaterThan(20);
    expect(max(direct.force)).toBeGreaterThan(0.15);
  });

  it("TTX blocks both compartments: the EPP stays local, no force", () => {
    const { j, tr } = oneImpulse([{ id: "tetrodotoxin" }], 1, 60);
    expect(peakDepolarisation(j, tr)).toBeGreaterThan(25);
    expect(observe(j).propagatedActionPotentials).toBe(0);
    expect(max(tr.prop)).toBeLessThan(-60);
    expect(max(tr.force)).toBeLessThan(0.002);
  });

  it("under TTX even a huge direct stimulus fires no AP in either compartment, though it drags V past 0 mV", () => {
    const j = createJunction({ seed: 1, scenarios: [{ id: "tetrodotoxin" }] });
    stimulateMuscle(j, { amplitudeUAPerCm2: 1000 });
    const tr = trace(j, 10);
    expect(max(tr.prop)).toBeGreaterThan(0); // passively dragged past the detector's 0 mV …
    expect(observe(j).propagatedActionPotentials).toBe(0); // … but no Na+ channel opened: not an AP
    expect(observe(j).muscleActionPotentials).toBe(0);
  });
});

describe("succinylcholine (acute): fasciculation, then flaccid paralysis", () => {
  it("fires once, then the end plate stays depolarised while the fibre beyond it rests inexcitable", () => {
    const j = createJunction({ seed: 3 });
    expect(setScenarios(j, [{ id: "succinylcholine" }]).ok).toBe(true);
    const onset = trace(j, 50, 0.1);
    expect(observe(j).propagatedActionPotentials).toBeGreaterThanOrEqual(1); // fasciculation …
    expect(max(onset.force)).toBeGreaterThan(0.1); // … and its twitch
    advance(j, 1000);
    const o = observe(j);
    expect(o.membranePotentialMv).toBeGreaterThan(-55); // end plate held depolarised (≈ −46 mV)
    expect(o.propagatedMv).toBeLessThan(-60); // the propagated membrane only partly (≈ −70 mV)
    expect(o.force).toBeLessThan(0.005); // no contracture
    const aps = o.propagatedActionPotentials;
    stimulateNerve(j);
    const later = trace(j, 60, 0.1);
    expect(observe(j).propagatedActionPotentials).toBe(aps);
    expect(max(later.force)).toBeLessThan(0.005); // flaccid
  });
});

describe("coupling mechanics", () => {
  it("a clamp of the end plate at −60 mV depolarises the propagated membrane by ≈ 1/3 as much", () => {
    const j = createJunction({ seed: 1 });
    const rest = observe(j).propagatedMv;
    setVoltageClamp(j, -60);
    advance(j, 50);
    const o = observe(j);
    const fraction = (o.propagatedMv - rest) / (-60 - rest);
    expect(fraction).toBeGreaterThan(0.2);
    expect(fraction).toBeLessThan(0.5);
    expect(o.propagatedActionPotentials).toBe(0);
  });

  it("a cloned state carries the propagated compartment (cloned mid-AP, both continue identically)", () => {
    const j = createJunction({ seed: 7 });
    stimulateNerve(j);
    advance(j, 1.9); // end-plate AP under way, propagated AP rising
    const copies = [structuredClone(j), cloneJunction(j)];
    const run = (k: Junction): number[] => trace(k, 20, 0.5).prop.concat(observe(k).force);
    const ref = run(j);
    for (const c of copies) expect(run(c)).toEqual(ref);
  });

  it("halving the 20 µs substep changes the propagated AP peak by < 3 % and its delay by < 0.05 ms", () => {
    const measure = (substepMs: number) => {
      const j = createJunction({ seed: 21, substepMs });
      stimulateNerve(j);
      const tr = trace(j, 10, 0.005);
      return {
        peak: max(tr.prop) - observe(j).restingPotentialMv,
        delay: crossing(tr, tr.prop, 0) - crossing(tr, tr.v, 0),
      };
    };
    const coarse = measure(0.02);
    const fine = measure(0.01);
    expect(Math.abs(coarse.peak - fine.peak) / fine.peak).toBeLessThan(0.03);
    expect(Math.abs(coarse.delay - fine.delay)).toBeLessThan(0.05);
  });
});

describe("both compartments run the same channel code (it is written out twice for speed)", () => {
  const cases: { scenarios: ScenarioChoice[]; controls: Record<string, number> }[] = [
    { scenarios: [], controls: {} },
    {
      scenarios: [
        { id: "ouabain", level: 0.5 },
        { id: "tetrodotoxin", level: 0.3 },
      ],
      controls: { naChannel: 2, kChannel: 0.5 },
    },
    { scenarios: [{ id: "hyperkalaemia", level: 6 }], controls: { naIon: 0.5, kIon: 1.5, naKPump: 2 } },
    { scenarios: [], controls: { naChannel: 0.4, kChannel: 2.5, kIon: 0.6, naKPump: 0.3 } },
  ];

  it("the same state and inputs give the same gates after one substep", () => {
    for (const { scenarios, controls } of cases) {
      const j = createJunction({ seed: 1, scenarios });
      for (const [name, value] of Object.entries(controls)) setControl(j, name, value);
      for (const v of [-88, -60, -30, 10, 40]) {
        const mem = { ...j.mem, v, m: 0.2, h: 0.4, s: 0.7, n: 0.3 };
        const prop = { v, m: 0.2, h: 0.4, s: 0.7, n: 0.3 };
        IO.dtMs = DT;
        IO.gSyn = 0;
        IO.stim = 0;
        propagatedStep(prop, { ...mem }, j.mods, j.controls);
        membraneStep(mem, j.mods, j.controls);
        expect([prop.m, prop.h, prop.s, prop.n]).toEqual([mem.m, mem.h, mem.s, mem.n]);
      }
    }
  });

  it("with no synaptic current both compartments rest at the same potential, whatever the drives and drugs", () => {
    for (const { scenarios, controls } of cases) {
      const j = createJunction({ seed: 1, scenarios: [...scenarios, { id: "botulinum" }] }); // no MEPPs
      for (const [name, value] of Object.entries(controls)) setControl(j, name, value);
      advance(j, 300);
      expect(Math.abs(j.prop.v - j.mem.v)).toBeLessThan(1e-3);
      expect(Math.abs(j.prop.h - j.mem.h)).toBeLessThan(1e-5);
      expect(Math.abs(j.prop.n - j.mem.n)).toBeLessThan(1e-5);
    }
  });
});
