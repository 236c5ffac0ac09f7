// Muscle membrane at the end plate: Na+, delayed-rectifier K+, Kir, Cl−, Na+ leak, electrogenic pump,
// synaptic and stimulus currents; exponential-Euler gates and V, slow ion bookkeeping.

import type { Controls } from "./controls";
import { PARAMS as P } from "./parameters";
import type { Modifiers } from "./scenarios";
import { IO } from "./scratch";
import type { MembraneState } from "./state";
import {
  D_H,
  D_M,
  D_N,
  DECAY_STRIDE,
  decayTable,
  lookupColumn,
  ROWS,
  STRIDE,
  T_AM,
  T_AN,
  T_BM,
  T_BN,
  T_CL4,
  T_HINF,
  T_KIR_Y,
  T_MINF,
  T_NINF,
  T_PUMP_F,
  TABLE,
  V_MIN_MV,
  V_STEP_MV,
} from "./tables";

const INV_V_STEP = 1 / V_STEP_MV;
/** Gate decay table for the substep in use (looked up only when the substep changes). */
let cachedDt = -1;
let cachedDecay = decayTable(P.substepMs);

/** mM change per ms of intracellular concentration per µA/cm² of current carried by a monovalent ion. */
const MM_PER_MS_PER_UA = 1e-3 / (P.faradayCPerMol * P.fibreVolumePerAreaCm);

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
  mem.eNa = nernstMv(P.naOutMM, mem.naIn);
  mem.eK = nernstMv(kOut, mem.kIn);
  mem.eCl = nernstMv(mem.clIn, P.clOutMM);
  mem.gKirMax = kirConductance(kOut, mem.kIn);
  mem.pumpSat = pumpSaturation(mem.naIn, kOut);
  mem.synNaShare = (P.eSynMv - mem.eK) / (mem.eNa - mem.eK); // Na+ share of g_syn that reverses at E_syn
}

/**
 * Advances the membrane by IO.dtMs. IO.gSyn (mS/cm²) is this substep's end-plate conductance; the
 * synaptic current reverses at E_syn and is booked as Na+ in / K+ out in the ratio that gives E_syn.
 */
export function membraneStep(mem: MembraneState, mods: Modifiers, c: Controls): void {
  const dt = IO.dtMs;
  const gSyn = IO.gSyn;
  const stimUA = IO.stim;
  const v = mem.v;
  const eNa = mem.eNa;
  const eK = mem.eK;
  const eCl = mem.eCl;
  // Nearest table row for V (inlined; see tables.ts).
  const x = Math.round((v - V_MIN_MV) * INV_V_STEP);
  const row = x > 0 ? (x < ROWS ? x : ROWS - 1) : 0;
  const o = row * STRIDE;
  const od = row * DECAY_STRIDE;
  if (dt !== cachedDt) {
    cachedDt = dt;
    cachedDecay = decayTable(dt);
  }
  const decay = cachedDecay;

  // Gates (exponential Euler). Drives scale activation only; h is never driven, so an inactivated
  // channel stays shut whatever the drive. Tabulated inf/decay when the drive is the model's own (1).
  if (c.naChannel === 1) {
    const mInf = TABLE[o + T_MINF] as number;
    mem.m = mInf + (mem.m - mInf) * (decay[od + D_M] as number);
  } else {
    const am = (TABLE[o + T_AM] as number) * c.naChannel;
    const rm = am + (TABLE[o + T_BM] as number);
    const mInf = am / rm;
    mem.m = mInf + (mem.m - mInf) * Math.exp(-dt * rm);
  }
  const hInf = TABLE[o + T_HINF] as number;
  mem.h = hInf + (mem.h - hInf) * (decay[od + D_H] as number);
  if (c.kChannel === 1) {
    const nInf = TABLE[o + T_NINF] as number;
    mem.n = nInf + (mem.n - nInf) * (decay[od + D_N] as number);
  } else {
    const an = (TABLE[o + T_AN] as number) * c.kChannel;
    const rn = an + (TABLE[o + T_BN] as number);
    const nInf = rn > 0 ? an / rn : 0;
    mem.n = nInf + (mem.n - nInf) * Math.exp(-dt * rn);
  }

  const m3h = mem.m * mem.m * mem.m * mem.h;
  const n2 = mem.n * mem.n;
  const gNa = P.gNaMsPerCm2 * m3h * (1 - mods.naChannelBlock) * c.naIon;
  const gNaL = P.gNaLeakMsPerCm2 * c.naIon;
  const gK = P.gKMsPerCm2 * n2 * n2 * c.kIon;
  const gKir = mem.gKirMax * (TABLE[o + T_KIR_Y] as number) * c.kIon;
  const gCl = P.gClMsPerCm2 * (TABLE[o + T_CL4] as number);
  const iPump = mem.pumpSat * (1 - mods.pumpBlock) * c.naKPump * (TABLE[o + T_PUMP_F] as number);

  const gTot = gNa + gNaL + gK + gKir + gCl + gSyn;
  const gE = (gNa + gNaL) * eNa + (gK + gKir) * eK + gCl * eCl + gSyn * P.eSynMv;
  let vNew: number;
  if (mem.clampMv === null) {
    // Exponential Euler for V: exact for conductances frozen over the substep (stable at any g).
    const vInf = (gE - iPump + stimUA) / gTot;
    vNew = vInf + (v - vInf) * Math.exp(-(gTot * dt) / P.capacitanceUFPerCm2);
    mem.iClampUAPerCm2 = 0;
  } else {
    vNew = mem.clampMv;
    mem.iClampUAPerCm2 = gTot * vNew - gE + iPump; // current the clamp must inject, outward positive
  }
  mem.v = vNew;

  // Slow ion bookkeeping with the new V (units: µA/cm² → mM/ms).
  const synNaShare = mem.synNaShare;
  const iNa = (gNa + gNaL + gSyn * synNaShare) * (vNew - eNa) + P.pumpNaPerCycle * iPump;
  const iK = (gK + gKir + gSyn * (1 - synNaShare)) * (vNew - eK) - P.pumpKPerCycle * iPump;
  const iCl = gCl * (vNew - eCl);
  mem.naIn -= iNa * MM_PER_MS_PER_UA * dt;
  mem.kIn -= iK * MM_PER_MS_PER_UA * dt;
  mem.clIn += iCl * MM_PER_MS_PER_UA * dt;
  mem.iPumpUAPerCm2 = iPump;
  mem.gSynMsPerCm2 = gSyn;
  mem.iSynUAPerCm2 = gSyn * (vNew - P.eSynMv);
}
