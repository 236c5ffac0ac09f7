// The class roster and its rules: who may join, lock, remove. Pure data in, a new fact or a typed refusal out.
import { isGeneratedNickname, nicknameKey, parseNickname } from "./nickname";

/** The most students one class session takes; a junction must work for any count from 1 to this. */
export const MAX_STUDENTS_PER_CLASS = 40;

export interface RosterEntry {
  /** The student's seat in this class: stable across reconnections, public, never a connection secret. */
  seatId: string;
  /** The current connection's session id (the server's `client.sessionId`), never chosen by the student. */
  sessionId: string;
  nickname: string;
  /** A random token the device keeps, so a reloaded page or a returning phone gets its seat back. */
  deviceToken: string;
  connected: boolean;
}

export interface Lobby {
  locked: boolean;
  /** The teacher's "generated names only": new students join with a suggested name ("Swift Sodium"), never their own. */
  generatedNamesOnly: boolean;
  students: RosterEntry[];
  /** Device tokens the teacher removed: they may not come back into this session. */
  removedDevices: string[];
  /** Counter behind seat ids ("s1", "s2", …); seats are never reused within a session. */
  seatsIssued: number;
}

export type RefusalCode =
  | "locked"
  | "full"
  | "nickname-invalid"
  | "nickname-taken"
  | "removed"
  | "not-host"
  | "no-such-student";

export interface Refusal {
  ok: false;
  code: RefusalCode;
  reason: string;
}

export type Admission = { ok: true; student: RosterEntry; returning: boolean } | Refusal;

export function createLobby(): Lobby {
  return { locked: false, generatedNamesOnly: false, students: [], removedDevices: [], seatsIssued: 0 };
}

function refuse(code: RefusalCode, reason: string): Refusal {
  return { ok: false, code, reason };
}

export interface JoinRequest {
  sessionId: string;
  nickname: unknown;
  deviceToken: string;
}

export const GENERATED_NAMES_ONLY =
  "Your teacher asks for suggested names in this class: tap “Suggest a name”, then Join.";

/**
 * Decides whether a student may join. A device that already holds a seat under the same nickname is a
 * returning student (page reload): it takes its seat back even when the class is locked or full.
 * `isRude` is the server's word filter (its list stays on the server); it is asked only about well-formed names.
 */
export function checkAdmission(lobby: Lobby, request: JoinRequest, isRude: (name: string) => boolean): Admission {
  if (lobby.removedDevices.includes(request.deviceToken)) {
    return refuse("removed", "The teacher removed you from this class.");
  }
  const name = parseNickname(request.nickname);
  if (!name.ok) return refuse("nickname-invalid", name.reason);
  if (isRude(name.value)) return refuse("nickname-invalid", "Please choose a different nickname.");
  const key = nicknameKey(name.value);
  const sameName = lobby.students.find((s) => nicknameKey(s.nickname) === key);
  if (sameName && sameName.deviceToken === request.deviceToken && !sameName.connected) {
    return { ok: true, returning: true, student: { ...sameName, sessionId: request.sessionId, connected: true } };
  }
  if (sameName)
    return refuse(
      "nickname-taken",
      `Someone in this class is already called "${sameName.nickname}". Pick another name.`,
    );
  if (lobby.locked) return refuse("locked", "This class is locked. Ask your teacher to unlock it.");
  if (lobby.generatedNamesOnly && !isGeneratedNickname(name.value))
    return refuse("nickname-invalid", GENERATED_NAMES_ONLY);
  if (lobby.students.length >= MAX_STUDENTS_PER_CLASS) {
    return refuse("full", `This class is full (${MAX_STUDENTS_PER_CLASS} students).`);
  }
  return {
    ok: true,
    returning: false,
    student: {
      seatId: `s${lobby.seatsIssued + 1}`,
      sessionId: request.sessionId,
      nickname: name.value,
      deviceToken: request.deviceToken,
      connected: true,
    },
  };
}

/** Applies an admission (new seat or returning student) to the roster. */
export function seatStudent(lobby: Lobby, student: RosterEntry): void {
  const index = lobby.students.findIndex((s) => s.seatId === student.seatId);
  if (index >= 0) {
    lobby.students[index] = student;
  } else {
    lobby.students.push(student);
    lobby.seatsIssued += 1;
  }
}

export function findBySession(lobby: Lobby, sessionId: string): RosterEntry | undefined {
  return lobby.students.find((s) => s.sessionId === sessionId);
}

export function findBySeat(lobby: Lobby, seatId: string): RosterEntry | undefined {
  return lobby.students.find((s) => s.seatId === seatId);
}

/** Takes a student out of the class for good (their device cannot rejoin this session). */
export function removeStudent(lobby: Lobby, seatId: string): { ok: true; student: RosterEntry } | Refusal {
  const student = findBySeat(lobby, seatId);
  if (!student) return refuse("no-such-student", "That student is no longer in the class.");
  lobby.students = lobby.students.filter((s) => s.seatId !== seatId);
  lobby.removedDevices.push(student.deviceToken);
  return { ok: true, student };
}

/** A student who left on purpose frees their nickname and seat. */
export function releaseSeat(lobby: Lobby, seatId: string): void {
  lobby.students = lobby.students.filter((s) => s.seatId !== seatId);
}

/** Marks a seat connected or not; a disconnected seat keeps its nickname, role and score. */
export function setConnected(lobby: Lobby, seatId: string, connected: boolean): void {
  const student = findBySeat(lobby, seatId);
  if (student) student.connected = connected;
}
