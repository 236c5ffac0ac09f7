// Helpers for game tests: a game with seated students, and running it tick by tick.
import { applyInput, createGame, defaultSettings, tickGame } from "../../../shared/game/game";
import type { RoleId } from "../../../shared/game/roles";
import type { Game, Settings } from "../../../shared/game/state";
import { nowMs } from "../../../shared/game/teamJunction";

export function gameWith(
  seed: number,
  settings: Partial<Settings>,
  students: { seatId: string; role?: RoleId }[] = [],
): Game {
  const game = createGame(seed, { ...defaultSettings(), ...settings });
  for (const s of students) {
    applyInput(game, { kind: "join", seatId: s.seatId, nickname: s.seatId });
    if (s.role) applyInput(game, { kind: "host", command: { type: "assignRole", seatId: s.seatId, role: s.role } });
  }
  return game;
}

/** Runs ticks until `done` or the round ends; calls `each` after every tick. */
export function runTicks(
  game: Game,
  maxTicks: number,
  each?: (game: Game) => void,
  done?: (game: Game) => boolean,
): void {
  for (let i = 0; i < maxTicks && game.phase === "running"; i++) {
    tickGame(game);
    each?.(game);
    if (done?.(game)) return;
  }
}

export function junctionTime(game: Game, team = 0): number {
  const tj = game.junctions[team];
  return tj ? nowMs(tj) : 0;
}
