// Challenge presets: valid references and goals, and each preset's all-bot outcome (and the students' rescue)
// checked against the engine, so a preset never promises what the physiology cannot deliver.
import { describe, expect, it } from "vitest";
import { CHALLENGES, type Challenge, challengeById } from "../../../shared/game/challenges";
import { applyInput, createGame, defaultSettings, tickGame } from "../../../shared/game/game";
import { parseGoal } from "../../../shared/game/goals";
import { questionById } from "../../../shared/game/questions";
import type { RoleId } from "../../../shared/game/roles";
import type { Game } from "../../../shared/game/state";
import { SCENARIOS } from "../../../shared/physiology";

interface ScriptedStudent {
  seatId: string;
  role: RoleId;
  /** An excitatory synapse student sets this rhythm at the start and releases on every cue; others stay idle. */
  hz?: number;
}

/** Plays a preset to its debrief at 1000 ms per wall second, no slow motion; `students` sit in team 0. */
function play(challenge: Challenge, students: ScriptedStudent[] = [], seed = 1): Game {
  const game = createGame(seed, defaultSettings());
  const configured = applyInput(game, {
    kind: "host",
    command: {
      type: "configure",
      settings: {
        mode: challenge.mode,
        teamCount: challenge.teamCount,
        goal: challenge.goal,
        scenarios: challenge.scenarios,
        roundLimitMs: challenge.roundLimitMs,
        msPerS: 1000,
        slowMotion: false,
      },
    },
  });
  expect(configured).toMatchObject({ ok: true });
  for (const s of students) {
    applyInput(game, { kind: "join", seatId: s.seatId, nickname: s.seatId });
    applyInput(game, { kind: "host", command: { type: "assignRole", seatId: s.seatId, role: s.role } });
  }
  expect(applyInput(game, { kind: "host", command: { type: "start" } })).toMatchObject({ ok: true });
  for (const s of students) {
    expect(game.seats.find((seat) => seat.seatId === s.seatId)?.team).toBe(0);
    if (s.hz !== undefined) applyInput(game, { kind: "act", seatId: s.seatId, action: { kind: "rhythm", hz: s.hz } });
  }
  const neurons = new Set(students.filter((s) => s.role === "excitatorySynapse").map((s) => s.seatId));
  for (let i = 0; i < 10_000 && game.phase === "running"; i++) {
    for (const cue of tickGame(game).cues)
      if (cue.kind === "cue" && neurons.has(cue.seatId))
        applyInput(game, { kind: "act", seatId: cue.seatId, action: cue.action });
  }
  expect(game.phase).toBe("debrief");
  return game;
}

function preset(id: string): Challenge {
  const c = challengeById(id);
  if (!c) throw new Error(`no challenge ${id}`);
  return c;
}

const achieved = (game: Game) => game.junctions.map((tj) => tj.goal.achieved);
const twitches = (game: Game) => game.junctions.map((tj) => tj.twitches);
const idleAChE: ScriptedStudent[] = [{ seatId: "s1", role: "aChE" }];
const neuronAt = (hz: number): ScriptedStudent[] => [{ seatId: "s1", role: "excitatorySynapse", hz }];

describe("challenge presets are well formed", () => {
  it("has at least seven presets with unique kebab-case ids", () => {
    expect(CHALLENGES.length).toBeGreaterThanOrEqual(7);
    const ids = CHALLENGES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    for (const c of CHALLENGES) expect(challengeById(c.id)).toBe(c);
    expect(challengeById("no-such-challenge")).toBeUndefined();
  });

  it.each(CHALLENGES.map((c) => [c.id, c] as const))("%s: texts, teams, round length and questions", (_id, c) => {
    expect(c.name.length).toBeGreaterThan(0);
    expect(c.summary.length).toBeGreaterThan(0);
    expect(c.teacherNotes.length).toBeGreaterThan(0);
    expect(c.teacherNotes.length).toBeLessThanOrEqual(500);
    expect(c.roundLimitMs).toBeGreaterThanOrEqual(10);
    expect(c.roundLimitMs).toBeLessThanOrEqual(60_000);
    if (c.mode === "teams") {
      expect(c.teamCount).toBeGreaterThanOrEqual(2);
      expect(c.teamCount).toBeLessThanOrEqual(8);
    }
    expect(c.questionIds.length).toBeGreaterThanOrEqual(1);
    expect(c.questionIds.length).toBeLessThanOrEqual(3);
    for (const q of c.questionIds) expect(questionById(q), q).toBeDefined();
  });

  it.each(CHALLENGES.map((c) => [c.id, c] as const))("%s: scenarios exist, levels in range, goal valid", (_id, c) => {
    expect(c.scenarios.length).toBeGreaterThanOrEqual(1);
    for (const s of c.scenarios) {
      const info = SCENARIOS.find((i) => i.id === s.id);
      expect(info, s.id).toBeDefined();
      expect(s.level).toBeGreaterThanOrEqual(info?.min ?? Number.NaN);
      expect(s.level).toBeLessThanOrEqual(info?.max ?? Number.NaN);
    }
    expect(parseGoal(c.goal)).toEqual({ ok: true, value: c.goal });
  });

  it.each(CHALLENGES.filter((c) => c.mystery).map((c) => [c.id, c] as const))(
    "mystery %s offers valid choices that include its fallback scenario",
    (_id, c) => {
      const choices = c.mysteryChoices ?? [];
      expect(choices.length).toBeGreaterThanOrEqual(2);
      expect(new Set(choices).size).toBe(choices.length);
      for (const id of choices)
        expect(
          SCENARIOS.some((s) => s.id === id),
          id,
        ).toBe(true);
      for (const s of c.scenarios) expect(choices).toContain(s.id);
    },
  );

  it("only mystery presets carry mystery choices", () => {
    for (const c of CHALLENGES) if (!c.mystery) expect(c.mysteryChoices).toBeUndefined();
  });
});

describe("all-bot outcomes and the students' rescues", () => {
  it("fire-through-curare: bots never twitch; an idle AChE player or 100 Hz bursts get three twitches", () => {
    const c = preset("fire-through-curare");
    const bots = play(c);
    expect(achieved(bots).every((a) => !a)).toBe(true);
    expect(bots.junctions.every((tj) => tj.junction.pre.impulses >= 4)).toBe(true);
    expect(play(c, idleAChE).junctions[0]?.goal.achieved).toBe(true);
    expect(play(c, neuronAt(100)).junctions[0]?.goal.achieved).toBe(true);
  });

  it("tetanus-race: bots at 80 Hz hold the tetanus on every team; a 60 Hz rhythm does not", () => {
    const c = preset("tetanus-race");
    const bots = play(c);
    expect(achieved(bots)).toEqual([true, true, true, true]);
    for (const tj of bots.junctions) expect(tj.goal.achievedAtMs).toBeLessThan(400);
    expect(play(c, neuronAt(60)).junctions[0]?.goal.achieved).toBe(false);
  });

  it("rescue-myasthenic-junction: bots decrement and fail; an idle AChE player gets five twitches", () => {
    const c = preset("rescue-myasthenic-junction");
    const bots = play(c);
    expect(bots.junctions[0]?.goal.achieved).toBe(false);
    expect(bots.junctions[0]?.junction.pre.impulses).toBeGreaterThanOrEqual(9);
    expect(twitches(bots)[0]).toBeLessThan(5);
    expect(play(c, idleAChE).junctions[0]?.goal.achieved).toBe(true);
  });

  it("lambert-eaton-warm-up: bots at 5 Hz fail on every team; a 50 Hz nerve rhythm succeeds", () => {
    const c = preset("lambert-eaton-warm-up");
    const bots = play(c);
    expect(achieved(bots).every((a) => !a)).toBe(true);
    expect(twitches(bots).every((n) => n === 0)).toBe(true);
    expect(play(c, neuronAt(50)).junctions[0]?.goal.achieved).toBe(true);
  });

  it("low-calcium-day: bots fail; a 50 Hz rhythm or an idle AChE player succeeds", () => {
    const c = preset("low-calcium-day");
    expect(achieved(play(c)).every((a) => !a)).toBe(true);
    expect(play(c, neuronAt(50)).junctions[0]?.goal.achieved).toBe(true);
    expect(play(c, idleAChE).junctions[0]?.goal.achieved).toBe(true);
  });

  it("bring-it-back-to-rest: with every pump blocked, bots still fire the train and return to rest", () => {
    const game = play(preset("bring-it-back-to-rest"));
    const tj = game.junctions[0];
    expect(tj?.goal.achieved).toBe(true);
    expect(tj?.junction.det.apCount).toBe(20);
  });

  it("safety-margin: with 30 % of sites blocked, bots still get every twitch", () => {
    const game = play(preset("safety-margin"));
    expect(game.junctions[0]?.goal.achieved).toBe(true);
    expect(game.junctions[0]?.twitches).toBe(5);
  });

  it("find-the-toxin: no candidate toxin lets the bots twitch, so the goal alone gives nothing away", () => {
    const c = preset("find-the-toxin");
    for (const id of c.mysteryChoices ?? []) {
      const level = SCENARIOS.find((s) => s.id === id)?.default ?? 0;
      const game = play({ ...c, mode: "class", scenarios: [{ id, level }] });
      expect(twitches(game), id).toEqual([0]);
    }
  });

  it("a mystery preset chosen by the host hides one of its choices as this round's scenario", () => {
    const c = preset("find-the-toxin");
    const game = createGame(5, defaultSettings());
    expect(applyInput(game, { kind: "host", command: { type: "challenge", challengeId: c.id } })).toMatchObject({
      ok: true,
    });
    applyInput(game, { kind: "host", command: { type: "start" } });
    expect(c.mysteryChoices).toContain(game.mystery?.answer);
    expect(game.settings.scenarios.map((s) => s.id)).toEqual([game.mystery?.answer]);
  });
});
