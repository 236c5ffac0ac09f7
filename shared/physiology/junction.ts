// The one place time advances: a fixed substep running the whole chain in order (terminal → cleft →
// receptors → end-plate membrane → propagated membrane → ECC), plus the lab actions that feed it inputs
// (nerve and muscle stimuli, voltage clamp: all act on the end plate).

import { addPulse, cleftStep, receptorsAvailable, suxStep } from "./cleft";
import { eccStep, XB_MAX } from "./ecc";
import { pushEvent, recordOf } from "./events";
import { decideCmap, excitability, sampleFibreQuanta } from "./fibres";
import { refreshSlowTerms } from "./ions";
import { membraneStep, propagatedStep } from "./membrane";
import { neuronStep, terminalArrival } from "./neuron";
import { nerveStimulus, type StimulusResult } from "./neuronImpulses";
import { PARAMS as P } from "./parameters";
import {
  evokedRelease,
  impulseArrives,
  prejunctionalMobilisation,
  presynapticStep,
  releaseProbability,
  spontaneousRatePerMs,
} from "./release";
import { IO } from "./scratch";
import type { Junction } from "./state";
import { V_MAX_MV, V_MIN_MV } from "./tables";

/** Conductance of one open nAChR spread over the effective end-plate membrane, mS/cm² (1 pS = 1e-9 mS). */
export const G_CHANNEL_MS_PER_CM2 = (P.channelConductancePS * 1e-9) / P.endplateAreaCm2;
const INV_XB_MAX = 1 / XB_MAX;

function stepsFor(j: Junction, ms: number): number {
  return Math.max(1, Math.round(ms / j.dtMs));
}

function onArrival(j: Junction, impulse: number): void {
  const signal = impulseArrives(j.pre, j.mods, j.controls, terminalArrival(j));
  const t = j.step * j.dtMs;
  pushEvent(j, { type: "impulse-arrived", timeMs: t, impulse, caEntry: j.pre.lastX });
  const rec = recordOf(j, impulse);
  if (rec) {
    rec.arrivedMs = t;
    rec.caEntry = j.pre.lastX;
  }
  j.pre.releases.push(j.step + stepsFor(j, P.synapticDelayMs));
  j.pre.releaseX.push(signal);
  j.pre.releaseImpulse.push(impulse);
}

function readCmap(j: Junction): void {
  const f = j.fibres;
  const perFootprint = receptorsAvailable(j.mods, P.receptorsPerFootprint) * (1 - j.sux.desensitised);
  const slot = f.decisionSlot;
  const peak = slot >= 0 ? (j.cleft.peakOpen[slot] as number) * perFootprint : 0;
  const impulse = slot >= 0 ? (j.cleft.impulse[slot] as number) : (j.chain[j.chain.length - 1]?.impulse ?? -1);
  const suxG = j.sux.open * receptorsAvailable(j.mods, P.receptorsPerEndplate) * (1 - j.sux.desensitised);
  const fraction = decideCmap(f, peak, j.mem.v, suxG * G_CHANNEL_MS_PER_CM2);
  pushEvent(j, { type: "cmap", timeMs: j.step * j.dtMs, impulse, fraction });
  const rec = recordOf(j, impulse);
  if (rec) rec.cmap = fraction;
}

function onRelease(j: Junction, signal: number, impulse: number): void {
  const f = j.fibres;
  if (f.decisionStep >= 0) readCmap(j); // previous impulse not read yet (very high rates): read it now
  const p = releaseProbability(signal, j.mods, j.controls);
  const rrpBefore = j.pre.rrp;
  const k = evokedRelease(j.pre, j.rng, p);
  const slot = k > 0 ? addPulse(j.cleft, k, impulse) : -1;
  sampleFibreQuanta(f, j.rng, rrpBefore, p);
  f.decisionStep = j.step + stepsFor(j, P.fibreDecisionMs);
  f.decisionSlot = slot;
  const c = j.controls;
  f.decisionExcitability = excitability(j.mem.h * j.mem.s, j.mods.naChannelBlock, c.naChannel, c.naIon);
  const t = j.step * j.dtMs;
  pushEvent(j, { type: "quanta-released", timeMs: t, impulse, quanta: k, releaseProbability: p });
  const rec = recordOf(j, impulse);
  if (rec) {
    rec.quanta = k;
    rec.releaseProbability = p;
  }
}

/** Detectors: end-plate APs (−20 mV upward crossing while open Na+ channels outweigh K+ and Cl−), propagated APs (overshoot
 * of 0 mV) and the latest record's peaks every substep; twitch peaks and Ca2+/force peaks on the slow
 * cadence, when ECC has moved. */
export function detect(j: Junction, slow: boolean): void {
  const d = j.det;
  const v = j.mem.v;
  // (guarded: reading past the end of an array is a slow path in JS engines)
  const rec = j.chain.length > 0 ? j.chain[j.chain.length - 1] : undefined;
  if (d.apArmed) {
    if (v >= P.apDetectMv) {
      // An AP, not a driven swing: Na+ channels open and their conductance outweighs the K+ and Cl− conductances,
      // so the membrane is pulled toward E_Na by its own channels. A large direct stimulus inside the refractory
      // period swings V past −20 mV while the few open Na+ channels lose to the still-open K+ channels.
      const m = j.mem.m;
      const open = m * m * m * j.mem.h * j.mem.s * (1 - j.mods.naChannelBlock);
      if (open >= P.apMinNaOpen && j.mem.gNaOpenMsPerCm2 >= j.mem.gKClMsPerCm2) {
        const t = j.step * j.dtMs;
        d.apArmed = false;
        d.apCount++;
        d.lastApStep = j.step;
        d.apPeakMv = v;
        pushEvent(j, { type: "muscle-ap", timeMs: t });
        if (rec && rec.arrivedMs !== null && !rec.apFired) {
          rec.apFired = true;
          rec.apTimeMs = t;
        }
      }
    }
  } else {
    if (v > d.apPeakMv) d.apPeakMv = v;
    if (v < P.apRearmMv) d.apArmed = true;
  }
  // Propagated APs: the membrane away from the end plate overshoots 0 mV (passively it gets ≈ 1/3 of the
  // end plate's depolarisation, so an EPP or a clamp up to +30 mV leaves it below ≈ −45 mV).
  const vp = j.prop.v;
  if (d.propApArmed) {
    const pm = j.prop.m;
    // Its own Na+ channels open (a huge end-plate swing under TTX can drag it past 0 mV passively: not an AP).
    if (vp >= P.propApDetectMv && pm * pm * pm * j.prop.h * j.prop.s * (1 - j.mods.naChannelBlock) >= P.apMinNaOpen) {
      d.propApArmed = false;
      d.propApCount++;
      d.lastPropApStep = j.step;
    }
  } else if (vp < P.apRearmMv) d.propApArmed = true;
  if (rec) {
    // The EPP is the synaptic depolarisation: once it has fired an AP, the AP's swing is not the EPP's.
    const depol = v - rec.preImpulseMv;
    if (depol > rec.eppPeakMv && !rec.apFired) rec.eppPeakMv = depol;
    if (j.mem.openReceptors > rec.peakOpenReceptors) rec.peakOpenReceptors = j.mem.openReceptors;
  }
  if (!slow) return;
  const force = j.ecc.xb * INV_XB_MAX;
  if (force > d.forcePrev) d.forceRising = true;
  else if (d.forceRising && force < d.forcePrev) {
    d.forceRising = false;
    if (d.forcePrev > P.twitchPeakMinForce) {
      pushEvent(j, { type: "twitch-peak", timeMs: j.step * j.dtMs, force: d.forcePrev });
    }
  }
  d.forcePrev = force;
  if (rec) {
    if (j.ecc.ca > rec.peakCaUM) rec.peakCaUM = j.ecc.ca;
    if (force > rec.peakForce) rec.peakForce = force;
  }
}

/** One fixed substep of the whole junction. `quiet` suppresses spontaneous release (settling only). */
export function step(j: Junction, quiet = false): void {
  const dt = j.dtMs;
  const pre = j.pre;
  if (j.step >= j.neuron.nextStep) neuronStep(j); // soma, axon, terminal: impulses arrive at their announced step
  while (pre.arrivals.length > 0 && (pre.arrivals[0] as number) <= j.step) {
    pre.arrivals.shift();
    onArrival(j, pre.arrivalImpulse.shift() as number);
  }
  while (pre.releases.length > 0 && (pre.releases[0] as number) <= j.step) {
    pre.releases.shift();
    onRelease(j, pre.releaseX.shift() as number, pre.releaseImpulse.shift() as number);
  }
  // Slow processes (presynaptic residual Ca2+, refill, spontaneous fusion; ECC) run every
  // slowEverySubsteps substeps with the matching longer step: their fastest rates are ≤ 12 /ms.
  const slow = j.step % P.slowEverySubsteps === 0;
  IO.dtMs = dt * P.slowEverySubsteps;
  if (slow && !quiet && presynapticStep(pre, j.rng)) {
    addPulse(j.cleft, 1, -1);
    pushEvent(j, { type: "mepp", timeMs: j.step * dt });
  }
  IO.dtMs = dt;
  cleftStep(j.cleft, j.mods, j.controls, j.sux.desensitised);
  suxStep(j.sux, j.mods, j.controls);
  j.mem.openReceptors = IO.open;
  IO.gSyn = IO.open * G_CHANNEL_MS_PER_CM2;
  IO.stim = j.step < j.mem.stimEndStep ? j.mem.stimUAPerCm2 : 0;
  if (j.step >= j.mem.nextRefreshStep) {
    refreshSlowTerms(j.mem, j.mods.kOutMM);
    pre.meppRatePerMs = spontaneousRatePerMs(j.mods, j.controls);
    pre.mobilisation = prejunctionalMobilisation(j.mods);
    j.mem.nextRefreshStep = j.step + stepsFor(j, P.slowUpdateMs);
  }
  membraneStep(j.mem, j.mods, j.controls);
  if (slow) {
    // The propagated membrane steps on the slow cadence too: it only drives ECC, and its exponential-Euler
    // gates and V stay stable and accurate at 40 µs (convergence tested against the 20 µs step).
    IO.dtMs = dt * P.slowEverySubsteps;
    propagatedStep(j.prop, j.mem, j.mods, j.controls);
    eccStep(j.ecc, j.prop, j.controls);
  }
  j.step++;
  detect(j, slow);
  if (j.fibres.decisionStep >= 0 && j.step >= j.fibres.decisionStep) readCmap(j);
}

/** Advances physiological time by `ms`; a remainder shorter than one substep is carried to the next call. */
export function advance(j: Junction, ms: number): void {
  if (!(ms >= 0) || !Number.isFinite(ms)) throw new Error(`advance: ms must be a finite number ≥ 0, got ${ms}`);
  const total = j.pendingMs + ms;
  const n = Math.floor(total / j.dtMs + 1e-9);
  j.pendingMs = Math.max(0, total - n * j.dtMs);
  for (let i = 0; i < n; i++) step(j);
}

export type { StimulusResult };

/**
 * The nerve stimulator: one impulse from the electrode on the motor axon near the junction to the terminal (and one
 * antidromic, to the soma); refused as a value inside the axon's absolute refractory period or when it cannot
 * conduct (neuron.nerveStimulus).
 */
export function stimulateNerve(j: Junction): StimulusResult {
  return nerveStimulus(j);
}

/** Direct current stimulus to the muscle fibre at the end plate (lab tool, e.g. for refractoriness), µA/cm²
 * for ms; the propagated membrane follows through the axial coupling. Throws on an amplitude or duration outside
 * the stimulator's range (PARAMS.muscleStimMaxUAPerCm2, PARAMS.muscleStimMaxMs). */
export function stimulateMuscle(j: Junction, options: { amplitudeUAPerCm2?: number; durationMs?: number } = {}): void {
  const amplitude = options.amplitudeUAPerCm2 ?? P.muscleStimUAPerCm2;
  const duration = options.durationMs ?? P.muscleStimMs;
  if (!Number.isFinite(amplitude) || Math.abs(amplitude) > P.muscleStimMaxUAPerCm2) {
    throw new Error(
      `stimulateMuscle: amplitudeUAPerCm2 must be a finite number within ±${P.muscleStimMaxUAPerCm2} µA/cm², got ${amplitude}`,
    );
  }
  if (!Number.isFinite(duration) || duration <= 0 || duration > P.muscleStimMaxMs) {
    throw new Error(
      `stimulateMuscle: durationMs must be a finite number in (0, ${P.muscleStimMaxMs}] ms, got ${duration}`,
    );
  }
  j.mem.stimUAPerCm2 = amplitude;
  j.mem.stimEndStep = j.step + stepsFor(j, duration);
}

/** Voltage clamp of the end plate at `mv` (lab tool, e.g. EPC and its reversal); null releases it. The
 * propagated membrane is not clamped: it follows through the axial coupling. Throws on a holding potential outside
 * the range the model's rate tables cover (tables.V_MIN_MV … V_MAX_MV). */
export function setVoltageClamp(j: Junction, mv: number | null): void {
  if (mv !== null && (!Number.isFinite(mv) || mv < V_MIN_MV || mv > V_MAX_MV)) {
    throw new Error(`setVoltageClamp: mv must be null or a finite number in [${V_MIN_MV}, ${V_MAX_MV}] mV, got ${mv}`);
  }
  j.mem.clampMv = mv;
}
