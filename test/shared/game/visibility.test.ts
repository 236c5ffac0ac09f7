// Who sees what: a mystery's hidden scenario is the teacher's until the debrief, even when a student runs the
// round alone as homework; each student's debrief holds only their own contribution.
import { describe, expect, it } from "vitest";
import { applyInput, createGame } from "../../../shared/game/game";
import { summariseRound } from "../../../shared/game/summary";
import {
  commandExtrasFor,
  debriefFor,
  EVERYONE,
  mysteryAnswerFor,
  scenariosFor,
  seesClassScores,
  seesTraces,
  TEACHER,
  type Viewer,
} from "../../../shared/game/visibility";

const solo: Viewer = { kind: "student", seatId: "s1", solo: true };
const inClass: Viewer = { kind: "student", seatId: "s1", solo: false };

function mysteryRound() {
  const game = createGame(7);
  applyInput(game, { kind: "host", command: { type: "challenge", challengeId: "find-the-toxin" } });
  for (const seatId of ["s1", "s2"]) applyInput(game, { kind: "join", seatId, nickname: seatId });
  expect(applyInput(game, { kind: "host", command: { type: "start" } })).toMatchObject({ ok: true });
  return game;
}

describe("a mystery round's hidden scenario", () => {
  it("is told to the teacher as the round starts, and to no student, not even one playing it solo", () => {
    const game = mysteryRound();
    const hidden = game.mystery?.answer ?? "";
    expect(["curare", "botulinum", "tetrodotoxin", "succinylcholine"]).toContain(hidden);
    expect(commandExtrasFor(game, TEACHER, "start")).toEqual({ mystery: hidden });
    for (const student of [solo, inClass, EVERYONE]) {
      expect(commandExtrasFor(game, student, "start")).toEqual({});
      expect(mysteryAnswerFor(game, student)).toBeNull();
    }
    expect(scenariosFor(game, EVERYONE)).toBe("hidden");
    expect(scenariosFor(game, TEACHER)).toContain(hidden);
  });

  it("is named to everyone once the round is debriefed", () => {
    const game = mysteryRound();
    const hidden = game.mystery?.answer ?? "";
    applyInput(game, { kind: "host", command: { type: "end" } });
    expect(scenariosFor(game, EVERYONE)).toBe(`${hidden}:${game.settings.scenarios[0]?.level}`);
    expect(mysteryAnswerFor(game, solo)).toBe(hidden);
  });
});

describe("the round's other private parts", () => {
  it("each student's debrief lists only their own seat; the teacher's lists the class", () => {
    const game = mysteryRound();
    applyInput(game, { kind: "host", command: { type: "end" } });
    const summary = summariseRound(game);
    expect(debriefFor(summary, TEACHER)?.seats.map((s) => s.seatId)).toEqual(["s1", "s2"]);
    expect(debriefFor(summary, inClass)?.seats.map((s) => s.seatId)).toEqual(["s1"]);
    expect(debriefFor(summary, EVERYONE)).toBeNull();
  });

  it("the class's scores go to the teacher; traces to the teacher and a solo student (phones use the state)", () => {
    expect([TEACHER, solo, inClass].map(seesClassScores)).toEqual([true, false, false]);
    expect([TEACHER, solo, inClass].map(seesTraces)).toEqual([true, true, false]);
  });
});
