// The class game: creating it, applying an input (each recorded with its tick) and ticking every junction.
// Pure and deterministic: the same settings and the same input log give the identical round (replays).
// The plain state these functions change is in state.ts.

import type { Action } from "./actions";
import { DEFAULT_MS_PER_S, physiologicalMs, pruneZones } from "./clock";
import { DEFAULT_GOAL } from "./goals";
import type { CueEvent } from "./hold";
import { diagnose } from "./mystery";
import { answer } from "./prediction";
import { addSeat, applyHostCommand } from "./round";
import { POINTS_PER_CUE, REFUSED_PRESS_COST } from "./score";
import { DEFAULT_CUE_WINDOW_MS } from "./stages";
import type { Game, GameInput, InputResult, Seat, Settings } from "./state";
import { act, holdTick, nowMs, releaseCue, run, type TraceSample } from "./teamJunction";

export type { SeatScore } from "./score";

/** Wall time per simulation tick (20 Hz); nominal, so that a replay of the log is exact. */
export const TICK_WALL_MS = 50;
/** Ticks a reached goal is celebrated on the projector and phones before the debrief (3 s, time held). */
export const CELEBRATE_TICKS = 60;

export function defaultSettings(): Settings {
  return {
    mode: "class",
    teamCount: 2,
    goal: DEFAULT_GOAL,
    scenarios: [],
    msPerS: DEFAULT_MS_PER_S,
    slowMotion: true,
    roundLimitMs: 3000,
    cueWindowMs: DEFAULT_CUE_WINDOW_MS,
    challengeId: "",
    mysteryChoices: null,
  };
}

export function createGame(seed: number, settings: Settings = defaultSettings()): Game {
  return {
    seed: seed >>> 0,
    phase: "lobby",
    round: 0,
    tick: 0,
    settings,
    seats: [],
    junctions: [],
    log: [],
    prediction: null,
    answers: [],
    mystery: null,
  };
}

export function findSeat(game: Game, seatId: string): Seat | undefined {
  return game.seats.find((s) => s.seatId === seatId);
}

/**
 * Inputs the replay log keeps (the newest): enough to replay any round from its start — a class of 40 pressing
 * once a second for a 10-minute round is 24,000 — while a room open all day, or a masher at 15 presses a
 * second, cannot grow it without bound (≈ 100 bytes an entry: at most a few MB per room).
 */
export const LOG_LIMIT = 50_000;

/** Applies one input now (before the next tick) and records it for replay. */
export function applyInput(game: Game, input: GameInput): InputResult {
  game.log.push({ tick: game.tick, input });
  if (game.log.length > LOG_LIMIT * 1.1) game.log.splice(0, game.log.length - LOG_LIMIT);
  switch (input.kind) {
    case "join":
      return addSeat(game, input.seatId, input.nickname);
    case "leave":
      game.seats = game.seats.filter((s) => s.seatId !== input.seatId);
      for (const tj of game.junctions) tj.holders = tj.holders.filter((h) => h.seatId !== input.seatId);
      return { ok: true, text: "left" };
    case "connection":
      return setConnection(game, input.seatId, input.connected);
    case "act":
      return studentAct(game, input.seatId, input.action);
    case "answer":
      return answer(game, input.seatId, input.questionId, input.choice);
    case "diagnose":
      return diagnose(game, input.seatId, input.scenarioId);
    case "pace": {
      const seat = findSeat(game, input.seatId);
      if (!seat) return { ok: false, reason: "You are not in this class." };
      seat.extraTime = input.extraTime;
      return {
        ok: true,
        text: input.extraTime ? "Your cues now wait longer for you." : "Your cues use the class's time.",
      };
    }
    case "host":
      return applyHostCommand(game, input.command);
  }
}

function setConnection(game: Game, seatId: string, connected: boolean): InputResult {
  const seat = findSeat(game, seatId);
  if (!seat) return { ok: false, reason: "No such seat." };
  seat.connected = connected;
  for (const tj of game.junctions)
    for (const h of tj.holders) {
      if (h.seatId !== seatId) continue;
      h.connected = connected;
      if (!connected) releaseCue(tj, seatId);
    }
  return { ok: true, text: connected ? "back" : "a bot holds the role" };
}

function studentAct(game: Game, seatId: string, action: Action): InputResult {
  const seat = findSeat(game, seatId);
  if (!seat) return { ok: false, reason: "You are not in this class." };
  if (game.phase !== "running") {
    return { ok: false, reason: game.phase === "paused" ? "The round is paused." : "No round is running." };
  }
  const tj = game.junctions[seat.team];
  if (!tj) return { ok: false, reason: "You are not on a team yet." };
  const result = act(tj, seatId, action);
  for (const score of [seat.score, seat.roundScore]) {
    if (result.ok && result.cue) {
      score.answered += 1;
      score.game += POINTS_PER_CUE;
    } else if (!result.ok) {
      score.refused += 1;
      score.game = Math.max(0, score.game - REFUSED_PRESS_COST);
    }
  }
  return result.ok ? { ok: true, text: result.text } : { ok: false, reason: result.reason };
}

export interface TickOutput {
  samples: { team: number; points: TraceSample[] }[];
  feedback: { seatId: string; text: string }[];
  /** Cues opened and ended this tick, each for one holder. */
  cues: CueEvent[];
  phaseChanged: boolean;
}

/** Advances every junction by one tick of wall time mapped to physiological time. */
export function tickGame(game: Game): TickOutput {
  game.tick += 1;
  const output: TickOutput = { samples: [], feedback: [], cues: [], phaseChanged: false };
  if (game.phase !== "running") return output;
  for (const tj of game.junctions) {
    holdTick(tj, TICK_WALL_MS);
    const t = nowMs(tj);
    tj.zones = pruneZones(tj.zones, t);
    const physMs = Math.min(physiologicalMs(game.settings, tj.zones, t, TICK_WALL_MS), game.settings.roundLimitMs - t);
    // A reached goal holds the junction still while it is celebrated (the moment stays on every screen).
    if (physMs > 0 && tj.celebrateUntilTick === null)
      run(
        tj,
        physMs,
        game.settings.goal,
        game.settings.cueWindowMs,
        (seatId) => findSeat(game, seatId)?.extraTime === true,
        game.settings.slowMotion,
      );
    output.samples.push({ team: tj.team, points: tj.samples });
    tj.samples = [];
    output.feedback.push(...tj.feedback);
    tj.feedback = [];
    for (const e of tj.cueEvents) {
      if (e.kind !== "cue") continue;
      const seat = findSeat(game, e.seatId);
      if (seat) for (const score of [seat.score, seat.roundScore]) score.cues += 1;
    }
    output.cues.push(...tj.cueEvents);
    tj.cueEvents = [];
    if (tj.goal.achieved && tj.celebrateUntilTick === null) tj.celebrateUntilTick = game.tick + CELEBRATE_TICKS;
  }
  const allDone = game.junctions.every(
    (tj) =>
      !tj.hold &&
      ((tj.celebrateUntilTick !== null && game.tick >= tj.celebrateUntilTick) ||
        nowMs(tj) >= game.settings.roundLimitMs - 1e-6),
  );
  if (allDone) {
    applyHostCommand(game, { type: "end" });
    output.phaseChanged = true;
  }
  return output;
}
