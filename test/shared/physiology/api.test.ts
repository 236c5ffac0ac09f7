// The lab API contract: scenario table, validation, events and the per-impulse debrief chain.

import { describe, expect, it } from "vitest";
import {
  advance,
  createJunction,
  drainEvents,
  observe,
  PARAMS,
  parseScenarioList,
  SCENARIOS,
  setVoltageClamp,
  stimulateMuscle,
  stimulateNerve,
} from "../../../shared/physiology";

describe("scenarios", () => {
  it("lists exactly the issue's ids with their defaults", () => {
    const defaults = Object.fromEntries(SCENARIOS.map((s) => [s.id, s.default]));
    expect(defaults).toEqual({
      control: 0,
      curare: 0.5,
      neostigmine: 0.9,
      organophosphate: 1,
      "myasthenia-gravis": 0.6,
      "lambert-eaton": 0.3,
      botulinum: 1,
      tetrodotoxin: 1,
      succinylcholine: 1,
      "low-calcium": 0.5,
      "high-magnesium": 5,
      hyperkalaemia: 8,
      ouabain: 1,
      strychnine: 1,
      "tetanus-toxin": 1,
      demyelination: 0.5,
      lidocaine: 0.7,
      "tetrodotoxin-nerve": 1,
      "4-aminopyridine": 0.5,
    });
    for (const s of SCENARIOS) expect(s.description.length).toBeGreaterThan(20);
  });

  it("createJunction throws a clear error on an unknown id; parseScenarioList returns a reason", () => {
    expect(() => createJunction({ scenarios: [{ id: "cocaine" }] })).toThrow(/unknown scenario id: cocaine/);
    const bad = parseScenarioList([{ id: "curare", level: 2 }]);
    expect(bad.ok).toBe(false);
    expect(parseScenarioList("curare")).toMatchObject({ ok: false });
    expect(parseScenarioList([{ id: "curare" }, { id: "neostigmine", level: 0.5 }])).toEqual({
      ok: true,
      value: [
        { id: "curare", level: 0.5 },
        { id: "neostigmine", level: 0.5 },
      ],
    });
  });

  it("the muscle stimulator and the voltage clamp refuse requests outside their range, and leave the fibre as it was", () => {
    const j = createJunction({ seed: 1 });
    const rest = observe(j).membranePotentialMv;
    const max = PARAMS.muscleStimMaxUAPerCm2;
    for (const amplitudeUAPerCm2 of [max * 1.01, -max * 1.01, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => stimulateMuscle(j, { amplitudeUAPerCm2 })).toThrow(/stimulateMuscle: amplitudeUAPerCm2/);
    }
    for (const durationMs of [0, -1, PARAMS.muscleStimMaxMs + 1, Number.NaN]) {
      expect(() => stimulateMuscle(j, { durationMs })).toThrow(/stimulateMuscle: durationMs/);
    }
    for (const mv of [-161, 121, Number.NaN]) expect(() => setVoltageClamp(j, mv)).toThrow(/setVoltageClamp: mv/);
    advance(j, 20);
    expect(observe(j).muscleActionPotentials).toBe(0); // nothing refused was applied
    expect(Math.abs(observe(j).membranePotentialMv - rest)).toBeLessThan(0.5);
    // The largest stimulus accepted fires the fibre; the clamp accepts its table range and null.
    stimulateMuscle(j, { amplitudeUAPerCm2: max });
    advance(j, 20);
    expect(observe(j).muscleActionPotentials).toBe(1);
    setVoltageClamp(j, -160);
    setVoltageClamp(j, 120);
    setVoltageClamp(j, null);
  });

  it("the extracellular concentrations follow the ion scenarios", () => {
    const o = observe(
      createJunction({
        scenarios: [
          { id: "low-calcium", level: 1 },
          { id: "high-magnesium", level: 3 },
        ],
      }),
    );
    expect(o.concentrationsMM.caOut).toBe(1);
    expect(o.concentrationsMM.mgOut).toBe(3);
    expect(o.concentrationsMM.kOut).toBe(4.5);
    expect(o.concentrationsMM.naOut).toBe(145);
  });
});

describe("events and the debrief chain", () => {
  it("one impulse yields the causal chain in time order", () => {
    const j = createJunction({ seed: 5 });
    stimulateNerve(j);
    advance(j, 60);
    const events = drainEvents(j).filter((e) => e.type !== "mepp");
    expect(events.map((e) => e.type)).toEqual([
      "nerve-stimulated",
      "impulse-arrived",
      "quanta-released",
      "muscle-ap",
      "cmap",
      "twitch-peak",
    ]);
    const times = events.map((e) => e.timeMs);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(drainEvents(j)).toEqual([]);
    const rec = observe(j).lastImpulse;
    expect(rec?.quanta).toBeGreaterThan(30);
    expect(rec?.apFired).toBe(true);
    expect(rec?.peakCaUM).toBeGreaterThan(5);
    expect(rec?.peakForce).toBeGreaterThan(0.15);
    expect(rec?.cmap).toBe(1);
  });
});
