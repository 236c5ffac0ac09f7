// The class game's plain state: phases, settings, seats, the round's question and mystery, the input log.
// Types only (the project's physiology/state.ts pattern): the rules that change them live in game.ts, round.ts,
// prediction.ts, mystery.ts and challengeSettings.ts, which all import from here and never from each other's types.
import type { ScenarioChoice } from "../physiology/scenarios";
import type { Action } from "./actions";
import type { HostCommand } from "./commands";
import type { GoalSpec } from "./goals";
import type { RoleGroup, RoleId } from "./roles";
import type { SeatScore } from "./score";
import type { TeamJunction } from "./teamJunction";

export type Phase = "lobby" | "running" | "paused" | "debrief";

export interface Settings {
  mode: "class" | "teams";
  teamCount: number;
  goal: GoalSpec;
  scenarios: ScenarioChoice[];
  msPerS: number;
  slowMotion: boolean;
  /** The round ends on its own after this much physiological time, ms. */
  roundLimitMs: number;
  /** Wall ms a stage holds for the people who play it (the teacher's choice; shorter in challenge levels). */
  cueWindowMs: number;
  /** The challenge preset these settings came from ("" = set by hand). */
  challengeId: string;
  /** Mystery mode: the scenario is drawn from these ids each round and hidden from students (null = off). */
  mysteryChoices: string[] | null;
}

/** The learning score: understanding shown in predictions and diagnoses (kept apart from the game score). */
export interface Learning {
  predictions: number;
  correctPredictions: number;
  diagnoses: number;
  correctDiagnoses: number;
}

export interface Seat {
  seatId: string;
  nickname: string;
  connected: boolean;
  team: number;
  role: RoleId | null;
  pinnedRole: RoleId | null;
  history: RoleGroup[];
  /** Totals over the whole session. */
  score: SeatScore;
  /** This round's share (reset when a round starts; what reports show per round). */
  roundScore: SeatScore;
  learning: Learning;
  /** The student asked for more time on their cues (an accessibility setting; see shared/game/stages.ts). */
  extraTime: boolean;
}

export type GameInput =
  | { kind: "join"; seatId: string; nickname: string }
  | { kind: "leave"; seatId: string }
  | { kind: "connection"; seatId: string; connected: boolean }
  | { kind: "act"; seatId: string; action: Action }
  | { kind: "answer"; seatId: string; questionId: string; choice: number }
  | { kind: "diagnose"; seatId: string; scenarioId: string }
  | { kind: "pace"; seatId: string; extraTime: boolean }
  | { kind: "host"; command: HostCommand };

export interface LoggedInput {
  tick: number;
  input: GameInput;
}

export interface Game {
  seed: number;
  phase: Phase;
  round: number;
  tick: number;
  settings: Settings;
  seats: Seat[];
  junctions: TeamJunction[];
  log: LoggedInput[];
  /** The question on every screen, if any (predict → run → explain). */
  prediction: Prediction | null;
  /** Every revealed answer, in order (stored for the teacher's reports). */
  answers: AnswerRecord[];
  /** This round's hidden scenario and the students' diagnoses, in mystery mode. */
  mystery: Mystery | null;
}

export type InputResult = { ok: true; text: string } | { ok: false; reason: string };

export interface Prediction {
  questionId: string;
  /** The round this question was asked in (0 = before the first round). */
  round: number;
  open: boolean;
  revealed: boolean;
  /** The round was running when the question froze it. */
  frozeRound: boolean;
  answers: Record<string, number>;
  /** What had happened when the round ran on with the answers locked (null: not locked by running). */
  lockedAt: Tally | null;
}

/** Counts of the chain's visible steps, summed over the round's junctions. */
export interface Tally {
  impulses: number;
  actionPotentials: number;
  twitches: number;
}

export interface AnswerRecord {
  round: number;
  questionId: string;
  seatId: string;
  choice: number;
  correct: boolean;
}

export interface Mystery {
  /** Scenario ids students may choose between. */
  choices: string[];
  /** The scenario actually in force (never sent to students' screens until the debrief). */
  answer: string;
  /** Each student's latest diagnosis. */
  diagnoses: Record<string, string>;
}
