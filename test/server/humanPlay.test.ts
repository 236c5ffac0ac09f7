// A class of seven real colyseus.js clients at default settings, one on each critical stage (automatic roles),
// playing as people do: each answers only its own cues, by echoing the cue's action after 0.4–1.5 s of real wall
// time, and misses about one cue in ten. The chain completes and the default goal is reached; a masher scores
// less than a player who answers each cue once; the cue payload keeps its contract.
import type { Room } from "colyseus.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRng } from "../helpers/rng";
import { collect, newDevice, startTestServer, type TestServer, waitFor } from "../helpers/server";

interface State {
  phase: string;
  students: Map<string, { nickname: string; role: string }>;
  junctions: { goalAchieved: boolean; twitches: number; impulses: number; stage: string }[];
}
interface Cue {
  stage: string;
  action: { kind: string };
  windowMs: number;
  senses: string;
  todo: string;
}
interface Score {
  round: { game: number; cues: number; answered: number; refused: number };
}

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t.close();
});

describe("a class of seven human-like clients on a real server", () => {
  it("reaches the default goal with people on every critical stage; mashing never pays", async () => {
    const created = await t.createClass();
    const host = await t.client().joinById<State>(created.code, { hostSecret: created.hostSecret });
    const names = ["Ana", "Ben", "Cleo", "Dev", "Eli", "Fay", "Gus"];
    const students: Room<State>[] = [];
    for (const nickname of names)
      students.push(await t.client().joinById<State>(created.code, { nickname, deviceToken: newDevice() }));
    await waitFor(() => host.state.students.size === 7, "seven students seated");
    host.send("host", { type: "start" });
    await waitFor(() => host.state.phase === "running", "round running");
    const roles = Array.from(host.state.students.values()).map((s) => s.role);
    expect(new Set(roles)).toEqual(
      new Set(["excitatorySynapse", "neuronNaChannel", "caChannel", "vesicles", "nAChR", "naChannel", "nodeOfRanvier"]),
    );

    const rng = createRng(5);
    const cues: Cue[] = [];
    const scores = students.map((room) => collect<Score>(room, "score"));
    const vesiclesName = Array.from(host.state.students.values()).find((s) => s.role === "vesicles")?.nickname ?? "";
    const vesicles = students[names.indexOf(vesiclesName)];
    expect(vesicles).toBeDefined();
    for (const room of students) {
      room.onMessage("cue", (cue: Cue) => {
        cues.push(cue);
        if (rng() < 0.1) return; // a missed cue
        setTimeout(() => room.send("act", cue.action), 400 + rng() * 1100);
      });
    }
    // The vesicles' player also mashes their button 15 times a second throughout.
    const mash = setInterval(() => vesicles?.send("act", { kind: "fuse" }), 1000 / 15);
    try {
      await waitFor(() => host.state.phase === "debrief", "round over", 170_000);
    } finally {
      clearInterval(mash);
    }
    const j = host.state.junctions[0];
    expect(j?.goalAchieved).toBe(true);
    expect(j?.twitches).toBeGreaterThanOrEqual(3);
    // The contract: a cue names its stage, the action to echo, the window in wall ms and what the part senses.
    expect(cues.length).toBeGreaterThanOrEqual(10);
    for (const cue of cues) {
      expect(cue.windowMs).toBe(3000);
      expect(cue.senses.length).toBeGreaterThan(10);
      expect(typeof cue.action.kind).toBe("string");
      expect(cue.stage).toMatch(/^[a-zA-Z]+$/);
    }
    // Scores arrive once a second: wait for the last, then compare the masher with a player who did not mash.
    await new Promise((r) => setTimeout(r, 1200));
    const last = scores.map((s) => s.at(-1)?.round);
    const masher = last[students.indexOf(vesicles as Room<State>)];
    const others = last.filter((s) => s !== masher);
    expect(masher?.refused).toBeGreaterThan(50);
    for (const s of others) {
      expect(s?.cues).toBeGreaterThan(0);
      expect(masher?.game ?? 0).toBeLessThan(s?.game ?? 0);
    }
    await Promise.all([...students, host].map((r) => r.leave()));
  }, 180_000);
});
