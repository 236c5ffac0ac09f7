// Excitation–contraction coupling (Shorten-type, simplified): RyR release from the SR driven by the
// potential of the propagated (sarcolemma/t-tubule) compartment,
// Ca-dependent inactivation, SERCA reuptake, troponin and parvalbumin buffering, cross-bridges → force.

import type { Controls } from "./controls";
import { sensorAvailability } from "./gates";
import { PARAMS as P } from "./parameters";
import { IO } from "./scratch";
import type { EccState, PatchState } from "./state";
import { lookupColumn, ROWS, STRIDE, T_RYR, T_SENSOR, TABLE, V_MIN_MV, V_STEP_MV } from "./tables";

export { sensorAvailability };

/** Cross-bridge fraction with troponin saturated: maximal tetanic force, the unit of `force`. */
export const XB_MAX = P.xbAttachPerMs / (P.xbAttachPerMs + P.xbDetachPerMs);

function sercaCoefficient(ca: number, drive: number): number {
  // SERCA flux = coefficient × Ca (Hill 2, so the coefficient is Vmax·Ca/(Ca² + Km²)).
  return (P.sercaMaxUMPerMs * drive * ca) / (ca * ca + P.sercaKmUM * P.sercaKmUM);
}

/** Resting ECC state at potential vRest, with the SR leak that holds Ca2+ at its resting value. */
export function restingEcc(vRest: number): EccState {
  const ca = P.caRestUM;
  const sensor = sensorAvailability(vRest);
  const ryr = lookupColumn(vRest, T_RYR) * sensor;
  const inact = ca / (ca + P.ryrInactKUM);
  const release = (P.releaseMaxUMPerMs * ryr * (1 - inact) * P.srTotalUM) / P.srTotalUM;
  const uptake = sercaCoefficient(ca, 1) * ca;
  const leakPerMs = Math.max(0, (uptake - release) / P.srTotalUM);
  const kTn = P.troponinOffPerMs / P.troponinOnPerUMPerMs;
  const kPvCa = P.pvCaOffPerMs / P.pvCaOnPerUMPerMs;
  const kPvMg = P.pvMgOffPerMs / P.pvMgOnPerUMPerMs;
  const denom = 1 + ca / kPvCa + P.mgInUM / kPvMg;
  return {
    ryr,
    inact,
    sensor,
    ca,
    sr: P.srTotalUM,
    tnCa: (P.troponinUM * ca) / (ca + kTn),
    pvCa: (P.parvalbuminUM * (ca / kPvCa)) / denom,
    pvMg: (P.parvalbuminUM * (P.mgInUM / kPvMg)) / denom,
    xb: 0,
    leakPerMs,
  };
}

// Reciprocals and products of table constants, so the per-substep code multiplies instead of divides.
const INV_SENSOR_TAU = 1 / P.sensorInactTauMs;
const INV_RYR_TAU = 1 / P.ryrTauMs;
const INV_INACT_TAU = 1 / P.ryrInactTauMs;
const RELEASE_PER_SR = P.releaseMaxUMPerMs / P.srTotalUM;
const PV_MG_ON = P.pvMgOnPerUMPerMs * P.mgInUM;
const INV_TN = 1 / P.troponinUM;
const SERCA_KM2 = P.sercaKmUM * P.sercaKmUM;
const INV_V_STEP = 1 / V_STEP_MV;

/**
 * Advances ECC by IO.dtMs at the t-tubule potential `tt.v` (mV) — the propagated compartment, not the end
 * plate; semi-implicit in free Ca2+ so it stays positive.
 */
export function eccStep(e: EccState, tt: PatchState, c: Controls): void {
  const dt = IO.dtMs;
  const v = tt.v;
  const x = Math.round((v - V_MIN_MV) * INV_V_STEP); // nearest table row (inlined, see tables.ts)
  const o = (x > 0 ? (x < ROWS ? x : ROWS - 1) : 0) * STRIDE;
  const sensor = e.sensor + ((TABLE[o + T_SENSOR] as number) - e.sensor) * dt * INV_SENSOR_TAU;
  const ryr = e.ryr + ((TABLE[o + T_RYR] as number) * sensor - e.ryr) * dt * INV_RYR_TAU;
  const ca0 = e.ca;
  const inact = e.inact + (ca0 / (ca0 + P.ryrInactKUM) - e.inact) * dt * INV_INACT_TAU;
  const sr = e.sr;
  const tnCa = e.tnCa;
  const pvCa = e.pvCa;
  const pvMg = e.pvMg;
  const jRel = (RELEASE_PER_SR * ryr * (1 - inact) + e.leakPerMs) * sr;
  const tnFree = P.troponinUM - tnCa;
  const pvFree = P.parvalbuminUM - pvCa - pvMg;
  const kBind = P.troponinOnPerUMPerMs * tnFree + P.pvCaOnPerUMPerMs * pvFree;
  const kSerca = (P.sercaMaxUMPerMs * c.serca * ca0) / (ca0 * ca0 + SERCA_KM2); // flux = kSerca × Ca
  const unbind = P.troponinOffPerMs * tnCa + P.pvCaOffPerMs * pvCa;
  const ca = (ca0 + dt * (jRel + unbind)) / (1 + dt * (kBind + kSerca));
  const newTn = tnCa + dt * (P.troponinOnPerUMPerMs * ca * tnFree - P.troponinOffPerMs * tnCa);
  e.pvCa = pvCa + dt * (P.pvCaOnPerUMPerMs * ca * pvFree - P.pvCaOffPerMs * pvCa);
  e.pvMg = pvMg + dt * (PV_MG_ON * pvFree - P.pvMgOffPerMs * pvMg);
  e.sr = sr + dt * (kSerca * ca - jRel);
  e.ca = ca;
  e.tnCa = newTn;
  e.sensor = sensor;
  e.ryr = ryr;
  e.inact = inact;
  const a = newTn * INV_TN;
  const act = P.xbHill === 3 ? a * a * a : a ** P.xbHill; // fast path for the tabled Hill of 3
  const xb = e.xb;
  e.xb = xb + dt * (P.xbAttachPerMs * act * (1 - xb) - P.xbDetachPerMs * xb);
}
