// Engine benchmark: one junction with its fibre population under a 20 Hz nerve train.
// Prints `bench engine.realtime_factor <x> x` and `bench engine.substeps_per_s <n> 1/s`.

import { pathToFileURL } from "node:url";
import { advance, createJunction, drainEvents, PARAMS, stimulateNerve } from "../../shared/physiology";

const TRAIN_HZ = 20;
const PHYSIOLOGICAL_MS = 20_000;

export async function benchEngine(): Promise<void> {
  const j = createJunction({ seed: 42 });
  const period = 1000 / TRAIN_HZ;
  // Warm-up so the JIT has compiled the inner loop before timing.
  for (let t = 0; t < 500; t += period) {
    stimulateNerve(j);
    advance(j, period);
  }
  drainEvents(j);
  const start = performance.now();
  for (let t = 0; t < PHYSIOLOGICAL_MS; t += period) {
    stimulateNerve(j);
    advance(j, period);
    drainEvents(j);
  }
  const wallMs = performance.now() - start;
  const factor = PHYSIOLOGICAL_MS / wallMs;
  const substepsPerS = (PHYSIOLOGICAL_MS / PARAMS.substepMs / wallMs) * 1000;
  console.log(`bench engine.realtime_factor ${factor.toFixed(1)} x`);
  console.log(`bench engine.substeps_per_s ${Math.round(substepsPerS)} 1/s`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchEngine();
}
