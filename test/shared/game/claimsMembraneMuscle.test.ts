// The membrane and muscle questions' claims about the model, and the ion, channel and SERCA cards', checked against
// the engine (issue 13; see claimsAudit.test.ts).

import { describe, expect, it } from "vitest";
import { kChannel, kIon, naIon } from "../../../shared/game/parts/fibre";
import { naKPump, serca } from "../../../shared/game/parts/pumps";
import { vesicles } from "../../../shared/game/parts/terminal";
import {
  advance,
  createJunction,
  observe,
  PARAMS,
  setVoltageClamp,
  stimulateMuscle,
  stimulateNerve,
} from "../../../shared/physiology";
import {
  DT,
  explanation,
  impulse,
  junction,
  mean,
  mepp,
  notes,
  prompt,
  respond,
  SEEDS,
  train,
  ttxEpp,
} from "./claimsHelpers";

describe("membrane questions (membrane.ts) and the ion cards", () => {
  it("nernst-ek, nernst-ena, na-entry-passive (Na+ and K+ ion cards): 145/12 mM Na+, 155/4.5 mM K+, E_Na ≈ +67, E_K ≈ −95 mV", () => {
    expect(naIon.card.youAre).toMatch(/145 mM outside, 12 mM inside/);
    expect(kIon.card.youAre).toMatch(/155 mM inside, 4.5 mM outside/);
    expect(kIon.card.youDo).toMatch(/E_K \(−95 mV\)/);
    const o = observe(createJunction({ seed: 1 }));
    expect(o.concentrationsMM).toMatchObject({ naOut: 145, kOut: 4.5 });
    expect(o.concentrationsMM.naIn).toBeCloseTo(12, 2);
    expect(o.concentrationsMM.kIn).toBeCloseTo(155, 2);
    expect(Math.abs(o.reversalMv.na - 67)).toBeLessThan(1);
    expect(Math.abs(o.reversalMv.k - -95)).toBeLessThan(1);
  });

  it("direction-cl-opens-at-rest and rest-near-ek: E_Cl at rest (−88 mV; the model's Cl− is passive), rest a few mV above E_K, the pump ≈ 1 mV", () => {
    expect(prompt("direction-cl-opens-at-rest")).toMatch(/E_Cl lies within a few mV of rest \(near −88 mV\)/);
    expect(explanation("direction-cl-opens-at-rest")).toMatch(
      /the model lets Cl− settle passively, so E_Cl = rest, −88 mV/,
    );
    expect(explanation("rest-near-ek")).toMatch(/E_Cl at rest, −88 mV, in the model.*just ≈ 1 mV directly/);
    for (const kOut of [4.5, 8]) {
      const o = observe(createJunction({ seed: 1, scenarios: [{ id: "hyperkalaemia", level: kOut }] }));
      expect(Math.abs(o.reversalMv.cl - o.membranePotentialMv)).toBeLessThan(0.5);
    }
    const o = observe(createJunction({ seed: 1 }));
    expect(Math.abs(o.membranePotentialMv - -88)).toBeLessThan(1);
    const aboveEk = o.membranePotentialMv - o.reversalMv.k;
    expect(aboveEk).toBeGreaterThan(3);
    expect(aboveEk).toBeLessThan(10);
    const pumpMv = observe(createJunction({ seed: 1, scenarios: [{ id: "ouabain" }] })).membranePotentialMv;
    expect(Math.abs(pumpMv - o.membranePotentialMv - 1.2)).toBeLessThan(0.4);
  });

  it("direction-na-opens, direction-k-opens-at-peak, ions-upstroke: the AP peaks ≈ +47 mV, below E_Na and ≈ 140 mV above E_K, < 1 ms after threshold", () => {
    expect(explanation("direction-na-opens")).toMatch(/AP peak \(≈ \+47 mV in the model\) stays below E_Na/);
    expect(prompt("direction-k-opens-at-peak")).toMatch(/about \+47 mV/);
    expect(explanation("direction-k-opens-at-peak")).toMatch(/At \+47 mV the membrane is ≈ 140 mV above E_K/);
    expect(explanation("ions-upstroke")).toMatch(/peaking near \+47 mV \(in the model\) in under a millisecond/);
    const peaks = SEEDS.map((s) => impulse([], s, {}, 10).peakMv);
    expect(Math.abs(mean(peaks) - 47)).toBeLessThan(2.5);
    const o = observe(createJunction({ seed: 1 }));
    expect(Math.max(...peaks)).toBeLessThan(o.reversalMv.na);
    expect(Math.abs(mean(peaks) - o.reversalMv.k - 140)).toBeLessThan(5);
    const r = impulse([], 1, {}, 10);
    const fromThreshold = r.v.findIndex((x) => x > -71);
    expect((r.v.indexOf(r.peakMv) - fromThreshold) * DT).toBeLessThan(1);
  });

  it("ions-repolarisation and the K+ channel card: down from the peak within ≈ 1–2 ms; without Kv the AP is broader but still repolarises", () => {
    expect(explanation("ions-repolarisation")).toMatch(/within ≈ 1–2 ms/);
    expect(kChannel.card.ifYouDont).toMatch(/the action potential is broader/);
    const r = respond(junction(), 20, true);
    const at = r.v.indexOf(r.peakMv);
    const back = r.v.findIndex((x, i) => i > at && x < -80);
    expect((back - at) * DT).toBeLessThan(2);
    const noKv = respond(junction([], 1, { kChannel: 0 }), 20, true);
    expect(noKv.halfWidthMs).toBeGreaterThan(1.4 * r.halfWidthMs);
    expect(noKv.v[noKv.v.length - 1] as number).toBeLessThan(noKv.rest + 1);
  });

  it("K+ ion card: with no K+ crossing the fibre rests less negative and repolarises more slowly", () => {
    expect(kIon.card.ifYouDont).toMatch(/repolarises slowly and rests less negative/);
    const control = junction();
    const j = junction([], 1, { kIon: 0 });
    advance(j, 2000);
    advance(control, 2000);
    expect(observe(j).membranePotentialMv).toBeGreaterThan(observe(control).membranePotentialMv + 2);
    expect(respond(j, 20, true).halfWidthMs).toBeGreaterThan(1.4 * respond(control, 20, true).halfWidthMs);
  });

  it("ouabain-first-seconds and the pump card: the pump's current ≈ 4 µA/cm²; without it rest is ≈ 1 mV less negative and APs are normal", () => {
    expect(explanation("ouabain-first-seconds")).toMatch(/≈ 4 µA\/cm² in the model/);
    expect(naKPump.card.ifYouDont).toMatch(/small hyperpolarising current is lost/);
    expect(Math.abs(observe(createJunction({ seed: 1 })).pumpCurrentUAPerCm2 - 4)).toBeLessThan(0.5);
    const control = junction();
    const j = junction([], 1, { naKPump: 0 });
    advance(j, 1000);
    advance(control, 1000);
    const shift = observe(j).membranePotentialMv - observe(control).membranePotentialMv;
    expect(shift).toBeGreaterThan(0.8);
    expect(shift).toBeLessThan(1.6);
    const ouabain = impulse([{ id: "ouabain" }], 1, {}, 30);
    expect(ouabain.aps).toBe(1);
    expect(Math.abs(ouabain.peakMv - impulse([], 1, {}, 30).peakMv)).toBeLessThan(2);
  });

  it("two-ach-curare-squared: curare 0.5 leaves the EPP below threshold (no AP, seeds 1–5) and each MEPP ≈ a third of control", () => {
    expect(explanation("two-ach-curare-squared")).toMatch(
      /75 % of receptors are unavailable and the EPP falls below threshold/,
    );
    for (const s of SEEDS) expect(impulse([{ id: "curare", level: 0.5 }], s, {}, 10).aps).toBe(0);
    const ratio = mepp([{ id: "curare", level: 0.5 }]).mv / mepp().mv;
    expect(ratio).toBeGreaterThan(0.2);
    expect(ratio).toBeLessThan(0.4);
  });

  it("reversal-near-zero, reversal-clamp-zero, nachr-ligand-gated: E_rev −5 mV; clamped at 0 mV the EPC is small and outward, at −90 mV large and inward", () => {
    expect(explanation("reversal-clamp-zero")).toMatch(/E_rev ≈ −5 mV/);
    expect(observe(createJunction({ seed: 1 })).reversalMv.endplate).toBe(-5);
    const epc = (mv: number) => {
      const j = junction([{ id: "tetrodotoxin" }]);
      setVoltageClamp(j, mv);
      advance(j, 5);
      stimulateNerve(j);
      let peak = 0;
      for (let k = 0; k < 1000; k++) {
        advance(j, 0.01);
        const i = observe(j).endplateCurrentNA;
        if (Math.abs(i) > Math.abs(peak)) peak = i;
      }
      return peak;
    };
    const atZero = epc(0);
    const atMinus90 = epc(-90);
    expect(atMinus90).toBeLessThan(-100); // inward
    expect(atZero).toBeGreaterThan(0); // just outward of the reversal …
    expect(Math.abs(atZero)).toBeLessThan(0.1 * Math.abs(atMinus90)); // … and small: driving force 5 vs 85 mV
    expect(Math.abs(epc(-5))).toBeLessThan(1);
  });
});

describe("muscle questions (muscle.ts) and the SERCA card", () => {
  it("ecc-sequence: Ca2+ rises from ≈ 0.05 to ≈ 11 µM; the twitch peaks ≈ 10–15 ms after the AP", () => {
    expect(explanation("ecc-sequence")).toMatch(/from ≈ 0.05 to ≈ 11 µM.*≈ 10–15 ms after the AP/);
    const j = junction();
    expect(observe(j).sarcoplasmicCaUM).toBeCloseTo(0.05, 3);
    const r = respond(j, 60);
    expect(Math.abs(r.caPeakUM - 11)).toBeLessThan(1.5);
    const ap = r.v.findIndex((x) => x > 0) * DT;
    const afterAp = r.forcePeakMs - ap;
    expect(afterAp).toBeGreaterThan(9);
    expect(afterAp).toBeLessThan(15);
  });

  it("serca-relaxation (and the SERCA card): without SERCA Ca2+ stays high for longer and the muscle relaxes more slowly", () => {
    expect(serca.card.ifYouDont).toMatch(/relaxes slowly/);
    expect(explanation("serca-relaxation")).toMatch(/force decays slowly/);
    const control = impulse([], 1, {}, 200);
    const idle = impulse([], 1, { serca: 0 }, 200);
    expect(idle.forceHalfRelaxMs).toBeGreaterThan(1.2 * control.forceHalfRelaxMs);
    const at = Math.round(60 / DT);
    expect(idle.ca[at] as number).toBeGreaterThan(1.5 * (control.ca[at] as number));
    expect(idle.ca[at] as number).toBeGreaterThan(0.1); // above the resting 0.05–0.1 µM
  });

  it("tetanus-frequency, twitch-tetanus-ratio (tetanus-race): twitch : tetanus ≈ 0.24; 80 Hz holds above 0.6; 60 Hz ripples below it", () => {
    expect(explanation("tetanus-frequency")).toMatch(/≈ 0.24 of maximal tetanic force, while 80 Hz holds above ≈ 0.6/);
    expect(explanation("twitch-tetanus-ratio")).toMatch(/twitch:tetanus ≈ 0.24 in the model/);
    expect(notes("tetanus-race")).toMatch(
      /only ≈ 0.24 of maximal force.*win in ≈ 240 ms.*60 Hz or slower never hold 60 %/,
    );
    const twitch = Math.max(...train([], 1, 1).force);
    const fused = Math.max(...train([], 150, 60).force);
    expect(Math.abs(twitch / fused - 0.24)).toBeLessThan(0.03);
    const at80 = train([], 80, 32).force; // 400 ms, every 0.1 ms
    let since = -1;
    let won = Number.NaN; // ms when the force has been above 0.6 for 200 ms
    at80.forEach((f, i) => {
      if (f <= 0.6) since = -1;
      else if (since < 0) since = i;
      if (since >= 0 && Number.isNaN(won) && i - since >= 2000) won = i * 0.1;
    });
    expect(won).toBeGreaterThan(200);
    expect(won).toBeLessThan(260);
    expect(Math.min(...at80.slice(Math.round(won * 10) - 2000))).toBeGreaterThan(0.6);
    const at60 = train([], 60, 24).force;
    expect(Math.min(...at60.slice(at60.findIndex((f) => f > 0.6)))).toBeLessThan(0.6);
    const at100 = train([], 100, 40).force;
    expect(Math.min(...at100.slice(at100.findIndex((f) => f > 0.6)))).toBeGreaterThan(0.6);
  });

  it("amplification-vesicles, amplification-channels: ≈ 55 quanta open ≈ 35,000 of 4 × 10^7 channels; one quantum opens several hundred", () => {
    expect(explanation("amplification-vesicles")).toMatch(/≈ 55 in the model/);
    expect(explanation("amplification-channels")).toMatch(
      /opens several hundred of them, so ≈ 55 quanta open ≈ 35,000/,
    );
    expect(vesicles.card.youAre).toMatch(/about 7,000 ACh molecules/);
    expect(PARAMS.achMoleculesPerQuantum).toBe(7000);
    expect(PARAMS.receptorsPerEndplate).toBe(4e7);
    expect(PARAMS.receptorsPerFootprint).toBe(2500);
    const open = mean(SEEDS.map((s) => impulse([], s, {}, 5).openPeak));
    expect(Math.abs(open - 35_000)).toBeLessThan(4000);
    const one = mepp().open;
    expect(one).toBeGreaterThan(300);
    expect(one).toBeLessThan(1000);
  });

  it("quantal-content-calc: EPP ÷ MEPP underestimates the quanta released (nonlinear summation), but only by ≈ 20 %", () => {
    expect(explanation("quantal-content-calc")).toMatch(/Large EPPs underestimate m.*≈ 20 % low/);
    const quanta = impulse([], 1, {}, 5).quanta;
    const estimate = ttxEpp() / mepp().mv;
    expect(estimate).toBeLessThan(0.9 * quanta); // ≈ 20 % low, as the text says (42 for 52 on seed 1)
    expect(estimate).toBeGreaterThan(0.7 * quanta);
  });

  it("quantal-content-low-calcium (and check-the-bath): ≈ 3 quanta at 0.5 mM Ca2+", () => {
    expect(explanation("quantal-content-low-calcium")).toMatch(/≈ 3 quanta at 0.5 mM Ca2\+ in the model/);
    expect(notes("check-the-bath")).toMatch(/low Ca2\+ = only ≈ 3 quanta/);
    const q = mean(SEEDS.map((s) => impulse([{ id: "low-calcium", level: 0.5 }], s, {}, 5).quanta));
    expect(Math.abs(q - 3)).toBeLessThan(1);
  });

  it("experiment-record-mepps: MEPPs ≈ 0.9 mV at ≈ 1 per second in control", () => {
    expect(explanation("experiment-record-mepps")).toMatch(/≈ 0.9 mV in the model, ≈ 1 per second/);
    const m = mepp();
    expect(Math.abs(m.mv - 0.9)).toBeLessThan(0.05);
    expect(Math.abs(m.ratePerS - 1)).toBeLessThan(0.1);
  });

  it("one-ap-concentrations, ouabain-still-fires, bring-it-back-to-rest: one AP ≈ 0.002 mM of Na+, ≈ 2× C·ΔV; 200 APs under ouabain barely move [Na+]i", () => {
    expect(explanation("one-ap-concentrations")).toMatch(/≈ 8,000 ions per µm² \(C·ΔV\).*about twice that.*≈ 0.002 mM/);
    expect(explanation("ouabain-still-fires")).toMatch(/≈ 0.002 mM/);
    expect(notes("bring-it-back-to-rest")).toMatch(/only ≈ 0.002 mM/);
    const cdv = (PARAMS.capacitanceUFPerCm2 * 1e-6 * 0.13) / 1.602e-19 / 1e8; // charges per µm² for 130 mV
    expect(Math.abs(cdv - 8000)).toBeLessThan(500);
    const j = junction([{ id: "ouabain" }]);
    const na0 = observe(j).concentrationsMM.naIn;
    const r = respond(j, 20, true);
    const perAp = observe(j).concentrationsMM.naIn - na0;
    expect(Math.abs(perAp - 0.002)).toBeLessThan(0.001);
    const ions = (perAp * 1e-6 * PARAMS.fibreVolumePerAreaCm * 6.022e23) / 1e8; // Na+ per µm² of membrane
    expect(ions / cdv).toBeGreaterThan(1.4);
    expect(ions / cdv).toBeLessThan(3);
    expect(r.aps).toBe(1);
    for (let i = 0; i < 200; i++) {
      stimulateMuscle(j);
      advance(j, 20);
    }
    expect(observe(j).muscleActionPotentials).toBe(201);
    expect(observe(j).concentrationsMM.naIn - na0).toBeLessThan(1);
  });
});
