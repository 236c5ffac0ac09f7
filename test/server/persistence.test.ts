// Persistence with a real SQLite file and the real server process: a played class survives a restart and a
// SIGTERM mid-round (results saved), each student's cues received, cues answered and refused presses come back
// from the SQLite file as the round scored them (and a file from before cues upgrades, its old rows kept), the
// CSV parses with a real CSV parser, and only the teacher's private token opens the dashboard.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Room } from "colyseus.js";
import { parse as parseCsv } from "csv-parse/sync";
import { afterEach, describe, expect, it } from "vitest";
import { studentsCsv } from "../../server/http/teacher";
import { openDatabase } from "../../server/store/database";
import { MIGRATIONS } from "../../server/store/migrations";
import { Store } from "../../server/store/store";
import type { SeatScore } from "../../shared/game/game";
import type { CreatedClass } from "../../shared/protocol";
import { type ServerProcess, startServerProcess } from "../helpers/browser";
import { collect, QuietClient, teacherApi, waitFor } from "../helpers/server";
import { openSqlite } from "../helpers/sqlite";

interface State {
  phase: string;
  round: number;
  students: Map<string, { nickname: string }>;
}

/** The host's copy of a round's debrief: every seat with the round's score as the game computed it. */
interface Debrief {
  seats: { nickname: string; score: SeatScore }[];
}

const running: ServerProcess[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.stop()));
});

async function serve(dataDir: string): Promise<ServerProcess> {
  const server = await startServerProcess({ DATA_DIR: dataDir });
  running.push(server);
  return server;
}

async function playClass(server: ServerProcess, settings: object, waitForEnd: boolean) {
  const created = (await (
    await fetch(`${server.url}/api/classes`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ title: 'Period 3, "NMJ" lab' }),
    })
  ).json()) as CreatedClass;
  const ws = server.url.replace("http", "ws");
  const host = await new QuietClient(ws).joinById<State>(created.code, { hostSecret: created.hostSecret });
  const students: Room<State>[] = [];
  for (const nickname of ["Ada", "Ben", "Zoë Ä"]) {
    const room = await new QuietClient(ws).joinById<State>(created.code, {
      nickname,
      deviceToken: `persist-${nickname.length}-${nickname.charCodeAt(0)}-xxxxxxxxxx`,
    });
    for (const type of ["ack", "error", "feedback", "score", "notice"]) room.onMessage(type, () => {});
    students.push(room);
  }
  for (const type of ["ack", "error", "trace", "score", "notice"]) host.onMessage(type, () => {});
  const debriefs = collect<Debrief>(host, "debrief");
  await waitFor(() => host.state.students.size === 3, "three students");
  host.send("host", { type: "configure", settings });
  host.send("host", { type: "start" });
  await waitFor(() => host.state.phase === "running", "round running");
  // Ada mashes: presses outside a cue are refused, so the stored refused presses are not all zero.
  for (let i = 0; i < 3; i++) students[0]?.send("act", { kind: "release" });
  if (waitForEnd) await waitFor(() => host.state.phase === "debrief" && debriefs.length > 0, "round over", 30_000);
  return { created, host, students, debriefs };
}

describe("persistence", () => {
  it("keeps a played class across a server restart; the CSV has a row per student", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "endplate-persist-"));
    const first = await serve(dataDir);
    const { created, host, students, debriefs } = await playClass(first, { msPerS: 400, roundLimitMs: 300 }, true);
    const scored = new Map(debriefs[0]?.seats.map((s) => [s.nickname, s.score]));
    expect(scored.size).toBe(3);
    expect(scored.get("Ada")?.refused).toBeGreaterThan(0);
    expect([...scored.values()].some((s) => s.cues > 0)).toBe(true);
    await Promise.all([...students, host].map((r) => r.leave()));
    expect(await first.stop()).toBe(0);
    running.splice(running.indexOf(first), 1);

    const second = await serve(dataDir);
    const dashboard = await teacherApi(second.url, created.teacherToken).get("");
    expect(dashboard.status).toBe(200);
    const { sessions } = (await dashboard.json()) as {
      sessions: { id: number; code: string; rounds: number; students: number }[];
    };
    expect(sessions).toHaveLength(1);
    expect(sessions[0]).toMatchObject({ code: created.code, rounds: 1, students: 3 });
    const report = (await (
      await teacherApi(second.url, created.teacherToken).get(`/sessions/${sessions[0]?.id}`)
    ).json()) as {
      rounds: { round: number; teams: { twitches: number }[] }[];
      students: { nickname: string; rounds: ({ role: string } & SeatScore)[] }[];
    };
    expect(report.rounds).toHaveLength(1);
    expect(report.students.map((s) => s.nickname).sort()).toEqual(["Ada", "Ben", "Zoë Ä"]);
    for (const s of report.students) {
      expect(s.rounds[0]?.role).toBeTruthy();
      // Read back from the file after the restart: exactly the round's score.
      const r = s.rounds[0];
      const stored = { game: r?.game, cues: r?.cues, answered: r?.answered, refused: r?.refused };
      expect(stored, s.nickname).toEqual(scored.get(s.nickname));
    }

    const csvResponse = await teacherApi(second.url, created.teacherToken).get(
      `/sessions/${sessions[0]?.id}/students.csv`,
    );
    expect(csvResponse.headers.get("content-type")).toMatch(/text\/csv; charset=utf-8/);
    const rows = parseCsv(await csvResponse.text(), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(3);
    expect(Object.keys(rows[0] ?? {})).toEqual([
      "nickname",
      "rounds played",
      "roles",
      "game score",
      "cues received",
      "cues answered in time",
      "answered %",
      "refused presses",
      "predictions answered",
      "predictions correct",
    ]);
    expect(rows.map((r) => r.nickname).sort()).toEqual(["Ada", "Ben", "Zoë Ä"]);
    expect(rows.every((r) => r["rounds played"] === "1")).toBe(true);
    for (const row of rows) {
      const score = scored.get(row.nickname ?? "");
      if (!score) throw new Error(`no score for ${row.nickname}`);
      expect(row["game score"]).toBe(String(score.game));
      expect(row["cues received"]).toBe(String(score.cues));
      expect(row["cues answered in time"]).toBe(String(score.answered));
      expect(row["answered %"]).toBe(score.cues > 0 ? String(Math.round((100 * score.answered) / score.cues)) : "");
      expect(row["refused presses"]).toBe(String(score.refused));
    }
  }, 120_000);

  it("on SIGTERM mid-round warns clients, saves the round, exits cleanly; the report is intact after restart", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "endplate-sigterm-"));
    const first = await serve(dataDir);
    const { created, host, students } = await playClass(first, { msPerS: 5, roundLimitMs: 60_000 }, false);
    const notices = collect<{ kind: string }>(students[0] as Room, "notice");
    expect(await first.stop("SIGTERM")).toBe(0);
    running.splice(running.indexOf(first), 1);
    await waitFor(() => notices.some((n) => n.kind === "shutdown"), "shutdown notice");
    expect(first.output()).toMatch(/received SIGTERM/);
    void host;

    const second = await serve(dataDir);
    const { sessions } = (await (await teacherApi(second.url, created.teacherToken).get("")).json()) as {
      sessions: { id: number; rounds: number; students: number; endedAt: string | null }[];
    };
    expect(sessions[0]).toMatchObject({ rounds: 1, students: 3 });
    expect(sessions[0]?.endedAt).not.toBeNull();
  }, 120_000);

  it("upgrades a file saved before cues: old rows keep their game score and read 0 cues; new rows keep cues", () => {
    const dataDir = mkdtempSync(join(tmpdir(), "endplate-upgrade-"));
    // A file as the previous release left it: four migrations, one round scored the old way (sound of attempts).
    const old = openSqlite(join(dataDir, "endplate.sqlite"));
    old.exec(`BEGIN; ${MIGRATIONS.slice(0, 4).join(";")}; PRAGMA user_version = 4; COMMIT;`);
    old.exec(`
      INSERT INTO teachers VALUES ('teacher', '2025-01-01T00:00:00Z');
      INSERT INTO sessions (id, code, title, teacher_hash, created_at) VALUES (1, 'OLD123', '', 'teacher', '2025-01-01');
      INSERT INTO participants VALUES (1, 1, 's1', 'Olga', '2025-01-01');
      INSERT INTO rounds VALUES (1, 1, 1, 'class', 1, '1 twitch', '', '2025-01-01', '[]');
      INSERT INTO round_seats VALUES (1, 1, 0, 'nAChR', 7, 5, 6);
    `);
    old.close();

    const store = new Store(openDatabase(dataDir));
    const learning = { predictions: 0, correctPredictions: 0, diagnoses: 0, correctDiagnoses: 0 };
    const score: SeatScore = { game: 68, cues: 8, answered: 7, refused: 2 };
    store.saveRound(1, {
      round: 2,
      mode: "class",
      teamCount: 1,
      goal: "1 twitch",
      scenarios: [],
      teams: [],
      seats: [{ seatId: "s1", nickname: "Olga", team: 0, role: "nAChR", score, learning }],
      mystery: null,
      challengeId: "",
    });
    const report = store.report("teacher", 1);
    if (!report) throw new Error("no report");
    expect(report.students[0]?.rounds).toEqual([
      { round: 1, team: 0, role: "nAChR", game: 7, cues: 0, answered: 0, refused: 0 },
      { round: 2, team: 0, role: "nAChR", game: 68, cues: 8, answered: 7, refused: 2 },
    ]);
    const [row] = parseCsv(studentsCsv(report), { bom: true, columns: true }) as Record<string, string>[];
    expect(row).toMatchObject({
      "game score": "75",
      "cues received": "8",
      "cues answered in time": "7",
      "answered %": "88",
      "refused presses": "2",
    });
  });

  it("opens a dashboard only with the teacher's private token, never one in the address", async () => {
    const server = await serve(mkdtempSync(join(tmpdir(), "endplate-tokens-")));
    const created = (await (await fetch(`${server.url}/api/classes`, { method: "POST" })).json()) as CreatedClass;
    expect(created.dashboardUrl).toBe("/teacher");
    expect(created.teacherToken).toBeTruthy();
    expect(created.teacherToken).not.toBe(created.hostSecret);
    for (const guess of [
      created.code,
      created.hostSecret,
      "student-device-token-0123456789",
      "x".repeat(43),
      "../etc/passwd",
    ]) {
      const response = await teacherApi(server.url, guess).get("");
      expect(response.status, guess).toBe(401);
    }
    // The token in a URL path (as earlier releases used it) opens nothing.
    const inPath = await fetch(`${server.url}/api/teacher/${created.teacherToken}`);
    expect(inPath.status).toBe(401);
    const ok = await teacherApi(server.url, created.teacherToken).get("");
    expect(ok.status).toBe(200);
    // A second class hosted from the same browser lands on the same dashboard.
    const again = (await (
      await fetch(`${server.url}/api/classes`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ teacherToken: created.teacherToken }),
      })
    ).json()) as CreatedClass;
    expect(again.teacherToken).toBe(created.teacherToken);
    const list = (await (await teacherApi(server.url, created.teacherToken).get("")).json()) as {
      sessions: unknown[];
    };
    expect(list.sessions).toHaveLength(2);
  }, 60_000);
});
