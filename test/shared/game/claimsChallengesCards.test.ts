// The challenges' and neuron challenges' teacher notes and the role cards' claims about the model, checked against
// the engine (issue 13; see claimsAudit.test.ts).

import { describe, expect, it } from "vitest";
import { nAChR } from "../../../shared/game/parts/cleft";
import { naChannel, naIon } from "../../../shared/game/parts/fibre";
import { neuronKChannel } from "../../../shared/game/parts/neuron";
import { caChannel, caIon, vesicles } from "../../../shared/game/parts/terminal";
import {
  advance,
  createJunction,
  type Junction,
  NEURON,
  observe,
  type ScenarioChoice,
  stimulateSynapse,
} from "../../../shared/physiology";
import { DT, impulse, mean, notes, SEEDS, train, ttxEpp } from "./claimsHelpers";

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
