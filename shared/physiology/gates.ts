// Voltage-dependent rate and shape functions of the muscle membrane (Cannon 1993 / Wallinga 1999 forms).
// Analytic versions in mV and 1/ms; tables.ts samples them once for the fast inner loop.

import { PARAMS as P } from "./parameters";

/** x/(1 − e^(−x/s)) with its limit s at x = 0 (removes the 0/0 of the α_m and α_n forms). */
function linExp(x: number, slope: number): number {
  if (Math.abs(x) < 1e-6) return slope;
  return x / (1 - Math.exp(-x / slope));
}

export function alphaM(v: number): number {
  return P.qM * P.alphaMPerMs * linExp(v + P.alphaMVHalfMv, P.alphaMSlopeMv);
}

export function betaM(v: number): number {
  return P.qM * P.betaMPerMs * Math.exp(-(v + P.alphaMVHalfMv) / P.betaMSlopeMv);
}

export function alphaH(v: number): number {
  const vh = v + P.hShiftMv;
  return P.qH * P.alphaHPerMs * Math.exp(-(vh + P.alphaHVHalfMv) / P.alphaHSlopeMv);
}

export function betaH(v: number): number {
  const vh = v + P.hShiftMv;
  return (P.qH * P.betaHPerMs) / (1 + Math.exp(-(vh + P.alphaHVHalfMv) / P.betaHSlopeMv));
}

export function alphaN(v: number): number {
  return P.qN * P.alphaNPerMs * linExp(v + P.alphaNVHalfMv, P.alphaNSlopeMv);
}

export function betaN(v: number): number {
  return P.qN * P.betaNPerMs * Math.exp(-(v + P.alphaNVHalfMv) / P.betaNSlopeMv);
}

/** Steady-state availability from slow inactivation of Nav1.4, s∞(V) (Boltzmann; see PARAMS.slowInact*). */
export function slowInactivationInfinity(v: number): number {
  return 1 / (1 + Math.exp((v - P.slowInactVHalfMv) / P.slowInactSlopeMv));
}

/** ClC-1 open probability factor A(V)^4 (Wallinga 1999): Cl− conductance falls at very positive V. */
export function clGate4(v: number): number {
  const a = 1 / (1 + Math.exp((v - P.clGateVHalfMv) / P.clGateSlopeMv));
  return a * a * a * a;
}

/** E_K of the control bath and cytoplasm (mV), the reference of the Kir block below. */
export const EK_CONTROL_MV = P.rtfMv * Math.log(P.kOutMM / P.kInMM);

/**
 * Kir voltage factor y at the driving force V − E_K: block by internal cations (Mg2+, polyamines), relieved at
 * negative potentials (Wallinga et al. 1999 Eur Biophys J 28:317 form, whose constants hold in the control bath).
 * The block depends on V − E_K, not on V alone: raising [K+]o shifts inward rectification with E_K (Hagiwara &
 * Takahashi 1974 J Membr Biol 18:61; Leech & Stanfield 1981 J Physiol 319:295, frog muscle). Pass V − E_K.
 */
export function kirVoltageFactor(vMinusEK: number): number {
  const v = vMinusEK + EK_CONTROL_MV;
  const e = Math.exp((2 * (1 - P.kirDelta) * v) / P.rtfMv);
  return 1 - 1 / (1 + P.kirKsMM2 / (P.kirSiMM * P.kirSiMM * e));
}

/** Voltage dependence of the Na+/K+ pump, f(V) (Cannon 1993; Luo & Rudy form); needs [Na+]o in mM. */
export function pumpVoltageFactor(v: number, naOutMM: number): number {
  const sigma = (Math.exp(naOutMM / P.pumpSigmaNaMM) - 1) / P.pumpSigmaDivisor;
  const u = v / P.rtfMv;
  return 1 / (1 + P.pumpVoltA * Math.exp(-P.pumpVoltB * u) + P.pumpVoltC * sigma * Math.exp(-u));
}

/** Steady-state availability of the t-tubule voltage sensor at V (slow charge immobilisation). */
export function sensorAvailability(v: number): number {
  return 1 / (1 + Math.exp((v - P.sensorInactVHalfMv) / P.sensorInactSlopeMv));
}

/** Steady-state RyR (DHPR-coupled) open fraction at V. */
export function ryrInfinity(v: number): number {
  return 1 / (1 + Math.exp(-(v - P.ryrVHalfMv) / P.ryrSlopeMv));
}
