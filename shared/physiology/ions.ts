// The fibre's slowly changing ionic terms: Nernst potentials, Kir and pump saturation at the present concentrations,
// and the fibre's volume at osmotic equilibrium. Refreshed every PARAMS.slowUpdateMs (membrane.ts steps the
// compartments with them).

import { PARAMS as P } from "./parameters";
import type { MembraneState } from "./state";
import { lookupColumn, T_PUMP_F, V_STEP_MV } from "./tables";

const INV_V_STEP = 1 / V_STEP_MV;

/** Nernst potential in mV for a monovalent cation (use inside/outside swapped for Cl−). */
export function nernstMv(outMM: number, inMM: number): number {
  return P.rtfMv * Math.log(outMM / inMM);
}

/** Kir maximal conductance at the current [K+]o, [K+]i (Wallinga 1999: K_R = K_o·e^(−δ·E_K·F/RT)). */
export function kirConductance(kOut: number, kIn: number): number {
  const kr = kOut * (kIn / kOut) ** P.kirDelta;
  return (P.gKirMsPerCm2 * kr * kr) / (P.kirKkMM2 + kr * kr);
}

/** Concentration-dependent part of the pump current, µA/cm² (K+o and Na+i activation, Cannon 1993). */
export function pumpSaturation(naIn: number, kOut: number): number {
  const kTerm = (kOut * kOut) / (kOut * kOut + P.pumpKmKMM * P.pumpKmKMM);
  const na3 = naIn * naIn * naIn;
  const naTerm = na3 / (na3 + P.pumpKmNaMM * P.pumpKmNaMM * P.pumpKmNaMM);
  return P.pumpMaxUAPerCm2 * kTerm * naTerm;
}

/** Pump current density (µA/cm²) at V, with block and drive. */
export function pumpCurrent(v: number, naIn: number, kOut: number, block: number, drive: number): number {
  return pumpSaturation(naIn, kOut) * (1 - block) * drive * lookupColumn(v, T_PUMP_F);
}

/**
 * Refreshes the terms that depend only on slowly changing concentrations (reversal potentials, Kir
 * maximal conductance, pump saturation). Called every `slowUpdateMs`: one AP moves [Na+]i by ≈ 0.002 mM.
 */
export function refreshSlowTerms(mem: MembraneState, kOut: number): void {
  equilibrateVolume(mem);
  mem.eNa = nernstMv(P.naOutMM, mem.naIn);
  mem.eK = nernstMv(kOut, mem.kIn);
  mem.eCl = nernstMv(mem.clIn, P.clOutMM);
  mem.gKirMax = kirConductance(kOut, mem.kIn);
  mem.kirRowShift = Math.round(-mem.eK * INV_V_STEP); // Kir block is read at V − E_K (gates.kirVoltageFactor)
  mem.pumpSat = pumpSaturation(mem.naIn, kOut);
  mem.synNaShare = (P.eSynMv - mem.eK) / (mem.eNa - mem.eK); // Na+ share of g_syn that reverses at E_syn
}

/**
 * Water follows solute: the fibre's volume is set by osmotic equilibrium with the bath, the cytoplasm's ions plus
 * its impermeant osmolytes at the bath's osmolarity (the pump–leak balance: Tosteson & Hoffman 1960 J Gen Physiol
 * 44:169; Macknight & Leaf 1977 Physiol Rev 57:510). Water crosses in seconds, ions in minutes to hours, so the
 * volume is taken at equilibrium on every slow refresh (model choice). Ion amounts are conserved: concentrations are
 * rescaled by old/new volume. A fibre that gains Na+ and Cl− faster than it loses K+ (the pump stopped) swells.
 */
export function equilibrateVolume(mem: MembraneState): void {
  const amount = (mem.naIn + mem.kIn + mem.clIn) * mem.volume + mem.impermeantMM;
  const volume = amount / P.osmolarityMOsm;
  const f = mem.volume / volume;
  mem.naIn *= f;
  mem.kIn *= f;
  mem.clIn *= f;
  mem.volume = volume;
  mem.invVolume = 1 / volume;
}
