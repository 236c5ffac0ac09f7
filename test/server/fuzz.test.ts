// Hostile input: fuzz clients send 10,000 random and malformed messages during a round to the real server
// process. The process stays up, honest students keep playing, and the junction's state stays physiological.
import type { Room } from "colyseus.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ServerProcess, startServerProcess } from "../helpers/browser";
import { createRng } from "../helpers/rng";
import { QuietClient, waitFor } from "../helpers/server";

interface State {
  phase: string;
  students: Map<string, { nickname: string; connected: boolean; role: string }>;
  junctions: { timeMs: number; membraneMv: number; force: number; eNaMv: number; eKMv: number; naInMM: number }[];
}

const TOTAL_MESSAGES = 10_000;
const FUZZERS = 10;
const TYPES = ["act", "host", "lock", "remove", "", "__proto__", "constructor", "x".repeat(300), 7, 0, -1, 255];

let server: ServerProcess;
beforeAll(async () => {
  server = await startServerProcess();
});
afterAll(async () => {
  await server?.stop();
});

function junk(rng: () => number, depth = 0): unknown {
  const pick = Math.floor(rng() * 14);
  switch (pick) {
    case 0:
      return null;
    case 1:
      return rng() * 1e12 - 5e11;
    case 2:
      return "A".repeat(Math.floor(rng() * 5000));
    case 3:
      return depth < 6 ? [junk(rng, depth + 1), junk(rng, depth + 1)] : [];
    case 4:
      return depth < 6 ? { kind: junk(rng, depth + 1), type: junk(rng, depth + 1) } : {};
    case 5:
      return { kind: "gate", open: rng() < 0.5 ? "yes" : 1 };
    case 6:
      return { kind: "rhythm", hz: rng() < 0.5 ? 1e9 : -3 };
    case 7:
      return { type: "configure", settings: { msPerS: 1e9, teamCount: 99, goal: { kind: "twitches", count: -1 } } };
    case 8:
      return { type: "start", seatId: "s1" };
    case 9:
      return { kind: "pump", step: "teleport" };
    case 10:
      return { seatId: "s1", kind: "release" };
    case 11:
      return { __proto__: { admin: true }, kind: "cross", direction: "sideways" };
    case 12:
      return true;
    default:
      return { kind: "cross", direction: "in", extra: "x".repeat(100) };
  }
}

async function join(url: string, code: string, nickname: string): Promise<Room<State>> {
  const room = await new QuietClient(url.replace("http", "ws")).joinById<State>(code, {
    nickname,
    deviceToken: `fuzz-${nickname.replace(/\s/g, "")}-${process.pid}-abcdefgh`,
  });
  for (const type of ["ack", "error", "feedback", "trace", "score", "notice", "cue", "cueEnd"])
    room.onMessage(type, () => {});
  return room;
}

describe("hostile input", () => {
  it("survives 10,000 random and malformed messages while honest students keep playing", async () => {
    const created = (await (await fetch(`${server.url}/api/classes`, { method: "POST", body: "{}" })).json()) as {
      code: string;
      hostSecret: string;
    };
    const host = await new QuietClient(server.url.replace("http", "ws")).joinById<State>(created.code, {
      hostSecret: created.hostSecret,
    });
    for (const type of ["ack", "error", "trace", "score", "notice"]) host.onMessage(type, () => {});
    const honest = [
      await join(server.url, created.code, "Honest Ann"),
      await join(server.url, created.code, "Honest Kai"),
    ];
    const acks: string[] = [];
    honest[1]?.onMessage("ack", (m: { text: string }) => acks.push(m.text));
    const fuzzers: Room<State>[] = [];
    for (let i = 0; i < FUZZERS; i++) fuzzers.push(await join(server.url, created.code, `Fuzz ${i}`));
    await waitFor(() => host.state.students.size === FUZZERS + 2, "everyone seated");
    host.send("host", { type: "assignRole", seatId: "s2", role: "excitatorySynapse" });
    host.send("host", { type: "configure", settings: { msPerS: 50, roundLimitMs: 60_000, slowMotion: false } });
    host.send("host", { type: "start" });
    await waitFor(() => host.state.phase === "running", "round running");

    const rng = createRng(2024);
    let sent = 0;
    let rejoins = 0;
    const startMs = host.state.junctions[0]?.timeMs ?? 0;
    // Each fuzzer sends in bursts; a malformed binary frame gets it disconnected (protocol abuse), after which
    // it comes back as the same device, as a real misbehaving phone would.
    const fuzz = async (slot: number) => {
      let room = fuzzers[slot] as Room<State>;
      let open = true;
      room.onLeave(() => {
        open = false;
      });
      while (sent < TOTAL_MESSAGES) {
        if (!open) {
          await new Promise((r) => setTimeout(r, 50));
          try {
            room = await join(server.url, created.code, `Fuzz ${slot}`);
            rejoins += 1;
            open = true;
            room.onLeave(() => {
              open = false;
            });
          } catch {
            await new Promise((r) => setTimeout(r, 500)); // seat not yet released, or the join limit: back off
            continue;
          }
        }
        for (let k = 0; k < 8 && open && sent < TOTAL_MESSAGES; k++, sent++) {
          if (rng() < 0.01) {
            const bytes = new Uint8Array(2 + Math.floor(rng() * 64)).map(() => Math.floor(rng() * 256));
            bytes[0] = 13; // ROOM_DATA followed by garbage
            room.connection.send(bytes);
          } else {
            room.send(TYPES[Math.floor(rng() * TYPES.length)] as string, junk(rng));
          }
        }
        await new Promise((r) => setTimeout(r, 20));
      }
      if (open) await room.leave();
    };
    // The honest motor neuron answers each of its cues by echoing the cued action, as a phone does.
    let cues = 0;
    honest[1]?.onMessage("cue", (m: { action: unknown }) => {
      cues += 1;
      setTimeout(() => honest[1]?.send("act", m.action), 300);
    });
    await Promise.all(fuzzers.map((_, slot) => fuzz(slot)));
    expect(sent).toBe(TOTAL_MESSAGES);
    expect(rejoins).toBeGreaterThan(0);
    // Honest students are still in, still acknowledged, and the junction kept running physiologically.
    await waitFor(() => (host.state.junctions[0]?.timeMs ?? 0) > startMs + 20, "physiology advanced", 20_000);
    const before = acks.length;
    await waitFor(() => acks.length > before, "honest answer to a cue acknowledged", 20_000);
    expect(cues).toBeGreaterThan(0);
    expect(
      Array.from(host.state.students.values()).filter((s) => s.nickname.startsWith("Honest") && s.connected),
    ).toHaveLength(2);
    const j = host.state.junctions[0];
    expect(j).toBeDefined();
    if (j) {
      expect(Number.isFinite(j.membraneMv)).toBe(true);
      expect(j.membraneMv).toBeGreaterThan(j.eKMv - 10);
      expect(j.membraneMv).toBeLessThan(j.eNaMv + 10);
      expect(j.force).toBeGreaterThanOrEqual(0);
      expect(j.force).toBeLessThanOrEqual(1);
      expect(j.naInMM).toBeGreaterThan(0);
    }
    expect(host.state.phase).toBe("running");
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
    expect(server.child.exitCode).toBeNull();
    expect(server.output()).not.toMatch(/uncaught exception/i);
    await Promise.all([...honest, host].map((r) => r.leave()));
  }, 120_000);
});
