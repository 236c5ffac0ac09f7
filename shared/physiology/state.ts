// The junction state: plain data only (numbers, arrays, plain objects), so structuredClone and JSON work
// and a cloned state continues identically. Functions elsewhere operate on it.

import type { Controls } from "./controls";
import type { ImpulseRecord, JunctionEvent } from "./events";
import type { NeuronState } from "./neuronState";
import type { RngState } from "./rng";
import type { Modifiers } from "./scenarios";

/** Potential and voltage-gated channel gates of one patch of muscle membrane (either compartment). */
export interface PatchState {
  v: number; // mV
  m: number; // Na+ activation gate
  h: number; // Na+ fast inactivation gate (1 = available)
  s: number; // Na+ slow inactivation gate (1 = available; seconds)
  n: number; // delayed-rectifier K+ activation gate
}

/** The end-plate compartment: its patch, the fibre's ion bookkeeping and slow terms, synaptic and lab inputs. */
export interface MembraneState extends PatchState {
  naIn: number; // mM, slow bookkeeping
  kIn: number;
  clIn: number;
  volume: number; // fibre water volume relative to rest (osmotic equilibrium, see ions.equilibrateVolume)
  invVolume: number; // 1 / volume, for the ion bookkeeping
  impermeantMM: number; // the cytoplasm's impermeant osmolytes, mOsm per resting volume (fixed at creation)
  eNa: number; // slow terms, refreshed every PARAMS.slowUpdateMs (see ions.refreshSlowTerms)
  eK: number;
  eCl: number;
  gKirMax: number;
  kirRowShift: number; // table rows from V to V − E_K, for the Kir block (ions.refreshSlowTerms)
  pumpSat: number;
  synNaShare: number;
  nextRefreshStep: number; // substep at which the slow terms are next refreshed
  stimUAPerCm2: number; // direct muscle stimulus (lab tool), on until stimEndStep
  stimEndStep: number;
  clampMv: number | null; // voltage clamp holding potential (lab tool), null = free membrane
  iPumpUAPerCm2: number; // last computed currents, µA/cm² (for observation)
  iSynUAPerCm2: number;
  gSynMsPerCm2: number;
  openReceptors: number; // open nAChR channels at the end plate (footprints + succinylcholine)
  iClampUAPerCm2: number;
  gNaOpenMsPerCm2: number; // last substep's gated Na+ conductance (AP detector) …
  gKClMsPerCm2: number; // … and the K+ and Cl− conductances it must outweigh
}

/**
 * The propagated compartment: sarcolemma and t-tubule membrane away from the end plate, driven only by
 * the end plate through the axial (myoplasmic) coupling conductance; no synaptic current. It shares the
 * fibre's cytoplasm, so its reversal potentials, Kir and pump terms are the end plate's (MembraneState).
 * Excitation–contraction coupling reads its V.
 */
export type PropagatedState = PatchState;

export interface PresynapticState {
  rrp: number; // vesicles in the readily releasable pool
  r1: number; // fast residual Ca2+ (units of x)
  r2: number; // slow residual Ca2+
  r3: number; // augmentation: residual Ca2+ over seconds (units of x)
  r4: number; // potentiation: residual Ca2+ over tens of seconds
  mobilisation: number; // active fraction of the terminal's nicotinic autoreceptors (slow-refreshed)
  caOpen: number; // presynaptic Ca2+ channel open fraction (display transient)
  lastX: number; // Ca2+ entry of the last impulse, relative to control
  lastP: number; // release probability of the last impulse
  meppHazard: number; // remaining unit-exponential budget until the next spontaneous quantum
  meppRatePerMs: number; // spontaneous fusion rate with a full pool (release.spontaneousRatePerMs), slow-refreshed
  lastStimStep: number; // for the nerve's absolute refractory period
  arrivals: number[]; // substep indices when pending impulses reach the terminal
  releases: number[]; // substep indices of pending evoked releases
  releaseX: number[]; // Ca2+ entry belonging to each pending release
  releaseImpulse: number[]; // impulse index of each pending release
  arrivalImpulse: number[]; // impulse index of each pending arrival
  stimulated: number; // impulses started (by stimulateNerve or a soma spike): the next impulse's index
  quantaLastImpulse: number;
  spontaneousQuanta: number;
  impulses: number; // impulses that reached the terminal
}

/** Footprints: one ACh pulse per release event; fixed slots so the inner loop never allocates. */
export interface CleftState {
  active: number; // slots in use
  quanta: number[]; // quanta in the slot (0 = free slot); each quantum has its own footprint
  achToCome: number[]; // µM still to be delivered into each footprint (release is not instantaneous)
  ach: number[]; // µM in each footprint
  r: number[]; // receptor fractions per footprint: unbound, one bound, two bound (closed), open
  ar: number[];
  a2r: number[];
  open: number[];
  monoBound: number[]; // bound fraction of the free site on receptors with one curare-occupied site
  peakOpen: number[]; // peak open fraction reached by the pulse
  impulse: number[]; // impulse index, −1 for a spontaneous quantum
}

export interface SuxState {
  r: number; // fractions of the end-plate receptors not desensitised (the whole pool when desensitised = 0)
  ar: number;
  a2r: number;
  open: number;
  desensitised: number; // fraction of all end-plate receptors desensitised by the sustained agonist (seconds)
}

export interface EccState {
  ryr: number; // RyR open fraction
  inact: number; // Ca-dependent inactivation
  sensor: number; // voltage-sensor availability (1 = all sensors can activate release)
  ca: number; // free myoplasmic Ca2+, µM
  sr: number; // SR Ca2+, µM myoplasmic-equivalent
  tnCa: number; // µM
  pvCa: number;
  pvMg: number;
  xb: number; // attached cross-bridge fraction
  leakPerMs: number; // SR leak constant derived at creation to hold resting Ca2+
}

export interface FibreState {
  safety: number[]; // each stand-in fibre's safety factor (conductance ratio)
  size: number[]; // each fibre's RRP size relative to the modelled end plate
  quanta: number[]; // quanta released at each fibre by the pending impulse
  decisionStep: number; // when the pending impulse's CMAP is read (−1 none)
  decisionSlot: number; // cleft slot of the pending impulse
  decisionExcitability: number; // Na+ availability (relative to rest) when the impulse arrived
  lastCmap: number; // fraction of fibres that fired on the last impulse
}

export interface DetectorState {
  apCount: number;
  apArmed: boolean;
  lastApStep: number;
  forcePrev: number;
  forceRising: boolean;
  apPeakMv: number; // peak of the last AP
  restMv: number; // resting potential measured at the end of settling
  propApCount: number; // APs in the propagated compartment (counted when it overshoots 0 mV)
  propApArmed: boolean;
  lastPropApStep: number;
}

export interface Junction {
  version: 1;
  seed: number;
  dtMs: number;
  step: number; // substeps taken; time = step·dtMs
  pendingMs: number; // remainder of advance() shorter than one substep, carried to the next call
  rng: RngState;
  mods: Modifiers;
  controls: Controls;
  mem: MembraneState; // end-plate compartment
  prop: PropagatedState; // propagated compartment (drives ECC)
  pre: PresynapticState;
  cleft: CleftState;
  sux: SuxState;
  ecc: EccState;
  fibres: FibreState;
  det: DetectorState;
  events: JunctionEvent[];
  chain: ImpulseRecord[];
  neuron: NeuronState; // the motor neuron: soma, axon, terminal (neuron.ts)
}
