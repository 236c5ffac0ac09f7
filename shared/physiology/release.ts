// Presynaptic terminal: Ca2+ entry per impulse (Ca/Mg competition, Dodge & Rahamimoff 1967), binomial
// quantal release from a depleting, refilling readily releasable pool, residual-Ca2+ facilitation, MEPPs.

import type { Controls } from "./controls";
import { PARAMS as P } from "./parameters";
import { nextBinomial, nextExponential, type RngState } from "./rng";
import type { Modifiers } from "./scenarios";
import { IO } from "./scratch";
import type { PresynapticState } from "./state";

/** Ca2+/Mg2+ competition at the terminal's Ca2+ entry (Dodge & Rahamimoff 1967), dimensionless. */
function caSite(mods: Modifiers): number {
  return mods.caOutMM / (mods.caOutMM + P.kCaMM * (1 + mods.mgOutMM / P.kMgMM));
}

/**
 * Ca2+ entry per impulse (dimensionless occupancy of the release Ca2+ sensor's supply). `apEntry` is the terminal
 * AP's own Ca2+ charge relative to a control AP's (terminal.ts; exactly 1 for a control impulse from rest).
 */
export function caEntry(mods: Modifiers, c: Controls, apEntry = 1): number {
  return (1 - mods.caChannelLoss) * c.caChannel * c.caIon * caSite(mods) * apEntry;
}

/**
 * Fraction of the terminal's nicotinic autoreceptors that released ACh can still activate, dimensionless: a
 * competitive antagonist (curare) occupies their sites as it does the end plate's (two sites, both free). They
 * sustain the mobilisation of vesicles during trains, its Ca2+-dependent part at high frequency and a share of its
 * resting part at 2 Hz (Bowman 1980 Anesth Analg 59:935; Wessler 1989 Trends Pharmacol Sci 10:110; Glavinović 1979
 * J Physiol 290:499); agonists (succinylcholine) do not block them (Jonsson et al. 2006 Anesthesiology 104:724).
 */
export function prejunctionalMobilisation(mods: Modifiers): number {
  const free = 1 - mods.receptorSiteOccupancy;
  return free * free;
}

/** Resting potential of the motor nerve terminal, mV: constant-field equation for K+ and Na+ (PARAMS). */
export function terminalRestMv(kOutMM: number): number {
  const a = P.terminalPNaPK;
  return P.rtfMv * Math.log((kOutMM + a * P.naOutMM) / (P.kInMM + a * P.naInMM));
}

/** Open fraction of the terminal's CaV2.1 channels at a steady potential, s∞². */
function restingCaChannelsOpen(v: number): number {
  const s = 1 / (1 + Math.exp(-(v - P.terminalCaVHalfMv) / P.terminalCaSlopeMv));
  return s * s;
}

const SITE_REF = P.caOutMM / (P.caOutMM + P.kCaMM * (1 + P.mgOutMM / P.kMgMM));
const OPEN_REF = restingCaChannelsOpen(terminalRestMv(P.kOutMM));
/** Memo of the channel term for the last [K+]o seen (a pure function of it; the rate is refreshed every 0.5 ms). */
let cachedKOut: number = P.kOutMM;
let cachedOpen = 1;

/**
 * Spontaneous fusion rate per ms with a full pool: the control rate scaled by the terminal's resting Ca2+
 * supply, a Ca2+-channel share (∝ channels open at the terminal's resting potential, so it rises steeply with
 * K+o) plus a background share, both competing with Mg2+ (Ca/Mg site). Botulinum and the vesicles drive scale it.
 */
export function spontaneousRatePerMs(mods: Modifiers, c: Controls): number {
  if (mods.kOutMM !== cachedKOut) {
    cachedKOut = mods.kOutMM;
    cachedOpen = restingCaChannelsOpen(terminalRestMv(cachedKOut)) / OPEN_REF;
  }
  const channels = (1 - mods.caChannelLoss) * c.caChannel * c.caIon * cachedOpen;
  const supply = (caSite(mods) / SITE_REF) * (1 - P.meppChannelShare + P.meppChannelShare * channels);
  return P.meppRatePerMs * supply * (1 - mods.releaseBlock) * c.vesicles;
}

/** Entry of a control impulse in the reference bath: release probability is p0 there. */
export const X_REF = P.caOutMM / (P.caOutMM + P.kCaMM * (1 + P.mgOutMM / P.kMgMM));

const INV_FAST_TAU = 1 / P.facilFastTauMs;
const INV_SLOW_TAU = 1 / P.facilSlowTauMs;
const INV_AUG_TAU = 1 / P.augmentationTauMs;
const INV_POT_TAU = 1 / P.potentiationTauMs;
const INV_CA_TAU = 1 / P.caChannelTauMs;
const INV_X_REF = 1 / X_REF;
const INV_RRP = 1 / P.rrpVesicles;

export function initialPresynaptic(): PresynapticState {
  return {
    rrp: P.rrpVesicles,
    r1: 0,
    r2: 0,
    r3: 0,
    r4: 0,
    mobilisation: 1,
    caOpen: 0,
    lastX: 0,
    lastP: 0,
    meppHazard: 0,
    meppRatePerMs: P.meppRatePerMs,
    lastStimStep: -1e9,
    arrivals: [],
    releases: [],
    releaseX: [],
    releaseImpulse: [],
    arrivalImpulse: [],
    stimulated: 0,
    quantaLastImpulse: 0,
    spontaneousQuanta: 0,
    impulses: 0,
  };
}

/**
 * The impulse invades the terminal: Ca2+ channels open, Ca2+ enters. The release it drives (after the
 * synaptic delay) sees this entry plus the residual Ca2+ left by earlier impulses; then residual grows.
 * Returns the effective Ca2+ signal for release.
 */
export function impulseArrives(pre: PresynapticState, mods: Modifiers, c: Controls, apEntry = 1): number {
  const x = caEntry(mods, c, apEntry);
  const effective = x + pre.r1 + pre.r2 + pre.r3 + pre.r4;
  pre.caOpen = (1 - mods.caChannelLoss) * Math.min(1, c.caChannel);
  pre.lastX = x / X_REF;
  pre.r1 += P.facilFastGain * x;
  pre.r2 += P.facilSlowGain * x;
  pre.r3 += P.augmentationGain * x;
  pre.r4 += P.potentiationGain * x;
  pre.impulses++;
  return effective;
}

/** Release probability per RRP vesicle for a Ca2+ signal (4th-power cooperativity), with block and drive. */
export function releaseProbability(signal: number, mods: Modifiers, c: Controls): number {
  const p = P.releaseP0 * (signal / X_REF) ** P.releaseCooperativity * (1 - mods.releaseBlock) * c.vesicles;
  return Math.min(1, Math.max(0, p));
}

/** Evoked release: quanta ~ Binomial(RRP, p); the pool depletes. */
export function evokedRelease(pre: PresynapticState, rng: RngState, p: number): number {
  const k = nextBinomial(rng, pre.rrp, p);
  pre.rrp -= k;
  pre.lastP = p;
  pre.quantaLastImpulse = k;
  return k;
}

/**
 * Continuous presynaptic kinetics over IO.dtMs: residual Ca2+ decays, the pool refills (faster with residual
 * Ca2+), and spontaneous fusions occur as a Poisson process. Returns true if a MEPP quantum fused.
 */
export function presynapticStep(pre: PresynapticState, rng: RngState): boolean {
  const dt = IO.dtMs;
  pre.r1 -= pre.r1 * dt * INV_FAST_TAU;
  pre.r2 -= pre.r2 * dt * INV_SLOW_TAU;
  pre.r3 -= pre.r3 * dt * INV_AUG_TAU;
  pre.r4 -= pre.r4 * dt * INV_POT_TAU;
  pre.caOpen -= pre.caOpen * dt * INV_CA_TAU;
  // Mobilisation needs the terminal's nicotinic autoreceptors (pre.mobilisation; junction.step): all of the
  // Ca2+-dependent part, a share of the resting part (1 exactly when they are all free).
  const mob = pre.mobilisation;
  const basal = P.refillBasalPerMs * (1 - P.refillAutoreceptorShare * (1 - mob));
  const refill = basal + P.refillCaPerMs * (pre.r1 + pre.r2) * INV_X_REF * mob;
  pre.rrp += (P.rrpVesicles - pre.rrp) * refill * dt;
  const rate = pre.meppRatePerMs * pre.rrp * INV_RRP; // refreshed with the slow terms (junction.step)
  pre.meppHazard -= rate * dt;
  if (pre.meppHazard > 0 || rate <= 0) return false;
  pre.meppHazard += nextExponential(rng);
  if (pre.rrp >= 1) pre.rrp -= 1;
  pre.spontaneousQuanta++;
  return true;
}
