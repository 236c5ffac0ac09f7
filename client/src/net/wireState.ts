// The wire state as the client reads it (decoded by Colyseus from server/schema/ClassState.ts): plain shapes, no schema.

/** One student as the wire shows them (server/schema/ClassState.ts StudentSchema), keyed by seat id. */
export interface WireStudent {
  nickname: string;
  connected: boolean;
  team: number;
  role: string;
  active: boolean;
}

/** One junction's observables (server/schema/ClassState.ts JunctionSchema); units in the names. */
export interface WireJunction {
  team: number;
  timeMs: number;
  membraneMv: number;
  restMv: number;
  /** The motor neuron's soma resting potential, mV (absent from older servers). */
  somaRestMv?: number;
  /** The soma's potential now, mV (to 1 mV), and its spikes so far (absent from older servers). */
  somaMv?: number;
  somaSpikes?: number;
  endplateMv: number;
  force: number;
  achUM: number;
  openReceptors: number;
  naAvailability: number;
  openNaFraction: number;
  openKFraction: number;
  caUM: number;
  /** Ca2+ entry of the last impulse into the nerve terminal, relative to a control impulse. */
  caEntry: number;
  /** Presynaptic Ca2+ channels open after the last impulse (0–1, a transient). */
  caChannelOpen: number;
  quantaLastImpulse: number;
  actionPotentials: number;
  twitches: number;
  impulses: number;
  naInMM: number;
  kInMM: number;
  kOutMM: number;
  eNaMv: number;
  eKMv: number;
  goalProgress: number;
  goalAchieved: boolean;
  rhythmHz: number;
  msPerS: number;
  /** The stage held for people now (a shared/game/stages id; "" while time runs). */
  stage: string;
  /** Wall ms left in the stage's window. */
  stageLeftMs: number;
  /** Parts still to answer at this stage, readable names joined by "; ". */
  stageParts: string;
  /** Orthodromic impulses in the motor axon, hundredths of its length from the soma (0–100); absent or empty between. */
  axonImpulses?: ArrayLike<number>;
}

/** The question on every screen (server/schema/ClassState.ts QuestionSchema); `correct` is −1 until revealed. */
export interface WireQuestion {
  id: string;
  open: boolean;
  revealed: boolean;
  answered: number;
  counts: ArrayLike<number> & Iterable<number>;
  correct: number;
  /** What happened since the round ran on with the answers locked ("" before). */
  outcome: string;
}

export interface WireState {
  code: string;
  phase: string;
  round: number;
  mode: string;
  teamCount: number;
  goal: string;
  scenarios: string;
  msPerS: number;
  slowMotion: boolean;
  /** Wall ms a stage holds for the people who play it. */
  cueWindowMs: number;
  locked: boolean;
  /** New students join only with a suggested name. */
  generatedNamesOnly: boolean;
  /** The challenge preset in use ("" = none). */
  challenge: string;
  /** Mystery mode: `scenarios` reads "hidden" until the debrief; students diagnose from `mysteryChoices`. */
  mystery: boolean;
  mysteryChoices: string;
  question: WireQuestion;
  students: Map<string, WireStudent>;
  junctions: ArrayLike<WireJunction> & Iterable<WireJunction>;
}

/** Numeric observables that are interpolated between patches for smooth drawing. */
export const SMOOTH_FIELDS = [
  "timeMs",
  "membraneMv",
  "endplateMv",
  "force",
  "achUM",
  "openReceptors",
  "naAvailability",
  "openNaFraction",
  "openKFraction",
  "caUM",
  "caChannelOpen",
  "naInMM",
  "kInMM",
  "kOutMM",
  "eNaMv",
  "eKMv",
  "goalProgress",
] as const;
export type SmoothField = (typeof SMOOTH_FIELDS)[number];
