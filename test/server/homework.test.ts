// Homework: a teacher sets an assignment on the dashboard API; a student plays it solo with bots (trying two
// roles), only from their own device; attempts, roles, outcomes and lateness reach the teacher's dashboard.
import type { Room } from "colyseus.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collect, joinError, startTestServer, type TestServer, teacherApi, waitFor } from "../helpers/server";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t.close();
});

const post = (path: string, body: object) =>
  fetch(`${t.baseUrl}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });

interface State {
  phase: string;
  round: number;
  mode: string;
  scenarios: string;
  students: Map<string, { role: string }>;
}

interface Debrief {
  round: number;
  scenarios: { id: string; level: number }[];
  teams: { goalAchieved: boolean; impulses: number; actionPotentials: number }[];
}

const attempt = async (code: string, nickname: string, deviceToken: string) => {
  const started = (await (await post(`/api/homework/${code}/attempts`, { nickname, deviceToken })).json()) as {
    roomCode: string;
  };
  const room = await t.client().joinById<State>(started.roomCode, { nickname, deviceToken });
  await waitFor(() => room.state.students?.size === 1, "seated");
  return { room, seatId: Array.from(room.state.students.keys())[0] ?? "" };
};

describe("homework", () => {
  it("is set by the teacher, played solo with bots in two roles, and shows on the dashboard as late", async () => {
    const { teacherToken, joinUrl, code: classCode } = await t.createClass();
    const refused = await teacherApi(t.baseUrl, teacherToken).post("/assignments", {
      title: "x",
      challengeId: "nope",
      deadline: "2026-01-01",
    });
    expect(refused.status).toBe(400);
    const created = await teacherApi(t.baseUrl, teacherToken).post("/assignments", {
      title: "Tetanus at home",
      challengeId: "tetanus-race",
      deadline: "2020-01-01T00:00:00Z",
    });
    expect(created.status).toBe(201);
    const assignment = (await created.json()) as { code: string; url: string };
    // Students open the same address as class join links (the LAN address, not the teacher's localhost).
    expect(assignment.url).toBe(`${joinUrl.replace(`/join/${classCode}`, "")}/homework/${assignment.code}`);
    const info = (await (await fetch(`${t.baseUrl}/api/homework/${assignment.code}`)).json()) as {
      late: boolean;
      challenge: { name: string };
    };
    expect(info.late).toBe(true);
    expect(info.challenge.name).toMatch(/Tetanus/);

    const device = "homework-device-0123456789abcdef";
    const started = (await (
      await post(`/api/homework/${assignment.code}/attempts`, { nickname: "Hana", deviceToken: device })
    ).json()) as {
      roomCode: string;
      late: boolean;
    };
    expect(started.late).toBe(true);
    const stranger = await joinError(
      t.client().joinById(started.roomCode, { nickname: "Eve", deviceToken: "other-device-0123456789abcdef" }),
    );
    expect(stranger.message).toMatch(/another device/);
    const room: Room<State> = await t
      .client()
      .joinById<State>(started.roomCode, { nickname: "Hana", deviceToken: device });
    const errors = collect<{ message: string }>(room, "error");
    // The student plays their part: each cue is answered with the cued action, as the phone's button does.
    room.onMessage("cue", (cue: { action: unknown }) => room.send("act", cue.action));
    await waitFor(() => room.state.students?.size === 1, "seated");
    expect(room.state.mode).toBe("class");
    const seatId = Array.from(room.state.students.keys())[0];
    for (const [round, role] of [
      [1, "naIon"],
      [2, "kChannel"],
    ] as const) {
      room.send("host", { type: "assignRole", seatId, role });
      room.send("host", { type: "configure", settings: { msPerS: 1000, slowMotion: false } });
      room.send("host", { type: "start" });
      await waitFor(() => room.state.round === round && room.state.phase === "debrief", `round ${round} over`, 30_000);
    }
    expect(errors).toEqual([]);

    const dashboard = (await (await teacherApi(t.baseUrl, teacherToken).get("")).json()) as {
      assignments: {
        code: string;
        attempts: {
          nickname: string;
          late: boolean;
          achieved: boolean;
          rounds: { role: string; goalAchieved: boolean }[];
        }[];
      }[];
    };
    const mine = dashboard.assignments.find((a) => a.code === assignment.code);
    expect(mine?.attempts).toHaveLength(1);
    const attempt = mine?.attempts[0];
    expect(attempt).toMatchObject({ nickname: "Hana", late: true, achieved: true });
    expect(attempt?.rounds.map((r) => r.role)).toEqual(["naIon", "kChannel"]);
    await room.leave();
  }, 90_000);

  it("refuses unknown homework codes and a student link cannot set homework", async () => {
    expect((await fetch(`${t.baseUrl}/api/homework/ZZZZZZ`)).status).toBe(404);
    const { code, hostSecret } = await t.createClass();
    for (const token of [code, hostSecret]) {
      const r = await teacherApi(t.baseUrl, token).post("/assignments", {
        title: "x",
        challengeId: "tetanus-race",
        deadline: "2030-01-01",
      });
      expect(r.status).toBe(401);
    }
  });

  it("runs the teacher's own scenarios instead of the challenge's, and sends the solo student the trace", async () => {
    const { teacherToken } = await t.createClass();
    // Tetanus race is a healthy junction that bots win; the teacher adds tetrodotoxin on the muscle instead.
    const created = await teacherApi(t.baseUrl, teacherToken).post("/assignments", {
      title: "Tetanus under TTX",
      challengeId: "tetanus-race",
      deadline: "2030-01-01T00:00:00Z",
      scenarios: [{ id: "tetrodotoxin", level: 1 }],
    });
    expect(created.status).toBe(201);
    const { code } = (await created.json()) as { code: string };
    const info = (await (await fetch(`${t.baseUrl}/api/homework/${code}`)).json()) as {
      scenarios: { id: string; name: string; level: number }[];
    };
    expect(info.scenarios).toEqual([{ id: "tetrodotoxin", name: "Tetrodotoxin (TTX) on the muscle", level: 1 }]);

    const { room, seatId } = await attempt(code, "Ines", "homework-device-ttx-0123456789abcdef");
    expect(room.state.scenarios).toBe("tetrodotoxin:1");
    const traces = collect<{ round: number; junctions: { points: number[][] }[] }>(room, "trace");
    const debriefs = collect<Debrief>(room, "debrief");
    room.send("host", { type: "assignRole", seatId, role: "naKPump" });
    room.send("host", { type: "configure", settings: { msPerS: 1000, slowMotion: false } });
    room.send("host", { type: "start" });
    await waitFor(() => debriefs.length > 0, "the round's debrief", 30_000);
    // No projector in homework: the student's own device gets the membrane trace.
    expect(traces.some((m) => m.round === 1 && m.junctions.some((j) => j.points.length > 0))).toBe(true);
    const debrief = debriefs[0];
    expect(debrief?.scenarios).toEqual([{ id: "tetrodotoxin", level: 1 }]);
    // With every muscle Na+ channel blocked, impulses arrive but no muscle action potential fires: no tetanus.
    const team = debrief?.teams[0];
    expect(team?.impulses).toBeGreaterThan(0);
    expect(team?.actionPotentials).toBe(0);
    expect(team?.goalAchieved).toBe(false);
    await room.leave();
  }, 60_000);

  it("refuses scenarios for a mystery challenge and out-of-range levels", async () => {
    const { teacherToken } = await t.createClass();
    const mystery = await teacherApi(t.baseUrl, teacherToken).post("/assignments", {
      title: "Find it",
      challengeId: "find-the-toxin",
      deadline: "2030-01-01T00:00:00Z",
      scenarios: [{ id: "curare", level: 0.5 }],
    });
    expect(mystery.status).toBe(400);
    expect(((await mystery.json()) as { error: string }).error).toMatch(/mystery/);
    const tooMuch = await teacherApi(t.baseUrl, teacherToken).post("/assignments", {
      title: "Too much",
      challengeId: "tetanus-race",
      deadline: "2030-01-01T00:00:00Z",
      scenarios: [{ id: "tetrodotoxin", level: 2 }],
    });
    expect(tooMuch.status).toBe(400);
    expect(((await tooMuch.json()) as { error: string }).error).toMatch(/tetrodotoxin.*0–1/);
    const dashboard = (await (await teacherApi(t.baseUrl, teacherToken).get("")).json()) as {
      assignments: unknown[];
    };
    expect(dashboard.assignments).toEqual([]);
  });

  it("gives homework links on PUBLIC_URL when it is set, on the dashboard too", async () => {
    const before = process.env.PUBLIC_URL;
    process.env.PUBLIC_URL = "https://endplate.school.example/";
    try {
      const { teacherToken } = await t.createClass();
      const created = (await (
        await teacherApi(t.baseUrl, teacherToken).post("/assignments", {
          title: "Curare",
          challengeId: "fire-through-curare",
          deadline: "2030-01-01T00:00:00Z",
        })
      ).json()) as { code: string; url: string };
      expect(created.url).toBe(`https://endplate.school.example/homework/${created.code}`);
      const dashboard = (await (await teacherApi(t.baseUrl, teacherToken).get("")).json()) as {
        assignments: { code: string; url: string }[];
      };
      expect(dashboard.assignments).toEqual([expect.objectContaining({ code: created.code, url: created.url })]);
    } finally {
      if (before === undefined) delete process.env.PUBLIC_URL;
      else process.env.PUBLIC_URL = before;
    }
  });
});
