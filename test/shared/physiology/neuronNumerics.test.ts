// The motor neuron's lab API contracts (refusals as values, scenarios), determinism with the neuron active,
// physical bounds under random use, and numerical convergence: the soma on the 40 µs cadence (500 µs while it only
// relaxes) against a step half as long.

import { describe, expect, it } from "vitest";
import {
  advance,
  cloneJunction,
  createJunction,
  createRng,
  drainEvents,
  injectCurrent,
  type Junction,
  NEURON_SCENARIOS,
  nextFloat,
  nextUint32,
  observe,
  parseScenarioList,
  setScenarios,
  stimulateNerve,
  stimulateSynapse,
} from "../../../shared/physiology";
import { fresh } from "./neuronHelpers";

describe("the neuron's lab API", () => {
  it("lists the neuron's scenarios with their documented default levels", () => {
    expect(Object.fromEntries(NEURON_SCENARIOS.map((s) => [s.id, s.default]))).toEqual({
      strychnine: 1,
      "tetanus-toxin": 1,
      demyelination: 0.5,
      lidocaine: 0.7,
      "tetrodotoxin-nerve": 1,
      "4-aminopyridine": 0.5,
    });
    for (const s of NEURON_SCENARIOS) expect(s.description.length).toBeGreaterThan(40);
    expect(parseScenarioList([{ id: "demyelination", level: 0.9 }])).toEqual({
      ok: true,
      value: [{ id: "demyelination", level: 0.9 }],
    });
    expect(parseScenarioList([{ id: "strychnine", level: 2 }]).ok).toBe(false);
  });

  it("refuses bad inputs as values and leaves the state unchanged", () => {
    const j = fresh();
    const before = JSON.stringify(j);
    expect(stimulateSynapse(j, "modulatory" as never)).toMatchObject({ ok: false });
    expect(stimulateSynapse(j, "excitatory", 0)).toMatchObject({ ok: false });
    expect(stimulateSynapse(j, "excitatory", 2.5)).toMatchObject({ ok: false });
    expect(stimulateSynapse(j, "inhibitory", 51)).toMatchObject({ ok: false });
    expect(injectCurrent(j, "dendrite" as never, 10, 1)).toMatchObject({ ok: false });
    expect(injectCurrent(j, "soma", Number.NaN, 1)).toMatchObject({ ok: false });
    expect(injectCurrent(j, "soma", 5000, 1)).toMatchObject({ ok: false });
    expect(injectCurrent(j, "soma", 10, -1)).toMatchObject({ ok: false });
    expect(JSON.stringify(j)).toBe(before);
    expect(() => createJunction({ axonLengthMm: 10 })).toThrow(/axonLengthMm/);
    expect(stimulateSynapse(j, "excitatory")).toEqual({ ok: true });
    expect(injectCurrent(j, "soma", 10, 1)).toEqual({ ok: true });
  });

  it("observe(j).neuron reports the issue's fields", () => {
    expect(Object.keys(observe(fresh()).neuron).sort()).toEqual(
      ["axonLengthMm", "caEntryLastImpulse", "somaMv", "somaSpikes", "terminalMv", "terminalSpikes"].sort(),
    );
  });

  it("a scenario applied during a run acts on the neuron (lidocaine then stops the stimulator's impulses)", () => {
    const j = fresh();
    expect(stimulateNerve(j).ok).toBe(true);
    advance(j, 20);
    expect(setScenarios(j, [{ id: "lidocaine" }]).ok).toBe(true);
    advance(j, 50);
    expect(stimulateNerve(j).ok).toBe(false);
    expect(setScenarios(j, []).ok).toBe(true);
    expect(stimulateNerve(j).ok).toBe(true);
  });
});

/** A mixed protocol: synapses, a current pulse, nerve stimuli; every observation and event. */
function protocol(j: Junction): string[] {
  const out: string[] = [];
  for (let k = 0; k < 6; k++) {
    stimulateSynapse(j, k % 2 ? "inhibitory" : "excitatory", 1 + k);
    if (k === 2) injectCurrent(j, "soma", 6, 30);
    if (k % 3 === 0) stimulateNerve(j);
    for (let i = 0; i < 8; i++) {
      advance(j, 1.37);
      out.push(JSON.stringify(observe(j)));
    }
  }
  out.push(JSON.stringify(drainEvents(j)));
  return out;
}

describe("determinism with the neuron active", () => {
  it("same seed and inputs give identical observations and events", () => {
    expect(protocol(createJunction({ seed: 77 }))).toEqual(protocol(createJunction({ seed: 77 })));
  });

  it("a clone taken mid-activity (soma firing, impulse in flight, terminal mid-AP) continues identically", () => {
    const j = createJunction({ seed: 8 });
    injectCurrent(j, "soma", 8, 200);
    advance(j, 60.9);
    stimulateNerve(j);
    advance(j, 0.3); // the terminal is being driven
    expect(j.neuron.soma.awake && j.neuron.terminal.awake).toBe(true);
    const a = cloneJunction(j);
    const b = structuredClone(j);
    const ref = protocol(j);
    expect(protocol(a)).toEqual(ref);
    expect(protocol(b)).toEqual(ref);
  });
});

describe("physical bounds under random use", () => {
  it("with any mix of the neuron's scenarios, synapses, depolarising pulses and stimuli, V stays within E_K–E_Na", () => {
    const rng = createRng(12);
    for (let trial = 0; trial < 8; trial++) {
      const picks = NEURON_SCENARIOS.filter(() => nextFloat(rng) < 0.4).map((s) => ({
        id: s.id,
        level: s.min + nextFloat(rng) * (s.max - s.min),
      }));
      const j = createJunction({ seed: nextUint32(rng), scenarios: picks });
      for (let t = 0; t < 200; ) {
        const r = nextFloat(rng);
        if (r < 0.3) stimulateSynapse(j, r < 0.15 ? "excitatory" : "inhibitory", 1 + Math.floor(nextFloat(rng) * 8));
        else if (r < 0.45)
          injectCurrent(j, "soma", nextFloat(rng) * 30, nextFloat(rng) * 20); // depolarising
        else if (r < 0.6) stimulateNerve(j);
        const dt = 0.3 + nextFloat(rng) * 8;
        advance(j, dt);
        t += dt;
        const n = observe(j).neuron;
        for (const v of [n.somaMv, n.terminalMv]) {
          expect(Number.isFinite(v)).toBe(true);
          expect(v).toBeGreaterThan(-91); // E_K −90 mV
          expect(v).toBeLessThan(60); // E_Na +50 mV, a little more during a pulse
        }
        expect(Number.isFinite(n.caEntryLastImpulse) && n.caEntryLastImpulse >= 0).toBe(true);
      }
    }
  });
});

describe("convergence of the neuron's integration", () => {
  /** Soma spike shape, a 1 s spike train, an EPSP, the soma-to-terminal chain and a 4-AP Ca2+ entry at one substep. */
  function measures(substepMs: number) {
    const make = (scenarios: { id: string; level?: number }[] = []) =>
      createJunction({ seed: 4, substepMs, scenarios });
    const dt = substepMs;
    const trace = (j: Junction, ms: number): number[] => {
      const v: number[] = [];
      for (let i = 0; i < Math.round(ms / dt); i++) {
        advance(j, dt);
        v.push(observe(j).neuron.somaMv);
      }
      return v;
    };
    const one = make();
    injectCurrent(one, "soma", 30, 0.5);
    const spike = trace(one, 100);
    const train = make();
    injectCurrent(train, "soma", 2.5, 1000);
    advance(train, 1000);
    const epsp = make();
    stimulateSynapse(epsp, "excitatory", 2);
    const e = trace(epsp, 30);
    const chain = make();
    stimulateSynapse(chain, "excitatory", 5);
    advance(chain, 10);
    const ev = drainEvents(chain);
    const latency =
      (ev.find((x) => x.type === "impulse-arrived")?.timeMs ?? Number.NaN) -
      (ev.find((x) => x.type === "soma-spike")?.timeMs ?? Number.NaN);
    const kb = make([{ id: "4-aminopyridine", level: 0.5 }]);
    stimulateNerve(kb);
    advance(kb, 2);
    return {
      peak: Math.max(...spike),
      trough: Math.min(...spike),
      ahp20: spike[Math.round(20 / dt)] as number,
      trainSpikes: observe(train).neuron.somaSpikes,
      epsp: Math.max(...e),
      latency,
      entry4ap: observe(kb).neuron.caEntryLastImpulse,
    };
  }

  it("halving the 20 µs substep (soma 40 → 20 µs, quiet 500 → 250 µs) changes spikes, PSPs and Ca2+ entry < 2 %", () => {
    const coarse = measures(0.02);
    const fine = measures(0.01);
    expect(Math.abs(coarse.peak - fine.peak)).toBeLessThan(1.5); // mV
    expect(Math.abs(coarse.trough - fine.trough)).toBeLessThan(0.3);
    expect(Math.abs(coarse.ahp20 - fine.ahp20)).toBeLessThan(0.3);
    expect(Math.abs(coarse.trainSpikes - fine.trainSpikes)).toBeLessThanOrEqual(Math.max(1, 0.02 * fine.trainSpikes));
    expect(Math.abs(coarse.epsp - fine.epsp)).toBeLessThan(0.05);
    expect(Math.abs(coarse.latency - fine.latency)).toBeLessThanOrEqual(0.04);
    expect(Math.abs(coarse.entry4ap - fine.entry4ap) / fine.entry4ap).toBeLessThan(0.02);
  });
});
