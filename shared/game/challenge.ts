// What a team-challenge preset is: scenario, goal and round length, with notes for the teacher (the presets are in
// challenges.ts and neuronChallenges.ts).
import type { GoalSpec } from "./goals";

export interface Challenge {
  id: string;
  name: string;
  /** One sentence for the projector. */
  summary: string;
  /** What it teaches, which mechanism, what to discuss after (≤ 500 characters). */
  teacherNotes: string;
  /**
   * Scenarios with explicit levels. In a mystery challenge this is only the fallback: each round the server
   * draws the hidden scenario from `mysteryChoices` at that scenario's default level.
   */
  scenarios: { id: string; level: number }[];
  goal: GoalSpec;
  mode: "class" | "teams";
  /** Teams mode: 2–8. */
  teamCount?: number;
  /** The scenario is hidden from students; they diagnose it from what they observe. */
  mystery: boolean;
  /** Scenario ids offered as possible diagnoses (the real one among them). */
  mysteryChoices?: string[];
  /** 1–3 ids from QUESTIONS that fit this challenge. */
  questionIds: string[];
  /** Physiological ms, 10–60000. */
  roundLimitMs: number;
  /** Wall ms a stage holds for its players (absent: 2 s for a team race, the class default otherwise). */
  cueWindowMs?: number;
}
