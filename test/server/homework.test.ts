// Homework: a teacher sets an assignment on the dashboard API; a student plays it solo with bots (trying two
// roles), only from their own device; attempts, roles, outcomes and lateness reach the teacher's dashboard.
import type { Room } from "colyseus.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collect, joinError, startTestServer, type TestServer, waitFor } from "../helpers/server";

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
  students: Map<string, { role: string }>;
}

describe("homework", () => {
  it("is set by the teacher, played solo with bots in two roles, and shows on the dashboard as late", async () => {
    const { teacherToken } = await t.createClass();
    const refused = await post(`/api/teacher/${teacherToken}/assignments`, {
      title: "x",
      challengeId: "nope",
      deadline: "2026-01-01",
    });
    expect(refused.status).toBe(400);
    const created = await post(`/api/teacher/${teacherToken}/assignments`, {
      title: "Tetanus at home",
      challengeId: "tetanus-race",
      deadline: "2020-01-01T00:00:00Z",
    });
    expect(created.status).toBe(201);
    const assignment = (await created.json()) as { code: string; url: string };
    expect(assignment.url).toBe(`/homework/${assignment.code}`);
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

    const dashboard = (await (await fetch(`${t.baseUrl}/api/teacher/${teacherToken}`)).json()) as {
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
      const r = await post(`/api/teacher/${token}/assignments`, {
        title: "x",
        challengeId: "tetanus-race",
        deadline: "2030-01-01",
      });
      expect(r.status).toBe(404);
    }
  });
});
