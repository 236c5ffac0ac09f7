// Deleting for real, read back from the SQLite file's raw bytes: a class deleted from the dashboard, all of a
// teacher's data, and classes past RETENTION_DAYS leave no row and no trace of their students' nicknames in the
// database file or its write-ahead log. Deleting an open class closes it.
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type Database from "better-sqlite3";
import type { Statement } from "better-sqlite3";
import type { Room } from "colyseus.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../server/store/database";
import { keepForProcess } from "../../server/store/keep";
import { retentionDays, sweep } from "../../server/store/retention";
import { Store } from "../../server/store/store";
import type { CreatedClass } from "../../shared/protocol";
import { newDevice, startTestServer, type TestServer, teacherApi, waitFor } from "../helpers/server";
import { openSqlite } from "../helpers/sqlite";

/** Every byte SQLite keeps for this data folder: the database file and its WAL. */
function fileBytes(dataDir: string): Buffer {
  const parts = ["endplate.sqlite", "endplate.sqlite-wal"]
    .map((name) => join(dataDir, name))
    .filter(existsSync)
    .map((path) => readFileSync(path));
  return Buffer.concat(parts);
}

const traces = (dataDir: string, names: string[]) => names.filter((name) => fileBytes(dataDir).includes(name));

/** Statements are kept for the process's life: better-sqlite3 12 on Node 24 aborts when one is garbage-collected. */
function query(db: Database.Database, sql: string): Statement {
  const statement = db.prepare(sql);
  keepForProcess(statement);
  return statement;
}

let t: TestServer;
let dataDir: string;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "endplate-delete-"));
  t = await startTestServer({ dataDir });
});
afterAll(async () => {
  await t.close();
});

interface State {
  phase: string;
  students: Map<string, unknown>;
}

/** A class with students who played one short round, so rounds, seats and participants are all stored. */
async function playedClass(teacherToken: string | undefined, nicknames: string[]) {
  const created = (await (
    await fetch(`${t.baseUrl}/api/classes`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(teacherToken ? { teacherToken, title: "Period 2" } : { title: "Period 2" }),
    })
  ).json()) as CreatedClass;
  const host = await t.client().joinById<State>(created.code, { hostSecret: created.hostSecret });
  const students: Room[] = [];
  for (const nickname of nicknames) {
    students.push(await t.client().joinById(created.code, { nickname, deviceToken: newDevice() }));
  }
  await waitFor(() => host.state.students.size === nicknames.length, "students seated");
  host.send("host", { type: "configure", settings: { msPerS: 400, roundLimitMs: 300, slowMotion: false } });
  host.send("host", { type: "start" });
  await waitFor(() => host.state.phase === "debrief", "round over", 30_000);
  return { created, host, students };
}

describe("deletion", () => {
  it("deletes one class from the dashboard: its rows go, and the file keeps none of its nicknames", async () => {
    const kept = ["Keepme Kestrel"];
    const gone = ["Quagga Zed", "Xylo Vantablack"];
    const first = await playedClass(undefined, gone);
    const token = first.created.teacherToken;
    const other = await playedClass(token, kept);
    const teacher = teacherApi(t.baseUrl, token);
    const { sessions } = (await (await teacher.get("")).json()) as { sessions: { id: number; code: string }[] };
    const id = sessions.find((s) => s.code === first.created.code)?.id ?? 0;
    expect(traces(dataDir, [...gone, ...kept])).toEqual([...gone, ...kept]); // the test can see them before

    // The class is still open: deleting it closes it for everyone in it.
    const closed: number[] = [];
    first.students[0]?.onLeave((code) => closed.push(code));
    expect((await teacher.delete(`/sessions/${id}`)).status).toBe(204);
    await waitFor(() => closed.length === 1, "the deleted class closes");
    expect(closed).toEqual([4002]);
    expect((await teacher.get(`/sessions/${id}`)).status).toBe(404);
    expect((await teacher.delete(`/sessions/${id}`)).status).toBe(404);

    expect(traces(dataDir, gone)).toEqual([]);
    expect(traces(dataDir, kept)).toEqual(kept);
    const db = openSqlite(join(dataDir, "endplate.sqlite"), { readonly: true });
    const count = (sql: string) => query(db, sql).pluck().get(id) as number;
    expect(count("SELECT COUNT(*) FROM sessions WHERE id = ?")).toBe(0);
    expect(count("SELECT COUNT(*) FROM participants WHERE session_id = ?")).toBe(0);
    expect(count("SELECT COUNT(*) FROM rounds WHERE session_id = ?")).toBe(0);
    db.close();
    await Promise.all([...other.students, other.host].map((room) => room.leave()));
  }, 90_000);

  it("deletes all of a teacher's data: classes, homework attempts, sign-ins and the teacher", async () => {
    const names = ["Wombat Quill", "Zither Oona"];
    const played = await playedClass(undefined, names);
    const token = played.created.teacherToken;
    const teacher = teacherApi(t.baseUrl, token);
    const homework = (await (
      await teacher.post("/assignments", {
        title: "Curare at home",
        challengeId: "fire-through-curare",
        deadline: "2030-01-01T00:00:00Z",
      })
    ).json()) as { code: string };
    const attempt = await fetch(`${t.baseUrl}/api/homework/${homework.code}/attempts`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ nickname: "Homework Harriet", deviceToken: newDevice() }),
    });
    expect(attempt.status).toBe(201);
    // One assignment deleted on its own, from the dashboard's API.
    const other = (await (
      await teacher.post("/assignments", {
        title: "Tetanus later",
        challengeId: "tetanus-race",
        deadline: "2030-01-01T00:00:00Z",
      })
    ).json()) as { id: number; code: string };
    expect((await teacher.delete(`/assignments/${other.id}`)).status).toBe(204);
    expect((await teacher.delete(`/assignments/${other.id}`)).status).toBe(404);
    expect((await fetch(`${t.baseUrl}/api/homework/${other.code}`)).status).toBe(404);
    expect(traces(dataDir, ["Tetanus later"])).toEqual([]);
    const everyone = [...names, "Homework Harriet", "Curare at home"];
    expect(traces(dataDir, everyone)).toEqual(everyone);

    const closed: number[] = [];
    played.host.onLeave((code) => closed.push(code));
    expect((await teacher.delete("")).status).toBe(204);
    await waitFor(() => closed.length === 1, "the teacher's open class closes");
    expect((await teacher.get("")).status).toBe(401);
    expect((await fetch(`${t.baseUrl}/api/homework/${homework.code}`)).status).toBe(404);
    expect(traces(dataDir, everyone)).toEqual([]);
    const db = openSqlite(join(dataDir, "endplate.sqlite"), { readonly: true });
    expect(query(db, "SELECT COUNT(*) FROM attempts").pluck().get()).toBe(0);
    expect(query(db, "SELECT COUNT(*) FROM assignments").pluck().get()).toBe(0);
    db.close();
  }, 90_000);
});

describe("retention", () => {
  it("RETENTION_DAYS is 365 by default, a whole number of days otherwise", () => {
    expect(retentionDays(undefined)).toBe(365);
    expect(retentionDays("30")).toBe(30);
    for (const bad of ["0", "-3", "1.5", "forever", "99999"]) expect(() => retentionDays(bad), bad).toThrow();
  });

  it("purges classes and homework older than the retention period, from the file's bytes too", () => {
    const dir = mkdtempSync(join(tmpdir(), "endplate-retention-"));
    const store = new Store(openDatabase(dir));
    const day = 86_400_000;
    const now = Date.parse("2026-06-01T12:00:00Z");
    const ago = (days: number) => new Date(now - days * day).toISOString();
    store.teachers.create("teacher", "teacher-link");
    const old = store.createSession("OLD234", "", "teacher");
    const recent = store.createSession("NEW234", "", "teacher");
    query(store.db, "UPDATE sessions SET created_at = ? WHERE id = ?").run(ago(400), old);
    query(store.db, "UPDATE sessions SET created_at = ? WHERE id = ?").run(ago(10), recent);
    store.upsertParticipant(old, "s1", "Ancient Aardvark");
    store.upsertParticipant(recent, "s1", "Recent Robin");
    const oldHomework = store.homework.create("teacher", "OLDHW2", "Old homework", "tetanus-race", null, ago(390));
    query(store.db, "UPDATE assignments SET created_at = ? WHERE id = ?").run(ago(395), oldHomework.id);
    store.homework.startAttempt(oldHomework, "Yesteryear Yak", new Date(ago(391)));

    const line = sweep(store, dir, 365, now);
    expect(line).toMatch(/deleted 1 class\(es\), 1 homework assignment\(s\)/);
    expect(store.sessionsOf("teacher").map((s) => s.code)).toEqual(["NEW234"]);
    expect(traces(dir, ["Ancient Aardvark", "Yesteryear Yak", "Recent Robin"])).toEqual(["Recent Robin"]);
    expect(sweep(store, dir, 365, now)).toBeNull(); // nothing more to do
    store.db.close();
  });
});
