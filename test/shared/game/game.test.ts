// The game on the shared rules: bots reproduce the physiology, students' parts matter the physiological way,
// impossible actions are refused with a reason, and a round replays identically from its input log.
import { describe, expect, it } from "vitest";
import { applyInput, createGame, tickGame } from "../../../shared/game/game";
import type { CueEvent } from "../../../shared/game/hold";
import { gameWith, junctionTime, runTicks } from "./play";

describe("an all-bot junction", () => {
  it("in control conditions fires a muscle AP and twitches, reaching a twitch goal", () => {
    const game = gameWith(1, { goal: { kind: "twitches", count: 2 }, roundLimitMs: 1000 });
    expect(applyInput(game, { kind: "host", command: { type: "start" } })).toMatchObject({ ok: true });
    runTicks(game, 5000);
    const tj = game.junctions[0];
    expect(game.phase).toBe("debrief");
    expect(tj?.junction.det.apCount).toBeGreaterThanOrEqual(2);
    expect(tj?.twitches).toBe(2);
    expect(tj?.goal.achieved).toBe(true);
  });

  it("under curare (0.5 of sites occupied) releases ACh but gives no AP and no twitch", () => {
    const game = gameWith(1, { scenarios: [{ id: "curare", level: 0.5 }], roundLimitMs: 600 });
    applyInput(game, { kind: "host", command: { type: "start" } });
    runTicks(game, 5000);
    const tj = game.junctions[0];
    expect(tj?.junction.pre.impulses).toBeGreaterThanOrEqual(2);
    expect(tj?.junction.det.apCount).toBe(0);
    expect(tj?.twitches).toBe(0);
    expect(tj?.goal.achieved).toBe(false);
  });
});

/** Duration (ms) the end-plate depolarisation stays above half its peak after the first impulse. */
function eppHalfWidth(withStudentAChE: boolean): { peak: number; halfWidthMs: number } {
  const students = withStudentAChE ? [{ seatId: "s1", role: "aChE" as const }] : [];
  // Tetrodotoxin keeps the muscle from firing so the end-plate potential itself can be measured.
  const game = gameWith(7, { scenarios: [{ id: "tetrodotoxin", level: 1 }], roundLimitMs: 60, msPerS: 20 }, students);
  applyInput(game, { kind: "host", command: { type: "start" } });
  const trace: { t: number; epp: number }[] = [];
  runTicks(game, 20_000, (g) => {
    const tj = g.junctions[0];
    if (tj) trace.push({ t: junctionTime(g), epp: tj.junction.mem.v - tj.junction.det.restMv });
  });
  const peak = Math.max(...trace.map((p) => p.epp));
  const above = trace.filter((p) => p.epp >= peak / 2);
  return { peak, halfWidthMs: (above.at(-1)?.t ?? 0) - (above[0]?.t ?? 0) };
}

describe("students' parts", () => {
  it("an idle student holding AChE prolongs the end-plate potential, like an AChE inhibitor", () => {
    const bot = eppHalfWidth(false);
    const idle = eppHalfWidth(true);
    expect(bot.peak).toBeGreaterThan(5);
    expect(idle.halfWidthMs).toBeGreaterThan(bot.halfWidthMs * 1.5);
    expect(idle.peak).toBeGreaterThan(bot.peak);
  });

  it("a receptor cannot open without two ACh bound, and is cued to open once ACh arrives", () => {
    const game = gameWith(3, { roundLimitMs: 400 }, [{ seatId: "s1", role: "nAChR" }]);
    applyInput(game, { kind: "host", command: { type: "start" } });
    const early = applyInput(game, { kind: "act", seatId: "s1", action: { kind: "gate", open: true } });
    expect(early).toMatchObject({ ok: false, reason: expect.stringMatching(/needs two ACh bound.*Wait for your cue/) });
    let cue: CueEvent | undefined;
    for (let i = 0; i < 20_000 && !cue; i++) cue = tickGame(game).cues.find((e) => e.kind === "cue");
    expect(cue).toMatchObject({ kind: "cue", seatId: "s1", stage: "binding", action: { kind: "gate", open: true } });
    expect(cue?.kind === "cue" && cue.senses).toMatch(/receptors have two ACh bound/);
    const bound = game.junctions[0]?.junction.mem.openReceptors ?? 0;
    const t = junctionTime(game);
    tickGame(game); // time holds while the cue is open
    expect(junctionTime(game)).toBe(t);
    if (cue?.kind !== "cue") throw new Error("no cue");
    expect(applyInput(game, { kind: "act", seatId: "s1", action: cue.action })).toMatchObject({ ok: true });
    runTicks(game, 200);
    expect(game.junctions[0]?.junction.mem.openReceptors ?? 0).not.toBe(bound);
    expect(game.junctions[0]?.junction.pre.quantaLastImpulse).toBeGreaterThan(10);
    expect(game.junctions[0]?.junction.chain[0]?.apFired).toBe(true);
  });

  it("a receptor student who never opens leaves the end plate silent: no AP, no twitch", () => {
    const game = gameWith(3, { roundLimitMs: 450 }, [{ seatId: "s1", role: "nAChR" }]);
    applyInput(game, { kind: "host", command: { type: "start" } });
    runTicks(game, 20_000);
    const tj = game.junctions[0];
    expect(tj?.junction.pre.impulses).toBeGreaterThanOrEqual(2);
    expect(tj?.junction.det.apCount).toBe(0);
    expect(tj?.twitches).toBe(0);
  });

  it("refuses actions of another role's kind and actions against the gradient, with reasons", () => {
    const game = gameWith(3, { roundLimitMs: 400 }, [
      { seatId: "s1", role: "kIon" },
      { seatId: "s2", role: "aChE" },
    ]);
    applyInput(game, { kind: "host", command: { type: "start" } });
    let cue: CueEvent | undefined;
    for (let i = 0; i < 20_000 && !cue; i++)
      cue = tickGame(game).cues.find((e) => e.kind === "cue" && e.seatId === "s1");
    expect(cue).toMatchObject({ stage: "repolarisation", action: { kind: "cross", direction: "out" } });
    expect(applyInput(game, { kind: "act", seatId: "s1", action: { kind: "cross", direction: "in" } })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/K\+ is pushed out, not in/),
    });
    expect(applyInput(game, { kind: "act", seatId: "s1", action: { kind: "cross", direction: "out" } })).toMatchObject({
      ok: true,
    });
    expect(applyInput(game, { kind: "act", seatId: "s2", action: { kind: "release" } })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/cannot do "release"/),
    });
    expect(applyInput(game, { kind: "act", seatId: "nobody", action: { kind: "release" } })).toMatchObject({
      ok: false,
    });
  });
});

describe("replay", () => {
  it("the same seed and the same recorded input log give the identical round", () => {
    const live = gameWith(11, { roundLimitMs: 300 }, [
      { seatId: "s1", role: "aChE" },
      { seatId: "s2", role: "naChannel" },
      { seatId: "s3" },
    ]);
    applyInput(live, { kind: "host", command: { type: "start" } });
    let n = 0;
    runTicks(live, 20_000, (g) => {
      n += 1;
      if (n % 7 === 0) applyInput(g, { kind: "act", seatId: "s1", action: { kind: "hydrolyse" } });
      if (n % 5 === 0) applyInput(g, { kind: "act", seatId: "s2", action: { kind: "gate", open: true } });
      if (n === 40) applyInput(g, { kind: "connection", seatId: "s3", connected: false });
    });
    const replay = createGame(11, gameWith(11, { roundLimitMs: 300 }).settings);
    const byTick = new Map<number, typeof live.log>();
    for (const entry of live.log) byTick.set(entry.tick, [...(byTick.get(entry.tick) ?? []), entry]);
    for (let t = 0; t <= live.tick; t++) {
      for (const entry of byTick.get(t) ?? []) applyInput(replay, entry.input);
      if (t < live.tick) tickGame(replay);
    }
    expect(replay.tick).toBe(live.tick);
    expect(JSON.stringify(replay.junctions)).toBe(JSON.stringify(live.junctions));
    expect(JSON.stringify(replay.seats)).toBe(JSON.stringify(live.seats));
  });
});

describe("the replay log", () => {
  it("keeps the newest inputs up to its limit, so a room open all day cannot grow it without bound", async () => {
    const { LOG_LIMIT } = await import("../../../shared/game/game");
    const game = gameWith(5, {}, [{ seatId: "s1" }]);
    for (let i = 0; i < LOG_LIMIT * 1.2; i++) applyInput(game, { kind: "act", seatId: "s1", action: { kind: "fuse" } });
    expect(game.log.length).toBeLessThanOrEqual(LOG_LIMIT * 1.1);
    expect(game.log.length).toBeGreaterThanOrEqual(LOG_LIMIT);
    expect(game.log.at(-1)?.input).toMatchObject({ kind: "act", seatId: "s1" });
  });
});
