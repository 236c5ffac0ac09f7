// Predict → run → explain: the teacher freezes the round (or asks before one) with a question from the bank;
// every student answers; running the round locks the answers and shows what happens beside the prediction;
// the teacher reveals the answer and its explanation (before running, if they prefer). Answers feed the
// learning score only, never the game score, and nothing rewards answering fast.

import { questionById } from "./questions";
import type { Game, InputResult, Prediction, Tally } from "./state";

const refuse = (reason: string): InputResult => ({ ok: false, reason });

export function ask(game: Game, questionId: string): InputResult {
  const question = questionById(questionId);
  if (!question) return refuse(`There is no question "${questionId.slice(0, 40)}" in the bank.`);
  const frozeRound = game.phase === "running";
  if (frozeRound) game.phase = "paused";
  game.prediction = {
    questionId,
    round: game.round,
    open: true,
    revealed: false,
    frozeRound,
    answers: {},
    lockedAt: null,
  };
  return {
    ok: true,
    text: frozeRound ? "Round frozen; question sent to every device." : "Question sent to every device.",
  };
}

export function answer(game: Game, seatId: string, questionId: string, choice: number): InputResult {
  const p = game.prediction;
  if (!p || p.questionId !== questionId) return refuse("That question is not being asked now.");
  if (!p.open) {
    return refuse(
      p.lockedAt && !p.revealed
        ? "Answers are locked: the round is running to show what happens."
        : "Answers are closed for this question.",
    );
  }
  const question = questionById(questionId);
  if (!question || choice < 0 || choice >= question.choices.length) return refuse("That is not one of the choices.");
  if (!game.seats.some((s) => s.seatId === seatId)) return refuse("You are not in this class.");
  p.answers[seatId] = choice;
  return { ok: true, text: "Answer saved. You can change it until the round runs on or the answer is revealed." };
}

/** What the round's junctions have counted so far. */
export function tally(game: Game): Tally {
  const t = { impulses: 0, actionPotentials: 0, twitches: 0 };
  for (const tj of game.junctions) {
    t.impulses += tj.junction.pre.impulses;
    t.actionPotentials += tj.junction.det.apCount;
    t.twitches += tj.twitches;
  }
  return t;
}

/**
 * The round runs on (resume, or a new round starts) while answers are open: they lock, and what happens from
 * now on is counted from `baseline` (the current tally on resume, zero for a fresh round).
 */
export function lockAnswers(game: Game, baseline: Tally): void {
  const p = game.prediction;
  if (!p || p.revealed || (!p.open && !p.lockedAt)) return;
  p.open = false;
  p.lockedAt = { ...baseline };
}

/** What happened since the answers locked (null when they were not locked by running the round). */
export function outcomeSince(game: Game): Tally | null {
  const base = game.prediction?.lockedAt;
  if (!base) return null;
  const now = tally(game);
  return {
    impulses: Math.max(0, now.impulses - base.impulses),
    actionPotentials: Math.max(0, now.actionPotentials - base.actionPotentials),
    twitches: Math.max(0, now.twitches - base.twitches),
  };
}

/** The outcome in words, for the screens beside the spread of predictions ("" before the round ran on). */
export function outcomeText(game: Game): string {
  const o = outcomeSince(game);
  if (!o) return "";
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  return `Since the predictions: ${n(o.impulses, "nerve impulse", "nerve impulses")} → ${n(
    o.actionPotentials,
    "muscle action potential",
    "muscle action potentials",
  )} → ${n(o.twitches, "twitch", "twitches")}.`;
}

/** Closes answering, marks each answer, and adds it to the learning score and the record. */
export function reveal(game: Game): InputResult {
  const p = game.prediction;
  if (!p) return refuse("No question is being asked.");
  if (p.revealed) return refuse("The answer is already revealed.");
  const question = questionById(p.questionId);
  if (!question) return refuse("That question is no longer in the bank.");
  p.open = false;
  p.revealed = true;
  for (const seat of game.seats) {
    const choice = p.answers[seat.seatId];
    if (choice === undefined) continue;
    const correct = choice === question.answer;
    seat.learning.predictions += 1;
    if (correct) seat.learning.correctPredictions += 1;
    game.answers.push({ round: p.round, questionId: p.questionId, seatId: seat.seatId, choice, correct });
  }
  return { ok: true, text: `Answer: ${question.choices[question.answer] ?? ""}` };
}

/** Takes the question off the screens (the round stays paused until the teacher resumes it). */
export function closeQuestion(game: Game): InputResult {
  if (!game.prediction) return refuse("No question is being asked.");
  game.prediction = null;
  return { ok: true, text: "Question closed." };
}

/** How the answers are spread over the choices (what the projector shows). */
export function distribution(p: Prediction, choices: number): number[] {
  const counts = new Array<number>(choices).fill(0);
  for (const choice of Object.values(p.answers)) counts[choice] = (counts[choice] ?? 0) + 1;
  return counts;
}
