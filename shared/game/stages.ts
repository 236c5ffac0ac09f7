// The chain as stages people play, in the order physiology runs them. When the model reaches a stage that a
// person holds, physiological time holds for a human-sized window while that part's devices show a cue.
// Holding changes nothing physical: the model sees exactly the inputs a perfectly timed part would give.

export const STAGE_IDS = [
  "excitation",
  "inhibition",
  "somaThreshold",
  "somaRepolarisation",
  "caEntry",
  "fusion",
  "binding",
  "threshold",
  "repolarisation",
  "caRelease",
  "recovery",
] as const;
export type StageId = (typeof STAGE_IDS)[number];

export interface StageDef {
  id: StageId;
  /** What the junction does at this stage, as the projector names it. */
  name: string;
  /** What happens when nobody in the stage acts (the debrief's explanation of a broken chain). */
  ifMissed: string;
}

export const STAGES: Record<StageId, StageDef> = {
  excitation: {
    id: "excitation",
    name: "A volley arrives: excitatory synapses release glutamate (EPSPs)",
    ifMissed:
      "Too little glutamate was released: the EPSPs did not sum to threshold, so the motor neuron did not fire.",
  },
  inhibition: {
    id: "inhibition",
    name: "Inhibitory synapses release glycine (IPSPs)",
    ifMissed: "No glycine was released: the motor neuron lost its inhibition.",
  },
  somaThreshold: {
    id: "somaThreshold",
    name: "The motor neuron reaches threshold: its Na+ channels open; the nodes pass the impulse on",
    ifMissed:
      "The motor neuron's Na+ channels or its nodes of Ranvier did not open, so no impulse reached the terminal — like lidocaine.",
  },
  somaRepolarisation: {
    id: "somaRepolarisation",
    name: "The motor neuron repolarises: its K+ channels open",
    ifMissed: "The motor neuron's K+ channels stayed shut, so its spike was broader.",
  },
  caEntry: {
    id: "caEntry",
    name: "The impulse reaches the terminal: Ca2+ channels open, Ca2+ enters",
    ifMissed: "No Ca2+ channels opened, so no Ca2+ entered and no vesicle fused — like Lambert–Eaton syndrome.",
  },
  fusion: {
    id: "fusion",
    name: "Ca2+ is in: vesicles fuse and release ACh",
    ifMissed: "The vesicles did not fuse, so no ACh was released — like botulinum toxin.",
  },
  binding: {
    id: "binding",
    name: "ACh binds: receptors open; AChE clears the cleft",
    ifMissed: "The receptors did not open, so no end-plate current flowed — like curare.",
  },
  threshold: {
    id: "threshold",
    name: "The end plate reaches threshold: Na+ channels open",
    ifMissed: "The Na+ channels did not open, so the end-plate potential stayed local — like tetrodotoxin.",
  },
  repolarisation: {
    id: "repolarisation",
    name: "Action potential: K+ channels open and the membrane repolarises",
    ifMissed: "The delayed-rectifier K+ channels stayed shut, so the action potential was broader.",
  },
  caRelease: {
    id: "caRelease",
    name: "Ca2+ is released inside the fibre: SERCA pumps it back",
    ifMissed: "SERCA did not pump, so Ca2+ stayed high for longer and the muscle relaxed slowly.",
  },
  recovery: {
    id: "recovery",
    name: "Between impulses: the Na+/K+ pump restores the gradients",
    ifMissed: "The Na+/K+ pump did not cycle: its small outward current was lost for a while.",
  },
};

/** Wall ms a stage holds by default (about 3 s: time to read a cue, decide and tap). */
export const DEFAULT_CUE_WINDOW_MS = 3000;
export const MIN_CUE_WINDOW_MS = 1000;
export const MAX_CUE_WINDOW_MS = 10_000;
/**
 * A student who asks for more time gets this many times the teacher's window at their stages (WCAG 2.2
 * success criterion 2.2.1, Timing Adjustable: a class's hold is a shared real-time event, so the extension is
 * bounded — the rest of the class waits — but it always at least triples the window).
 */
export const EXTRA_TIME_FACTOR = 3;
export const MAX_EXTRA_WINDOW_MS = 30_000;
