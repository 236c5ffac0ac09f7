// Cleft ACh and nicotinic receptors: each release event is one ACh pulse acting in every released
// quantum's own footprint (not one well-mixed pool, which would saturate); R ⇌ AR ⇌ A2R ⇌ A2R*.

import type { Controls } from "./controls";
import { PARAMS as P } from "./parameters";
import type { Modifiers } from "./scenarios";
import { IO } from "./scratch";
import type { CleftState, SuxState } from "./state";

export const CLEFT_SLOTS = 16;

export function emptyCleft(): CleftState {
  const z = (): number[] => new Array<number>(CLEFT_SLOTS).fill(0);
  return {
    active: 0,
    quanta: z(),
    achToCome: z(),
    ach: z(),
    r: z(),
    ar: z(),
    a2r: z(),
    open: z(),
    monoBound: z(),
    peakOpen: z(),
    impulse: z(),
  };
}

/** Receptors that can still bind two ACh in one footprint: MG removes them, curare occupies sites. */
export function receptorsAvailable(mods: Modifiers, perArea: number): number {
  const free = 1 - mods.receptorSiteOccupancy;
  return perArea * (1 - mods.receptorLoss) * free * free;
}

/** Starts an ACh pulse of `quanta` footprints; reuses the weakest slot if all are busy. Returns the slot. */
export function addPulse(cl: CleftState, quanta: number, impulse: number): number {
  let slot = cl.quanta.indexOf(0);
  if (slot >= 0) cl.active++;
  else {
    slot = 0;
    for (let i = 1; i < CLEFT_SLOTS; i++) if ((cl.open[i] as number) < (cl.open[slot] as number)) slot = i;
  }
  cl.quanta[slot] = quanta;
  cl.achToCome[slot] = P.achPeakUM; // delivered over ≈ achDeliveryTauMs (fusion pore, asynchrony)
  cl.ach[slot] = 0;
  cl.r[slot] = 1;
  cl.ar[slot] = 0;
  cl.a2r[slot] = 0;
  cl.open[slot] = 0;
  cl.monoBound[slot] = 0;
  cl.peakOpen[slot] = 0;
  cl.impulse[slot] = impulse;
  return slot;
}

/** Scratch for the derivative (no allocation in the loop): dR, dAR, dA2R, dOpen (fractions/ms), dACh (µM/ms). */
const D = new Float64Array(5);

/**
 * Right-hand side of one footprint. ACh bound to receptors leaves the free pool and is protected from
 * AChE and diffusion until it unbinds ("buffered diffusion", Katz & Miledi 1973): with AChE inhibited,
 * ACh rebinds many times and the end-plate current is prolonged. sites = receptors in µM of the footprint.
 */
function derivs(
  c: number,
  r: number,
  ar: number,
  a2r: number,
  o: number,
  kon: number,
  koff: number,
  beta: number,
  alpha: number,
  kClear: number,
  receptorsUM: number,
): void {
  const f1 = 2 * kon * c * r - koff * ar; // R → AR (two free sites)
  const f2 = kon * c * ar - 2 * koff * a2r; // AR → A2R (either bound ACh may leave)
  const f3 = beta * a2r - alpha * o; // A2R → A2R*
  D[0] = -f1;
  D[1] = f1 - f2;
  D[2] = f2 - f3;
  D[3] = f3;
  D[4] = -kClear * c - receptorsUM * (f1 + f2);
}

/** Sub-steps so that the fastest transition moves at most this fraction of a state per sub-step (RK2). */
const MAX_RATE_DT = 1.2; // RK2 is stable to 2; accuracy checked by the convergence test

/** ACh concentration (µM) contributed by one molecule in a footprint (C0 / molecules per quantum). */
const UM_PER_MOLECULE = P.achPeakUM / P.achMoleculesPerQuantum;

/**
 * Advances every active footprint by IO.dtMs with midpoint (RK2) sub-steps; IO.open receives the total
 * number of open channels (footprints × receptors × open fraction). ACh is cleared by AChE hydrolysis
 * and diffusion out of the footprint, and buffered by binding to the receptors.
 */
export function cleftStep(cl: CleftState, mods: Modifiers, c: Controls, desensitised: number): void {
  IO.open = 0;
  if (cl.active === 0) return; // nothing released recently: skip the slot loop
  const dt = IO.dtMs;
  const free = 1 - mods.receptorSiteOccupancy; // as receptorsAvailable(), written out (no boxed return)
  const perFootprint = P.receptorsPerFootprint * (1 - mods.receptorLoss) * free * free * (1 - desensitised);
  IO.perFootprint = perFootprint;
  const receptorsUM = perFootprint * UM_PER_MOLECULE;
  // Receptors with one site taken by curare still bind ACh on the other (a dead end: they cannot
  // open), so they buffer ACh too — a competitive antagonist wastes ACh as well as receptors.
  const monoUM =
    P.receptorsPerFootprint * (1 - mods.receptorLoss) * 2 * mods.receptorSiteOccupancy * free * UM_PER_MOLECULE;
  const kClear = P.aChEPerMs * (1 - mods.aChEInhibition) * c.aChE + P.achDiffusionPerMs;
  const beta = P.betaOpenPerMs * c.nAChR;
  const kon = P.kOnPerUMPerMs;
  const koff = P.kOffPerMs;
  const alpha = P.alphaClosePerMs;
  const kIn = 1 / P.achDeliveryTauMs;
  let open = 0;
  for (let s = 0; s < CLEFT_SLOTS; s++) {
    const q = cl.quanta[s] as number;
    if (q === 0) continue;
    let src = cl.achToCome[s] as number;
    let ach = cl.ach[s] as number;
    let r = cl.r[s] as number;
    let ar = cl.ar[s] as number;
    let a2r = cl.a2r[s] as number;
    let o = cl.open[s] as number;
    let mb = cl.monoBound[s] as number;
    const fastest = Math.max(2 * kon * (ach + src) + kClear + kon * (2 * receptorsUM + monoUM), 2 * koff + beta, kIn);
    const n = Math.max(P.receptorSubdivisions, Math.ceil((fastest * dt) / MAX_RATE_DT));
    const h = dt / n;
    const hh = h * 0.5;
    for (let i = 0; i < n; i++) {
      // Midpoint (RK2) step, written out: a call per derivative would box its double arguments.
      const f1 = 2 * kon * ach * r - koff * ar; // R → AR (two free sites)
      const f2 = kon * ach * ar - 2 * koff * a2r; // AR → A2R (either bound ACh may leave)
      const f3 = beta * a2r - alpha * o; // A2R → A2R*
      const fm = kon * ach * (1 - mb) - koff * mb; // ACh onto the free site of a curare-bound receptor
      const dc = kIn * src - kClear * ach - receptorsUM * (f1 + f2) - monoUM * fm; // bound ACh leaves the pool
      const rM = r - hh * f1;
      const arM = ar + hh * (f1 - f2);
      const a2rM = a2r + hh * (f2 - f3);
      const oM = o + hh * f3;
      const cM = ach + hh * dc;
      const srcM = src - hh * kIn * src;
      const mbM = mb + hh * fm;
      const gm = kon * cM * (1 - mbM) - koff * mbM;
      const g1 = 2 * kon * cM * rM - koff * arM;
      const g2 = kon * cM * arM - 2 * koff * a2rM;
      const g3 = beta * a2rM - alpha * oM;
      r -= h * g1;
      ar += h * (g1 - g2);
      a2r += h * (g2 - g3);
      o += h * g3;
      ach = Math.max(0, ach + h * (kIn * srcM - kClear * cM - receptorsUM * (g1 + g2) - monoUM * gm));
      mb += h * gm;
      src -= h * kIn * srcM;
    }
    cl.ach[s] = ach;
    cl.achToCome[s] = src;
    cl.r[s] = r;
    cl.ar[s] = ar;
    cl.a2r[s] = a2r;
    cl.open[s] = o;
    cl.monoBound[s] = mb;
    if (o > (cl.peakOpen[s] as number)) cl.peakOpen[s] = o;
    open += q * perFootprint * o;
    if (ach + src < P.pulseEndUM && o + a2r + ar + mb < P.pulseEndOpenFraction) {
      cl.quanta[s] = 0;
      cl.active--;
    }
  }
  IO.open = open;
}

const INV_DESENS_ON = 1 / P.desensOnsetTauMs;
const INV_DESENS_OFF = 1 / P.desensRecoveryTauMs;
const DESENS_K2 = P.desensKUM * P.desensKUM;

/**
 * Succinylcholine on the whole end-plate pool: same scheme with its own rates; AChE cannot clear it. The
 * sustained agonist also desensitises receptors over seconds (PARAMS.desens*); the desensitised fraction
 * neither conducts here nor answers ACh in the footprints (cleftStep reads `sx.desensitised`).
 */
export function suxStep(sx: SuxState, mods: Modifiers, c: Controls): void {
  const dt = IO.dtMs;
  const conc = mods.succinylcholineUM;
  if (conc <= 0 && sx.open + sx.a2r + sx.ar + sx.desensitised === 0) return;
  const target = (conc * conc) / (conc * conc + DESENS_K2);
  const d = sx.desensitised;
  sx.desensitised = d + (target - d) * dt * (target > d ? INV_DESENS_ON : INV_DESENS_OFF);
  if (sx.desensitised < 1e-9 && conc <= 0) sx.desensitised = 0;
  const beta = P.suxBetaPerMs * c.nAChR;
  IO.open += sx.open * receptorsAvailable(mods, P.receptorsPerEndplate) * (1 - sx.desensitised);
  const n = Math.max(
    1,
    Math.ceil((Math.max(2 * P.suxKOnPerUMPerMs * conc, 2 * P.suxKOffPerMs + beta) * dt) / MAX_RATE_DT),
  );
  const h = dt / n;
  for (let i = 0; i < n; i++) {
    derivs(conc, sx.r, sx.ar, sx.a2r, sx.open, P.suxKOnPerUMPerMs, P.suxKOffPerMs, beta, P.suxAlphaPerMs, 0, 0);
    sx.r += h * (D[0] as number);
    sx.ar += h * (D[1] as number);
    sx.a2r += h * (D[2] as number);
    sx.open += h * (D[3] as number);
  }
}

/** Concentration in the most recent active footprint, µM (0 when the cleft is clear). */
export function achInCleft(cl: CleftState): number {
  let best = 0;
  for (let s = 0; s < CLEFT_SLOTS; s++) if ((cl.quanta[s] as number) > 0) best = Math.max(best, cl.ach[s] as number);
  return best;
}
