// Seats in a class room: admitting a student (new or returning), marking them away or back, removal.
// Each step applies the shared lobby rule, then tells the game, so a bot holds a part while its student is away.
import { ServerError } from "colyseus";
import {
  checkAdmission,
  findBySeat,
  type RefusalCode,
  releaseSeat,
  removeStudent,
  seatStudent,
  setConnected,
} from "../../shared/game/lobby";
import { CloseCode, JoinErrorCode, ServerMessage, studentJoinSchema } from "../../shared/protocol";
import { parse } from "../../shared/protocol/validate";
import { isRude } from "../names/wordFilter";
import { hashSecret } from "../secrets";
import { getStore } from "../store";
import { type ClassSession, type Connection, type Identity, type Outbox, refuse, sendTo } from "./classSession";

const REFUSAL_TO_CODE: Record<RefusalCode, number> = {
  locked: JoinErrorCode.locked,
  full: JoinErrorCode.full,
  "nickname-invalid": JoinErrorCode.nicknameInvalid,
  "nickname-taken": JoinErrorCode.nicknameTaken,
  removed: JoinErrorCode.removed,
  "not-host": JoinErrorCode.notHost,
  "no-such-student": JoinErrorCode.badRequest,
};

/** What the server log says of each refusal: a fixed phrase, never the nickname, token or secret that was sent. */
const REFUSAL_LOG: Record<RefusalCode, string> = {
  locked: "class locked",
  full: "class full",
  "nickname-invalid": "nickname not allowed",
  "nickname-taken": "nickname taken",
  removed: "device removed by the teacher",
  "not-host": "host link not valid",
  "no-such-student": "no such student",
};

/**
 * A refused join (taken nickname, locked class, wrong host link…): an ordinary outcome, not a crash. The device
 * gets `code` and `message`; the log gets one line with `logAs` (see `refusalLine`), never the join's options.
 */
export class JoinRefusal extends ServerError {
  constructor(
    code: number,
    message: string,
    readonly logAs: string,
  ) {
    super(code, message);
    this.name = "JoinRefusal";
  }
}

/**
 * The one log line for an error Colyseus caught in onAuth/onJoin, if it is a refusal (Colyseus wraps what the
 * room threw in an exception carrying the join options as `cause`); null for a real failure.
 */
export function refusalLine(roomId: string, error: unknown): string | null {
  const refusal = error instanceof JoinRefusal ? error : (error as { cause?: unknown } | null)?.cause;
  return refusal instanceof JoinRefusal ? `[class ${roomId}] join refused: ${refusal.logAs}` : null;
}

/** Checks and seats a student with no await in between, so two joins cannot both take one nickname. */
export function admitStudent(
  session: ClassSession,
  client: Connection,
  options: unknown,
  identity: Extract<Identity, { kind: "student" }>,
): void {
  const request = parse(studentJoinSchema, options);
  if (!request.ok) throw new JoinRefusal(JoinErrorCode.badRequest, request.reason, "malformed join request");
  if (session.homework && hashSecret(request.value.deviceToken).toString("hex") !== session.homework.deviceHash) {
    throw new JoinRefusal(
      JoinErrorCode.notHost,
      "This homework attempt belongs to another device. Start your own from the homework link.",
      "homework attempt of another device",
    );
  }
  const admission = checkAdmission(session.lobby, { sessionId: client.sessionId, ...request.value }, isRude);
  if (!admission.ok) {
    throw new JoinRefusal(REFUSAL_TO_CODE[admission.code], admission.reason, REFUSAL_LOG[admission.code]);
  }
  const student = admission.student;
  seatStudent(session.lobby, student);
  identity.seatId = student.seatId;
  if (admission.returning) session.input({ kind: "connection", seatId: student.seatId, connected: true });
  else session.input({ kind: "join", seatId: student.seatId, nickname: student.nickname });
  if (session.sessionRowId > 0) {
    try {
      getStore().upsertParticipant(session.sessionRowId, student.seatId, student.nickname);
    } catch (error) {
      console.error(`[class ${session.code}] could not record ${student.seatId}:`, error);
    }
  }
  sendTo(client, ServerMessage.notice, {
    kind: "seated",
    seatId: student.seatId,
    nickname: student.nickname,
    returning: admission.returning,
  });
}

/** A student's connection dropped (a bot holds their part) or they left on purpose (the seat is freed). */
export function markAway(session: ClassSession, seatId: string, leftOnPurpose: boolean): void {
  if (leftOnPurpose) {
    releaseSeat(session.lobby, seatId);
    session.input({ kind: "leave", seatId });
  } else {
    setConnected(session.lobby, seatId, false);
    session.input({ kind: "connection", seatId, connected: false });
  }
  session.sync();
}

/** The same device reconnected within the grace period: the student takes their part back from the bot. */
export function markBack(session: ClassSession, seatId: string, connectionId: string): void {
  const student = findBySeat(session.lobby, seatId);
  if (!student) return;
  student.sessionId = connectionId;
  setConnected(session.lobby, seatId, true);
  session.input({ kind: "connection", seatId, connected: true });
  session.sync();
}

/** The teacher removes a student for good: they are told, disconnected, and cannot rejoin from that device. */
export function removeSeat(session: ClassSession, outbox: Outbox, host: Connection, seatId: string): void {
  const result = removeStudent(session.lobby, seatId);
  if (!result.ok) {
    refuse(host, result.code, result.reason);
    return;
  }
  session.input({ kind: "leave", seatId });
  session.sync();
  outbox.dismiss(result.student.sessionId, CloseCode.removedByTeacher, ServerMessage.notice, {
    kind: "removed",
    reason: "Your teacher removed you from this class.",
  });
}
