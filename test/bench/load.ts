// `npm run bench:load`: classrooms of 30 light bots in 3-team junctions against one real server process, in
// growing steps, until a target breaks (event-loop p99 > 50 ms, patches < 9.5 Hz, > 40 kbps, any error).
// Then the same load split over two processes sharing matchmaking through a real redis-server. Each step also
// reports the server processes' own CPU time per student-second, read from /proc, so capacity per core can be read
// from one run although the generators share the machine's cores with the server.
import { type ChildProcess, spawn } from "node:child_process";
import { resolve } from "node:path";
import { Client, type Room } from "colyseus.js";
import { type ServerProcess, startServerProcess } from "../helpers/browser";
import { freePort, startRedis } from "../helpers/redis";
import { classroomAddress, postJson } from "./loopback";
import { processCpuMs } from "./serverCpu";

const PER_CLASS = 30;
const STEPS = (process.env.LOAD_STEPS ?? "10,20,34,50,67,84,100").split(",").map(Number);
const MEASURE_S = Number(process.env.LOAD_MEASURE_S ?? 15);
const TARGET = { p99Ms: 50, patchHz: 9.5, kbps: 40 };

interface Worker {
  child: ChildProcess;
  lines: string[];
}

/** Every generator process, killed when this process exits however it exits (no orphans after a failure). */
const children = new Set<ChildProcess>();
process.on("exit", () => {
  for (const child of children) child.kill();
});

function worker(baseUrl: string, codes: string[], tag: string): Worker {
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      resolve(import.meta.dirname, "loadWorker.ts"),
      baseUrl,
      codes.join(","),
      String(PER_CLASS),
      tag,
    ],
    { stdio: ["pipe", "pipe", "inherit"] },
  );
  children.add(child);
  child.on("exit", () => children.delete(child));
  const lines: string[] = [];
  let buffer = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    buffer += chunk.toString();
    const parts = buffer.split("\n");
    buffer = parts.pop() ?? "";
    lines.push(...parts.filter(Boolean));
  });
  return { child, lines };
}

async function nextLine(w: Worker, key: string, timeoutMs = 180_000): Promise<Record<string, number>> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const index = w.lines.findIndex((l) => l.includes(`"${key}"`));
    if (index >= 0) return JSON.parse(w.lines.splice(index, 1)[0] ?? "{}") as Record<string, number>;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`worker did not report ${key}`);
}

async function openClass(server: ServerProcess, address: string): Promise<{ code: string; host: Room }> {
  const response = await postJson(`${server.url}/api/classes`, {}, address);
  const created = response.json as { code?: string; hostSecret?: string; error?: string } | null;
  if (!created?.code) throw new Error(`class not created (${response.status}): ${created?.error ?? "no answer"}`);
  const host = await new Client(server.url.replace("http", "ws")).joinById(created.code, {
    hostSecret: created.hostSecret,
  });
  for (const type of ["ack", "error", "trace", "score", "notice", "debrief"]) host.onMessage(type, () => {});
  return { code: created.code, host };
}

/** CPU milliseconds the server processes have used so far (null where a process's CPU cannot be read). */
function serversCpuMs(servers: ServerProcess[]): number | null {
  let total = 0;
  for (const s of servers) {
    const ms = processCpuMs(s.child?.pid);
    if (ms === null) return null;
    total += ms;
  }
  return total;
}

function metricsSince(servers: ServerProcess[], offsets: number[]): { p99: number; rss: number } {
  let p99 = 0;
  let rss = 0;
  servers.forEach((s, i) => {
    const lines = s
      .output()
      .slice(offsets[i])
      .split("\n")
      .filter((l) => l.startsWith("metrics "));
    for (const l of lines) {
      const m = JSON.parse(l.slice(8)) as { eventLoopP99Ms: number; rssMb: number };
      p99 = Math.max(p99, m.eventLoopP99Ms);
      rss = Math.max(rss, m.rssMb);
    }
  });
  return { p99, rss };
}

async function run(label: string, servers: ServerProcess[]): Promise<void> {
  const hosts: Room[] = [];
  const workers: Worker[] = [];
  let classes = 0;
  let degradesAt: number | null = null;
  let lastGood: Record<string, number> | null = null;
  for (const target of STEPS) {
    const fresh: { code: string; server: ServerProcess }[] = [];
    while (classes < target) {
      const server = servers[classes % servers.length] as ServerProcess;
      const address = classroomAddress(classes);
      const { code: joinCode, host } = await openClass(server, address);
      const code = `${joinCode}@${address}`;
      host.send("host", {
        type: "configure",
        settings: { mode: "teams", teamCount: 3, msPerS: 20, roundLimitMs: 60_000 },
      });
      hosts.push(host);
      fresh.push({ code, server });
      classes += 1;
    }
    for (const server of servers) {
      const codes = fresh.filter((f) => f.server === server).map((f) => f.code);
      for (let half = 0; half < 2; half++) {
        const part = codes.filter((_, i) => i % 2 === half);
        if (part.length > 0) workers.push(worker(server.url, part, `${label}${target}${half}`));
      }
    }
    let failed = 0;
    for (const w of workers.slice(-servers.length * 2)) failed += (await nextLine(w, "joined")).failedJoins ?? 0;
    for (const host of hosts.slice(-fresh.length)) host.send("host", { type: "start" });
    await new Promise((r) => setTimeout(r, 3000));
    const offsets = servers.map((s) => s.output().length);
    for (const w of workers) w.child.stdin?.write("measure\n");
    const cpuBefore = serversCpuMs(servers);
    const wallBefore = performance.now();
    await new Promise((r) => setTimeout(r, MEASURE_S * 1000));
    const cpuAfter = serversCpuMs(servers);
    const wallS = (performance.now() - wallBefore) / 1000;
    for (const w of workers) w.child.stdin?.write("report\n");
    const reports = await Promise.all(workers.map((w) => nextLine(w, "bots")));
    const bots = reports.reduce((a, r) => a + (r.bots ?? 0), 0);
    const bytes = reports.reduce((a, r) => a + (r.bytes ?? 0), 0);
    const patches = reports.reduce((a, r) => a + (r.patches ?? 0), 0);
    const errors = reports.reduce((a, r) => a + (r.errors ?? 0), 0) + failed;
    const seconds = Math.max(...reports.map((r) => r.seconds ?? MEASURE_S));
    const { p99, rss } = metricsSince(servers, offsets);
    const figures = {
      students: bots,
      event_loop_p99_ms: p99,
      patch_rate_hz: patches / Math.max(1, bots) / seconds,
      kbps_per_student: (bytes * 8) / 1000 / Math.max(1, bots) / seconds,
      rss_mb: rss,
      errors,
      // The servers' CPU over the same window as the bots' counts, per student and per second of it.
      server_cpu_ms_per_student_s:
        cpuBefore === null || cpuAfter === null ? Number.NaN : (cpuAfter - cpuBefore) / Math.max(1, bots) / wallS,
    };
    console.log(`# ${label} step: ${JSON.stringify(figures)}`);
    const ok =
      p99 <= TARGET.p99Ms &&
      figures.patch_rate_hz >= TARGET.patchHz &&
      figures.kbps_per_student <= TARGET.kbps &&
      errors === 0;
    if (ok) lastGood = figures;
    else {
      degradesAt = bots;
      break;
    }
  }
  const prefix = label === "one" ? "load" : "load.redis";
  const best = lastGood ?? {
    students: 0,
    event_loop_p99_ms: 0,
    patch_rate_hz: 0,
    kbps_per_student: 0,
    rss_mb: 0,
    errors: -1,
    server_cpu_ms_per_student_s: Number.NaN,
  };
  console.log(`bench ${prefix}.students ${best.students} students`);
  console.log(`bench ${prefix}.event_loop_p99_ms ${best.event_loop_p99_ms?.toFixed(1)} ms`);
  console.log(`bench ${prefix}.patch_rate_hz ${best.patch_rate_hz?.toFixed(2)} Hz`);
  console.log(`bench ${prefix}.kbps_per_student ${best.kbps_per_student?.toFixed(2)} kbps`);
  console.log(`bench ${prefix}.rss_mb ${best.rss_mb?.toFixed(0)} MB`);
  console.log(`bench ${prefix}.errors ${best.errors} errors`);
  console.log(`bench ${prefix}.server_cpu_ms_per_student_s ${best.server_cpu_ms_per_student_s?.toFixed(3)} ms`);
  console.log(`bench ${prefix}.degrades_at_students ${degradesAt ?? `>${best.students}`} students`);
  for (const w of workers) w.child.stdin?.write("exit\n");
  await Promise.all(hosts.map((h) => h.leave().catch(() => {})));
  await new Promise((r) => setTimeout(r, 1000));
}

async function main(): Promise<void> {
  const external = process.env.LOAD_SERVER_URL;
  if (external) {
    // Profiling aid: load a server started by hand (e.g. under --cpu-prof); no server metrics are read.
    await run("one", [
      { url: external, output: () => "", child: null, stop: async () => null } as unknown as ServerProcess,
    ]);
    return;
  }
  const single = await startServerProcess({ ENDPLATE_METRICS_EVERY_S: "2" });
  try {
    await run("one", [single]);
  } finally {
    await single.stop();
  }
  const redis = await startRedis();
  const pair: ServerProcess[] = [];
  try {
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      pair.push(
        await startServerProcess({
          PORT: String(port),
          REDIS_URL: redis.url,
          PUBLIC_ADDRESS: `127.0.0.1:${port}`,
          ENDPLATE_METRICS_EVERY_S: "2",
        }),
      );
    }
    await run("two", pair);
  } finally {
    await Promise.all(pair.map((s) => s.stop()));
    await redis.stop();
  }
}

main()
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
