// Muscle membrane in two compartments. End plate: Na+, delayed-rectifier K+, Kir, Cl−, Na+ leak, electrogenic
// pump, synaptic and stimulus currents, and their ion fluxes. Propagated membrane (away from the end plate, drives
// ECC): the same channels and pump plus the axial current from the end plate. Exponential-Euler gates and V. The
// slow terms they use (reversal potentials, Kir and pump saturation, the fibre's volume) are in ions.ts.

import type { Controls } from "./controls";
import { PARAMS as P } from "./parameters";
import type { Modifiers } from "./scenarios";
import { IO } from "./scratch";
import type { MembraneState, PropagatedState } from "./state";
import {
  D_H,
  D_M,
  D_N,
  DECAY_STRIDE,
  decayTable,
  EXP_NEG,
  EXP_ROWS,
  EXP_STEP,
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
  T_SINF,
  TABLE,
  V_MIN_MV,
  V_STEP_MV,
} from "./tables";

const INV_V_STEP = 1 / V_STEP_MV;
const INV_EXP_STEP = 1 / EXP_STEP;
const INV_CAP = 1 / P.capacitanceUFPerCm2;
const INV_SLOW_INACT_TAU = 1 / P.slowInactTauMs;
/** Gate decay table for the substep in use (looked up only when the substep changes). */
let cachedDt = -1;
let cachedDecay = decayTable(P.substepMs);
/** The same for the propagated compartment, which steps on the slow cadence (its own dt, its own cache). */
let propCachedDt = -1;
let propCachedDecay = cachedDecay;

/** mM change per ms of intracellular concentration per µA/cm² of current carried by a monovalent ion. */
const MM_PER_MS_PER_UA = 1e-3 / (P.faradayCPerMol * P.fibreVolumePerAreaCm);
/** Background currents (Na+ leak, Kir, Cl−, pump) enter the bookkeeping at the fibre's measured resting flux. */
const MM_BACKGROUND = MM_PER_MS_PER_UA * P.backgroundFluxScale;
/**
 * The end plate's own currents (synaptic, and whatever its local depolarisation drives) flow through the end
 * plate only but fill the whole fibre's cytoplasm: its effective area × volume/area over the fibre's volume.
 */
const ENDPLATE_SHARE =
  (P.endplateAreaCm2 * P.fibreVolumePerAreaCm) / (Math.PI * (2 * P.fibreVolumePerAreaCm) ** 2 * P.fibreLengthCm);
const MM_ENDPLATE = MM_PER_MS_PER_UA * ENDPLATE_SHARE;

// The two compartments run the same channel code through the small helpers below. Each takes and returns plain
// numbers (no object handed back, no IO scratch) and is a few dozen bytes of bytecode, well inside V8's inlining
// budget (TurboFan inlines functions up to ≈ 460 bytes of bytecode, within a cumulative budget per caller), so the
// hot loop runs as if written out (`node --trace-turbo-inlining` shows all eight inlined into both step functions
// on Node 20). One helper for the whole channel block (the first version of this file) was too
// large to inline, and that call, with its results handed back through IO, cost ≈ 10 % of the engine's speed.
// test/shared/physiology/compartments.test.ts checks the two compartments give the same gates and currents.

/** Nearest table row for V (see tables.ts). */
function rowOf(v: number): number {
  const x = Math.round((v - V_MIN_MV) * INV_V_STEP);
  return x > 0 ? (x < ROWS ? x : ROWS - 1) : 0;
}

/** Na+ activation m after dt (exponential Euler); the drive scales α_m, tabulated when it is the model's own (1). */
function nextM(m: number, o: number, od: number, decay: Float64Array, drive: number, dt: number): number {
  if (drive === 1) {
    const mInf = TABLE[o + T_MINF] as number;
    return mInf + (m - mInf) * (decay[od + D_M] as number);
  }
  const am = (TABLE[o + T_AM] as number) * drive;
  const rm = am + (TABLE[o + T_BM] as number);
  const mInf = am / rm;
  return mInf + (m - mInf) * Math.exp(-dt * rm);
}

/** Fast Na+ inactivation h after dt: never driven, so an inactivated channel stays shut whatever the drive. */
function nextH(h: number, o: number, od: number, decay: Float64Array): number {
  const hInf = TABLE[o + T_HINF] as number;
  return hInf + (h - hInf) * (decay[od + D_H] as number);
}

/** Slow Na+ inactivation s after dt (seconds: Euler is exact enough). */
function nextS(s: number, o: number, dt: number): number {
  return s + ((TABLE[o + T_SINF] as number) - s) * dt * INV_SLOW_INACT_TAU;
}

/** Delayed-rectifier activation n after dt; the drive scales α_n. */
function nextN(n: number, o: number, od: number, decay: Float64Array, drive: number, dt: number): number {
  if (drive === 1) {
    const nInf = TABLE[o + T_NINF] as number;
    return nInf + (n - nInf) * (decay[od + D_N] as number);
  }
  const an = (TABLE[o + T_AN] as number) * drive;
  const rn = an + (TABLE[o + T_BN] as number);
  const nInf = rn > 0 ? an / rn : 0;
  return nInf + (n - nInf) * Math.exp(-dt * rn);
}

/** Kir conductance, mS/cm², its block read at the table row of V − E_K (row + shift). */
function kirG(gKirMax: number, row: number, shift: number, kIon: number): number {
  const xk = row + shift;
  return gKirMax * (TABLE[(xk < ROWS ? xk : ROWS - 1) * STRIDE + T_KIR_Y] as number) * kIon;
}

/** Pump current, µA/cm², at the table row's voltage factor. */
function pumpAt(pumpSat: number, o: number, block: number, drive: number): number {
  return pumpSat * (1 - block) * drive * (TABLE[o + T_PUMP_F] as number);
}

/** e^(−g·dt/C) for V's exponential Euler, interpolated in the table (exact Math.exp beyond it). */
function voltageDecay(gTot: number, dt: number): number {
  const ex = gTot * dt * INV_CAP;
  const ey = ex * INV_EXP_STEP;
  const ei = ey | 0;
  if (ei < EXP_ROWS) {
    const e0 = EXP_NEG[ei] as number;
    return e0 + ((EXP_NEG[ei + 1] as number) - e0) * (ey - ei);
  }
  return Math.exp(-ex);
}

/**
 * Advances the end-plate membrane by IO.dtMs. IO.gSyn (mS/cm²) is this substep's end-plate conductance;
 * the synaptic current reverses at E_syn and is booked as Na+ in / K+ out in the ratio that gives E_syn.
 * Its currents enter the fibre's ion bookkeeping scaled to the end plate's share of the fibre (see docs/model.md).
 */
export function membraneStep(mem: MembraneState, mods: Modifiers, c: Controls): void {
  const dt = IO.dtMs;
  const gSyn = IO.gSyn;
  const stimUA = IO.stim;
  const v = mem.v;
  const eNa = mem.eNa;
  const eK = mem.eK;
  const eCl = mem.eCl;
  const row = rowOf(v);
  const o = row * STRIDE;
  const od = row * DECAY_STRIDE;
  if (dt !== cachedDt) {
    cachedDt = dt;
    cachedDecay = decayTable(dt);
  }
  const decay = cachedDecay;

  // Gates (exponential Euler). Drives scale activation only (see the helpers above).
  const m = nextM(mem.m, o, od, decay, c.naChannel, dt);
  const h = nextH(mem.h, o, od, decay);
  const s = nextS(mem.s, o, dt);
  const n = nextN(mem.n, o, od, decay, c.kChannel, dt);
  mem.m = m;
  mem.h = h;
  mem.s = s;
  mem.n = n;

  const m3h = m * m * m * h * s;
  const n2 = n * n;
  const gNa = P.gNaMsPerCm2 * m3h * (1 - mods.naChannelBlock) * c.naIon;
  const gNaL = P.gNaLeakMsPerCm2 * c.naIon;
  const gK = P.gKMsPerCm2 * n2 * n2 * c.kIon;
  const gKir = kirG(mem.gKirMax, row, mem.kirRowShift, c.kIon);
  const gCl = P.gClMsPerCm2 * (TABLE[o + T_CL4] as number);
  const iPump = pumpAt(mem.pumpSat, o, mods.pumpBlock, c.naKPump);

  const gTot = gNa + gNaL + gK + gKir + gCl + gSyn;
  const gE = (gNa + gNaL) * eNa + (gK + gKir) * eK + gCl * eCl + gSyn * P.eSynMv;
  let vNew: number;
  if (mem.clampMv === null) {
    // Exponential Euler for V: exact for conductances frozen over the substep (stable at any g).
    const vInf = (gE - iPump + stimUA) / gTot;
    vNew = vInf + (v - vInf) * voltageDecay(gTot, dt);
    mem.iClampUAPerCm2 = 0;
  } else {
    vNew = mem.clampMv;
    mem.iClampUAPerCm2 = gTot * vNew - gE + iPump; // current the clamp must inject, outward positive
  }
  mem.v = vNew;
  mem.gNaOpenMsPerCm2 = gNa;
  mem.gKClMsPerCm2 = gK + gKir + gCl;

  // Slow ion bookkeeping with the new V (units: µA/cm² → mM/ms): the end plate's currents, synaptic current
  // included, into the whole fibre's volume (ENDPLATE_SHARE); the rest of the fibre's membrane is booked by
  // propagatedStep. The two compartments share one cytoplasm.
  const synNaShare = mem.synNaShare;
  const iNa = (gNa + gNaL + gSyn * synNaShare) * (vNew - eNa) + P.pumpNaPerCycle * iPump;
  const iK = (gK + gKir + gSyn * (1 - synNaShare)) * (vNew - eK) - P.pumpKPerCycle * iPump;
  const iCl = gCl * (vNew - eCl);
  const book = MM_ENDPLATE * mem.invVolume * dt; // a current changes amounts; concentrations by amount / volume
  mem.naIn -= iNa * book;
  mem.kIn -= iK * book;
  mem.clIn += iCl * book;
  mem.iPumpUAPerCm2 = iPump;
  mem.gSynMsPerCm2 = gSyn;
  mem.iSynUAPerCm2 = gSyn * (vNew - P.eSynMv);
}

/** Steady-state (window) Na+ conductance at the table row's V with the present drive and drugs, mS/cm². */
function naWindowG(o: number, block: number, drive: number, ion: number): number {
  const am = (TABLE[o + T_AM] as number) * drive;
  const mInf = am / (am + (TABLE[o + T_BM] as number));
  const hs = (TABLE[o + T_HINF] as number) * (TABLE[o + T_SINF] as number);
  return P.gNaMsPerCm2 * mInf * mInf * mInf * hs * (1 - block) * ion;
}

/**
 * Advances the propagated compartment by IO.dtMs: the same channels and pump as the end plate (same
 * drives and drugs; slow terms from `mem`, since the compartments share one cytoplasm), no synaptic or
 * stimulus current, plus the axial current g_c·(V_endplate − V) from the end plate, which has already
 * been advanced this substep. One-way: the end plate does not feel this compartment (its calibrated
 * input conductance already includes the fibre's load; see PARAMS.couplingMsPerCm2 and docs/model.md).
 * It books the ion fluxes of the fibre's membrane away from the end plate into the shared cytoplasm (`mem`).
 */
export function propagatedStep(prop: PropagatedState, mem: MembraneState, mods: Modifiers, c: Controls): void {
  const dt = IO.dtMs;
  const v = prop.v;
  const vEp = mem.v;
  const row = rowOf(v);
  const o = row * STRIDE;
  const od = row * DECAY_STRIDE;
  if (dt !== propCachedDt) {
    propCachedDt = dt;
    propCachedDecay = decayTable(dt);
  }
  const decay = propCachedDecay;

  // Gates: as membraneStep.
  const m = nextM(prop.m, o, od, decay, c.naChannel, dt);
  const h = nextH(prop.h, o, od, decay);
  const s = nextS(prop.s, o, dt);
  const n = nextN(prop.n, o, od, decay, c.kChannel, dt);
  prop.m = m;
  prop.h = h;
  prop.s = s;
  prop.n = n;

  const m3h = m * m * m * h * s;
  const n2 = n * n;
  const gNa = P.gNaMsPerCm2 * m3h * (1 - mods.naChannelBlock) * c.naIon;
  const gNaL = P.gNaLeakMsPerCm2 * c.naIon;
  const gK = P.gKMsPerCm2 * n2 * n2 * c.kIon;
  const gKir = kirG(mem.gKirMax, row, mem.kirRowShift, c.kIon);
  const gCl = P.gClMsPerCm2 * (TABLE[o + T_CL4] as number);
  const iPump = pumpAt(mem.pumpSat, o, mods.pumpBlock, c.naKPump);

  // Exponential Euler with the coupling folded in (exact for V_endplate and conductances frozen over dt).
  const gC = P.couplingMsPerCm2;
  const gTot = gNa + gNaL + gK + gKir + gCl + gC;
  const gE = (gNa + gNaL) * mem.eNa + (gK + gKir) * mem.eK + gCl * mem.eCl + gC * vEp;
  const vInf = (gE - iPump) / gTot;
  const vNew = vInf + (v - vInf) * voltageDecay(gTot, dt);
  prop.v = vNew;

  // Ion bookkeeping for the fibre's membrane away from the end plate: its APs' currents (C·ΔV per cm²) as they are,
  // its background currents and pump at the fibre's measured resting flux (PARAMS.backgroundFluxScale). The Na+
  // channels' steady window current at this V (naWindowG; at most what flows) is background too and is booked with
  // it: booked in full, it made a resting or depolarised fibre gain charge (≈ 14 mM of net cation in an hour of full
  // ouabain), where the fibre's real fluxes are electroneutral. The delayed rectifier's window at rest is negligible.
  const dNa = vNew - mem.eNa;
  const dK = vNew - mem.eK;
  const gNaW = Math.min(gNa, naWindowG(o, mods.naChannelBlock, c.naChannel, c.naIon));
  const iNa = (gNa - gNaW) * dNa * MM_PER_MS_PER_UA + ((gNaL + gNaW) * dNa + P.pumpNaPerCycle * iPump) * MM_BACKGROUND;
  const iK = gK * dK * MM_PER_MS_PER_UA + (gKir * dK - P.pumpKPerCycle * iPump) * MM_BACKGROUND;
  const perVolume = mem.invVolume * dt;
  mem.naIn -= iNa * perVolume;
  mem.kIn -= iK * perVolume;
  mem.clIn += gCl * (vNew - mem.eCl) * MM_BACKGROUND * perVolume;
}
