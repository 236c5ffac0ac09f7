// Benchmark of one class room: 40 scripted students in 5 team junctions. Prints room.tick_ms_p99 (simulation
// tick + sync to the wire state + messages), room.patch_ms_p99 and room.kbps_per_student (downstream).
import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { matchMaker } from "colyseus";
import { Client } from "colyseus.js";
import { startTestServer } from "../helpers/server";

const STUDENTS = 40;
const TEAMS = 5;
const SECONDS = 20;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export async function benchRoom(): Promise<void> {
  const t = await startTestServer();
  const created = await t.createClass();
  const host = await new Client(t.wsUrl).joinById(created.code, { hostSecret: created.hostSecret });
  for (const type of ["ack", "error", "trace", "score", "notice"]) host.onMessage(type, () => {});
  const room = matchMaker.getLocalRoomById(created.code) as unknown as Record<string, () => unknown>;
  const tickMs: number[] = [];
  const patchMs: number[] = [];
  const syncMs: number[] = [];
  let measuring = false;
  for (const [name, into] of [
    ["tick", tickMs],
    ["broadcastPatch", patchMs],
    ["sync", syncMs],
  ] as const) {
    const original = room[name]?.bind(room);
    if (!original) throw new Error(`room has no ${name}`);
    room[name] = () => {
      const start = performance.now();
      const result = original();
      if (measuring) into.push(performance.now() - start);
      return result;
    };
  }

  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      resolve(import.meta.dirname, "scriptedStudents.ts"),
      t.wsUrl,
      created.code,
      String(STUDENTS),
      String(SECONDS),
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  let out = "";
  child.stdout.on("data", (chunk: Buffer) => {
    out += chunk.toString();
  });
  const joined = new Promise<void>((ok) => {
    const check = setInterval(() => {
      if (out.includes('"joined"')) {
        clearInterval(check);
        ok();
      }
    }, 50);
  });
  await joined;
  host.send("host", {
    type: "configure",
    settings: { mode: "teams", teamCount: TEAMS, msPerS: 20, roundLimitMs: 60_000 },
  });
  host.send("host", { type: "start" });
  measuring = true;
  const exitCode = await new Promise<number | null>((ok) => child.once("exit", ok));
  measuring = false;
  const result = JSON.parse(out.trim().split("\n").at(-1) ?? "{}") as { kbpsMean?: number; kbpsMax?: number };
  if (exitCode !== 0 || result.kbpsMean === undefined) throw new Error(`scripted students failed: ${out}`);
  console.log(`bench room.tick_ms_p99 ${percentile(tickMs, 99).toFixed(3)} ms`);
  console.log(`bench room.tick_ms_mean ${(tickMs.reduce((a, b) => a + b, 0) / tickMs.length).toFixed(3)} ms`);
  console.log(`bench room.sync_ms_p99 ${percentile(syncMs, 99).toFixed(3)} ms`);
  console.log(`bench room.patch_ms_p99 ${percentile(patchMs, 99).toFixed(3)} ms`);
  console.log(`bench room.kbps_per_student ${result.kbpsMean.toFixed(2)} kbps`);
  console.log(`bench room.kbps_per_student_max ${(result.kbpsMax ?? 0).toFixed(2)} kbps`);
  await host.leave();
  await t.close();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  benchRoom()
    .then(() => process.exit(0))
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
