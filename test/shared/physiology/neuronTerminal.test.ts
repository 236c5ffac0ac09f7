// The nerve terminal's own action potential opens its Ca2+ channels: Ca2+ entry (and release, by the 4th-power rule)
// follows the AP's width; a control impulse's entry is exactly the model's control entry; and a soma spike leads,
// down the chain, to release, an end-plate potential, a muscle AP and a twitch.

import { describe, expect, it } from "vitest";
import {
  advance,
  drainEvents,
  observe,
  type ScenarioChoice,
  stimulateNerve,
  stimulateSynapse,
} from "../../../shared/physiology";
import { fresh, shape, terminalTrace } from "./neuronHelpers";

/** One stimulator impulse: the terminal AP's peak and half-width, its Ca2+ entry, the quanta it releases. */
function terminalImpulse(scenarios: ScenarioChoice[], seed = 3) {
  const j = fresh(scenarios, seed);
  const rest = observe(j).neuron.terminalMv;
  stimulateNerve(j);
  const ap = shape(terminalTrace(j, 3), rest);
  advance(j, 10);
  const o = observe(j);
  return { ...ap, entry: o.neuron.caEntryLastImpulse, quanta: o.quantaLastImpulse, spikes: o.neuron.terminalSpikes };
}

describe("the terminal action potential and Ca2+ entry", () => {
  it("the terminal fires its own AP (overshoot, half-width ≈ 0.4 ms at 37 °C) when the impulse arrives", () => {
    const ap = terminalImpulse([]);
    expect(ap.spikes).toBe(1);
    expect(ap.peak).toBeGreaterThan(10);
    expect(ap.peak).toBeLessThan(40);
    expect(ap.halfWidthMs).toBeGreaterThan(0.25);
    expect(ap.halfWidthMs).toBeLessThan(0.6);
  });

  it("a control impulse's Ca2+ entry is exactly the control entry (1), alone and in trains up to 100 Hz", () => {
    for (const hz of [1, 20, 50, 100]) {
      const j = fresh([], 11);
      for (let i = 0; i < 15; i++) {
        stimulateNerve(j);
        advance(j, 1000 / hz);
        expect(j.pre.lastX).toBe(1);
      }
    }
  });

  it("a K+ channel blocker broadens the terminal AP and raises Ca2+ entry, the more the broader (Borst & Sakmann 1999)", () => {
    const levels = [0, 0.25, 0.5, 0.75, 0.9].map((level) =>
      terminalImpulse(level > 0 ? [{ id: "4-aminopyridine", level }] : []),
    );
    for (let i = 1; i < levels.length; i++) {
      const a = levels[i - 1];
      const b = levels[i];
      if (!a || !b) throw new Error("missing level");
      expect(b.halfWidthMs).toBeGreaterThan(a.halfWidthMs);
      expect(b.entry).toBeGreaterThan(a.entry);
      expect(b.quanta).toBeGreaterThan(a.quanta); // release ∝ entry⁴ (Dodge & Rahamimoff 1967), pool permitting
    }
    // Entry grows less than in proportion to width here (the channels open during the repolarisation), and
    // release far more: 4-AP at 0.5 broadens ≈ 25 %, raises entry ≈ 23 % and quanta ≈ 2.4-fold.
    const half = levels[2];
    if (!half) throw new Error("missing level");
    expect(half.entry).toBeGreaterThan(1.1);
    expect(half.entry).toBeLessThan(1.5);
    expect(half.quanta).toBeGreaterThan(1.5 * (levels[0]?.quanta as number));
  });

  it("4-aminopyridine restores release in Lambert–Eaton syndrome (the logic of 3,4-diaminopyridine; McEvoy et al. 1989)", () => {
    const control = terminalImpulse([]).quanta;
    const lems = terminalImpulse([{ id: "lambert-eaton" }]).quanta;
    const treated = terminalImpulse([{ id: "lambert-eaton" }, { id: "4-aminopyridine", level: 0.75 }]).quanta;
    expect(lems).toBeLessThan(0.5 * control);
    expect(treated).toBeGreaterThan(2 * lems);
    expect(treated).toBeGreaterThan(0.7 * control);
  });

  it("low Ca2+ keeps its meaning with the terminal AP: the same AP, less entry through the Ca/Mg competition", () => {
    const low = terminalImpulse([{ id: "low-calcium" }]);
    const control = terminalImpulse([]);
    expect(low.halfWidthMs).toBeCloseTo(control.halfWidthMs, 9);
    expect(low.entry).toBeLessThan(0.6);
    expect(low.quanta).toBeLessThan(8);
  });
});

describe("the whole chain from the soma", () => {
  it("five EPSPs fire the soma; 1.7 ms later the impulse arrives, quanta are released, the muscle fires and twitches", () => {
    const j = fresh([], 5);
    stimulateSynapse(j, "excitatory", 5);
    let force = 0;
    const order: string[] = [];
    const times: Record<string, number> = {};
    for (let t = 0; t < 60; t += 0.1) {
      advance(j, 0.1);
      force = Math.max(force, observe(j).force);
      for (const e of drainEvents(j)) {
        if (e.type === "mepp" || e.type in times) continue;
        order.push(e.type);
        times[e.type] = e.timeMs;
      }
    }
    expect(order).toEqual(["soma-spike", "impulse-arrived", "quanta-released", "muscle-ap", "cmap", "twitch-peak"]);
    expect((times["impulse-arrived"] as number) - (times["soma-spike"] as number)).toBeCloseTo(100 / 60, 1);
    expect(observe(j).quantaLastImpulse).toBeGreaterThan(30);
    expect(observe(j).muscleActionPotentials).toBe(1);
    expect(force).toBeGreaterThan(0.15); // a twitch (≈ 0.21 of tetanic force)
    expect(observe(j).neuron).toMatchObject({ somaSpikes: 1, terminalSpikes: 1, caEntryLastImpulse: 1 });
  });

  it("an inhibited motor neuron gives no twitch; under strychnine the same input does", () => {
    const twitch = (scenarios: ScenarioChoice[]): number => {
      const j = fresh(scenarios, 5);
      stimulateSynapse(j, "inhibitory", 3);
      advance(j, 1);
      stimulateSynapse(j, "excitatory", 5);
      let force = 0;
      for (let t = 0; t < 40; t += 0.5) {
        advance(j, 0.5);
        force = Math.max(force, observe(j).force);
      }
      return force;
    };
    expect(twitch([])).toBeLessThan(0.01);
    expect(twitch([{ id: "strychnine" }])).toBeGreaterThan(0.15);
  });
});
