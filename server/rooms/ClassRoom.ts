// The class room: a thin adapter between the network and the pure class rules in shared/game.
// Parse at the edge → apply a shared rule → copy to the wire state. No game rule lives here.
import { type AuthContext, type Client, Room, ServerError } from "colyseus";
import {
  checkAdmission,
  createLobby,
  findBySession,
  type Lobby,
  type RefusalCode,
  releaseSeat,
  removeStudent,
  seatStudent,
  setConnected,
} from "../../shared/game/lobby";
import {
  ClientMessage,
  CloseCode,
  clientMessageSchemas,
  hostJoinSchema,
  JoinErrorCode,
  ServerMessage,
  studentJoinSchema,
} from "../../shared/protocol";
import { parse, type Schema as ValidationSchema } from "../../shared/protocol/validate";
import { ClassState } from "../schema/ClassState";
import { syncLobby } from "../schema/sync";
import { secretMatches } from "../secrets";
import { parseRoomOptions } from "./roomOptions";

/** Who a connection is, decided once at join time and never from message contents. */
export type Seat = { kind: "host" } | { kind: "student"; seatId: string };

/** How long an empty class stays open (a teacher reloading the page, students re-joining). */
const EMPTY_CLASS_LIFETIME_MS = 30 * 60 * 1000;

const REFUSAL_TO_CODE: Record<RefusalCode, number> = {
  locked: JoinErrorCode.locked,
  full: JoinErrorCode.full,
  "nickname-invalid": JoinErrorCode.nicknameInvalid,
  "nickname-taken": JoinErrorCode.nicknameTaken,
  removed: JoinErrorCode.removed,
  "not-host": JoinErrorCode.notHost,
  "no-such-student": JoinErrorCode.badRequest,
};

export class ClassRoom extends Room<ClassState> {
  private lobby: Lobby = createLobby();
  private hostSecretHash: Buffer = Buffer.alloc(0);
  private emptySince: number | null = null;

  onCreate(options: unknown): void {
    const parsed = parseRoomOptions(options);
    this.roomId = parsed.code;
    this.hostSecretHash = parsed.hostSecretHash;
    this.autoDispose = false;
    this.state = new ClassState();
    this.state.code = parsed.code;
    this.onMessage(ClientMessage.lock, (client, message) => this.onLock(client, message));
    this.onMessage(ClientMessage.remove, (client, message) => this.onRemove(client, message));
    this.onMessage("*", (client, type) => this.refuse(client, "unknown-message", `Unknown message "${String(type)}".`));
    this.emptySince = this.clock.currentTime;
    this.clock.setInterval(() => this.disposeIfAbandoned(), 60_000);
  }

  onAuth(_client: Client, options: unknown, _context: AuthContext): Seat {
    const host = parse(hostJoinSchema, options);
    if (host.ok) {
      if (!secretMatches(host.value.hostSecret, this.hostSecretHash)) {
        throw new ServerError(JoinErrorCode.notHost, "This host link is not valid for this class.");
      }
      return { kind: "host" };
    }
    const student = parse(studentJoinSchema, options);
    if (!student.ok) throw new ServerError(JoinErrorCode.badRequest, `Join request refused: ${student.reason}.`);
    return { kind: "student", seatId: "" };
  }

  onJoin(client: Client, options: unknown, seat: Seat): void {
    if (this.clients.length <= 1) {
      // Colyseus issue 917: state changed while the room was empty must reach the first client in full.
      (this as unknown as { _serializer: { needFullEncode: boolean } })._serializer.needFullEncode = true;
    }
    this.emptySince = null;
    if (seat.kind === "host") return;
    const request = parse(studentJoinSchema, options);
    if (!request.ok) throw new ServerError(JoinErrorCode.badRequest, request.reason);
    // Check and seat with no await between them, so two joins cannot both take one nickname.
    const admission = checkAdmission(this.lobby, { sessionId: client.sessionId, ...request.value });
    if (!admission.ok) throw new ServerError(REFUSAL_TO_CODE[admission.code], admission.reason);
    seatStudent(this.lobby, admission.student);
    seat.seatId = admission.student.seatId;
    client.send(ServerMessage.notice, {
      kind: "seated",
      seatId: admission.student.seatId,
      nickname: admission.student.nickname,
    });
    syncLobby(this.lobby, this.state);
  }

  onLeave(client: Client, consented: boolean): void {
    const student = findBySession(this.lobby, client.sessionId);
    if (student) {
      if (consented) releaseSeat(this.lobby, student.seatId);
      else setConnected(this.lobby, student.seatId, false);
      syncLobby(this.lobby, this.state);
    }
    if (this.clients.length === 0) this.emptySince = this.clock.currentTime;
  }

  onUncaughtException(error: Error, methodName: string): void {
    console.error(`[class ${this.roomId}] uncaught exception in ${methodName}:`, error);
  }

  private isHost(client: Client): boolean {
    return (client.auth as Seat | undefined)?.kind === "host";
  }

  private refuse(client: Client, code: string, message: string): void {
    client.send(ServerMessage.error, { code, message });
  }

  /** Parses a host command; refuses students and malformed payloads with a readable error. */
  private hostCommand<T>(client: Client, schema: ValidationSchema<T>, message: unknown): T | null {
    if (!this.isHost(client)) {
      this.refuse(client, "not-host", "Only the teacher can do that.");
      return null;
    }
    const parsed = parse(schema, message);
    if (!parsed.ok) {
      this.refuse(client, "bad-message", parsed.reason);
      return null;
    }
    return parsed.value;
  }

  private onLock(client: Client, message: unknown): void {
    const command = this.hostCommand(client, clientMessageSchemas.lock, message);
    if (!command) return;
    this.lobby.locked = command.locked;
    syncLobby(this.lobby, this.state);
  }

  private onRemove(client: Client, message: unknown): void {
    const command = this.hostCommand(client, clientMessageSchemas.remove, message);
    if (!command) return;
    const result = removeStudent(this.lobby, command.seatId);
    if (!result.ok) {
      this.refuse(client, result.code, result.reason);
      return;
    }
    syncLobby(this.lobby, this.state);
    const removed = this.clients.find((c) => c.sessionId === result.student.sessionId);
    if (removed) {
      removed.send(ServerMessage.notice, { kind: "removed", reason: "Your teacher removed you from this class." });
      removed.leave(CloseCode.removedByTeacher);
    }
  }

  private disposeIfAbandoned(): void {
    if (this.emptySince !== null && this.clock.currentTime - this.emptySince > EMPTY_CLASS_LIFETIME_MS) {
      void this.disconnect(CloseCode.classEnded);
    }
  }
}
