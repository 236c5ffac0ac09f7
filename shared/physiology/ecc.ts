// Excitation–contraction coupling (Shorten-type, simplified): voltage-driven RyR release from the SR,
// Ca-dependent inactivation, SERCA reuptake, troponin and parvalbumin buffering, cross-bridges → force.

import type { Controls } from "./controls";
import { PARAMS as P } from "./parameters";
import type { EccState } from "./state";
import { sensorAvailability } from "./gates";
import { IO } from "./scratch";
import { FRAC, interp, lookupColumn, rowOf, STRIDE, T_RYR, T_SENSOR, TABLE } from "./tables";

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

/** Advances ECC by IO.dtMs at membrane potential v (mV); semi-implicit in free Ca2+ so it stays positive. */
export function eccStep(e: EccState, v: number, c: Controls): void {
  const dt = IO.dtMs;
  const i = rowOf(v);
  const f = FRAC[0] as number;
  e.sensor += ((interp(TABLE, STRIDE, i, f, T_SENSOR) - e.sensor) * dt) / P.sensorInactTauMs;
  const ryrInf = interp(TABLE, STRIDE, i, f, T_RYR) * e.sensor;
  e.ryr += ((ryrInf - e.ryr) * dt) / P.ryrTauMs;
  e.inact += ((e.ca / (e.ca + P.ryrInactKUM) - e.inact) * dt) / P.ryrInactTauMs;
  const jRel = (P.releaseMaxUMPerMs * e.ryr * (1 - e.inact) * e.sr) / P.srTotalUM + e.leakPerMs * e.sr;
  const tnFree = P.troponinUM - e.tnCa;
  const pvFree = P.parvalbuminUM - e.pvCa - e.pvMg;
  const kBind = P.troponinOnPerUMPerMs * tnFree + P.pvCaOnPerUMPerMs * pvFree;
  const kSerca = sercaCoefficient(e.ca, c.serca);
  const unbind = P.troponinOffPerMs * e.tnCa + P.pvCaOffPerMs * e.pvCa;
  const ca = (e.ca + dt * (jRel + unbind)) / (1 + dt * (kBind + kSerca));
  e.tnCa += dt * (P.troponinOnPerUMPerMs * ca * tnFree - P.troponinOffPerMs * e.tnCa);
  e.pvCa += dt * (P.pvCaOnPerUMPerMs * ca * pvFree - P.pvCaOffPerMs * e.pvCa);
  e.pvMg += dt * (P.pvMgOnPerUMPerMs * P.mgInUM * pvFree - P.pvMgOffPerMs * e.pvMg);
  e.sr += dt * (kSerca * ca - jRel);
  e.ca = ca;
  const a = e.tnCa / P.troponinUM;
  const act = P.xbHill === 3 ? a * a * a : Math.pow(a, P.xbHill); // fast path for the tabled Hill of 3
  e.xb += dt * (P.xbAttachPerMs * act * (1 - e.xb) - P.xbDetachPerMs * e.xb);
}
