// The motor neuron's part of the junction state: plain data only (numbers, booleans, arrays of plain objects), so
// structuredClone and JSON keep it and a cloned junction continues identically. Functions live in neuron.ts,
// soma.ts, axon.ts and terminal.ts.

/** Soma / axon initial segment: potential, gates, the SK-sensing Ca2+ pool, synaptic conductances and inputs. */
export interface SomaState {
  v: number; // mV
  m: number; // Na+ activation
  h: number; // Na+ inactivation (1 = available)
  n: number; // delayed-rectifier K+ activation
  caUM: number; // Ca2+ near the SK channels, µM above rest
  // Each synaptic conductance is (decay − rise) of two exponentially decaying components, mS/cm².
  excRise: number;
  excDecay: number;
  inhRise: number;
  inhDecay: number;
  stimUAPerCm2: number; // injectCurrent, on over substeps [stimStartStep, stimEndStep)
  stimStartStep: number;
  stimEndStep: number;
  driveUAPerCm2: number; // an antidromic impulse invading the soma, on over [driveStartStep, driveEndStep)
  driveStartStep: number;
  driveEndStep: number;
  syncedStep: number; // the substep the state describes (the soma is integrated up to it lazily, neuronSync.ts)
  nextSyncStep: number; // when it is next brought up to date (sooner if an input arrives)
  antidromicUntilStep: number; // a spike before this substep is the antidromic impulse's own invasion (no new impulse)
  awake: boolean; // false: at rest without inputs, not stepped (NEURON.somaRestTolerance; neuronSync.ts)
  spikeArmed: boolean;
  spikes: number; // soma spikes so far (overshoots of 0 mV)
  lastSpikeStep: number;
}

/** Nerve terminal: potential, gates, the drive from the last node and this AP's Ca2+ charge. */
export interface TerminalState {
  v: number; // mV
  m: number;
  h: number;
  n: number;
  s: number; // CaV2.1 activation (open fraction s²)
  driveIndex: number; // substeps since the present impulse's drive began (−1: no drive)
  syncedStep: number; // the substep the state describes (integrated up to it)
  caCharge: number; // ∫ s²·(E_Ca − V) dt since the drive began, mV·ms (relative entry = this ÷ control's)
  driveFromRest: boolean; // the present drive began with the terminal exactly at rest (its entry is then remembered)
  driveNaBlock: number; // the nodes' effective Na+ block of the impulse driving it (picks the last node's AP)
  awake: boolean;
  spikeArmed: boolean;
  spikes: number; // terminal APs so far (overshoots of 0 mV)
}

/** One impulse travelling in the axon (positions in mm from the soma; the terminal is at lengthMm). */
export interface AxonImpulse {
  impulse: number; // impulse index (orthodromic), −1 for an antidromic one
  orthodromic: boolean; // towards the terminal; false: towards the soma
  startStep: number; // substep it set off
  startMm: number;
  endStep: number; // substep it reaches the terminal (its arrival, as in pre.arrivals) or the soma
  driveStep: number; // orthodromic: substep the terminal starts to depolarise (endStep − lead), else −1
  stimSiteStep: number; // orthodromic: substep it passes the stimulator's electrode, else −1
  // The conduction it set off with (the node control at launch; a scenario change re-conditions it, axon.ts):
  velocityMPerS: number; // its speed (= mm/ms)
  nodeNaBlock: number; // the nodes' effective Na+ block, which shapes the last node's AP that drives the terminal
}

export interface AxonState {
  lengthMm: number; // soma to terminal
  velocityMPerS: number; // for the present modifiers (= mm/ms)
  blocked: boolean; // the axon does not conduct (demyelination, Na+ channel block, silenced nodes)
  myelinLoss: number; // modifiers the conduction was computed for (refreshed when they change)
  naBlock: number; // the nodes' effective Na+ block: 1 − (1 − neuronNaBlock) × the quantised node control
  impulses: AxonImpulse[];
  nextEventStep: number; // earliest drive start or end among the impulses (∞ when none)
  lastSomaEndStep: number; // last substep an impulse left or reached the soma end (refractoriness there)
  lastStimSiteStep: number; // last substep an impulse passed the stimulator's electrode
}

export interface NeuronState {
  soma: SomaState;
  terminal: TerminalState;
  axon: AxonState;
  nextStep: number; // the next substep the neuron has anything to do (the junction's step skips it until then)
}
