// Audit of the numbers and outcomes the question bank, the challenges' teacher notes and the role cards state about
// the model, checked against the engine (issue 13). Each test names the text it checks and the claim; claims already
// checked in questionClaims.test.ts, neuronQuestions.test.ts, challenges.test.ts and neuronChallenges.test.ts are not
// repeated here. Engine numbers are seed 1 unless a test says otherwise.

import { describe, expect, it } from "vitest";
import { aChE } from "../../../shared/game/parts/cleft";
import {
  advance,
  createJunction,
  drainEvents,
  observe,
  PARAMS,
  type ScenarioChoice,
  setVoltageClamp,
  stimulateNerve,
} from "../../../shared/physiology";
import {
  type Controls,
  DT,
  explanation,
  impulse,
  junction,
  mean,
  mepp,
  musclePair,
  prompt,
  type Response,
  refractoryRatio,
  respond,
  SEEDS,
  T0,
  train,
  ttxEpp,
} from "./claimsHelpers";

describe("transmission questions (transmission.ts)", () => {
  it("graded-epp: a MEPP ≈ 0.9 mV; ≈ 55 quanta give a ≈ 38 mV EPP, fewer quanta a smaller one; the AP peaks ≈ +47 mV whatever its trigger", () => {
    expect(explanation("graded-epp")).toMatch(/a MEPP ≈ 0.9 mV, ≈ 38 mV for ≈ 55 quanta in the model\).*≈ \+47 mV/);
    const m = mepp().mv;
    expect(m).toBeGreaterThan(0.8);
    expect(m).toBeLessThan(1);
    const epps = SEEDS.map((s) => ttxEpp([], s));
    expect(Math.abs(mean(epps) - 38)).toBeLessThan(2.5);
    expect(Math.abs(mean(SEEDS.map((s) => impulse([], s, {}, 10).quanta)) - 55)).toBeLessThan(5);
    expect(ttxEpp([{ id: "low-calcium", level: 1 }])).toBeLessThan(0.6 * (epps[0] as number)); // graded
    // All-or-none: a trigger cut to half its receptors (curare 0.3) or raised (neostigmine lingering) gives the same AP.
    const control = impulse([], 1, {}, 10).peakMv;
    expect(Math.abs(control - 47)).toBeLessThan(3);
    expect(Math.abs(impulse([{ id: "curare", level: 0.3 }], 1, {}, 10).peakMv - control)).toBeLessThan(4);
    expect(control).toBeLessThan(observe(createJunction({ seed: 1 })).reversalMv.na);
  });

  it("safety-factor-meaning: ≈ 38 mV EPP, ≈ 17 mV needed, safety factor ≈ 2.3, ≈ 70 % of receptors blocked at failure", () => {
    expect(prompt("safety-factor-meaning")).toMatch(/EPP is ≈ 38 mV but only ≈ 17 mV is needed .* ≈ 2.3/);
    expect(explanation("safety-factor-meaning")).toMatch(/≈ 70 % of receptors must be blocked/);
    const fires = (occupancy: number) => impulse([{ id: "curare", level: occupancy }], 1, {}, 10).aps > 0;
    let lo = 0;
    let hi = 1;
    for (let i = 0; i < 10; i++) {
      const mid = 0.5 * (lo + hi);
      if (fires(mid)) lo = mid;
      else hi = mid;
    }
    const needed = ttxEpp([{ id: "curare", level: lo }]);
    const epp = ttxEpp();
    expect(Math.abs(needed - 17)).toBeLessThan(3);
    expect(Math.abs(epp / needed - 2.3)).toBeLessThan(0.3);
    const blocked = 1 - (1 - hi) ** 2; // both sites free to open
    expect(Math.abs(blocked - 0.7)).toBeLessThan(0.06);
  });

  it("block-long-epc and organophosphate-epc: EPC decay τ ≈ 1.1 → ≈ 3.4 ms (neostigmine), ≈ 13 ms (organophosphate); EPP grows; MEPP rate unchanged", () => {
    expect(explanation("block-long-epc")).toMatch(/≈ 1.1 ms to ≈ 3.4 ms with neostigmine \(≈ 13 ms/);
    expect(explanation("organophosphate-epc")).toMatch(/≈ 1.1 ms to ≈ 13 ms and the EPP grows/);
    const tau = (scenarios: ScenarioChoice[]) => {
      const j = junction([...scenarios, { id: "tetrodotoxin" }]);
      setVoltageClamp(j, -88);
      stimulateNerve(j);
      const i: number[] = [];
      for (let k = 0; k < 4000; k++) {
        advance(j, 0.01);
        i.push(-observe(j).endplateCurrentNA);
      }
      const peak = Math.max(...i);
      let a = i.indexOf(peak);
      while ((i[a] as number) > 0.8 * peak) a++;
      let b = a;
      while ((i[b] as number) > 0.2 * peak) b++;
      return ((b - a) * 0.01) / Math.log(4);
    };
    expect(Math.abs(tau([]) - 1.1)).toBeLessThan(0.15);
    expect(Math.abs(tau([{ id: "neostigmine" }]) - 3.4)).toBeLessThan(0.4);
    expect(Math.abs(tau([{ id: "organophosphate" }]) - 13)).toBeLessThan(1.5);
    const epp = ttxEpp();
    expect(ttxEpp([{ id: "neostigmine" }])).toBeGreaterThan(1.4 * epp);
    expect(ttxEpp([{ id: "organophosphate" }])).toBeGreaterThan(1.4 * epp);
    expect(observe(junction([{ id: "neostigmine" }])).meppFrequencyPerS).toBeCloseTo(
      observe(junction()).meppFrequencyPerS,
      6,
    );
  });

  it("block-release-botulinum: control ≈ 55 quanta and ≈ 1 MEPP/s; botulinum: no EPP and no MEPPs", () => {
    expect(explanation("block-release-botulinum")).toMatch(
      /\(≈ 55 quanta\) and the spontaneous MEPPs \(≈ 1 per second\)/,
    );
    expect(Math.abs(mepp().ratePerS - 1)).toBeLessThan(0.1);
    const j = junction([{ id: "botulinum" }]);
    const r = respond(j, 20);
    expect(r.quanta).toBe(0);
    expect(r.depolarisation).toBeLessThan(0.5);
    expect(r.aps).toBe(0);
    advance(j, 5000);
    expect(drainEvents(j).filter((e) => e.type === "mepp")).toHaveLength(0);
  });

  it("idle-ache-player (and the AChE card): ACh is cleared within ≈ 1 ms; without AChE a bigger, longer EPP that rescues curare and myasthenia", () => {
    expect(explanation("idle-ache-player")).toMatch(/within ≈ 1 ms/);
    expect(aChE.card.ifYouDont).toMatch(/prolonged/);
    const clearance = (controls: Controls) => {
      const j = junction([], 1, controls);
      stimulateNerve(j);
      const ach: number[] = [];
      for (let k = 0; k < 4000; k++) {
        advance(j, 0.01);
        ach.push(observe(j).achInCleftUM);
      }
      const peak = Math.max(...ach);
      let k = ach.indexOf(peak);
      while (k < ach.length - 1 && (ach[k] as number) > 0.05 * peak) k++;
      return (k - ach.indexOf(peak)) * 0.01; // ms from the peak to 5 % of it
    };
    expect(clearance({})).toBeLessThan(2);
    expect(clearance({ aChE: 0 })).toBeGreaterThan(10);
    const base = impulse([{ id: "tetrodotoxin" }], 1, {}, 60);
    const idle = impulse([{ id: "tetrodotoxin" }], 1, { aChE: 0 }, 60);
    expect(idle.depolarisation).toBeGreaterThan(1.5 * base.depolarisation);
    expect(idle.halfWidthMs).toBeGreaterThan(3 * base.halfWidthMs);
    expect(impulse([{ id: "curare", level: 0.5 }], 1, {}, 10).aps).toBe(0);
    expect(impulse([{ id: "curare", level: 0.5 }], 1, { aChE: 0 }, 10).aps).toBe(1);
    expect(impulse([{ id: "myasthenia-gravis", level: 0.7 }], 3, {}, 10).aps).toBe(0);
    expect(impulse([{ id: "myasthenia-gravis", level: 0.7 }], 3, { aChE: 0 }, 10).aps).toBe(1);
  });

  it("mepp-small-postsynaptic: with 60 % of AChRs lost MEPPs are ≈ 0.45 instead of ≈ 0.9 mV at the normal rate", () => {
    expect(explanation("mepp-small-postsynaptic")).toMatch(
      /≈ 0.45 instead of ≈ 0.9 mV in the model with 60 % of AChRs lost/,
    );
    const control = mepp();
    const mg = mepp([{ id: "myasthenia-gravis" }]);
    expect(Math.abs(mg.mv - 0.45)).toBeLessThan(0.06);
    expect(Math.abs(mg.mv / control.mv - 0.5)).toBeLessThan(0.06);
    expect(mg.ratePerS).toBeCloseTo(control.ratePerS, 6);
    expect(mepp([{ id: "curare" }]).mv).toBeLessThan(0.5 * control.mv);
  });

  it("mepp-normal-few-quanta: Lambert–Eaton: normal MEPPs, ≈ 16 quanta, an EPP of ≈ 13 mV that does not fire", () => {
    expect(explanation("mepp-normal-few-quanta")).toMatch(/13 ÷ 0.8 ≈ 16 quanta instead of 40–60/);
    const lems = [{ id: "lambert-eaton" }];
    expect(Math.abs(mepp(lems).mv / mepp().mv - 1)).toBeLessThan(0.03);
    const runs = SEEDS.map((s) => impulse(lems, s, {}, 10));
    expect(Math.abs(mean(runs.map((r) => r.quanta)) - 15)).toBeLessThan(2);
    expect(Math.abs(mean(runs.map((r) => r.depolarisation)) - 13)).toBeLessThan(2);
    expect(runs.every((r) => r.aps === 0)).toBe(true);
  });

  it("low-calcium-release: 1 mM Ca2+: ≈ 55 → ≈ 16 quanta, the EPP below threshold, MEPPs unchanged (≈ 0.9 mV)", () => {
    expect(explanation("low-calcium-release")).toMatch(/≈ 55 → ≈ 16 quanta at 1 mM.*MEPPs stay ≈ 0.9 mV/);
    const low = [{ id: "low-calcium", level: 1 }];
    const runs = SEEDS.map((s) => impulse(low, s, {}, 10));
    expect(Math.abs(mean(runs.map((r) => r.quanta)) - 16)).toBeLessThan(2);
    expect(runs.every((r) => r.aps === 0)).toBe(true);
    expect(mepp(low).mv).toBeCloseTo(mepp().mv, 2);
  });

  it("magnesium-competes: 5 mM Mg2+: ≈ 55 → ≈ 19 quanta, MEPP size unchanged", () => {
    expect(explanation("magnesium-competes")).toMatch(/≈ 55 → ≈ 19 in the model/);
    const mg = [{ id: "high-magnesium", level: 5 }];
    expect(Math.abs(mean(SEEDS.map((s) => impulse(mg, s, {}, 10).quanta)) - 20)).toBeLessThan(2);
    expect(mepp(mg).mv).toBeCloseTo(mepp().mv, 2);
  });
});

describe("refractoriness, MG and LEMS, blockers (drugsAndDisease.ts)", () => {
  it("absolute-refractory and gates-h-inactivation: ≈ 2 ms; at 1.5 ms not even 10× threshold fires, with h nearly shut", () => {
    expect(explanation("absolute-refractory")).toMatch(/≈ 2 ms in the model\).*not even 10× threshold at 1.5 ms/);
    expect(explanation("gates-h-inactivation")).toMatch(/absolute refractory period \(≈ 2 ms in the model\)/);
    expect(T0).toBeGreaterThan(50);
    expect(T0).toBeLessThan(150);
    const early = musclePair(1.5, 10 * T0);
    expect(early.aps).toBe(1);
    expect(early.h).toBeLessThan(0.05);
    expect(musclePair(1.8, 6 * T0).aps).toBe(1);
    expect(musclePair(2.5, 6 * T0).aps).toBe(2);
  });

  it("relative-refractory: threshold ×3.8 at 2.5 ms, ×1.6 at 3 ms, ×1.2 at 4 ms, within 2 % by 8 ms; K+ channels still open; a smaller AP", () => {
    expect(explanation("relative-refractory")).toMatch(
      /×3.8 at 2.5 ms, ×1.6 at 3 ms, ×1.2 at 4 ms and within 2 % of normal by 8 ms/,
    );
    expect(Math.abs(refractoryRatio(2.5, T0) - 3.8)).toBeLessThan(0.4);
    expect(Math.abs(refractoryRatio(3, T0) - 1.6)).toBeLessThan(0.15);
    expect(Math.abs(refractoryRatio(4, T0) - 1.2)).toBeLessThan(0.1);
    expect(refractoryRatio(6, T0)).toBeGreaterThan(1.03); // still raised at 6 ms …
    const at8 = refractoryRatio(8, T0);
    expect(at8).toBeGreaterThan(1); // … and a little at 8 ms,
    expect(at8).toBeLessThan(1.03); // within 2–3 %
    const second = musclePair(2.5, 4.5 * T0); // above the raised threshold (×3.8)
    expect(second.aps).toBe(2);
    expect(second.peak).toBeLessThan(impulse([], 1, {}, 10).peakMv - 15); // a smaller AP (+28 against +47 mV)
    const rest = observe(createJunction({ seed: 1 })).openKChannelFraction;
    expect(second.nOpen).toBeGreaterThan(1e6 * rest); // delayed rectifier still partly open
  }, 20_000);

  it("force-summates-aps-do-not, tetanus-one-ap-each: an AP is over in ≈ 2 ms, a twitch peaks ≈ 10 ms later; at 80 Hz one AP per impulse, recovered in between", () => {
    expect(explanation("force-summates-aps-do-not")).toMatch(/over in ≈ 2 ms.*≈ 10 ms to peak/);
    expect(explanation("tetanus-one-ap-each")).toMatch(
      /one brief AP \(≈ 2 ms\), and the membrane is back at rest in between/,
    );
    const r = respond(junction(), 60, true);
    const above = r.v.filter((x) => x > -60).length * DT;
    expect(above).toBeLessThan(2);
    expect(r.v[Math.round(3 / DT)] as number).toBeLessThan(-80); // back near rest within ≈ 2 ms of the peak
    expect(Math.abs(r.forcePeakMs - 11)).toBeLessThan(2);
    const t = train([], 80, 40);
    expect(t.aps.every((n) => n === 1)).toBe(true);
    const rest = observe(createJunction({ seed: 1 }));
    for (const v of t.vBefore) expect(Math.abs(v - rest.membranePotentialMv)).toBeLessThan(0.3);
    expect(t.naBefore[1] as number).toBeGreaterThan(0.95 * rest.naAvailability); // fast inactivation recovered
    expect(Math.min(...t.naBefore)).toBeGreaterThan(0.85 * rest.naAvailability); // slow inactivation builds a little
  });

  it("mg-3hz-decrement and safety-factor-mg-fatigue: MG 3 Hz CMAP ≈ 0.86 → ≈ 0.67 as the pool runs down; control does not decrement", () => {
    expect(explanation("mg-3hz-decrement")).toMatch(/≈ 0.86 → 0.67 in the model/);
    const mg = train([{ id: "myasthenia-gravis" }], 3, 6, 11);
    expect(Math.abs((mg.cmap[0] as number) - 0.86)).toBeLessThan(0.04);
    expect(Math.abs(Math.min(...mg.cmap.slice(3)) - 0.67)).toBeLessThan(0.05);
    expect(observe(mg.j).releasablePool).toBeLessThan(0.9 * PARAMS.rrpVesicles);
    expect(Math.min(...train([], 3, 6, 11).cmap)).toBeGreaterThan(0.95);
  });

  it("lems-high-rate-increment: ≈ 16 quanta; at 50 Hz the CMAP increments ≈ 0.14 → ≈ 0.65", () => {
    expect(explanation("lems-high-rate-increment")).toMatch(/≈ 16 in the model\).*≈ 0.14 → 0.65 at 50 Hz/);
    const lems = train([{ id: "lambert-eaton" }], 50, 15, 11);
    expect(Math.abs((lems.quanta[0] as number) - 16)).toBeLessThan(3);
    expect(Math.abs((lems.cmap[0] as number) - 0.14)).toBeLessThan(0.05);
    expect(Math.abs(Math.max(...lems.cmap) - 0.65)).toBeLessThan(0.05);
  });

  it("mg-vs-lems-mepp: LEMS MEPPs normal (≈ 0.9 mV), few quanta; MG small MEPPs with the control's quantal content", () => {
    expect(explanation("mg-vs-lems-mepp")).toMatch(/MEPPs are normal \(≈ 0.9 mV in the model\)/);
    expect(Math.abs(mepp([{ id: "lambert-eaton" }]).mv - 0.88)).toBeLessThan(0.06);
    for (const s of [1, 2]) {
      expect(impulse([{ id: "myasthenia-gravis" }], s, {}, 10).quanta).toBe(impulse([], s, {}, 10).quanta);
    }
    expect(impulse([{ id: "lambert-eaton" }], 1, {}, 10).quanta).toBeLessThan(0.4 * impulse([], 1, {}, 10).quanta);
  });

  it("ttx-epp-remains, curare-vs-ttx-epp, ttx-neostigmine-no-rescue: TTX: full EPP (≈ 38 mV), no AP; curare: small MEPPs and EPP; neostigmine cannot rescue TTX", () => {
    expect(explanation("ttx-epp-remains")).toMatch(/≈ 38 mV in the model/);
    expect(explanation("curare-vs-ttx-epp")).toMatch(/TTX leaves the EPP full size \(≈ 38 mV\)/);
    const ttx = SEEDS.map((s) => impulse([{ id: "tetrodotoxin" }], s, {}, 60));
    expect(Math.abs(mean(ttx.map((r) => r.depolarisation)) - 38)).toBeLessThan(2.5);
    expect(ttx.every((r) => r.aps === 0 && r.force < 0.01)).toBe(true);
    const curare = impulse([{ id: "curare" }], 1, {}, 10);
    expect(curare.aps).toBe(0);
    expect(curare.depolarisation).toBeLessThan(0.5 * (ttx[0] as Response).depolarisation);
    expect(mepp([{ id: "curare" }]).mv).toBeLessThan(0.4 * mepp().mv);
    const rescued = impulse([{ id: "tetrodotoxin" }, { id: "neostigmine" }], 1, {}, 60);
    expect(rescued.depolarisation).toBeGreaterThan(1.4 * (ttx[0] as Response).depolarisation); // a bigger EPP …
    expect(rescued.aps).toBe(0); // … and still no AP
    expect(rescued.force).toBeLessThan(0.01);
  });
});
