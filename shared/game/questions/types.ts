// The shape of a question in the predict → run → explain bank (shared/game/questions.ts).

export type QuestionLevel = "AP Biology" | "College" | "USMLE";

export interface Question {
  /** Stable, kebab-case, unique (stored with students' answers). */
  id: string;
  /** The exam question type, 1–22, as numbered in docs/physiology-sources.md ("Exam question types"). */
  type: number;
  level: QuestionLevel;
  /** ≤ 220 characters, readable on a phone. */
  prompt: string;
  /** 2–5 choices, each ≤ 90 characters. */
  choices: string[];
  /** Index into `choices`. */
  answer: number;
  /** ≤ 400 characters: why, with the numbers. */
  explanation: string;
  /** Scenario ids where asking it makes sense during a round ([] = any scenario). */
  scenarios: string[];
  /** When a teacher would push it. */
  moment: "before-round" | "before-impulse" | "after-round" | "any";
}
