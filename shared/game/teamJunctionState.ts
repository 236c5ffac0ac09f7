// One team's junction as data: its state (TeamJunction), the trace samples, feedback and stage outcomes it keeps,
// a fresh one for a round, and its physiological clock.
import { createJunction } from "../physiology";
import type { ScenarioChoice } from "../physiology/scenarios";
import type { Junction } from "../physiology/state";
import type { SlowZone } from "./clock";
import { type GoalState, newGoalState } from "./goals";
import { type CueEvent, type Hold, newTracker, type StageTracker } from "./hold";
import type { Holder } from "./holders";
import type { StageId } from "./stages";
import { type InputDue, type InputState, newInputState } from "./synapticInput";

export interface TraceSample {
  tMs: number;
  /** The muscle fibre's membrane potential at the end plate, mV. */
  vMv: number;
  force: number;
  /** The motor neuron's soma (axon initial segment) potential, mV. */
  somaMv: number;
}

export interface Feedback {
  seatId: string;
  text: string;
}

/** How one stage of one impulse went: who was cued, who answered in time. */
export interface StageOutcome {
  impulse: number;
  stage: StageId;
  cued: number;
  answered: number;
}

export interface TeamJunction {
  team: number;
  junction: Junction;
  holders: Holder[];
  /** The synaptic input to the motor neuron: the goal's volleys (their rhythm a person may set) and Renshaw feedback. */
  input: InputState;
  /** Synaptic input due at the hold in progress, released (in the share its holders answered) when it ends. */
  pendingInput: InputDue[];
  goal: GoalState;
  zones: SlowZone[];
  twitches: number;
  samples: TraceSample[];
  feedback: Feedback[];
  tracker: StageTracker;
  /** The stage people are playing now, with physiological time held (null: time runs). */
  hold: Hold | null;
  /** Cues opened and ended since the last tick's output. */
  cueEvents: CueEvent[];
  stageLog: StageOutcome[];
  /** Physiological ms owed to the next run (less than one substep). */
  carryMs: number;
  /** Impulses the teacher's stimulator set off this round (the rest came from the motor neuron). */
  stimulatorImpulses: number;
  /** The tick until which the reached goal is celebrated before the round ends (null: not reached). */
  celebrateUntilTick: number | null;
}

export function createTeamJunction(team: number, seed: number, scenarios: ScenarioChoice[]): TeamJunction {
  return {
    team,
    junction: createJunction({ seed, scenarios }),
    holders: [],
    input: newInputState(),
    pendingInput: [],
    goal: newGoalState(),
    zones: [],
    twitches: 0,
    samples: [],
    feedback: [],
    tracker: newTracker(),
    hold: null,
    cueEvents: [],
    stageLog: [],
    carryMs: 0,
    stimulatorImpulses: 0,
    celebrateUntilTick: null,
  };
}

export function nowMs(tj: TeamJunction): number {
  return tj.junction.step * tj.junction.dtMs;
}
