// Predict → run → explain, and mystery diagnoses: answers feed the learning score only; running the round on
// locks the answers and counts what happens beside them; a mystery scenario is drawn reproducibly and judged.
import { describe, expect, it } from "vitest";
import { applyInput } from "../../../shared/game/game";
import { drawMystery } from "../../../shared/game/mystery";
import { outcomeSince, outcomeText } from "../../../shared/game/prediction";
import { QUESTIONS } from "../../../shared/game/questions";
import { summariseRound } from "../../../shared/game/summary";
import { gameWith, runTicks } from "./play";

const host = (command: object) => ({ kind: "host" as const, command: command as never });

describe("predictions", () => {
  it("freeze the round, collect answers, reveal, and score understanding apart from the game", () => {
    const question = QUESTIONS[0];
    if (!question) throw new Error("empty question bank");
    const wrong = (question.answer + 1) % question.choices.length;
    const game = gameWith(5, { roundLimitMs: 500 }, [{ seatId: "s1" }, { seatId: "s2" }, { seatId: "s3" }]);
    applyInput(game, host({ type: "start" }));
    runTicks(game, 3);
    expect(applyInput(game, host({ type: "ask", questionId: question.id }))).toMatchObject({ ok: true });
    expect(game.phase).toBe("paused");
    expect(applyInput(game, { kind: "answer", seatId: "s1", questionId: question.id, choice: wrong })).toMatchObject({
      ok: true,
    });
    expect(
      applyInput(game, { kind: "answer", seatId: "s1", questionId: question.id, choice: question.answer }),
    ).toMatchObject({
      ok: true,
    });
    applyInput(game, { kind: "answer", seatId: "s2", questionId: question.id, choice: wrong });
    expect(applyInput(game, { kind: "answer", seatId: "s3", questionId: "no-such", choice: 0 })).toMatchObject({
      ok: false,
    });
    expect(applyInput(game, { kind: "answer", seatId: "s3", questionId: question.id, choice: 9 })).toMatchObject({
      ok: false,
      reason: "That is not one of the choices.",
    });
    expect(applyInput(game, host({ type: "reveal" }))).toMatchObject({ ok: true });
    expect(applyInput(game, { kind: "answer", seatId: "s3", questionId: question.id, choice: 0 })).toMatchObject({
      ok: false,
      reason: "Answers are closed for this question.",
    });
    const seat = (id: string) => game.seats.find((s) => s.seatId === id);
    expect(seat("s1")?.learning).toMatchObject({ predictions: 1, correctPredictions: 1 });
    expect(seat("s2")?.learning).toMatchObject({ predictions: 1, correctPredictions: 0 });
    expect(seat("s3")?.learning).toMatchObject({ predictions: 0 });
    expect(seat("s1")?.score.game).toBe(0);
    expect(game.answers.map((a) => [a.seatId, a.correct])).toEqual([
      ["s1", true],
      ["s2", false],
    ]);
    expect(applyInput(game, host({ type: "resume" }))).toMatchObject({ ok: true });
    expect(game.phase).toBe("running");
    expect(outcomeSince(game)).toBeNull(); // revealed before running: explain → run, no outcome to set beside
  });

  it("predict → run → explain: running the round locks the answers and counts what happens beside them", () => {
    const question = QUESTIONS[0];
    if (!question) throw new Error("empty question bank");
    // Students hold ion parts, so the motor neuron is a bot and fires on its own.
    const game = gameWith(7, { roundLimitMs: 400, msPerS: 400 }, [
      { seatId: "s1", role: "kIon" },
      { seatId: "s2", role: "naIon" },
    ]);
    // Asked before the round: the round's start locks the answers and everything in the round is the outcome.
    expect(applyInput(game, host({ type: "ask", questionId: question.id }))).toMatchObject({ ok: true });
    applyInput(game, { kind: "answer", seatId: "s1", questionId: question.id, choice: question.answer });
    expect(applyInput(game, host({ type: "start" }))).toMatchObject({ ok: true });
    expect(game.prediction?.open).toBe(false);
    expect(applyInput(game, { kind: "answer", seatId: "s2", questionId: question.id, choice: 0 })).toMatchObject({
      ok: false,
      reason: "Answers are locked: the round is running to show what happens.",
    });
    runTicks(game, 10_000);
    expect(game.phase).toBe("debrief");
    const outcome = outcomeSince(game);
    expect(outcome?.impulses).toBeGreaterThan(0);
    expect(outcome?.actionPotentials).toBe(game.junctions[0]?.junction.det.apCount);
    expect(outcomeText(game)).toMatch(/^Since the predictions: \d+ nerve impulses? → \d+ muscle action potentials? → /);
    // Then explain: the reveal marks the locked answers.
    expect(applyInput(game, host({ type: "reveal" }))).toMatchObject({ ok: true });
    expect(game.answers.map((a) => [a.seatId, a.correct])).toEqual([["s1", true]]);

    // Asked mid-round: resuming locks the answers and counts only what happens from then on.
    applyInput(game, host({ type: "start" }));
    runTicks(game, 5); // 100 of the round's 400 physiological ms
    expect(applyInput(game, host({ type: "ask", questionId: question.id }))).toMatchObject({ ok: true });
    const before = game.junctions[0]?.junction.pre.impulses ?? 0;
    expect(applyInput(game, host({ type: "resume" }))).toMatchObject({ ok: true, text: /answers locked/ });
    expect(outcomeSince(game)).toEqual({ impulses: 0, actionPotentials: 0, twitches: 0 });
    runTicks(game, 10_000);
    const after = game.junctions[0]?.junction.pre.impulses ?? 0;
    expect(after).toBeGreaterThan(before);
    expect(outcomeSince(game)?.impulses).toBe(after - before);
  });
});

describe("mystery mode", () => {
  it("draws the hidden scenario reproducibly and judges each team's diagnosis at the debrief", () => {
    const choices = ["curare", "botulinum", "tetrodotoxin"];
    expect(drawMystery(9, 0, choices)).toBe(drawMystery(9, 0, choices));
    const draws = new Set(Array.from({ length: 30 }, (_, seed) => drawMystery(seed, 0, choices)));
    expect(draws.size).toBe(3);

    const game = gameWith(9, { roundLimitMs: 300, msPerS: 400 }, [{ seatId: "s1" }, { seatId: "s2" }]);
    game.settings = { ...game.settings, mysteryChoices: choices };
    applyInput(game, host({ type: "start" }));
    const hidden = game.mystery?.answer ?? "";
    expect(choices).toContain(hidden);
    expect(game.settings.scenarios.map((s) => s.id)).toEqual([hidden]);
    const wrong = choices.find((c) => c !== hidden) ?? "";
    expect(applyInput(game, { kind: "diagnose", seatId: "s1", scenarioId: hidden })).toMatchObject({ ok: true });
    expect(applyInput(game, { kind: "diagnose", seatId: "s2", scenarioId: "ouabain" })).toMatchObject({ ok: false });
    applyInput(game, { kind: "diagnose", seatId: "s2", scenarioId: wrong });
    runTicks(game, 10_000);
    expect(game.phase).toBe("debrief");
    expect(game.seats.find((s) => s.seatId === "s1")?.learning).toMatchObject({ diagnoses: 1, correctDiagnoses: 1 });
    expect(game.seats.find((s) => s.seatId === "s2")?.learning).toMatchObject({ diagnoses: 1, correctDiagnoses: 0 });
    const summary = summariseRound(game);
    expect(summary.mystery?.answer).toBe(hidden);
    expect(summary.teams[0]?.diagnosis).toBe(hidden); // tie → the first chosen
    expect(summary.teams[0]?.diagnosisCorrect).toBe(true);
  });
});
