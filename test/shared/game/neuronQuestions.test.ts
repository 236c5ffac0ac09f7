// Claims the motor neuron's questions (shared/game/questions/neuron.ts) and the neuron scenarios' cards make, checked
// against the engine through the lab API, so that nothing the class is taught disagrees with the neuron they watch
// (issue 12). Each test names its question; literature values are in docs/model.md, "The motor neuron".
import { describe, expect, it } from "vitest";
import { questionById } from "../../../shared/game/questions";
import { NEURON } from "../../../shared/game/questions/neuron";
import {
  advance,
  drainEvents,
  injectCurrent,
  type Junction,
  neuronDetail,
  observe,
  PARAMS,
  SCENARIOS,
  type ScenarioChoice,
  stimulateNerve,
  stimulateSynapse,
} from "../../../shared/physiology";
import { conduction } from "../../../shared/physiology/axonCable";
import { clGate4, kirVoltageFactor } from "../../../shared/physiology/gates";
import { kirConductance, nernstMv } from "../../../shared/physiology/ions";
import { NEURON as N } from "../../../shared/physiology/neuronParameters";
import {
  DT,
  fresh,
  pulseFires,
  pulseThreshold,
  shape,
  somaSpikes,
  somaTrace,
  takeOffMv,
  terminalTrace,
} from "../physiology/neuronHelpers";

const REST = observe(fresh()).neuron.somaMv;
const BRIEF = pulseThreshold(0.5); // µA/cm² of a 0.5 ms pulse that just fires the resting soma

const explanation = (id: string): string => questionById(id)?.explanation ?? "";
const card = (id: string): string => SCENARIOS.find((s) => s.id === id)?.description ?? "";

/** Holds the soma near `mv` with a steady current (resting conductance ≈ 0.14 mS/cm²); returns the V reached. */
function holdNear(j: Junction, mv: number): number {
  injectCurrent(j, "soma", (mv - REST) * 0.16, 500);
  advance(j, 200);
  return observe(j).neuron.somaMv;
}

/** Largest signed deviation of a trace from `base`. */
const deviation = (v: number[], base: number): number =>
  v.reduce((a, x) => (Math.abs(x - base) > Math.abs(a) ? x - base : a), 0);

/** Peak EPSP (mV above rest) of `count` synapses fired together. */
function epsp(count: number, scenarios: ScenarioChoice[] = []): number {
  const j = fresh(scenarios);
  stimulateSynapse(j, "excitatory", count);
  return Math.max(...somaTrace(j, 40)) - REST;
}

/** `count` EPSPs `gapMs` apart: does the soma fire? */
function firesInTime(count: number, gapMs: number): boolean {
  const j = fresh();
  for (let k = 0; k < count; k++) {
    stimulateSynapse(j, "excitatory");
    advance(j, gapMs);
  }
  advance(j, 30);
  return somaSpikes(j) > 0;
}

/** Five EPSPs, with or without three IPSPs 1 ms before: soma spikes and the muscle's peak force. */
function volley(scenarios: ScenarioChoice[], withIpsps: boolean, seed = 5): { spikes: number; force: number } {
  const j = fresh(scenarios, seed);
  if (withIpsps) {
    stimulateSynapse(j, "inhibitory", 3);
    advance(j, 1);
  }
  stimulateSynapse(j, "excitatory", 5);
  let force = 0;
  for (let t = 0; t < 40; t += 0.5) {
    advance(j, 0.5);
    force = Math.max(force, observe(j).force);
  }
  return { spikes: somaSpikes(j), force };
}

/** One stimulator impulse near the junction: quanta, muscle AP, the EPP's peak, force, MEPPs over `waitMs`. */
function nerveImpulse(scenarios: ScenarioChoice[], seed = 3, waitMs = 60) {
  const j = fresh(scenarios, seed);
  const stimulus = stimulateNerve(j);
  let force = 0;
  let epp = 0;
  for (let t = 0; t < waitMs; t += 0.5) {
    advance(j, 0.5);
    force = Math.max(force, observe(j).force);
    if (t < 10) epp = Math.max(epp, observe(j).endplatePotentialMv);
  }
  const o = observe(j);
  const mepps = drainEvents(j).filter((e) => e.type === "mepp").length;
  return { ok: stimulus.ok, quanta: o.quantaLastImpulse, aps: o.muscleActionPotentials, force, epp, mepps };
}

/** The terminal AP of one stimulator impulse: half-width (ms), Ca2+ entry relative to control, quanta. */
function terminalImpulse(scenarios: ScenarioChoice[], seed = 3) {
  const j = fresh(scenarios, seed);
  const rest = observe(j).neuron.terminalMv;
  stimulateNerve(j);
  const ap = shape(terminalTrace(j, 3), rest);
  advance(j, 10);
  const o = observe(j);
  return { halfWidthMs: ap.halfWidthMs, entry: o.neuron.caEntryLastImpulse, quanta: o.quantaLastImpulse };
}

/** A second 0.5 ms pulse of `uA` given `intervalMs` after a spike: the soma's spike count afterwards. */
function secondSpike(intervalMs: number, uA: number): number {
  const j = fresh();
  injectCurrent(j, "soma", BRIEF * 1.5, 0.5);
  advance(j, intervalMs);
  if (!injectCurrent(j, "soma", uA, 0.5).ok) throw new Error(`pulse of ${uA} µA/cm² refused`);
  advance(j, 15);
  return somaSpikes(j);
}

/** Current to fire a second spike `intervalMs` after the first, relative to the resting threshold. */
function thresholdRatio(intervalMs: number): number {
  let lo = 0;
  let hi = 1000;
  for (let k = 0; k < 20; k++) {
    const mid = 0.5 * (lo + hi);
    if (secondSpike(intervalMs, mid) >= 2) hi = mid;
    else lo = mid;
  }
  return hi / BRIEF;
}

const velocity = (scenarios: ScenarioChoice[]): number => neuronDetail(fresh(scenarios)).conductionVelocityMPerS;
const blocked = (scenarios: ScenarioChoice[]): boolean => neuronDetail(fresh(scenarios)).conductionBlocked;

const TESTED: string[] = [];
const claim = (id: string, title: string, fn: () => void, timeout?: number) => {
  TESTED.push(id);
  it(`${id}: ${title}`, fn, timeout);
};

describe("summation, EPSPs and IPSPs", () => {
  claim("neuron-spatial-summation", "one EPSP ≈ 2.5 mV; three at once stay subthreshold, four fire once", () => {
    expect(explanation("neuron-spatial-summation")).toMatch(/≈ 2.5 mV; three together stay below threshold, four/);
    const one = epsp(1);
    expect(Math.abs(one - 2.5)).toBeLessThan(0.5);
    const spikesWith = (count: number) => {
      const j = fresh();
      stimulateSynapse(j, "excitatory", count);
      advance(j, 30);
      return somaSpikes(j);
    };
    expect(spikesWith(1)).toBe(0);
    expect(spikesWith(3)).toBe(0);
    expect(spikesWith(4)).toBe(1);
  });

  claim(
    "neuron-temporal-summation",
    "τm ≈ 7 ms (4–10); two EPSPs 2 ms apart ≈ 1.9× one; five at 2 ms fire, at 10 ms not",
    () => {
      expect(explanation("neuron-temporal-summation")).toMatch(/≈ 7 ms in the model, 4–10 ms in motoneurones/);
      const j = fresh();
      injectCurrent(j, "soma", -0.5, 100);
      const v = somaTrace(j, 100);
      const final = v[v.length - 1] as number;
      const tau = v.findIndex((x) => x < REST + (final - REST) * (1 - Math.exp(-1))) * DT;
      expect(tau).toBeGreaterThan(5);
      expect(tau).toBeLessThan(9);
      const pair = fresh();
      stimulateSynapse(pair, "excitatory");
      advance(pair, 2);
      stimulateSynapse(pair, "excitatory");
      const ratio = (Math.max(...somaTrace(pair, 30)) - REST) / epsp(1);
      expect(Math.abs(ratio - 1.9)).toBeLessThan(0.15);
      expect(firesInTime(5, 2)).toBe(true);
      expect(firesInTime(5, 10)).toBe(false);
    },
  );

  claim(
    "neuron-epsp-reversal",
    "the EPSP grows with hyperpolarisation and extrapolates to 0 at ≈ 0 mV (Coombs, Eccles & Fatt 1955)",
    () => {
      expect(explanation("neuron-epsp-reversal")).toMatch(/extrapolated, vanishes near 0 mV/);
      const points = [-110, -100, -90, -80].map((target) => {
        const j = fresh();
        const base = holdNear(j, target);
        stimulateSynapse(j, "excitatory");
        return { base, dv: Math.max(...somaTrace(j, 30)) - base };
      });
      for (let i = 1; i < points.length; i++) expect(points[i]?.dv).toBeLessThan(points[i - 1]?.dv as number);
      // Least-squares line through (base, dv): where it crosses dv = 0 is the EPSP's reversal potential.
      const n = points.length;
      const mx = points.reduce((a, p) => a + p.base, 0) / n;
      const my = points.reduce((a, p) => a + p.dv, 0) / n;
      const slope =
        points.reduce((a, p) => a + (p.base - mx) * (p.dv - my), 0) /
        points.reduce((a, p) => a + (p.base - mx) ** 2, 0);
      const reversal = mx - my / slope;
      expect(Math.abs(reversal)).toBeLessThan(10);
      expect(Math.abs(epsp(1) - 2.5)).toBeLessThan(0.5);
    },
  );

  claim(
    "neuron-ipsp-reversal",
    "≈ 3 mV IPSP at rest, depolarising at −85 mV, reversal −80 ± 3 mV (Coombs, Eccles & Fatt 1955)",
    () => {
      expect(explanation("neuron-ipsp-reversal")).toMatch(/an IPSP of ≈ 3 mV in the model/);
      const atRest = fresh();
      stimulateSynapse(atRest, "inhibitory");
      expect(Math.abs(Math.min(...somaTrace(atRest, 60)) - REST - -3)).toBeLessThan(0.7);
      const points = [-90, -85, -83, -77, -74].map((target) => {
        const j = fresh();
        const base = holdNear(j, target);
        stimulateSynapse(j, "inhibitory", 2);
        return { base, dv: deviation(somaTrace(j, 30), base) };
      });
      for (const p of points) expect(Math.sign(p.dv), `held at ${p.base}`).toBe(p.base < -80 ? 1 : -1);
      const below = points.filter((p) => p.dv > 0).sort((a, b) => b.base - a.base)[0];
      const above = points.filter((p) => p.dv < 0).sort((a, b) => a.base - b.base)[0];
      if (!below || !above) throw new Error("no sign change");
      const reversal = below.base + ((above.base - below.base) * below.dv) / (below.dv - above.dv);
      expect(Math.abs(reversal - -80)).toBeLessThan(3);
    },
  );

  claim(
    "neuron-shunting-inhibition",
    "at −80 mV three IPSPs move V < 0.5 mV yet shrink an EPSP ≈ 5.5 → ≈ 4.4 mV",
    () => {
      expect(explanation("neuron-shunting-inhibition")).toMatch(
        /< 0.5 mV, yet a coincident EPSP shrinks from ≈ 5.5 to ≈ 4.4 mV/,
      );
      const alone = fresh();
      const base = holdNear(alone, -80);
      stimulateSynapse(alone, "excitatory", 2);
      const unshunted = Math.max(...somaTrace(alone, 30)) - base;
      const shunted = fresh();
      const base2 = holdNear(shunted, -80);
      stimulateSynapse(shunted, "inhibitory", 3);
      expect(Math.abs(deviation(somaTrace(shunted, 1), base2))).toBeLessThan(0.5);
      stimulateSynapse(shunted, "excitatory", 2);
      const withIpsp = Math.max(...somaTrace(shunted, 30)) - base2;
      expect(Math.abs(unshunted - 5.5)).toBeLessThan(0.5);
      expect(Math.abs(withIpsp - 4.4)).toBeLessThan(0.5);
    },
  );

  claim(
    "neuron-ipsp-veto",
    "five EPSPs fire the neuron and the muscle twitches; three IPSPs 1 ms before: no spike, no twitch",
    () => {
      expect(explanation("neuron-ipsp-veto")).toMatch(/five EPSPs reach threshold/);
      const excited = volley([], false);
      expect(excited.spikes).toBe(1);
      expect(excited.force).toBeGreaterThan(0.15);
      const vetoed = volley([], true);
      expect(vetoed.spikes).toBe(0);
      expect(vetoed.force).toBeLessThan(0.01);
    },
  );
});

describe("the spike", () => {
  claim(
    "neuron-threshold-all-or-none",
    "a long pulse fires at −56 ± 3 mV; 0.95× none, 1.02×/1.5×/3× the same ≈ +40 mV spike",
    () => {
      expect(explanation("neuron-threshold-all-or-none")).toMatch(/−56 mV in the model for a long pulse/);
      let lo = 0;
      let hi = 20;
      for (let k = 0; k < 22; k++) {
        const mid = 0.5 * (lo + hi);
        if (pulseFires(mid, 100)) hi = mid;
        else lo = mid;
      }
      const j = fresh();
      injectCurrent(j, "soma", hi * 1.01, 100);
      expect(Math.abs(takeOffMv(somaTrace(j, 110)) - -56)).toBeLessThan(3);
      expect(pulseFires(BRIEF * 0.95, 0.5)).toBe(false);
      const peaks = [1.02, 1.5, 3].map((f) => {
        const s = fresh();
        injectCurrent(s, "soma", BRIEF * f, 0.5);
        return Math.max(...somaTrace(s, 10));
      });
      for (const p of peaks) {
        expect(Math.abs(p - (peaks[1] as number))).toBeLessThan(3);
        expect(Math.abs(p - 40)).toBeLessThan(5);
      }
    },
  );

  claim(
    "neuron-ions-of-the-spike",
    "E_Na +50 / E_K −90 mV; overshoot below E_Na; no spike without Na+ channels; K+ block broadens the AP",
    () => {
      expect(explanation("neuron-ions-of-the-spike")).toMatch(/E_Na \(\+50 mV\).*E_K \(−90 mV\)/);
      expect(N.somaENaMv).toBe(50);
      expect(N.somaEKMv).toBe(-90);
      const j = fresh();
      injectCurrent(j, "soma", BRIEF * 1.5, 0.5);
      const v = somaTrace(j, 20);
      expect(Math.max(...v)).toBeGreaterThan(30);
      expect(Math.max(...v)).toBeLessThan(N.somaENaMv);
      expect(Math.min(...v)).toBeGreaterThan(N.somaEKMv);
      expect(Math.min(...v)).toBeLessThan(REST - 5); // repolarisation overshoots rest toward E_K
      // With the neuron's Na+ channels blocked (TTX on the nerve) 3× threshold gives only a passive hump, no spike.
      const ttx = fresh([{ id: "tetrodotoxin-nerve" }]);
      injectCurrent(ttx, "soma", BRIEF * 3, 0.5);
      const hump = somaTrace(ttx, 20).slice(Math.round(0.5 / DT) + 1); // after the pulse
      expect(Math.max(...hump)).toBeLessThan(-20);
      expect(takeOffMv(hump)).toBeNaN(); // V never rises faster than 10 mV/ms on its own
      expect(somaSpikes(ttx)).toBe(0);
      // With the terminal's K+ channels half blocked its AP repolarises later.
      expect(terminalImpulse([{ id: "4-aminopyridine" }]).halfWidthMs).toBeGreaterThan(
        1.15 * terminalImpulse([]).halfWidthMs,
      );
    },
  );

  claim(
    "neuron-undershoot",
    "trough −80 ± 2 mV a few ms after the spike, −76 ± 2 mV at 10 ms, within 1 mV of rest after 45–90 ms",
    () => {
      expect(explanation("neuron-undershoot")).toMatch(/−80 mV at 3 ms in the model, −76 mV at 10 ms, .* ≈ 65 ms/);
      const j = fresh();
      injectCurrent(j, "soma", BRIEF * 1.5, 0.5);
      const v = somaTrace(j, 200);
      const s = shape(v, REST);
      const after = v.slice(s.at);
      const trough = Math.min(...after);
      expect(Math.abs(trough - -80)).toBeLessThan(2);
      const troughMs = after.indexOf(trough) * DT;
      expect(troughMs).toBeGreaterThan(1);
      expect(troughMs).toBeLessThan(6);
      expect(Math.abs((after[Math.round(10 / DT)] as number) - -76)).toBeLessThan(2);
      let back = after.length - 1;
      while (back > 0 && Math.abs((after[back] as number) - REST) < 1) back--;
      expect(back * DT).toBeGreaterThan(45);
      expect(back * DT).toBeLessThan(90);
    },
  );

  claim(
    "neuron-absolute-refractory",
    "no second spike at 1.5 or 1.8 ms even at 50× threshold; at 2.5 ms the same stimulus fires",
    () => {
      expect(explanation("neuron-absolute-refractory")).toMatch(/within ≈ 1.8 ms, not even 50× threshold/);
      const strongest = N.injectMaxUAPerCm2; // the lab tool's largest pulse, ≈ 50× threshold
      expect(strongest / BRIEF).toBeGreaterThan(45);
      expect(secondSpike(1.5, strongest)).toBe(1);
      expect(secondSpike(1.8, strongest)).toBe(1);
      expect(secondSpike(2.5, strongest)).toBe(2);
    },
  );

  claim(
    "neuron-relative-refractory",
    "threshold ×2.7 at 3 ms, ×1.9 at 10 ms, ×1.04 at 100 ms; V ≈ −76 mV at 10 ms, below rest",
    () => {
      expect(explanation("neuron-relative-refractory")).toMatch(/×2.7 at 3 ms, ×1.9 at 10 ms, ×1.04 at 100 ms/);
      expect(Math.abs(thresholdRatio(3) - 2.7)).toBeLessThan(0.3);
      expect(Math.abs(thresholdRatio(10) - 1.9)).toBeLessThan(0.2);
      const late = thresholdRatio(100);
      expect(late).toBeGreaterThan(1);
      expect(late).toBeLessThan(1.1);
      const j = fresh();
      injectCurrent(j, "soma", BRIEF * 1.5, 0.5);
      advance(j, 10);
      expect(observe(j).neuron.somaMv).toBeLessThan(REST - 3);
    },
    30_000,
  );
});

describe("rest and the pump", () => {
  claim(
    "neuron-rest-vs-muscle",
    "neuron −70 ± 1 mV with ≈ 16 % Na+ leak; muscle −88 ± 1.5 mV, > 90 % Cl− and Kir",
    () => {
      expect(explanation("neuron-rest-vs-muscle")).toMatch(/≈ 16 % of the resting conductance is Na\+ leak/);
      const j = fresh();
      expect(Math.abs(REST - -70)).toBeLessThan(1);
      const gNa = N.somaGNaLeakMsPerCm2;
      const gK = N.somaGKLeakMsPerCm2;
      expect(Math.abs(gNa / (gNa + gK) - 0.16)).toBeLessThan(0.02);
      // The two leaks and the pump account for the rest: the voltage-gated channels are nearly shut at −70 mV.
      const chord = (gNa * N.somaENaMv + gK * N.somaEKMv - N.somaPumpUAPerCm2) / (gNa + gK);
      expect(Math.abs(chord - REST)).toBeLessThan(1);
      const v = observe(j).membranePotentialMv;
      expect(Math.abs(v - -88)).toBeLessThan(1.5);
      const eK = nernstMv(PARAMS.kOutMM, PARAMS.kInMM);
      const gCl = PARAMS.gClMsPerCm2 * clGate4(v);
      const gKir = kirConductance(PARAMS.kOutMM, PARAMS.kInMM) * kirVoltageFactor(v - eK);
      expect((gCl + gKir) / (gCl + gKir + PARAMS.gNaLeakMsPerCm2)).toBeGreaterThan(0.9);
    },
  );

  claim(
    "neuron-pump-role",
    "the pump's 0.3 µA/cm² against ≈ 0.14 mS/cm²: cancelling it moves the soma only ≈ 2 mV",
    () => {
      expect(explanation("neuron-pump-role")).toMatch(
        /0.3 µA\/cm² against ≈ 0.14 mS\/cm² of resting conductance, ≈ 2 mV/,
      );
      expect(N.somaPumpUAPerCm2).toBe(0.3);
      expect(Math.abs(N.somaGKLeakMsPerCm2 + N.somaGNaLeakMsPerCm2 - 0.14)).toBeLessThan(0.01);
      // An inward current equal to the pump's outward one is what stopping the pump does to V at once.
      const j = fresh();
      injectCurrent(j, "soma", N.somaPumpUAPerCm2, 400);
      advance(j, 300);
      const shift = observe(j).neuron.somaMv - REST;
      expect(shift).toBeGreaterThan(1.5);
      expect(shift).toBeLessThan(3);
      expect(somaSpikes(j)).toBe(0);
    },
  );
});

describe("the axon", () => {
  claim(
    "neuron-saltatory-conduction",
    "60 m/s; a soma spike reaches the terminal of a 100 mm axon 1.67 ms later; ≈ 20 µs per internode",
    () => {
      expect(explanation("neuron-saltatory-conduction")).toMatch(/≈ 1.7 ms.*≈ 20 µs per internode/);
      expect(velocity([])).toBeCloseTo(60, 6);
      const j = fresh();
      expect(observe(j).neuron.axonLengthMm).toBe(100);
      injectCurrent(j, "soma", BRIEF * 1.5, 0.5);
      advance(j, 20);
      const ev = drainEvents(j);
      const spike = ev.find((e) => e.type === "soma-spike");
      const arrived = ev.find((e) => e.type === "impulse-arrived");
      if (!spike || !arrived) throw new Error("no impulse");
      expect(Math.abs(arrived.timeMs - spike.timeMs - 100 / 60)).toBeLessThan(0.03);
      const internodeUs = conduction(0, 0).internodeUs;
      expect(internodeUs).toBeGreaterThan(14);
      expect(internodeUs).toBeLessThan(26);
    },
  );

  claim("neuron-demyelination", "half the myelin: ≈ 52 m/s and a normal twitch; 90 %: ≈ 29 m/s; ≈ 97 %: block", () => {
    expect(explanation("neuron-demyelination")).toMatch(/60 to ≈ 52 m\/s .* 90 % lost, ≈ 29 m\/s; from ≈ 97 %/);
    expect(card("demyelination")).toMatch(/52 instead of 60 m\/s, twitch unchanged; from about 97 % lost/);
    const half = [{ id: "demyelination", level: 0.5 }];
    expect(Math.abs(velocity(half) - 52)).toBeLessThan(1.5);
    const delayed = stimulateNerve(fresh(half)); // 30 mm from the junction at 52 m/s (docs/model.md)
    expect(delayed.ok ? delayed.arrivesAtMs : Number.NaN).toBeCloseTo(0.58, 2);
    const twitch = nerveImpulse(half);
    expect(twitch.aps).toBe(1);
    expect(Math.abs(twitch.force - nerveImpulse([]).force)).toBeLessThan(0.01);
    expect(Math.abs(velocity([{ id: "demyelination", level: 0.9 }]) - 29)).toBeLessThan(2);
    expect(blocked([{ id: "demyelination", level: 0.95 }])).toBe(false);
    expect(blocked([{ id: "demyelination", level: 0.97 }])).toBe(true);
    const failed = nerveImpulse([{ id: "demyelination", level: 0.98 }]);
    expect(failed.ok).toBe(false);
    expect(failed.quanta).toBe(0);
    expect(failed.force).toBeLessThan(0.01);
  });
});

describe("drugs and toxins on the neuron", () => {
  claim(
    "neuron-strychnine",
    "strychnine abolishes the IPSP, keeps the EPSP, lifts the veto (Bradley, Easton & Eccles 1953); NMJ normal",
    () => {
      expect(explanation("neuron-strychnine")).toMatch(/leaves the EPSPs exactly as they were/);
      const s = [{ id: "strychnine" }];
      const j = fresh(s);
      stimulateSynapse(j, "inhibitory", 3);
      expect(Math.abs(deviation(somaTrace(j, 30), REST))).toBeLessThan(0.01);
      expect(epsp(1, s)).toBeCloseTo(epsp(1), 6);
      const freed = volley(s, true);
      expect(freed.spikes).toBe(1);
      expect(freed.force).toBeGreaterThan(0.15);
      expect(nerveImpulse(s).quanta).toBe(nerveImpulse([]).quanta);
    },
  );

  claim(
    "neuron-tetanus-vs-botulinum",
    "TeNT: veto lost, ≈ 48 quanta at the NMJ; botulinum: the neuron fires, 0 quanta, no twitch",
    () => {
      expect(explanation("neuron-tetanus-vs-botulinum")).toMatch(
        /TeNT junction releases ≈ 48 quanta, the botulinum one 0/,
      );
      expect(card("tetanus-toxin")).toMatch(/still releases ACh, unlike botulinum/);
      const tent = [{ id: "tetanus-toxin" }];
      expect(volley(tent, true).spikes).toBe(1);
      expect(Math.abs(nerveImpulse(tent).quanta - 48)).toBeLessThan(8);
      const j = fresh([{ id: "botulinum" }], 5);
      stimulateSynapse(j, "excitatory", 5);
      let force = 0;
      for (let t = 0; t < 40; t += 0.5) {
        advance(j, 0.5);
        force = Math.max(force, observe(j).force);
      }
      expect(observe(j).neuron).toMatchObject({ somaSpikes: 1, terminalSpikes: 1 });
      expect(observe(j).quantaLastImpulse).toBe(0);
      expect(force).toBeLessThan(0.01);
    },
  );

  claim(
    "neuron-toxin-experiment",
    "stimulating the nerve: TeNT gives a normal EPP and twitch; botulinum no release, no EPP, no MEPPs",
    () => {
      expect(explanation("neuron-toxin-experiment")).toMatch(/≈ 48 quanta in the model/);
      const control = nerveImpulse([], 3, 3000);
      const tent = nerveImpulse([{ id: "tetanus-toxin" }], 3, 3000);
      expect(tent.quanta).toBe(control.quanta);
      expect(tent.aps).toBe(1);
      expect(tent.force).toBeGreaterThan(0.15);
      expect(control.mepps).toBeGreaterThan(0);
      const bont = nerveImpulse([{ id: "botulinum" }], 3, 3000);
      expect(bont.ok).toBe(true);
      expect(bont.quanta).toBe(0);
      expect(bont.epp).toBeLessThan(1);
      expect(bont.aps).toBe(0);
      expect(bont.mepps).toBe(0);
    },
    30_000,
  );

  claim(
    "neuron-lidocaine",
    "30 %: threshold ≈ +11 %, ≈ 47 m/s, fewer quanta; 50 %: no release; ≥ 60 %: no conduction, MEPPs go on",
    () => {
      expect(explanation("neuron-lidocaine")).toMatch(/threshold ≈ 11 % and slows the axon to ≈ 47 m\/s; from ≈ 60 %/);
      expect(card("lidocaine")).toMatch(/30 % blocked: 47 m\/s, fewer quanta\); from about half blocked no impulse/);
      const at = (level: number) => [{ id: "lidocaine", level }];
      expect(Math.abs(pulseThreshold(0.5, at(0.3)) / BRIEF - 1.11)).toBeLessThan(0.03);
      expect(Math.abs(velocity(at(0.3)) - 47)).toBeLessThan(1.5);
      const q30 = nerveImpulse(at(0.3)).quanta;
      expect(q30).toBeGreaterThan(0);
      expect(q30).toBeLessThan(0.6 * nerveImpulse([]).quanta);
      expect(blocked(at(0.5))).toBe(false);
      expect(nerveImpulse(at(0.5)).quanta).toBe(0);
      expect(blocked(at(0.6))).toBe(true);
      const dflt = nerveImpulse([{ id: "lidocaine" }], 3, 3000);
      expect(dflt.ok).toBe(false);
      expect(dflt.force).toBeLessThan(0.01);
      expect(dflt.mepps).toBeGreaterThan(0);
    },
  );

  claim(
    "neuron-ttx-nerve-vs-muscle",
    "TTX on the nerve: no impulse, no EPP, MEPPs go on; on the muscle: ≈ 48 quanta, EPP, no AP",
    () => {
      expect(explanation("neuron-ttx-nerve-vs-muscle")).toMatch(/the nerve releases ≈ 48 quanta and the EPP is intact/);
      const nerve = nerveImpulse([{ id: "tetrodotoxin-nerve" }], 3, 3000);
      expect(nerve.ok).toBe(false);
      expect(nerve.quanta).toBe(0);
      expect(nerve.epp).toBeLessThan(1);
      expect(nerve.mepps).toBeGreaterThan(0);
      const j = fresh([{ id: "tetrodotoxin-nerve" }]);
      stimulateSynapse(j, "excitatory", 20);
      advance(j, 30);
      expect(somaSpikes(j)).toBe(0);
      const muscle = nerveImpulse([{ id: "tetrodotoxin" }]);
      expect(Math.abs(muscle.quanta - 48)).toBeLessThan(8);
      expect(muscle.epp).toBeGreaterThan(20);
      expect(muscle.aps).toBe(0);
      expect(muscle.force).toBeLessThan(0.01);
    },
  );

  claim(
    "neuron-4ap-release",
    "half the K+ channels: half-width 0.40 → 0.50 ms, entry ≈ ×1.2, quanta ≈ ×2.4; restores LEMS release",
    () => {
      expect(explanation("neuron-4ap-release")).toMatch(/0.40 to ≈ 0.50 ms, Ca2\+ entry rises ≈ 1.2× .* quanta ≈ 2.4×/);
      expect(card("4-aminopyridine")).toMatch(/Ca2\+ entry × 1.2, quanta × 2.4/);
      const control = terminalImpulse([]);
      const k = terminalImpulse([{ id: "4-aminopyridine" }]);
      expect(Math.abs(control.halfWidthMs - 0.4)).toBeLessThan(0.03);
      expect(Math.abs(k.halfWidthMs - 0.5)).toBeLessThan(0.03);
      expect(control.entry).toBe(1);
      expect(Math.abs(k.entry - 1.2)).toBeLessThan(0.06);
      expect(Math.abs(k.quanta / control.quanta - 2.4)).toBeLessThan(0.3);
      // Lambert–Eaton: fewer Ca2+ channels, few quanta; a broader AP brings release back toward control.
      const lems = terminalImpulse([{ id: "lambert-eaton" }]).quanta;
      const treated = terminalImpulse([{ id: "lambert-eaton" }, { id: "4-aminopyridine", level: 0.75 }]).quanta;
      expect(lems).toBeLessThan(0.5 * control.quanta);
      expect(treated).toBeGreaterThan(2 * lems);
      expect(treated).toBeGreaterThan(0.7 * control.quanta);
    },
  );
});

describe("the neuron questions are covered", () => {
  it("at least 15 questions, each with a test below (and every neuron scenario has a card with numbers)", () => {
    expect(NEURON.length).toBeGreaterThanOrEqual(15);
    const tested = new Set(TESTED);
    expect(NEURON.map((q) => q.id).filter((id) => !tested.has(id))).toEqual([]);
    for (const id of ["demyelination", "lidocaine", "4-aminopyridine"]) expect(card(id), id).toMatch(/\d/);
  });
});
