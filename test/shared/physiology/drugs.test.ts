// Drugs and ions as parameter changes: curare and neostigmine, AChE inhibition, botulinum, tetrodotoxin,
// succinylcholine (Durant & Katz 1982), low Ca2+ / high Mg2+ (Dodge & Rahamimoff 1967), hyperkalaemia and
// ouabain (Hodgkin & Horowicz 1959). Full references: docs/physiology-sources.md.

import { describe, expect, it } from "vitest";
import {
  advance,
  createJunction,
  observe,
  PARAMS,
  type ScenarioChoice,
  setScenarios,
  stimulateNerve,
} from "../../../shared/physiology";
import { decayTau, max, mean, meppAmplitudes, oneImpulse, peakDepolarisation, trace } from "./helpers";

describe("d-tubocurarine (curare)", () => {
  it("shrinks the EPP below threshold: no AP, no twitch; MEPPs shrink", () => {
    const control = oneImpulse([{ id: "tetrodotoxin" }], 2, 20);
    const curare = oneImpulse([{ id: "curare" }], 2, 60);
    const eppControl = peakDepolarisation(control.j, control.tr);
    const eppCurare = peakDepolarisation(curare.j, curare.tr);
    expect(eppCurare).toBeLessThan(0.6 * eppControl);
    expect(eppCurare).toBeGreaterThan(3); // a graded, subthreshold EPP remains
    expect(observe(curare.j).muscleActionPotentials).toBe(0);
    expect(max(curare.tr.force)).toBeLessThan(0.01);
    expect(mean(meppAmplitudes([{ id: "curare" }], 3))).toBeLessThan(0.5 * mean(meppAmplitudes([], 3)));
  });

  it("blocks transmission for typical quantal contents (seeds 1–8)", () => {
    for (let seed = 1; seed <= 8; seed++) {
      expect(observe(oneImpulse([{ id: "curare" }], seed, 10).j).muscleActionPotentials).toBe(0);
    }
  });

  it("neostigmine on top restores the AP and the twitch", () => {
    const { j, tr } = oneImpulse([{ id: "curare" }, { id: "neostigmine" }], 2, 60);
    expect(observe(j).muscleActionPotentials).toBe(1);
    expect(max(tr.force)).toBeGreaterThan(0.15);
  });
});

describe("AChE inhibitors", () => {
  const tau = (scenarios: { id: string }[]): number => {
    const { tr } = oneImpulse([{ id: "tetrodotoxin" }, ...scenarios], 3, 30);
    return decayTau(tr, tr.open);
  };

  it("prolong the end-plate current decay several-fold (τ ≈ 1 ms → ≈ 3 ms and more)", () => {
    const control = tau([]);
    expect(control).toBeGreaterThan(0.7);
    expect(control).toBeLessThan(1.6);
    expect(tau([{ id: "neostigmine" }]) / control).toBeGreaterThan(2.8); // 90 % of AChE inhibited
    expect(tau([{ id: "organophosphate" }]) / control).toBeGreaterThan(4); // all of it
  });

  it("enlarge the EPP", () => {
    const c = oneImpulse([{ id: "tetrodotoxin" }, { id: "curare", level: 0.5 }], 4, 20);
    const n = oneImpulse([{ id: "tetrodotoxin" }, { id: "curare", level: 0.5 }, { id: "neostigmine" }], 4, 20);
    expect(peakDepolarisation(n.j, n.tr)).toBeGreaterThan(1.3 * peakDepolarisation(c.j, c.tr));
  });
});

describe("botulinum toxin", () => {
  it("abolishes evoked release, MEPPs and the EPP", () => {
    const { j, tr } = oneImpulse([{ id: "botulinum" }], 1, 50);
    trace(j, 5000, 10);
    const o = observe(j);
    expect(o.quantaLastImpulse).toBe(0);
    expect(o.spontaneousQuanta).toBe(0);
    expect(peakDepolarisation(j, tr)).toBeLessThan(0.1);
    expect(o.muscleActionPotentials).toBe(0);
  });
});

describe("tetrodotoxin on the muscle", () => {
  it("leaves a large EPP but no AP and no twitch", () => {
    const { j, tr } = oneImpulse([{ id: "tetrodotoxin" }], 1, 60);
    expect(peakDepolarisation(j, tr)).toBeGreaterThan(25);
    expect(observe(j).muscleActionPotentials).toBe(0);
    expect(max(tr.force)).toBeLessThan(0.01);
    expect(observe(j).quantaLastImpulse).toBeGreaterThan(30);
  });
});

describe("succinylcholine (depolarising block)", () => {
  it("holds the end plate depolarised with Na+ channels inactivated; an impulse gives no AP", () => {
    const control = observe(createJunction());
    const j = createJunction({ scenarios: [{ id: "succinylcholine" }] });
    const o = observe(j);
    expect(o.membranePotentialMv).toBeGreaterThan(control.membranePotentialMv + 25);
    expect(o.naAvailability).toBeLessThan(0.05);
    expect(o.openReceptors).toBeGreaterThan(10_000);
    advance(j, 500); // sustained, not a transient
    expect(observe(j).membranePotentialMv).toBeGreaterThan(control.membranePotentialMv + 25);
    const f0 = observe(j).force;
    stimulateNerve(j);
    const tr = trace(j, 60);
    expect(observe(j).muscleActionPotentials).toBe(0);
    expect(max(tr.force) - f0).toBeLessThan(0.01); // flaccid
  });
});

describe("low Ca2+ and high Mg2+", () => {
  const quanta = (scenarios: ScenarioChoice[]): number =>
    mean([1, 2, 3, 4, 5, 6].map((seed) => oneImpulse(scenarios, seed, 2).j.pre.quantaLastImpulse));

  it("release fewer quanta per impulse (Ca2+ ≈ 4th power, Mg2+ competes)", () => {
    const control = quanta([]);
    expect(quanta([{ id: "low-calcium" }])).toBeLessThan(0.25 * control);
    expect(quanta([{ id: "high-magnesium" }])).toBeLessThan(0.6 * control);
    expect(quanta([{ id: "low-calcium", level: 1.0 }])).toBeLessThan(quanta([{ id: "low-calcium", level: 1.5 }]));
  });

  it("leave the MEPP amplitude unchanged (presynaptic action)", () => {
    const control = mean(meppAmplitudes([], 3));
    expect(mean(meppAmplitudes([{ id: "low-calcium" }], 3)) / control).toBeCloseTo(1, 1);
    expect(mean(meppAmplitudes([{ id: "high-magnesium" }], 3)) / control).toBeCloseTo(1, 1);
  });
});

describe("hyperkalaemia and ouabain", () => {
  it("8 mM K+o depolarises the resting fibre by ≥ 8 mV and inactivates Na+ channels", () => {
    const control = observe(createJunction());
    const hyper = observe(createJunction({ scenarios: [{ id: "hyperkalaemia" }] }));
    expect(hyper.membranePotentialMv - control.membranePotentialMv).toBeGreaterThan(8);
    expect(hyper.membranePotentialMv).toBeLessThan(-65);
    expect(hyper.naAvailability).toBeLessThan(0.6 * control.naAvailability);
  });

  it("ouabain removes the pump current and depolarises slightly; gradients run down only slowly", () => {
    const control = observe(createJunction());
    const j = createJunction({ scenarios: [{ id: "ouabain" }] });
    const o = observe(j);
    expect(control.pumpCurrentUAPerCm2).toBeGreaterThan(0.5);
    expect(o.pumpCurrentUAPerCm2).toBe(0);
    expect(o.membranePotentialMv).toBeGreaterThan(control.membranePotentialMv + 0.3);
    advance(j, 5000);
    const later = observe(j);
    expect(later.concentrationsMM.naIn).toBeGreaterThan(o.concentrationsMM.naIn);
    expect(later.concentrationsMM.naIn - o.concentrationsMM.naIn).toBeLessThan(1); // mM in 5 s
  });

  it("full ouabain runs the gradients down over minutes to hours, [Na+]i far below [Na+]o", { timeout: 60_000 }, () => {
    // Resting Na+ influx ≈ 10 pmol/cm²/s (frog 3.5 at 20 °C, Hodgkin & Horowicz 1959 J Physiol 145:405); mouse
    // EDL depolarises ≈ 25 mV in 2 h of ouabain (Seabrooke, Ward & White 1988 Q J Exp Physiol, doi:10.1113/expphysiol.1988.sp003176).
    const j = createJunction({ seed: 1, scenarios: [{ id: "ouabain" }] });
    const start = observe(j);
    advance(j, 60_000);
    const minute = observe(j);
    const perMinute = minute.concentrationsMM.naIn - start.concentrationsMM.naIn;
    expect(perMinute).toBeGreaterThan(0.2); // mM in the first minute (the model: ≈ 0.85)
    expect(perMinute).toBeLessThan(3);
    advance(j, 240_000);
    const fiveMinutes = observe(j);
    expect(fiveMinutes.concentrationsMM.naIn).toBeLessThan(30); // (≈ 16 mM; ≈ 62 mM after an hour)
    expect(fiveMinutes.concentrationsMM.kIn).toBeGreaterThan(140); // (≈ 152 mM)
    expect(fiveMinutes.membranePotentialMv - start.membranePotentialMv).toBeGreaterThan(1); // (≈ 3 mV)
    expect(fiveMinutes.membranePotentialMv - start.membranePotentialMv).toBeLessThan(10);
    const before = fiveMinutes.muscleActionPotentials;
    stimulateNerve(j);
    advance(j, 20);
    expect(observe(j).muscleActionPotentials).toBe(before + 1); // still excitable after 5 minutes
  });
});

describe("cell volume and electroneutral ion movements (pump–leak balance, Tosteson & Hoffman 1960)", () => {
  /** Amounts in the fibre (mM × relative volume) and the cytoplasm's osmolarity (mOsm/l). */
  function contents(j: ReturnType<typeof createJunction>) {
    const o = observe(j);
    const c = o.concentrationsMM;
    const vol = o.cellVolumeRelative;
    return {
      vol,
      na: c.naIn * vol,
      k: c.kIn * vol,
      cl: c.clIn * vol,
      osm: c.naIn + c.kIn + c.clIn + j.mem.impermeantMM / vol,
    };
  }

  it("a control fibre keeps its ions and volume at rest and loses only an AP's worth per impulse", () => {
    const j = createJunction({ seed: 1 });
    const start = contents(j);
    advance(j, 60_000);
    const rest = contents(j);
    expect(Math.abs(rest.na - start.na)).toBeLessThan(0.005); // mM in a quiet minute (it drifted 0.03 before)
    expect(Math.abs(rest.vol - 1)).toBeLessThan(1e-4);
    for (let i = 0; i < 10; i++) {
      stimulateNerve(j);
      advance(j, 100);
    }
    const after = contents(j);
    const perAp = (after.na - rest.na) / 10;
    expect(perAp).toBeGreaterThan(0.0005); // ≈ 0.002 mM of Na+ per AP (C·ΔV per cm² into 25 µm of radius)
    expect(perAp).toBeLessThan(0.01);
    expect(after.k).toBeLessThan(rest.k); // the K+ that repolarised them left
    expect(Math.abs(after.vol - 1)).toBeLessThan(1e-3);
  });

  it("full ouabain: the fibre gains Na+ and loses K+ charge for charge, takes up Cl− as it depolarises, and swells", {
    timeout: 240_000, // 20 minutes of fibre time: ≈ 7 s alone
  }, () => {
    const j = createJunction({ seed: 1, scenarios: [{ id: "ouabain" }] });
    const start = contents(j);
    let previous = start.vol;
    for (const minutes of [5, 10, 20]) {
      while (observe(j).timeMs < minutes * 60_000) advance(j, 10_000);
      const now = contents(j);
      expect(now.vol, `${minutes} min`).toBeGreaterThan(previous); // swells steadily
      expect(Math.abs(now.osm - PARAMS.osmolarityMOsm)).toBeLessThan(0.01); // water follows: isosmotic throughout
      previous = now.vol;
    }
    const end = contents(j);
    const naGain = end.na - start.na;
    const kLoss = start.k - end.k;
    const clGain = end.cl - start.cl;
    expect(naGain).toBeGreaterThan(8); // mM in 20 minutes (the model: ≈ 14; ≈ 40 in an hour)
    expect(Math.abs(naGain - kLoss - clGain)).toBeLessThan(0.2); // electroneutral: cation in = cation out + anion in
    expect(clGain).toBeGreaterThan(0); // Cl− follows the depolarisation in (passively distributed)
    expect(end.vol).toBeGreaterThan(1.003); // (≈ 0.6 % in 20 minutes, 1.4 % in an hour)
    expect(end.vol).toBeLessThan(1.05);
  });
});

describe("acute application during a run (setScenarios)", () => {
  it("succinylcholine first fires the fibre (fasciculation), then blocks it (depolarising block)", () => {
    const j = createJunction({ seed: 3 });
    expect(setScenarios(j, [{ id: "succinylcholine" }]).ok).toBe(true);
    advance(j, 50);
    expect(observe(j).muscleActionPotentials).toBeGreaterThanOrEqual(1); // onset twitch
    advance(j, 1000);
    const before = observe(j).muscleActionPotentials;
    stimulateNerve(j);
    advance(j, 50);
    expect(observe(j).muscleActionPotentials).toBe(before);
    expect(observe(j).membranePotentialMv).toBeGreaterThan(-55);
  });

  it("refuses an invalid list as a value and keeps the old parameters", () => {
    const j = createJunction();
    const result = setScenarios(j, [{ id: "cocaine" }]);
    expect(result.ok).toBe(false);
    expect(j.mods.receptorSiteOccupancy).toBe(0);
  });
});
