// The class room through real colyseus.js clients: joining, leaving, locking, removing, and host authority.
import type { Room } from "colyseus.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_STUDENTS_PER_CLASS } from "../../shared/game/lobby";
import { CloseCode, JoinErrorCode } from "../../shared/protocol";
import { collect, joinError, newDevice, startTestServer, type TestServer, waitFor } from "../helpers/server";

interface State {
  locked: boolean;
  students: Map<string, { nickname: string; connected: boolean }>;
}

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t.close();
});

async function hostOf(code: string, hostSecret: string): Promise<Room<State>> {
  return t.client().joinById<State>(code, { hostSecret });
}

function studentJoin(code: string, nickname: string, deviceToken = newDevice()): Promise<Room<State>> {
  return t.client().joinById<State>(code, { nickname, deviceToken });
}

function names(room: Room<State>): string[] {
  return Array.from(room.state.students.values())
    .map((s) => s.nickname)
    .sort();
}

describe("class room", () => {
  it("shows students to the host as they join and leave", async () => {
    const created = await t.createClass();
    expect(created.code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTWXYZ]{6}$/);
    expect(created.joinUrl).toMatch(new RegExp(`/join/${created.code}$`));
    const host = await hostOf(created.code, created.hostSecret);
    const ada = await studentJoin(created.code, "Ada");
    const ben = await studentJoin(created.code, "  Ben   Bo ");
    await waitFor(() => names(host).length === 2, "two students on the host");
    expect(names(host)).toEqual(["Ada", "Ben Bo"]);
    await ben.leave(true);
    await waitFor(() => names(host).length === 1, "Ben gone");
    expect(names(host)).toEqual(["Ada"]);
    await ada.leave();
    await host.leave();
  });

  it("refuses a nickname already taken in the class, whatever its case or spacing", async () => {
    const created = await t.createClass();
    const first = await studentJoin(created.code, "Swift Sodium");
    const refused = await joinError(studentJoin(created.code, "swift  SODIUM"));
    expect(refused.code).toBe(JoinErrorCode.nicknameTaken);
    expect(refused.message).toMatch(/already called "Swift Sodium"/);
    await first.leave();
  });

  it("refuses rude, empty, too long and malformed nicknames with a reason", async () => {
    const created = await t.createClass();
    for (const [nickname, reason] of [
      ["sh1t head", /different nickname/],
      ["   ", /Type a nickname/],
      ["A".repeat(17), /at most 16/],
      ["<script>", /letters, digits and spaces/],
    ] as const) {
      const refused = await joinError(studentJoin(created.code, nickname));
      expect(refused.code).toBe(JoinErrorCode.nicknameInvalid);
      expect(refused.message).toMatch(reason);
    }
    const malformed = await joinError(t.client().joinById(created.code, { nickname: 42, deviceToken: "x" }));
    expect(malformed.code).toBe(JoinErrorCode.badRequest);
  });

  it("answers an unknown class code with Colyseus's room-not-found error", async () => {
    const refused = await joinError(studentJoin("ZZZZZZ", "Ada"));
    expect(refused.code).toBe(4212);
    const lookup = await fetch(`${t.baseUrl}/api/classes/ZZZZZZ`);
    expect(lookup.status).toBe(404);
    expect(((await lookup.json()) as { error: string }).error).toMatch(/no class with the code ZZZZZZ/);
  });

  it("lets the host lock the class: newcomers are refused, unlocking lets them in", async () => {
    const created = await t.createClass();
    const host = await hostOf(created.code, created.hostSecret);
    host.send("lock", { locked: true });
    await waitFor(() => host.state.locked === true, "locked");
    const refused = await joinError(studentJoin(created.code, "Late Larry"));
    expect(refused.code).toBe(JoinErrorCode.locked);
    expect(refused.message).toMatch(/locked/);
    host.send("lock", { locked: false });
    await waitFor(() => host.state.locked === false, "unlocked");
    const larry = await studentJoin(created.code, "Late Larry");
    await waitFor(() => names(host).includes("Late Larry"), "Larry in");
    await larry.leave();
    await host.leave();
  });

  it("lets the host remove a student, who is told so and cannot come back from that device", async () => {
    const created = await t.createClass();
    const host = await hostOf(created.code, created.hostSecret);
    const device = newDevice();
    const mallory = await studentJoin(created.code, "Mallory", device);
    const notices = collect<{ kind: string }>(mallory, "notice");
    let closeCode = 0;
    mallory.onLeave((code) => {
      closeCode = code;
    });
    await waitFor(() => host.state.students.size === 1, "Mallory listed");
    const seatId = Array.from(host.state.students.keys())[0];
    host.send("remove", { seatId });
    await waitFor(() => closeCode !== 0, "Mallory disconnected");
    expect(closeCode).toBe(CloseCode.removedByTeacher);
    expect(notices.some((n) => n.kind === "removed")).toBe(true);
    await waitFor(() => host.state.students.size === 0, "Mallory gone from the roster");
    const again = await joinError(studentJoin(created.code, "Mallory Two", device));
    expect(again.code).toBe(JoinErrorCode.removed);
    await host.leave();
  });

  it("refuses host commands from students and leaves the class unchanged", async () => {
    const created = await t.createClass();
    const host = await hostOf(created.code, created.hostSecret);
    const eve = await studentJoin(created.code, "Eve");
    const bob = await studentJoin(created.code, "Bob");
    const errors = collect<{ code: string; message: string }>(eve, "error");
    await waitFor(() => host.state.students.size === 2, "both listed");
    const bobSeat = Array.from(host.state.students.entries()).find(([, s]) => s.nickname === "Bob")?.[0];
    eve.send("lock", { locked: true });
    eve.send("remove", { seatId: bobSeat });
    eve.send("lock", "garbage");
    eve.send("become-host", { please: true });
    await waitFor(() => errors.length === 4, "four refusals");
    expect(errors.slice(0, 3).map((e) => e.code)).toEqual(["not-host", "not-host", "not-host"]);
    expect(errors[0]?.message).toBe("Only the teacher can do that.");
    expect(errors[3]?.code).toBe("unknown-message");
    expect(host.state.locked).toBe(false);
    expect(names(host)).toEqual(["Bob", "Eve"]);
    // A wrong host secret is refused outright.
    const impostor = await joinError(hostOf(created.code, "x".repeat(43)));
    expect(impostor.code).toBe(JoinErrorCode.notHost);
    await Promise.all([eve.leave(), bob.leave(), host.leave()]);
  });

  it("refuses malformed host commands with a reason", async () => {
    const created = await t.createClass();
    const host = await hostOf(created.code, created.hostSecret);
    const errors = collect<{ code: string; message: string }>(host, "error");
    host.send("lock", { locked: "yes" });
    host.send("remove", { seatId: "s999" });
    await waitFor(() => errors.length === 2, "two refusals");
    expect(errors[0]).toEqual({ code: "bad-message", message: "locked must be true or false" });
    expect(errors[1]?.code).toBe("no-such-student");
    expect(host.state.locked).toBe(false);
    await host.leave();
  });

  it("does not let browsers create rooms through matchmaking", async () => {
    const refused = await joinError(t.client().create("class", { code: "ABCDEF" }));
    expect(refused.message).toMatch(/invalid method/);
  });

  it(`takes ${MAX_STUDENTS_PER_CLASS} students and tells the next one the class is full`, async () => {
    const created = await t.createClass();
    const rooms = await Promise.all(
      Array.from({ length: MAX_STUDENTS_PER_CLASS }, (_, i) => studentJoin(created.code, `Student ${i + 1}`)),
    );
    const refused = await joinError(studentJoin(created.code, "One Too Many"));
    expect(refused.code).toBe(JoinErrorCode.full);
    expect(refused.message).toMatch(/full/);
    await Promise.all(rooms.map((r) => r.leave()));
  });

  it("gives a student who reloads the page their seat back under the same name", async () => {
    const created = await t.createClass();
    const host = await hostOf(created.code, created.hostSecret);
    const device = newDevice();
    const first = await studentJoin(created.code, "Reloader", device);
    await waitFor(() => host.state.students.size === 1, "listed");
    const seatBefore = Array.from(host.state.students.keys())[0];
    await first.leave(false); // an unplanned close, as when a page reloads
    await waitFor(() => Array.from(host.state.students.values())[0]?.connected === false, "marked away");
    const second = await studentJoin(created.code, "Reloader", device);
    await waitFor(() => Array.from(host.state.students.values())[0]?.connected === true, "back");
    expect(Array.from(host.state.students.keys())).toEqual([seatBefore]);
    await Promise.all([second.leave(), host.leave()]);
  });
});
