// The class room: a thin adapter between the network and the pure class rules in shared/game.
// Parse at the edge → apply a shared rule → fixed tick → copy to the wire state. No game rule lives here.
import { randomInt } from "node:crypto";
import { type AuthContext, type Client, Room } from "colyseus";
import { applyInput, createGame, TICK_WALL_MS, tickGame } from "../../shared/game/game";
import { createLobby, findBySession } from "../../shared/game/lobby";
import type { GameInput } from "../../shared/game/state";
import { CloseCode, hostJoinSchema, JoinErrorCode, ServerMessage, studentJoinSchema } from "../../shared/protocol";
import { parse } from "../../shared/protocol/validate";
import { ClassState } from "../schema/ClassState";
import { syncGame, syncLobby } from "../schema/sync";
import { secretMatches } from "../secrets";
import { type ClassSession, type Identity, type Outbox, refuse, sendTo } from "./classSession";
import { messageHandlers } from "./clientMessages";
import { seatOf, viewerOf } from "./connections";
import { MessageGuard } from "./messageGuard";
import { endStoredSession, saveProgress } from "./progress";
import { parseRoomOptions } from "./roomOptions";
import { admitStudent, JoinRefusal, markAway, markBack, refusalLine } from "./seating";
import { sendTick } from "./tickOutput";

/** How long an empty class stays open (a teacher reloading the page, students re-joining). */
const EMPTY_CLASS_LIFETIME_MS = 30 * 60 * 1000;
/** How long a dropped phone keeps its seat for an automatic reconnection, s (issue 7: 120 s). */
export const RECONNECT_SECONDS = 120;
/** State patches per second: 10 Hz is smooth with client-side interpolation and light on school Wi-Fi. */
const PATCH_INTERVAL_MS = 100;

export class ClassRoom extends Room<ClassState> {
  /** The class itself (lobby, game, records), set in onCreate: what the helpers in this folder work on. */
  private session!: ClassSession;
  /** Where the helpers' messages go: the room's connections, by seat, each its own view, or all alike. */
  private readonly outbox: Outbox = {
    toSeat: (seatId, type, message) => {
      const client = this.connectionOf(seatId);
      if (client) sendTo(client, type, message);
    },
    toEach: (type, viewFor) => {
      for (const client of this.clients) {
        const viewer = viewerOf(this.session, client);
        const message = viewer ? viewFor(viewer) : null;
        if (message !== null) sendTo(client, type, message);
      }
    },
    toAll: (type, message) => this.broadcast(type, message),
    dismiss: (connectionId, closeCode, type, message) => {
      const client = this.clients.find((c) => c.sessionId === connectionId);
      if (!client) return;
      sendTo(client, type, message);
      client.leave(closeCode);
    },
  };
  /** Hashes of the host secrets that open this class: the one made with it, and any the teacher's dashboard added. */
  private hostSecretHashes: Buffer[] = [];
  private emptySince: number | null = null;
  private guard = new MessageGuard();

  onCreate(options: unknown): void {
    const parsed = parseRoomOptions(options);
    this.roomId = parsed.code;
    this.hostSecretHashes = [parsed.hostSecretHash];
    this.session = {
      code: parsed.code,
      lobby: createLobby(),
      game: createGame(randomInt(2 ** 31)),
      sessionRowId: parsed.sessionRowId,
      homework: parsed.homework,
      saved: { round: 0, debriefSent: 0, answers: 0 },
      input: (input) => this.input(input),
      sync: () => this.sync(),
    };
    const homework = parsed.homework;
    if (homework) {
      // Solo: the challenge's scenario and goal, one junction, every other part a bot.
      this.input({ kind: "host", command: { type: "challenge", challengeId: homework.challengeId } });
      // The teacher's own scenarios replace the challenge's (its goal and length stay).
      const scenarios = homework.scenarios;
      if (scenarios) this.input({ kind: "host", command: { type: "configure", settings: { scenarios } } });
      this.input({ kind: "host", command: { type: "configure", settings: { mode: "class" } } });
      this.maxClients = 2;
    }
    this.autoDispose = false;
    this.state = new ClassState();
    this.state.code = parsed.code;
    this.setPatchRate(PATCH_INTERVAL_MS);
    const guarded = (handler: (client: Client, message: unknown) => void) => (client: Client, message: unknown) => {
      if (this.guard.admit(client)) handler(client, message);
    };
    for (const [type, handler] of messageHandlers(this.session, this.outbox)) this.onMessage(type, guarded(handler));
    this.onMessage("*", (client, type) => {
      if (this.guard.admit(client))
        refuse(client, "unknown-message", `Unknown message "${String(type).slice(0, 40)}".`);
    });
    this.emptySince = this.clock.currentTime;
    this.clock.setInterval(() => this.disposeIfAbandoned(), 60_000);
    this.setSimulationInterval(() => this.tick(), TICK_WALL_MS);
    this.sync();
  }

  onAuth(_client: Client, options: unknown, _context: AuthContext): Identity {
    const host = parse(hostJoinSchema, options);
    if (host.ok) {
      if (!this.hostSecretHashes.some((hash) => secretMatches(host.value.hostSecret, hash))) {
        throw new JoinRefusal(
          JoinErrorCode.notHost,
          "This host link is not valid for this class.",
          "host link not valid",
        );
      }
      return { kind: "host" };
    }
    const student = parse(studentJoinSchema, options);
    if (!student.ok) {
      throw new JoinRefusal(
        JoinErrorCode.badRequest,
        `Join request refused: ${student.reason}.`,
        "malformed join request",
      );
    }
    return { kind: "student", seatId: "" };
  }

  onJoin(client: Client, options: unknown, identity: Identity): void {
    if (this.clients.length <= 1) {
      // Colyseus issue 917: state changed while the room was empty must reach the first client in full.
      (this as unknown as { _serializer: { needFullEncode: boolean } })._serializer.needFullEncode = true;
    }
    this.emptySince = null;
    if (identity.kind === "student") admitStudent(this.session, client, options, identity);
    this.sync();
  }

  async onLeave(client: Client, consented: boolean): Promise<void> {
    const student = findBySession(this.session.lobby, client.sessionId);
    if (this.clients.length === 0) this.emptySince = this.clock.currentTime;
    if (!student) return;
    if (consented) {
      markAway(this.session, student.seatId, true);
      return;
    }
    markAway(this.session, student.seatId, false);
    try {
      const back = await this.allowReconnection(client, RECONNECT_SECONDS);
      markBack(this.session, student.seatId, back.sessionId);
    } catch {
      // The seat stays (disconnected, a bot plays the part); the device can still rejoin by code.
    }
  }

  /**
   * Colyseus hands over what a room method threw, wrapped with the join options or message payload: a refused
   * join is one ordinary log line; a real failure logs its own stack, never the wrapper (tokens, host secrets).
   */
  onUncaughtException(error: Error, methodName: string): void {
    const refusal = refusalLine(this.roomId, error);
    if (refusal) {
      console.log(refusal);
      return;
    }
    const cause = error.cause instanceof Error ? error.cause : error;
    console.error(`[class ${this.roomId}] uncaught exception in ${methodName}: ${cause.stack ?? cause.message}`);
  }

  /** Applies an input to the game and records it; returns what the game said. */
  private input(input: GameInput) {
    return applyInput(this.session.game, input);
  }

  private sync(): void {
    syncLobby(this.session.lobby, this.session.game, this.state);
    syncGame(this.session.game, this.state);
    saveProgress(this.session, this.outbox);
  }

  /** Shutdown: ends a running round so its results are saved, and tells everyone the server is restarting. */
  onBeforeShutdown(): void {
    const phase = this.session.game.phase;
    if (phase === "running" || phase === "paused") this.input({ kind: "host", command: { type: "end" } });
    this.sync();
    this.outbox.toAll(ServerMessage.notice, {
      kind: "shutdown",
      reason: "The server is restarting. Your results are saved.",
    });
    void this.disconnect(CloseCode.serverRestart);
  }

  /**
   * The teacher's dashboard re-hosts this class from another device (matchMaker.remoteRoomCall, any process): a
   * further host secret opens it, if the class is the dashboard's session `sessionRowId`.
   */
  addHostSecret(sessionRowId: number, hostSecretHashHex: string): boolean {
    if (sessionRowId <= 0 || sessionRowId !== this.session.sessionRowId || !/^[0-9a-f]{64}$/.test(hostSecretHashHex)) {
      return false;
    }
    this.hostSecretHashes.push(Buffer.from(hostSecretHashHex, "hex"));
    return true;
  }

  /** The teacher deleted this class from their dashboard while it was open: it closes ("This class has ended"). */
  endDeleted(sessionRowId: number): boolean {
    if (sessionRowId <= 0 || sessionRowId !== this.session.sessionRowId) return false;
    void this.disconnect(CloseCode.classEnded);
    return true;
  }

  onDispose(): void {
    endStoredSession(this.session);
  }

  /** The connection playing a seat (the latest, should a device hold two). */
  private connectionOf(seatId: string): Client | undefined {
    let found: Client | undefined;
    for (const client of this.clients) if (seatOf(client) === seatId) found = client;
    return found;
  }

  private tick(): void {
    const output = tickGame(this.session.game);
    this.sync();
    sendTick(this.session, this.outbox, output);
  }

  private disposeIfAbandoned(): void {
    if (this.emptySince !== null && this.clock.currentTime - this.emptySince > EMPTY_CLASS_LIFETIME_MS) {
      void this.disconnect(CloseCode.classEnded);
    }
  }
}
