// Engine benchmark: one junction with its 150-fibre population under a 20 Hz nerve train.
// Prints `bench engine.realtime_factor <x> x` and `bench engine.substeps_per_s <n> 1/s` (median of 3 runs).

import { pathToFileURL } from "node:url";
import { advance, createJunction, drainEvents, PARAMS, stimulateNerve } from "../../shared/physiology";

const TRAIN_HZ = 20;
const PHYSIOLOGICAL_MS = 10_000; // per timed run
const RUNS = 3;

/** Wall-clock ms to simulate PHYSIOLOGICAL_MS of a 20 Hz train (events drained as the game would). */
function timedRun(seed: number): number {
  const j = createJunction({ seed });
  const period = 1000 / TRAIN_HZ;
  for (let t = 0; t < 500; t += period) {
    stimulateNerve(j); // warm-up so the JIT has compiled the inner loop
    advance(j, period);
  }
  drainEvents(j);
  const start = performance.now();
  for (let t = 0; t < PHYSIOLOGICAL_MS; t += period) {
    stimulateNerve(j);
    advance(j, period);
    drainEvents(j);
  }
  return performance.now() - start;
}

export async function benchEngine(): Promise<void> {
  const walls: number[] = [];
  for (let r = 0; r < RUNS; r++) walls.push(timedRun(42 + r));
  walls.sort((a, b) => a - b);
  const wallMs = walls[Math.floor(RUNS / 2)] as number;
  const factor = PHYSIOLOGICAL_MS / wallMs;
  const substepsPerS = (PHYSIOLOGICAL_MS / PARAMS.substepMs / wallMs) * 1000;
  console.log(`bench engine.realtime_factor ${factor.toFixed(1)} x`);
  console.log(`bench engine.substeps_per_s ${Math.round(substepsPerS)} 1/s`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchEngine();
}
