// Play benchmarks: rounds at default settings with human-like players (0.4–1.5 s reaction, one cue in ten
// missed) on every part, in whole-class mode, for classes of 5, 12 and 30. Wall time is the game's own nominal
// tick (50 ms), so the figures are the wall time a class would spend, not this machine's speed.
import { applyInput, createGame, defaultSettings } from "../../shared/game/game";
import { playRound } from "../helpers/humanlike";

const ROUNDS = 10;
const CLASSES = [5, 12, 30];

export async function benchPlay(): Promise<void> {
  let rounds = 0;
  let reached = 0;
  let wallMs = 0;
  let impulses = 0;
  for (const n of CLASSES) {
    let classWall = 0;
    let classImpulses = 0;
    let classReached = 0;
    for (let r = 0; r < ROUNDS; r++) {
      const game = createGame(1000 * n + r, defaultSettings());
      const seats = new Set<string>();
      for (let i = 0; i < n; i++) {
        applyInput(game, { kind: "join", seatId: `s${i}`, nickname: `Student ${i}` });
        seats.add(`s${i}`);
      }
      applyInput(game, { kind: "host", command: { type: "start" } });
      const stats = playRound(game, 31 * n + r, seats);
      const tj = game.junctions[0];
      rounds += 1;
      if (tj?.goal.achieved) classReached += 1;
      classWall += stats.wallMs;
      classImpulses += tj?.junction.pre.stimulated ?? 0;
    }
    reached += classReached;
    wallMs += classWall;
    impulses += classImpulses;
    console.log(`bench play.chain_completion_humanlike_class${n} ${(classReached / ROUNDS).toFixed(2)} fraction`);
    console.log(
      `bench play.wall_s_per_impulse_class${n} ${(classWall / 1000 / Math.max(1, classImpulses)).toFixed(1)} s`,
    );
  }
  console.log(`bench play.chain_completion_humanlike ${(reached / rounds).toFixed(2)} fraction (target ≥ 0.9)`);
  console.log(`bench play.wall_s_per_impulse ${(wallMs / 1000 / Math.max(1, impulses)).toFixed(1)} s (target ≤ 20)`);
}
