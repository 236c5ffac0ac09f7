// Who sees what, on a real server: a mystery round's hidden scenario reaches the teacher's screens and nobody
// else before the debrief, even a student playing a mystery challenge alone as homework (who runs the round).
import type { Room } from "colyseus.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer, teacherApi, waitFor } from "../helpers/server";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t.close();
});

interface State {
  phase: string;
  round: number;
  scenarios: string;
  mysteryChoices: string;
  students: Map<string, unknown>;
}

interface Debrief {
  scenarios: { id: string; level: number }[];
}

const post = (path: string, body: object) =>
  fetch(`${t.baseUrl}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });

/** Every message a device receives, in order, with what its state showed when the message came. */
function listen(room: Room<State>) {
  const heard: { type: string; text: string; phase: string }[] = [];
  room.onMessage("*", (type, message) => {
    heard.push({ type: String(type), text: JSON.stringify(message ?? null), phase: room.state.phase });
  });
  return heard;
}

/** What a device heard before the round's debrief reached it. */
const beforeDebrief = (heard: { type: string; text: string }[]) => {
  const end = heard.findIndex((m) => m.type === "debrief");
  return end < 0 ? heard : heard.slice(0, end);
};

const hiddenOf = (heard: { type: string; text: string }[]) => {
  const debrief = heard.find((m) => m.type === "debrief");
  return (JSON.parse(debrief?.text ?? "{}") as Debrief).scenarios?.[0]?.id ?? "";
};

describe("who sees a mystery round's hidden scenario", () => {
  it("a student playing a mystery challenge as homework is never told it before the debrief", async () => {
    const { teacherToken } = await t.createClass();
    const created = await teacherApi(t.baseUrl, teacherToken).post("/assignments", {
      title: "Find the toxin at home",
      challengeId: "find-the-toxin",
      deadline: "2030-01-01T00:00:00Z",
    });
    expect(created.status).toBe(201);
    const { code } = (await created.json()) as { code: string };
    const deviceToken = "homework-device-mystery-0123456789abcdef";
    const started = (await (await post(`/api/homework/${code}/attempts`, { nickname: "Mia", deviceToken })).json()) as {
      roomCode: string;
    };
    const room = await t.client().joinById<State>(started.roomCode, { nickname: "Mia", deviceToken });
    const heard = listen(room);
    const shownScenarios = new Set<string>();
    room.onStateChange((state) => {
      if (state.phase !== "debrief") shownScenarios.add(state.scenarios);
    });
    room.onMessage("cue", (cue: { action: unknown }) => room.send("act", cue.action));
    await waitFor(() => room.state.students?.size === 1, "seated");
    room.send("host", { type: "configure", settings: { msPerS: 1000, slowMotion: false } });
    room.send("host", { type: "start" });
    await waitFor(() => heard.some((m) => m.type === "debrief"), "the round's debrief", 30_000);

    const hidden = hiddenOf(heard);
    expect(room.state.mysteryChoices.split(",")).toContain(hidden);
    const before = beforeDebrief(heard);
    // The student ran the round: their own command was acknowledged, and the round played out on their device.
    expect(before.some((m) => m.type === "ack" && m.text.includes("Round 1 started"))).toBe(true);
    expect(before.some((m) => m.type === "trace")).toBe(true);
    expect(before.filter((m) => m.text.includes(hidden))).toEqual([]);
    // The shared state said only that a mystery was running, until the debrief named it.
    expect([...shownScenarios]).toEqual(["hidden"]);
    await waitFor(() => room.state.scenarios.includes(hidden), "the debriefed state to name the scenario");
    await room.leave();
  }, 60_000);

  it("in a class, the teacher's screens get it and the students' phones do not", async () => {
    const created = await t.createClass();
    const host = await t.client().joinById<State>(created.code, { hostSecret: created.hostSecret });
    const teacherHeard = listen(host);
    const students: Room<State>[] = [];
    for (const nickname of ["Ada", "Ben"])
      students.push(
        await t.client().joinById<State>(created.code, { nickname, deviceToken: `device-${nickname}-0123456789` }),
      );
    const studentsHeard = students.map(listen);
    await waitFor(() => host.state.students?.size === 2, "two students seated");
    host.send("host", { type: "challenge", challengeId: "find-the-toxin" });
    host.send("host", { type: "configure", settings: { msPerS: 1000, slowMotion: false, roundLimitMs: 200 } });
    host.send("host", { type: "start" });
    await waitFor(() => studentsHeard.every((h) => h.some((m) => m.type === "debrief")), "the debrief", 30_000);
    await waitFor(() => teacherHeard.some((m) => m.type === "debrief"), "the teacher's debrief", 5_000);

    const hidden = hiddenOf(teacherHeard);
    expect(hidden).not.toBe("");
    // The teacher is reminded of it as the round starts (and with each class score, so a reload keeps it).
    const teacherBefore = beforeDebrief(teacherHeard);
    expect(teacherBefore.find((m) => m.type === "ack" && m.text.includes("Round 1 started"))?.text).toContain(hidden);
    for (const heard of studentsHeard) expect(beforeDebrief(heard).filter((m) => m.text.includes(hidden))).toEqual([]);
    for (const room of [host, ...students]) await room.leave();
  }, 60_000);
});
