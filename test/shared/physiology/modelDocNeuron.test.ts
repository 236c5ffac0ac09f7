// docs/model.md's motor-neuron numbers, scenarios and controls, claim by claim, measured from the engine (issue 13;
// see modelDoc.test.ts).

import { describe, expect, it } from "vitest";
import {
  advance,
  drainEvents,
  injectCurrent,
  neuronDetail,
  observe,
  type ScenarioChoice,
  setControl,
  stimulateNerve,
  stimulateSynapse,
} from "../../../shared/physiology";
import { max, trace } from "./helpers";
import { near } from "./modelDocHelpers";
import { DT, fresh, pulseFires, pulseThreshold, shape, somaSpikes, somaTrace, terminalTrace } from "./neuronHelpers";

describe("model.md 'Numbers the neuron produces' and the neuron's scenarios and controls", () => {
  const REST = observe(fresh()).neuron.somaMv;

  it("rest −70.0 mV; spike peak +40 mV, half-width 0.56 ms; undershoot −80.5 mV, −76 mV at 10 ms, within 1 mV of rest by ≈ 65 ms", () => {
    near(REST, -70, 0.1);
    const j = fresh();
    injectCurrent(j, "soma", pulseThreshold(0.5) * 1.5, 0.5);
    const v = somaTrace(j, 150);
    const s = shape(v, REST);
    near(s.peak, 40.5, 1);
    near(s.halfWidthMs, 0.56, 0.03);
    const after = v.slice(s.at);
    near(Math.min(...after), -80.5, 0.3);
    near(after[Math.round(10 / DT)] as number, -76.5, 0.5);
    let back = after.length - 1;
    while (back > 0 && Math.abs((after[back] as number) - REST) < 1) back--;
    near(back * DT, 65, 5);
  });

  it("relative refractory period: threshold ×2.7 at 3 ms, ×1.9 at 10 ms, ×1.24 at 50 ms, ×1.04 at 100 ms; absolute ≈ 1.8–2 ms", () => {
    const brief = pulseThreshold(0.5);
    const second = (d: number, amp: number): number => {
      const j = fresh();
      injectCurrent(j, "soma", brief * 1.5, 0.5);
      advance(j, d);
      injectCurrent(j, "soma", amp, 0.5);
      advance(j, 15);
      return somaSpikes(j);
    };
    expect(second(1.8, 1000)).toBe(1); // 1000 µA/cm² ≈ 50× threshold, the largest pulse injectCurrent takes
    expect(second(2, 1000)).toBe(2);
    const ratio = (d: number): number => {
      let lo = 0;
      let hi = 1000;
      for (let k = 0; k < 14; k++) {
        const mid = 0.5 * (lo + hi);
        if (second(d, mid) >= 2) hi = mid;
        else lo = mid;
      }
      return hi / brief;
    };
    near(ratio(3), 2.7, 0.08);
    near(ratio(10), 1.9, 0.06);
    near(ratio(50), 1.24, 0.03);
    near(ratio(100), 1.04, 0.02);
  });

  it("firing rate against current: 8 imp/s at 1.1× rheobase (0.70 µA/cm²), 14 at 1.5×, 20 at 2×, 32 at 3×, 43 at 4×, 65 at 6×; the first interval shorter", {
    timeout: 20_000,
  }, () => {
    let lo = 0;
    let hi = 5;
    for (let k = 0; k < 16; k++) {
      const mid = 0.5 * (lo + hi);
      if (pulseFires(mid, 100)) hi = mid;
      else lo = mid;
    }
    near(hi, 0.7, 0.02);
    const rheobase = hi;
    const rates = (times: number): { steady: number; first: number } => {
      const j = fresh();
      injectCurrent(j, "soma", rheobase * times, 1000);
      const v = somaTrace(j, 1000);
      const t: number[] = [];
      let armed = true;
      v.forEach((x, i) => {
        if (armed && x > 0) {
          t.push(i * DT);
          armed = false;
        }
        if (x < -40) armed = true;
      });
      return {
        steady: 1000 / ((t.at(-1) as number) - (t.at(-2) as number)),
        first: 1000 / ((t[1] as number) - (t[0] as number)),
      };
    };
    const expected: [number, number][] = [
      [1.1, 8],
      [1.5, 14],
      [2, 20],
      [3, 32],
      [4, 43],
      [6, 65],
    ];
    for (const [times, hz] of expected) near(rates(times).steady, hz, 0.1 * hz);
    const strong = rates(4);
    expect(strong.first).toBeGreaterThan(1.2 * strong.steady);
  });

  it("PSPs: EPSP 2.5 mV, 10–90 % rise 1.3 ms, half-width 8 ms; IPSP −3.0 mV peaking at 5 ms, half-width 13 ms; three inputs peak at −62.5 mV, four fire", () => {
    const psp = (kind: "excitatory" | "inhibitory") => {
      const j = fresh();
      stimulateSynapse(j, kind, 1);
      const sign = kind === "excitatory" ? 1 : -1;
      const d = somaTrace(j, 60).map((x) => sign * (x - REST));
      const pk = Math.max(...d);
      const at = d.indexOf(pk);
      const a = d.findIndex((x) => x > pk / 2);
      let b = at;
      while ((d[b] as number) > pk / 2) b++;
      const rise = (d.findIndex((x) => x > 0.9 * pk) - d.findIndex((x) => x > 0.1 * pk)) * DT;
      return { amp: sign * pk, at: at * DT, hw: (b - a) * DT, rise };
    };
    const e = psp("excitatory");
    near(e.amp, 2.5, 0.1);
    near(e.rise, 1.3, 0.1);
    near(e.hw, 8.4, 0.6);
    const i = psp("inhibitory");
    near(i.amp, -3, 0.1);
    near(i.at, 5.3, 0.5);
    near(i.hw, 13.4, 1);
    const three = fresh();
    stimulateSynapse(three, "excitatory", 3);
    near(Math.max(...somaTrace(three, 30)), -62.5, 0.3);
    expect(somaSpikes(three)).toBe(0);
    const four = fresh();
    stimulateSynapse(four, "excitatory", 4);
    advance(four, 30);
    expect(somaSpikes(four)).toBe(1);
  });

  it("demyelination 0.5: 52 m/s (latency 1.91 ms; the stimulator's impulse arrives 0.58 ms after it); 0.9: 29 m/s (3.5 ms); 0.95: 17 m/s; ≥ 0.96: block", () => {
    const d = (level: number) => neuronDetail(fresh([{ id: "demyelination", level }]));
    near(d(0.5).conductionVelocityMPerS, 52, 0.5);
    near(d(0.5).somaToTerminalMs, 1.91, 0.02);
    near(d(0.9).conductionVelocityMPerS, 29, 0.5);
    near(d(0.9).somaToTerminalMs, 3.46, 0.05);
    near(d(0.95).conductionVelocityMPerS, 16.6, 0.6);
    expect(d(0.95).conductionBlocked).toBe(false);
    expect(d(0.96).conductionBlocked).toBe(true);
    const arrival = (scenarios: ScenarioChoice[]): number => {
      const j = fresh(scenarios);
      stimulateNerve(j);
      advance(j, 2);
      const e = drainEvents(j).find((x) => x.type === "impulse-arrived");
      return e?.timeMs ?? Number.NaN;
    };
    near(arrival([]), 0.5, 0.01);
    near(arrival([{ id: "demyelination", level: 0.5 }]), 0.58, 0.01);
  });

  it("lidocaine 0.3: threshold +11 %, 47 m/s, smaller terminal AP (≈ 20 quanta); 0.5: 34 m/s, the terminal AP fails; ≥ 0.6: no conduction", () => {
    near(pulseThreshold(0.5, [{ id: "lidocaine", level: 0.3 }]) / pulseThreshold(0.5), 1.11, 0.01);
    const run = (level: number) => {
      const j = fresh([{ id: "lidocaine", level }]);
      const v = neuronDetail(j).conductionVelocityMPerS;
      const ok = stimulateNerve(j).ok;
      advance(j, 10);
      return { v, ok, quanta: observe(j).quantaLastImpulse, terminal: observe(j).neuron.terminalSpikes };
    };
    const l3 = run(0.3);
    near(l3.v, 47, 1);
    near(l3.quanta, 20, 4);
    expect(l3.terminal).toBe(1);
    const l5 = run(0.5);
    near(l5.v, 34, 1);
    expect(l5.terminal).toBe(0);
    expect(l5.quanta).toBe(0);
    for (const level of [0.6, 0.7]) expect(run(level).ok).toBe(false);
  });

  it("node control: 0.5 gives 34 m/s and a last-node AP too small to fire the terminal; 0.75 gives 50 m/s and a normal twitch", () => {
    const run = (share: number) => {
      const j = fresh([], 5);
      setControl(j, "node", share);
      stimulateSynapse(j, "excitatory", 12);
      const tr = trace(j, 60, 0.1);
      const events = drainEvents(j);
      const spike = events.find((e) => e.type === "soma-spike")?.timeMs ?? Number.NaN;
      const arrived = events.find((e) => e.type === "impulse-arrived")?.timeMs ?? Number.NaN;
      return { speed: 100 / (arrived - spike), terminal: observe(j).neuron.terminalSpikes, force: max(tr.force) };
    };
    const half = run(0.5);
    near(half.speed, 34, 1);
    expect(half.terminal).toBe(0);
    const most = run(0.75);
    near(most.speed, 50, 1);
    near(most.force, 0.21, 0.015);
  });

  it("4-aminopyridine (seed 3): half-width 0.40/0.44/0.50/0.56/0.64 ms, entry ×1.10/1.23/1.41/1.54, quanta 48/72/116/201/292; with Lambert–Eaton 0.75 brings release from 14 to 44", () => {
    const impulse = (scenarios: ScenarioChoice[]) => {
      const j = fresh(scenarios, 3);
      const rest = observe(j).neuron.terminalMv;
      stimulateNerve(j);
      const ap = shape(terminalTrace(j, 3), rest);
      advance(j, 10);
      return { hw: ap.halfWidthMs, entry: observe(j).neuron.caEntryLastImpulse, quanta: observe(j).quantaLastImpulse };
    };
    const expected: [number, number, number, number][] = [
      [0, 0.4, 1, 48],
      [0.25, 0.44, 1.1, 72],
      [0.5, 0.5, 1.23, 116],
      [0.75, 0.56, 1.41, 201],
      [0.9, 0.64, 1.54, 292],
    ];
    for (const [level, hw, entry, quanta] of expected) {
      const r = impulse(level > 0 ? [{ id: "4-aminopyridine", level }] : []);
      near(r.hw, hw, 0.015);
      near(r.entry, entry, 0.01);
      near(r.quanta, quanta, 2);
    }
    expect(impulse([{ id: "lambert-eaton" }]).quanta).toBe(14);
    expect(impulse([{ id: "lambert-eaton" }, { id: "4-aminopyridine", level: 0.75 }]).quanta).toBe(44);
  });
});
