// Stage-by-stage play as a class plays it: people on every critical stage (no bots there), acting only on
// their own cues after 0.4–1.5 s of wall time and missing one cue in ten, at default settings.
import { describe, expect, it } from "vitest";
import { applyInput, TICK_WALL_MS, tickGame } from "../../../shared/game/game";
import { type CueEvent, LATENCY_GRACE_MS, RECOVERY_AFTER_MS } from "../../../shared/game/hold";
import type { RoleId } from "../../../shared/game/roles";
import { DEFAULT_CUE_WINDOW_MS } from "../../../shared/game/stages";
import type { Game } from "../../../shared/game/state";
import { playRound } from "../../helpers/humanlike";
import { gameWith } from "./play";

const CRITICAL: RoleId[] = [
  "excitatorySynapse",
  "neuronNaChannel",
  "caChannel",
  "vesicles",
  "nAChR",
  "naChannel",
  "nodeOfRanvier",
];

function classOf(n: number, seed: number): { game: Game; seats: Set<string> } {
  const students = Array.from({ length: n }, (_, i) => ({ seatId: `s${i}` }));
  const game = gameWith(seed, {}, students);
  applyInput(game, { kind: "host", command: { type: "start" } });
  return { game, seats: new Set(students.map((s) => s.seatId)) };
}

function heldRoles(game: Game): Set<RoleId> {
  return new Set(game.junctions[0]?.holders.map((h) => h.roleId));
}

describe("a class of human-like players at default settings", () => {
  for (const n of [1, 5, 12, 30, 40]) {
    const who = n >= 5 ? "with people on every critical stage" : "with people on the first critical stages";
    it(`of ${n}, ${who}, reaches the goal in at least 9 rounds of 10`, () => {
      let reached = 0;
      for (let round = 0; round < 10; round++) {
        const { game, seats } = classOf(n, 100 * n + round);
        for (const r of CRITICAL.slice(0, n)) expect(heldRoles(game).has(r)).toBe(true);
        const stats = playRound(game, 7 * n + round, seats);
        expect(stats.cues).toBeGreaterThan(0);
        expect(game.phase).toBe("debrief");
        if (game.junctions[0]?.goal.achieved) reached += 1;
      }
      expect(reached).toBeGreaterThanOrEqual(9);
    });
  }

  it("every student of a class of 30 gets a cue for every impulse that runs the whole chain", () => {
    const { game, seats } = classOf(30, 77);
    playRound(game, 78, seats);
    // The whole chain: an end-plate AP that also released Ca2+ (a weak end-plate AP can fail to propagate), for the
    // impulses whose last stage (the pump's, RECOVERY_AFTER_MS after arrival) came before the goal was reached.
    const tj = game.junctions[0];
    const until = (tj?.goal.achievedAtMs ?? Number.POSITIVE_INFINITY) - RECOVERY_AFTER_MS;
    const whole =
      tj?.junction.chain.filter((r) => r.apFired && r.peakCaUM > 1 && (r.arrivedMs ?? Infinity) <= until).length ?? 0;
    expect(whole).toBeGreaterThanOrEqual(2);
    for (const seat of game.seats) expect(seat.roundScore.cues).toBeGreaterThanOrEqual(whole);
  });
});

describe("nobody answering", () => {
  it("the chain fails at the first stage people hold: no volley is released, so the motor neuron never fires", () => {
    const { game } = classOf(5, 3);
    playRound(game, 3, new Set());
    const tj = game.junctions[0];
    expect(tj?.junction.pre.stimulated).toBe(0);
    expect(tj?.twitches).toBe(0);
    expect(tj?.goal.achieved).toBe(false);
  });

  it("with bots on the neuron and a person on the Ca2+ channel, no Ca2+ enters and nothing is released", () => {
    const game = gameWith(4, {}, [{ seatId: "ca", role: "caChannel" }]);
    applyInput(game, { kind: "host", command: { type: "start" } });
    playRound(game, 4, new Set());
    const tj = game.junctions[0];
    expect(tj?.junction.pre.stimulated).toBeGreaterThanOrEqual(3);
    expect(tj?.junction.chain.every((r) => r.caEntry === 0 && r.quanta === 0)).toBe(true);
    expect(tj?.twitches).toBe(0);
    const log = tj?.stageLog ?? [];
    expect(log.length).toBeGreaterThanOrEqual(3);
    expect(log.every((s) => s.stage === "caEntry" && s.answered === 0)).toBe(true);
  });
});

describe("answering a cue", () => {
  it("in time gives the reference physiology: the same chain of events as an all-bot junction", () => {
    const bot = gameWith(9, {});
    applyInput(bot, { kind: "host", command: { type: "start" } });
    playRound(bot, 1, new Set());
    const people = gameWith(9, {}, [
      { seatId: "ca", role: "caChannel" },
      { seatId: "v", role: "vesicles" },
      { seatId: "r", role: "nAChR" },
      { seatId: "na", role: "naChannel" },
    ]);
    applyInput(people, { kind: "host", command: { type: "start" } });
    playRound(people, 1, new Set(["ca", "v", "r", "na"]), {
      human: { minReactionMs: 400, maxReactionMs: 1500, missRate: 0 },
    });
    const a = bot.junctions[0]?.junction.chain ?? [];
    const b = people.junctions[0]?.junction.chain ?? [];
    expect(b.length).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < Math.min(a.length, b.length, 3); i++) {
      expect(b[i]?.caEntry).toBe(a[i]?.caEntry);
      expect(b[i]?.quanta).toBe(a[i]?.quanta);
      expect(b[i]?.apFired).toBe(a[i]?.apFired);
      expect(b[i]?.eppPeakMv).toBeCloseTo(a[i]?.eppPeakMv ?? 0, 6);
    }
  });

  it("a press outside a cue is refused with the reason and changes nothing", () => {
    const { game } = classOf(5, 21);
    const before = JSON.stringify(game.junctions[0]?.junction.controls);
    const r = applyInput(game, { kind: "act", seatId: "s1", action: { kind: "gate", open: true } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/Wait for your cue/);
    expect(JSON.stringify(game.junctions[0]?.junction.controls)).toBe(before);
    expect(game.seats.find((s) => s.seatId === "s1")?.roundScore.refused).toBe(1);
  });

  it("mashing (15 presses a second) scores less than answering each cue once", () => {
    const { game, seats } = classOf(5, 31);
    const vesicles = game.seats.find((s) => s.role === "vesicles")?.seatId ?? "";
    const ca = game.seats.find((s) => s.role === "caChannel")?.seatId ?? "";
    expect(vesicles && ca).toBeTruthy();
    const timed = new Set([...seats].filter((s) => s !== vesicles));
    playRound(game, 31, timed, { mashers: new Map([[vesicles, { kind: "fuse" }]]) });
    const masher = game.seats.find((s) => s.seatId === vesicles)?.roundScore;
    const player = game.seats.find((s) => s.seatId === ca)?.roundScore;
    expect(masher?.refused).toBeGreaterThan(100);
    expect(player?.answered).toBeGreaterThan(0);
    expect(masher?.game ?? 0).toBeLessThan(player?.game ?? 0);
  });
});

describe("network latency at the end of a window", () => {
  /** Ticks the game to the first cue of the Ca2+ channel holder, then on for `afterMs` of wall time, then taps. */
  function tapAt(afterMs: number): { ok: boolean; answered: number } {
    const game = gameWith(4, {}, [{ seatId: "ca", role: "caChannel" }]);
    applyInput(game, { kind: "host", command: { type: "start" } });
    let cue: Extract<CueEvent, { kind: "cue" }> | undefined;
    for (let i = 0; i < 20_000 && !cue && game.phase === "running"; i++)
      cue = tickGame(game).cues.find((e): e is Extract<CueEvent, { kind: "cue" }> => e.kind === "cue");
    expect(cue?.windowMs).toBe(DEFAULT_CUE_WINDOW_MS);
    for (let t = 0; t < afterMs; t += TICK_WALL_MS) tickGame(game);
    const r = applyInput(game, { kind: "act", seatId: "ca", action: cue?.action ?? { kind: "gate", open: true } });
    return { ok: r.ok, answered: game.seats.find((s) => s.seatId === "ca")?.roundScore.answered ?? 0 };
  }

  it("a tap the phone showed in time, arriving a Wi-Fi round trip (250 ms) after the window, still counts", () => {
    expect(tapAt(DEFAULT_CUE_WINDOW_MS + 250)).toEqual({ ok: true, answered: 1 });
  });

  it("one arriving after the grace is refused (the hold has ended and the part did not act)", () => {
    expect(tapAt(DEFAULT_CUE_WINDOW_MS + LATENCY_GRACE_MS + 2 * TICK_WALL_MS)).toEqual({ ok: false, answered: 0 });
  });
});

describe("more time for a student who asks for it", () => {
  it("triples the window at that student's stages only", () => {
    const game = gameWith(8, {}, [
      { seatId: "mn", role: "excitatorySynapse" },
      { seatId: "ca", role: "caChannel" },
    ]);
    applyInput(game, { kind: "host", command: { type: "start" } });
    expect(applyInput(game, { kind: "pace", seatId: "ca", extraTime: true })).toMatchObject({ ok: true });
    const windows = new Map<string, number>();
    for (let i = 0; i < 20_000 && windows.size < 2 && game.phase === "running"; i++) {
      for (const e of tickGame(game).cues) {
        if (e.kind !== "cue") continue;
        windows.set(e.seatId, e.windowMs);
        applyInput(game, { kind: "act", seatId: e.seatId, action: e.action });
      }
    }
    expect(windows.get("mn")).toBe(3000);
    expect(windows.get("ca")).toBe(9000);
    expect(applyInput(game, { kind: "pace", seatId: "nobody", extraTime: true })).toMatchObject({ ok: false });
  });
});
