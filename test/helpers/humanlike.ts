// Human-like scripted players for the pure game: each acts only on its own cues, after a reaction time of
// 0.4–1.5 s of wall time, and misses about one cue in ten. Wall time is the game's own tick (50 ms), so a
// round of these players takes exactly the wall time a class would spend on it.

import type { Action } from "../../shared/game/actions";
import { applyInput, TICK_WALL_MS, tickGame } from "../../shared/game/game";
import type { CueEvent } from "../../shared/game/hold";
import type { Game } from "../../shared/game/state";
import { createRng } from "./rng";

export interface HumanLike {
  /** Reaction time range, wall ms. */
  minReactionMs: number;
  maxReactionMs: number;
  /** Probability of missing a cue altogether. */
  missRate: number;
}

export const HUMAN: HumanLike = { minReactionMs: 400, maxReactionMs: 1500, missRate: 0.1 };

interface Pending {
  atTick: number;
  seatId: string;
  action: Extract<CueEvent, { kind: "cue" }>["action"];
}

export interface PlayStats {
  ticks: number;
  wallMs: number;
  cues: number;
  answers: number;
  /** Seats that pressed at 15 presses a second regardless of cues. */
  mashers: Set<string>;
}

/**
 * Plays a running round to its end with human-like players on the given seats (every other seat idle) and,
 * optionally, mashers who press their part's usual action 15 times a second. Returns what happened.
 */
export function playRound(
  game: Game,
  seed: number,
  players: ReadonlySet<string>,
  options: { human?: HumanLike; maxTicks?: number; mashers?: Map<string, Action> } = {},
): PlayStats {
  const human = options.human ?? HUMAN;
  const rng = createRng(seed);
  const pending: Pending[] = [];
  const stats: PlayStats = {
    ticks: 0,
    wallMs: 0,
    cues: 0,
    answers: 0,
    mashers: new Set(options.mashers?.keys() ?? []),
  };
  const maxTicks = options.maxTicks ?? 200_000;
  for (let i = 0; i < maxTicks && (game.phase === "running" || game.phase === "paused"); i++) {
    const out = tickGame(game);
    stats.ticks += 1;
    for (const e of out.cues) {
      if (e.kind !== "cue" || !players.has(e.seatId)) continue;
      stats.cues += 1;
      if (rng() < human.missRate) continue;
      const reaction = human.minReactionMs + rng() * (human.maxReactionMs - human.minReactionMs);
      pending.push({ atTick: game.tick + Math.ceil(reaction / TICK_WALL_MS), seatId: e.seatId, action: e.action });
    }
    for (let k = pending.length - 1; k >= 0; k--) {
      const p = pending[k] as Pending;
      if (p.atTick > game.tick) continue;
      pending.splice(k, 1);
      const r = applyInput(game, { kind: "act", seatId: p.seatId, action: p.action });
      if (r.ok) stats.answers += 1;
    }
    // Mashers press on three ticks of every four: 15 presses a second at 20 ticks a second.
    if (options.mashers && game.tick % 4 !== 0) {
      for (const [seatId, action] of options.mashers) applyInput(game, { kind: "act", seatId, action });
    }
  }
  stats.wallMs = stats.ticks * TICK_WALL_MS;
  return stats;
}
