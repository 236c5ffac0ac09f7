// Lobby rules: admission, returning students, locking, capacity and removal, as pure functions.
import { describe, expect, it } from "vitest";
import {
  checkAdmission,
  createLobby,
  findBySeat,
  MAX_STUDENTS_PER_CLASS,
  removeStudent,
  seatStudent,
  setConnected,
} from "../../../shared/game/lobby";

function admit(lobby: ReturnType<typeof createLobby>, nickname: string, deviceToken: string, sessionId = deviceToken) {
  const result = checkAdmission(lobby, { sessionId, nickname, deviceToken }, (name) => name === "Rude");
  if (result.ok) seatStudent(lobby, result.student);
  return result;
}

describe("lobby", () => {
  it("seats students with stable seat ids and refuses a taken name", () => {
    const lobby = createLobby();
    const a = admit(lobby, "Ada", "dev-a");
    const b = admit(lobby, "Ben", "dev-b");
    expect(a.ok && a.student.seatId).toBe("s1");
    expect(b.ok && b.student.seatId).toBe("s2");
    const clash = admit(lobby, "ADA", "dev-c");
    expect(clash).toMatchObject({ ok: false, code: "nickname-taken" });
    expect(lobby.students).toHaveLength(2);
  });

  it("gives a disconnected student's seat back to the same device, not to another", () => {
    const lobby = createLobby();
    admit(lobby, "Ada", "dev-a", "session-1");
    setConnected(lobby, "s1", false);
    expect(admit(lobby, "Ada", "dev-other")).toMatchObject({ ok: false, code: "nickname-taken" });
    lobby.locked = true;
    const back = admit(lobby, "Ada", "dev-a", "session-2");
    expect(back).toMatchObject({ ok: true, returning: true });
    expect(findBySeat(lobby, "s1")).toMatchObject({ sessionId: "session-2", connected: true });
    expect(lobby.students).toHaveLength(1);
  });

  it("refuses newcomers when locked or full, with a reason", () => {
    const lobby = createLobby();
    lobby.locked = true;
    expect(admit(lobby, "Ada", "dev-a")).toMatchObject({ ok: false, code: "locked" });
    lobby.locked = false;
    for (let i = 0; i < MAX_STUDENTS_PER_CLASS; i++) expect(admit(lobby, `S${i}`, `dev-${i}`).ok).toBe(true);
    const full = admit(lobby, "Extra", "dev-x");
    expect(full).toMatchObject({ ok: false, code: "full" });
    expect(full.ok === false && full.reason).toMatch(/full \(40 students\)/);
  });

  it("removes a student for good and frees nothing else", () => {
    const lobby = createLobby();
    admit(lobby, "Ada", "dev-a");
    admit(lobby, "Ben", "dev-b");
    expect(removeStudent(lobby, "s1")).toMatchObject({ ok: true });
    expect(lobby.students.map((s) => s.nickname)).toEqual(["Ben"]);
    expect(admit(lobby, "Ada Again", "dev-a")).toMatchObject({ ok: false, code: "removed" });
    expect(removeStudent(lobby, "s1")).toMatchObject({ ok: false, code: "no-such-student" });
    expect(admit(lobby, "Cy", "dev-c").ok && lobby.students.at(-1)?.seatId).toBe("s3");
  });

  it("refuses a name the server's filter refuses, and own names when the teacher asks for generated ones", () => {
    const lobby = createLobby();
    expect(admit(lobby, "Rude", "dev-r")).toMatchObject({ ok: false, code: "nickname-invalid" });
    admit(lobby, "Ada", "dev-a", "session-1");
    lobby.generatedNamesOnly = true;
    const own = admit(lobby, "Ben", "dev-b");
    expect(own).toMatchObject({ ok: false, code: "nickname-invalid" });
    expect(own.ok === false && own.reason).toMatch(/Suggest a name/);
    expect(admit(lobby, "Swift Sodium", "dev-b")).toMatchObject({ ok: true, returning: false });
    // A student seated before the switch gets their seat back under their own name.
    setConnected(lobby, "s1", false);
    expect(admit(lobby, "Ada", "dev-a", "session-2")).toMatchObject({ ok: true, returning: true });
  });
});
