// Play benchmarks: rounds at default settings with human-like players (0.4–1.5 s reaction, one cue in ten
// missed) on every part, in whole-class mode, for classes of 5, 12 and 30; then a slower class (1–3 s from cue
// to tap, as a play-tester's phones took, one cue in ten missed) against the same 3 s window. Wall time is the
// game's own nominal tick (50 ms), so the figures are the wall time a class would spend, not this machine's speed.
import { applyInput, createGame, defaultSettings } from "../../shared/game/game";
import { type HumanLike, playRound } from "../helpers/humanlike";

const ROUNDS = 10;
const CLASSES = [5, 12, 30];

const SLOW: HumanLike = { minReactionMs: 1000, maxReactionMs: 3000, missRate: 0.1 };
const SLOW_ROUNDS = 5;

export async function benchPlay(): Promise<void> {
  await benchClasses();
  benchSlowClasses();
}

/** Rounds of a slower class: does the default window still let them reach the goal, and at what wall time? */
function benchSlowClasses(): void {
  let rounds = 0;
  let reached = 0;
  for (const n of CLASSES) {
    let wallMs = 0;
    let impulses = 0;
    for (let r = 0; r < SLOW_ROUNDS; r++) {
      const game = createGame(7000 * n + r, defaultSettings());
      const seats = new Set<string>();
      for (let i = 0; i < n; i++) {
        applyInput(game, { kind: "join", seatId: `s${i}`, nickname: `Student ${i}` });
        seats.add(`s${i}`);
      }
      applyInput(game, { kind: "host", command: { type: "start" } });
      wallMs += playRound(game, 37 * n + r, seats, { human: SLOW }).wallMs;
      rounds += 1;
      if (game.junctions[0]?.goal.achieved) reached += 1;
      impulses += game.junctions[0]?.junction.pre.stimulated ?? 0;
    }
    console.log(`bench play.slow_wall_s_per_impulse_class${n} ${(wallMs / 1000 / Math.max(1, impulses)).toFixed(1)} s`);
  }
  console.log(`bench play.slow_chain_completion ${(reached / rounds).toFixed(2)} fraction (1–3 s reactions)`);
}

async function benchClasses(): Promise<void> {
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
