// The predict → run → explain question bank: multiple-choice questions mapped to the 22 exam question types listed
// in docs/physiology-sources.md, with numbers that match its reference values and the game's model (docs/model.md).

import { DRUGS_AND_DISEASE } from "./questions/drugsAndDisease";
import { MEMBRANE } from "./questions/membrane";
import { MUSCLE } from "./questions/muscle";
import { NEURON } from "./questions/neuron";
import { TRANSMISSION } from "./questions/transmission";
import type { Question } from "./questions/types";

export type { Question, QuestionLevel } from "./questions/types";

/**
 * The whole bank, in the order of the question types (docs/physiology-sources.md, "Exam question types"), then the
 * motor neuron's questions (issue 12), numbered by the same types.
 */
export const QUESTIONS: readonly Question[] = [
  ...MEMBRANE,
  ...TRANSMISSION,
  ...DRUGS_AND_DISEASE,
  ...MUSCLE,
  ...NEURON,
];

const BY_ID = new Map<string, Question>(QUESTIONS.map((q) => [q.id, q]));

export function questionById(id: string): Question | undefined {
  return BY_ID.get(id);
}

/**
 * Questions for a round with these scenarios: those tagged with any of them first (bank order), then the
 * general ones (tagged with no scenario). Questions tagged only for other scenarios are left out.
 */
export function questionsFor(scenarioIds: readonly string[]): Question[] {
  const relevant = QUESTIONS.filter((q) => q.scenarios.some((s) => scenarioIds.includes(s)));
  const general = QUESTIONS.filter((q) => q.scenarios.length === 0);
  return [...relevant, ...general];
}
