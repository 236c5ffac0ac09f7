// Load-test figures printed to stdout when ENDPLATE_METRICS_EVERY_S is set (benchmarks only; no HTTP endpoint,
// so nothing is exposed in production): event-loop delay percentiles, memory, rooms and clients.
import { monitorEventLoopDelay } from "node:perf_hooks";
import { matchMaker } from "colyseus";

export function startMetrics(everyS: number): () => void {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const timer = setInterval(() => {
    const rooms = matchMaker.stats.local.roomCount;
    const clients = matchMaker.stats.local.ccu;
    const line = {
      eventLoopP99Ms: delay.percentile(99) / 1e6,
      eventLoopP50Ms: delay.percentile(50) / 1e6,
      eventLoopMaxMs: delay.max / 1e6,
      rssMb: process.memoryUsage().rss / 2 ** 20,
      rooms,
      clients,
    };
    delay.reset();
    console.log(`metrics ${JSON.stringify(line)}`);
  }, everyS * 1000);
  timer.unref();
  return () => {
    clearInterval(timer);
    delay.disable();
  };
}
