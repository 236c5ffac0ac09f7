// Audit of the numbers and outcomes the question bank, the challenges' teacher notes and the role cards state about
// the model, checked against the engine (issue 13). Each test names the text it checks and the claim; claims already
// checked in questionClaims.test.ts, neuronQuestions.test.ts, challenges.test.ts and neuronChallenges.test.ts are not
// repeated here. Engine numbers are seed 1 unless a test says otherwise.
import { describe, expect, it } from "vitest";
import { challengeById } from "../../../shared/game/challenges";
import { aChE, nAChR } from "../../../shared/game/parts/cleft";
import { kChannel, kIon, naChannel, naIon } from "../../../shared/game/parts/fibre";
import { neuronKChannel } from "../../../shared/game/parts/neuron";
import { naKPump, serca } from "../../../shared/game/parts/pumps";
import { caChannel, caIon, vesicles } from "../../../shared/game/parts/terminal";
import { questionById } from "../../../shared/game/questions";
import {
  advance,
  createJunction,
  drainEvents,
  type Junction,
  NEURON,
  observe,
  PARAMS,
  type ScenarioChoice,
  setControl,
  setVoltageClamp,
  stimulateMuscle,
  stimulateNerve,
  stimulateSynapse,
} from "../../../shared/physiology";

const DT = 0.02;
const SEEDS = [1, 2, 3, 4, 5];
const explanation = (id: string): string => questionById(id)?.explanation ?? "";
const prompt = (id: string): string => questionById(id)?.prompt ?? "";
const notes = (id: string): string => challengeById(id)?.teacherNotes ?? "";
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

type Controls = Record<string, number>;

function junction(scenarios: ScenarioChoice[] = [], seed = 1, controls: Controls = {}): Junction {
  const j = createJunction({ seed, scenarios });
  for (const [name, value] of Object.entries(controls)) expect(setControl(j, name, value)).toMatchObject({ ok: true });
  return j;
}

interface Response {
  rest: number;
  peakMv: number; // end plate
  depolarisation: number; // peak − rest (the EPP when no AP fires)
  halfWidthMs: number; // at half the depolarisation, end plate
  quanta: number;
  aps: number;
  force: number;
  forcePeakMs: number; // after the stimulus
  forceHalfRelaxMs: number; // from the force peak to half of it
  caPeakUM: number;
  openPeak: number;
  v: number[];
  ca: number[];
}

/** One nerve (or direct muscle) stimulus from rest, sampled every DT for `ms`. */
function respond(j: Junction, ms = 60, muscle = false): Response {
  const rest = observe(j).membranePotentialMv;
  if (muscle) stimulateMuscle(j);
  else stimulateNerve(j);
  const v: number[] = [];
  const f: number[] = [];
  const ca: number[] = [];
  let openPeak = 0;
  for (let i = 0; i < Math.round(ms / DT); i++) {
    advance(j, DT);
    const o = observe(j);
    v.push(o.membranePotentialMv);
    f.push(o.force);
    ca.push(o.sarcoplasmicCaUM);
    openPeak = Math.max(openPeak, o.openReceptors);
  }
  const peakMv = Math.max(...v);
  const half = 0.5 * (peakMv + rest);
  const force = Math.max(...f);
  const at = f.indexOf(force);
  let back = at;
  while (back < f.length - 1 && (f[back] as number) > force / 2) back++;
  const o = observe(j);
  return {
    rest,
    peakMv,
    depolarisation: peakMv - rest,
    halfWidthMs: v.filter((x) => x > half).length * DT,
    quanta: o.quantaLastImpulse,
    aps: o.muscleActionPotentials,
    force,
    forcePeakMs: (at + 1) * DT,
    forceHalfRelaxMs: (back - at) * DT,
    caPeakUM: Math.max(...ca),
    openPeak,
    v,
    ca,
  };
}

const impulse = (scenarios: ScenarioChoice[] = [], seed = 1, controls: Controls = {}, ms = 60): Response =>
  respond(junction(scenarios, seed, controls), ms);
/** The EPP with the muscle's Na+ channels blocked, so no AP hides it. */
const ttxEpp = (scenarios: ScenarioChoice[] = [], seed = 1, controls: Controls = {}): number =>
  impulse([...scenarios, { id: "tetrodotoxin" }], seed, controls, 20).depolarisation;

/** Amplitude (mV) and peak open channels of the first spontaneous MEPP, and the model's MEPP rate (/s). */
function mepp(scenarios: ScenarioChoice[] = [], seed = 3): { mv: number; open: number; ratePerS: number } {
  const j = createJunction({ seed, scenarios });
  const rest = observe(j).membranePotentialMv;
  const ratePerS = observe(j).meppFrequencyPerS;
  for (let k = 0; k < 40_000; k++) {
    advance(j, 0.5);
    if (drainEvents(j).some((e) => e.type === "mepp")) {
      let peak = rest;
      let open = 0;
      for (let i = 0; i < 200; i++) {
        advance(j, 0.025);
        peak = Math.max(peak, observe(j).membranePotentialMv);
        open = Math.max(open, observe(j).openReceptors);
      }
      return { mv: peak - rest, open, ratePerS };
    }
  }
  return { mv: 0, open: 0, ratePerS };
}

/** A nerve train: per impulse the muscle APs it gave, the quanta and the CMAP; force every 0.1 ms. */
function train(scenarios: ScenarioChoice[], hz: number, impulses: number, seed = 1, controls: Controls = {}) {
  const j = junction(scenarios, seed, controls);
  const aps: number[] = [];
  const quanta: number[] = [];
  const cmap: number[] = [];
  const force: number[] = [];
  const naBefore: number[] = [];
  const vBefore: number[] = [];
  const steps = Math.round(1000 / hz / 0.1);
  for (let i = 0; i < impulses; i++) {
    const before = observe(j).muscleActionPotentials;
    naBefore.push(observe(j).naAvailability);
    vBefore.push(observe(j).membranePotentialMv);
    stimulateNerve(j);
    for (let k = 0; k < steps; k++) {
      advance(j, 0.1);
      force.push(observe(j).force);
    }
    const o = observe(j);
    aps.push(o.muscleActionPotentials - before);
    quanta.push(o.quantaLastImpulse);
    cmap.push(o.cmap);
  }
  return { j, aps, quanta, cmap, force, naBefore, vBefore };
}

/** Direct stimuli `intervalMs` apart, the second of `uA` µA/cm²: the end plate's AP count and the second's peak. */
function musclePair(intervalMs: number, uA: number) {
  const j = createJunction({ seed: 1 });
  stimulateMuscle(j);
  advance(j, intervalMs);
  const nOpen = observe(j).openKChannelFraction;
  const h = observe(j).naAvailability;
  stimulateMuscle(j, { amplitudeUAPerCm2: uA });
  let peak = -200;
  for (let i = 0; i < 500; i++) {
    advance(j, DT);
    peak = Math.max(peak, observe(j).membranePotentialMv);
  }
  return { aps: observe(j).muscleActionPotentials, peak, nOpen, h };
}

/** Smallest direct stimulus (µA/cm², 0.5 ms) that fires a resting fibre. */
function muscleThreshold(): number {
  let lo = 0;
  let hi = 1000;
  for (let k = 0; k < 14; k++) {
    const mid = 0.5 * (lo + hi);
    const j = createJunction({ seed: 1 });
    stimulateMuscle(j, { amplitudeUAPerCm2: mid });
    advance(j, 20);
    if (observe(j).muscleActionPotentials >= 1) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** The second stimulus's threshold `intervalMs` after an AP, relative to the resting threshold. */
function refractoryRatio(intervalMs: number, rest: number): number {
  let lo = 0;
  let hi = 20 * rest;
  for (let k = 0; k < 14; k++) {
    const mid = 0.5 * (lo + hi);
    if (musclePair(intervalMs, mid).aps >= 2) hi = mid;
    else lo = mid;
  }
  return hi / rest;
}

const T0 = muscleThreshold();

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

describe("challenge teacher notes (challenges.ts)", () => {
  it("fire-through-curare: at ≈ 100 Hz residual Ca2+ lifts the first few impulses over threshold, then the tetanus fades", () => {
    expect(notes("fire-through-curare")).toMatch(/lifts the first few impulses over threshold, then the tetanus fades/);
    for (const s of [1, 2]) {
      const t = train([{ id: "curare", level: 0.5 }], 100, 30, s);
      expect(t.aps[0]).toBe(0);
      expect(t.aps.slice(1, 6).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(3);
      expect(t.aps.slice(10).reduce((a, b) => a + b, 0)).toBe(0);
      expect(mean(t.quanta.slice(-5))).toBeLessThan(0.4 * (t.quanta[0] as number));
    }
  });

  it("rescue-myasthenic-junction: MG 0.7 at 5 Hz: the first twitch or two, then failures; with AChE idle every impulse fires", () => {
    expect(notes("rescue-myasthenic-junction")).toMatch(/the first twitch or two succeed, then transmission fails/);
    for (const s of [1, 2]) {
      const t = train([{ id: "myasthenia-gravis", level: 0.7 }], 5, 8, s);
      expect(t.aps[0]).toBe(1);
      expect(t.aps.slice(4).reduce((a, b) => a + b, 0)).toBe(0);
      expect(train([{ id: "myasthenia-gravis", level: 0.7 }], 5, 8, s, { aChE: 0 }).aps.every((n) => n === 1)).toBe(
        true,
      );
    }
  });

  it("lambert-eaton-warm-up and low-calcium-day: ≈ 15 and ≈ 16 quanta; 5 Hz never fires, 50 Hz does", () => {
    expect(notes("lambert-eaton-warm-up")).toMatch(/≈ 15 quanta per impulse instead of ≈ 55, MEPPs normal/);
    expect(notes("low-calcium-day")).toMatch(/from ≈ 55 to ≈ 16 quanta, below threshold/);
    for (const [scenarios, q] of [
      [[{ id: "lambert-eaton", level: 0.3 }], 15],
      [[{ id: "low-calcium", level: 1 }], 16],
    ] as [ScenarioChoice[], number][]) {
      expect(Math.abs(mean(SEEDS.map((s) => impulse(scenarios, s, {}, 5).quanta)) - q)).toBeLessThan(2);
      for (const s of [1, 2]) {
        expect(train(scenarios, 5, 6, s).aps.reduce((a, b) => a + b, 0)).toBe(0);
        const fast = train(scenarios, 50, 15, s).aps;
        expect(fast[0]).toBe(0); // the first impulse still fails …
        expect(fast.slice(5).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(7); // … then release grows and it fires
      }
    }
  });

  it("safety-margin: curare 0.3 leaves ≈ half the receptors and every twitch at 5 Hz; curare 0.5 fails", () => {
    expect(notes("safety-margin")).toMatch(/0.7² ≈ 0.49.*the EPP \(≈ 38 mV\) is ≈ 2.3×/);
    for (const s of [1, 2, 3]) {
      expect(train([{ id: "curare", level: 0.3 }], 5, 5, s).aps.every((n) => n === 1)).toBe(true);
      expect(train([{ id: "curare", level: 0.5 }], 5, 5, s).aps.reduce((a, b) => a + b, 0)).toBe(0);
    }
  });

  it("check-the-bath: K+ 8 mM rest ≈ −75 mV and a weaker twitch; Mg2+ 5 mM ≈ 20 quanta at normal rest; ouabain rest ≈ 1 mV up, transmission normal", () => {
    expect(notes("check-the-bath")).toMatch(
      /high K\+ = resting potential ≈ −75 mV, weaker twitches;.*high Mg2\+ = ≈ 20 quanta, normal rest; ouabain = rest ≈ 1 mV less negative, transmission normal/,
    );
    const control = impulse([], 1, {}, 60);
    const k = impulse([{ id: "hyperkalaemia", level: 8 }], 1, {}, 60);
    expect(Math.abs(k.rest - -75)).toBeLessThan(1.5);
    expect(k.force).toBeLessThan(0.8 * control.force);
    expect(k.force).toBeGreaterThan(0.05);
    const mg = impulse([{ id: "high-magnesium", level: 5 }], 1, {}, 10);
    expect(Math.abs(mg.quanta - 20)).toBeLessThan(3);
    expect(mg.rest).toBeCloseTo(control.rest, 1);
    const ouabain = impulse([{ id: "ouabain" }], 1, {}, 60);
    expect(Math.abs(ouabain.rest - control.rest - 1.2)).toBeLessThan(0.4);
    expect(ouabain.quanta).toBe(control.quanta);
    expect(ouabain.aps).toBe(1);
    expect(Math.abs(ouabain.force - control.force)).toBeLessThan(0.02);
  });
});

describe("neuron challenge notes (neuronChallenges.ts) and the neuron's cards", () => {
  const spikes = (fire: (j: Junction) => void): number => {
    const j = createJunction({ seed: 1 });
    fire(j);
    advance(j, 40);
    return observe(j).neuron.somaSpikes;
  };

  it("summation-in-time: two EPSPs alone never fire; a second pair 2–3 ms later does; 4 or 5 ms later it no longer reaches threshold", () => {
    expect(notes("summation-in-time")).toMatch(/pairs 4 ms or more apart no longer reach threshold/);
    expect(spikes((j) => stimulateSynapse(j, "excitatory", 2))).toBe(0);
    const pairs = (gapMs: number) =>
      spikes((j) => {
        stimulateSynapse(j, "excitatory", 2);
        advance(j, gapMs);
        stimulateSynapse(j, "excitatory", 2);
      });
    expect(pairs(2)).toBe(1);
    expect(pairs(3)).toBe(1);
    expect(pairs(4)).toBe(0);
    expect(pairs(5)).toBe(0);
  });

  it("ipsp-veto: five coincident EPSPs fire on their own; with two coincident IPSPs they do not", () => {
    expect(notes("ipsp-veto")).toMatch(/Five coincident EPSPs fire the motor neuron on their own; two coincident/);
    expect(spikes((j) => stimulateSynapse(j, "excitatory", 5))).toBe(1);
    expect(
      spikes((j) => {
        stimulateSynapse(j, "inhibitory", 2);
        stimulateSynapse(j, "excitatory", 5);
      }),
    ).toBe(0);
  });

  it("neuronal K+ channel cue: E_K about −90 mV; after a spike the soma undershoots toward −80 mV", () => {
    expect(neuronKChannel.cue?.done).toMatch(/undershoots toward −80 mV/);
    expect(NEURON.somaEKMv).toBe(-90);
    const j = createJunction({ seed: 1 });
    stimulateSynapse(j, "excitatory", 8);
    const v: number[] = [];
    for (let i = 0; i < Math.round(20 / DT); i++) {
      advance(j, DT);
      v.push(observe(j).neuron.somaMv);
    }
    expect(observe(j).neuron.somaSpikes).toBe(1);
    const undershoot = Math.min(...v.slice(v.indexOf(Math.max(...v))));
    expect(Math.abs(undershoot - -80)).toBeLessThan(2);
  });
});

describe("the junction's role cards (parts/*.ts): a missing part has the consequence its card states", () => {
  it("nAChR, Ca2+ channel, Ca2+ ion, vesicles at 0: no release reaches the receptors or none open, no EPP, no AP", () => {
    expect(nAChR.card.ifYouDont).toMatch(/no end-plate potential and no muscle action potential/);
    expect(caChannel.card.ifYouDont).toMatch(/vesicles do not fuse/);
    expect(vesicles.card.ifYouDont).toMatch(/no end-plate potential/);
    expect(caIon.card.ifYouDont).toMatch(/release falls steeply/);
    for (const part of ["nAChR", "caChannel", "caIon", "vesicles"]) {
      const r = impulse([], 1, { [part]: 0 }, 20);
      expect(r.depolarisation, part).toBeLessThan(0.5);
      expect(r.aps, part).toBe(0);
    }
    expect(impulse([], 1, { caChannel: 0 }, 5).quanta).toBe(0);
    const half = mean(SEEDS.map((s) => impulse([], s, { caIon: 0.5 }, 5).quanta));
    expect(half).toBeLessThan(0.2 * mean(SEEDS.map((s) => impulse([], s, {}, 5).quanta))); // ≈ 4th power
    expect(caIon.card.youAre).toMatch(/about 2 mM outside/);
    expect(observe(createJunction({ seed: 1 })).concentrationsMM.caOut).toBe(2);
  });

  it("Na+ channel and Na+ ion cards: at 0 the EPP stays local (no AP); with no Na+ crossing it is also smaller", () => {
    expect(naChannel.card.ifYouDont).toMatch(/the end-plate potential stays local/);
    expect(naIon.card.ifYouDont).toMatch(/the end-plate potential and the action potential's upstroke shrink/);
    const noNav = impulse([], 1, { naChannel: 0 }, 20);
    expect(noNav.aps).toBe(0);
    expect(Math.abs(noNav.depolarisation - ttxEpp())).toBeLessThan(1);
    const noNa = impulse([], 1, { naIon: 0 }, 20);
    expect(noNa.aps).toBe(0);
    expect(noNa.depolarisation).toBeLessThan(noNav.depolarisation);
  });
});
