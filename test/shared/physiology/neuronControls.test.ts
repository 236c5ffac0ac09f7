// The game's three motor-neuron controls as a physiologist would check them: silencing the soma's Na+ channels
// leaves EPSPs but no spike, silencing its delayed rectifier broadens the spike, silencing the nodes of Ranvier stops
// conduction (the soma fires, nothing reaches the muscle); and with every control at 1 the engine is unchanged.

import { describe, expect, it } from "vitest";
import {
  advance,
  type ControlName,
  drainEvents,
  injectCurrent,
  type Junction,
  type JunctionEvent,
  neuronDetail,
  observe,
  setControl,
  stimulateNerve,
  stimulateSynapse,
} from "../../../shared/physiology";
import { fresh, shape, somaSpikes, somaTrace } from "./neuronHelpers";

const REST = observe(fresh()).neuron.somaMv;
const NEURON_CONTROLS: ControlName[] = ["neuronNa", "neuronK", "node"];

/** Non-MEPP events of the next `ms`, with the largest force reached. */
function run(j: Junction, ms: number): { events: JunctionEvent[]; force: number } {
  const events: JunctionEvent[] = [];
  let force = 0;
  for (let t = 0; t < ms; t += 0.5) {
    advance(j, 0.5);
    force = Math.max(force, observe(j).force);
    for (const e of drainEvents(j)) if (e.type !== "mepp") events.push(e);
  }
  return { events, force };
}

const timeOf = (events: JunctionEvent[], type: string): number =>
  events.find((e) => e.type === type)?.timeMs ?? Number.NaN;

describe("neuronNa: the soma's voltage-gated Na+ channels", () => {
  it("at 0 a strong volley (12 synapses) gives only an EPSP (≈ 23 mV, no spike); at 1 it fires", () => {
    const silenced = fresh();
    setControl(silenced, "neuronNa", 0);
    stimulateSynapse(silenced, "excitatory", 12);
    const peak = Math.max(...somaTrace(silenced, 30));
    expect(peak - REST).toBeGreaterThan(15); // the EPSP is there (≈ −47 mV) …
    expect(peak).toBeLessThan(-40); // … but no regenerative Na+ current
    expect(somaSpikes(silenced)).toBe(0);

    const control = fresh();
    stimulateSynapse(control, "excitatory", 12);
    expect(Math.max(...somaTrace(control, 30))).toBeGreaterThan(30);
    expect(somaSpikes(control)).toBe(1);
  });

  it("in between, fewer channels give a smaller spike (peak grows with the share that can open)", () => {
    const peaks = [0.25, 0.5, 1].map((share) => {
      const j = fresh();
      setControl(j, "neuronNa", share);
      stimulateSynapse(j, "excitatory", 12);
      return Math.max(...somaTrace(j, 20));
    });
    expect(peaks[0] as number).toBeLessThan(peaks[1] as number);
    expect(peaks[1] as number).toBeLessThan(peaks[2] as number);
  });
});

describe("neuronK: the soma's delayed-rectifier K+ channels", () => {
  const spike = (share: number): { halfWidthMs: number; at10Ms: number; j: Junction } => {
    const j = fresh();
    setControl(j, "neuronK", share);
    stimulateSynapse(j, "excitatory", 12);
    const v = somaTrace(j, 10);
    return { halfWidthMs: shape(v, REST).halfWidthMs, at10Ms: v[v.length - 1] as number, j };
  };

  it("at 0 the spike is far broader (half-width ≈ 4.5 ms against ≈ 0.6 ms at 1)", () => {
    const control = spike(1);
    const silenced = spike(0);
    expect(control.halfWidthMs).toBeGreaterThan(0.4);
    expect(control.halfWidthMs).toBeLessThan(1);
    expect(silenced.halfWidthMs).toBeGreaterThan(3);
    expect(silenced.halfWidthMs).toBeGreaterThan(5 * control.halfWidthMs);
  });

  it("at 0 leak and SK cannot repolarise it: the soma stays near −28 mV; restoring the channels repolarises it", () => {
    const { at10Ms, j } = spike(0);
    expect(at10Ms).toBeGreaterThan(-40); // depolarisation block: the Na+ window current outweighs leak and SK
    setControl(j, "neuronK", 1);
    const v = somaTrace(j, 3);
    expect(v[v.length - 1] as number).toBeLessThan(-70); // back to the undershoot within 3 ms
  });

  it("a partial share (0.25) still repolarises, more slowly than the full set", () => {
    expect(spike(0.25).halfWidthMs).toBeGreaterThan(spike(1).halfWidthMs);
    expect(spike(0.25).at10Ms).toBeLessThan(-70);
  });
});

describe("node: the nodes of Ranvier", () => {
  it("at 0 the soma fires but no impulse reaches the terminal and the muscle does not twitch", () => {
    const j = fresh([], 5);
    setControl(j, "node", 0);
    stimulateSynapse(j, "excitatory", 12);
    const { events, force } = run(j, 60);
    expect(observe(j).neuron.somaSpikes).toBe(1);
    expect(observe(j).neuron.terminalSpikes).toBe(0);
    expect(events.some((e) => e.type === "impulse-arrived")).toBe(false);
    expect(force).toBeLessThan(0.01);
    expect(neuronDetail(j).conductionBlocked).toBe(true);
    expect(stimulateNerve(j).ok).toBe(false); // the stimulator's impulse would not conduct either
  });

  it("at 1 the same volley twitches the muscle; at 0.75 conduction is slower (≈ 50 against 60 m/s)", () => {
    const latency = (share: number): { ms: number; force: number; terminalSpikes: number } => {
      const j = fresh([], 5);
      setControl(j, "node", share);
      stimulateSynapse(j, "excitatory", 12);
      const { events, force } = run(j, 60);
      const ms = timeOf(events, "impulse-arrived") - timeOf(events, "soma-spike");
      return { ms, force, terminalSpikes: observe(j).neuron.terminalSpikes };
    };
    const control = latency(1);
    expect(control.force).toBeGreaterThan(0.15);
    expect(control.terminalSpikes).toBe(1);
    expect(control.ms).toBeCloseTo(100 / 60, 1);
    const slowed = latency(0.75);
    expect(slowed.ms).toBeGreaterThan(control.ms * 1.1);
    expect(slowed.force).toBeGreaterThan(0.15);
  });

  it("an impulse keeps the conduction of its launch: silencing the nodes after it left still lets it arrive", () => {
    const j = fresh([], 5);
    stimulateSynapse(j, "excitatory", 12);
    let launched = false;
    for (let t = 0; t < 10 && !launched; t += 0.02) {
      advance(j, 0.02);
      launched = drainEvents(j).some((e) => e.type === "soma-spike");
    }
    expect(launched).toBe(true);
    setControl(j, "node", 0);
    expect(run(j, 40).force).toBeGreaterThan(0.15);
    expect(observe(j).neuron.terminalSpikes).toBe(1);
  });

  it("an impulse launched while the nodes are silenced stays blocked when they recover before it would arrive", () => {
    const j = fresh([], 5);
    setControl(j, "node", 0);
    stimulateSynapse(j, "excitatory", 12);
    let launched = false;
    for (let t = 0; t < 10 && !launched; t += 0.02) {
      advance(j, 0.02);
      launched = drainEvents(j).some((e) => e.type === "soma-spike");
    }
    setControl(j, "node", 1);
    expect(run(j, 40).force).toBeLessThan(0.01);
    expect(observe(j).neuron.terminalSpikes).toBe(0);
  });
});

describe("the order impulses reach the terminal (a 1 m axon: 16.7 ms of conduction)", () => {
  const arrivals = (j: Junction, ms: number, into: number[]): void => {
    for (let t = 0; t < ms; t += 0.1) {
      advance(j, 0.1);
      for (const e of drainEvents(j)) if (e.type === "impulse-arrived") into.push(e.impulse);
    }
  };

  it("an impulse launched faster behind a slower one does not pass it: it arrives ≥ 1 ms after it", () => {
    const j = fresh([], 1, { axonLengthMm: 1000 });
    setControl(j, "node", 0.75); // 50 m/s: 20 ms to the terminal
    stimulateSynapse(j, "excitatory", 12);
    const order: number[] = [];
    arrivals(j, 4, order);
    setControl(j, "node", 1); // 60 m/s: 16.7 ms, would arrive ≈ 0.3 ms before the first
    injectCurrent(j, "soma", 300, 0.5);
    const times: number[] = [];
    for (let t = 0; t < 40; t += 0.02) {
      advance(j, 0.02);
      for (const e of drainEvents(j)) {
        if (e.type !== "impulse-arrived") continue;
        order.push(e.impulse);
        times.push(e.timeMs);
      }
    }
    expect(order).toEqual([0, 1]);
    expect((times[1] as number) - (times[0] as number)).toBeGreaterThan(0.95);
  });

  it("the stimulator's impulse, starting nearer the terminal, arrives before a soma impulse still short of it", () => {
    // Two soma impulses in flight short of the electrode: the stimulator's antidromic impulse annihilates the more
    // advanced (impulse 0); its own (2) reaches the terminal 0.5 ms later, impulse 1 some 15 ms after that.
    const j = fresh([], 1, { axonLengthMm: 1000 });
    injectCurrent(j, "soma", 300, 0.5);
    const order: number[] = [];
    arrivals(j, 4, order);
    injectCurrent(j, "soma", 300, 0.5);
    arrivals(j, 2, order);
    expect(stimulateNerve(j)).toMatchObject({ ok: true, impulse: 2 });
    arrivals(j, 40, order);
    expect(order).toEqual([2, 1]); // impulse indices are launch order, not arrival order
  });
});

describe("with every control at 1 the engine is unchanged", () => {
  it("a run after the neuron's controls went to 0 and back to 1 at rest is bit-identical to a default run", () => {
    const protocol = (j: Junction): unknown[] => {
      const out: unknown[] = [];
      const record = (ms: number): void => {
        for (let t = 0; t < ms; t += 0.5) {
          advance(j, 0.5);
          out.push(observe(j), neuronDetail(j), drainEvents(j));
        }
      };
      stimulateSynapse(j, "excitatory", 5);
      record(30);
      stimulateNerve(j);
      record(5);
      injectCurrent(j, "soma", 40, 100);
      record(60);
      stimulateSynapse(j, "inhibitory", 3);
      stimulateSynapse(j, "excitatory", 8);
      record(40);
      return out;
    };
    // Both get one subthreshold EPSP and settle; the toggled one does so with the neuron's controls at 0, falls
    // asleep at that rest, and gets its controls back at rest.
    const reference = fresh([], 7);
    stimulateSynapse(reference, "excitatory", 1);
    advance(reference, 400);
    drainEvents(reference);

    const toggled = fresh([], 7);
    for (const name of NEURON_CONTROLS) setControl(toggled, name, 0);
    stimulateSynapse(toggled, "excitatory", 1);
    advance(toggled, 300);
    expect(toggled.neuron.soma.awake).toBe(false); // settled at the rest of the silenced channels
    expect(toggled.neuron.soma.v).not.toBe(reference.neuron.soma.v);
    for (const name of NEURON_CONTROLS) setControl(toggled, name, 1);
    advance(toggled, 100);
    drainEvents(toggled);
    expect(toggled.controls).toEqual(reference.controls);

    const a = protocol(reference);
    const b = protocol(toggled);
    expect(observe(reference).neuron.somaSpikes).toBeGreaterThan(2); // the protocol does exercise the neuron
    expect(b).toStrictEqual(a);
  });
});
