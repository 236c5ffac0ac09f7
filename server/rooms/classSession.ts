// What the room's helpers (seating, saved progress, tick output) work on: one class session and its outbox. The
// room builds both; the helpers never see the Colyseus room, so its fields stay private, and a test can hand the
// helpers plain objects.
import type { Lobby } from "../../shared/game/lobby";
import type { Game, GameInput, InputResult } from "../../shared/game/state";
import type { Viewer } from "../../shared/game/visibility";
import { ServerMessage, type ServerMessageName, type ServerPayloads } from "../../shared/protocol";
import type { HomeworkOptions } from "./roomOptions";

/** Who a connection is, decided once at join time and never from message contents. */
export type Identity = { kind: "host" } | { kind: "student"; seatId: string };

/** One class (or one solo homework attempt) as its helpers see it. */
export interface ClassSession {
  /** The class code (the room's id), for log lines. */
  readonly code: string;
  readonly lobby: Lobby;
  readonly game: Game;
  /** The class session's row in the store (0 for a homework attempt, which is stored as an attempt). */
  readonly sessionRowId: number;
  /** A solo homework attempt, or null for a class. */
  readonly homework: HomeworkOptions | null;
  /** What saveProgress has already written: the last round saved and debriefed, answers saved. */
  readonly saved: { round: number; debriefSent: number; answers: number };
  /** Applies an input to the game (recorded for replay); returns what the game said. */
  input(input: GameInput): InputResult;
  /** Copies the lobby and game to the wire state and records progress: after every change. */
  sync(): void;
}

/** One connection, as far as a helper needs it (a Colyseus Client is one). */
export interface Connection {
  readonly sessionId: string;
  send<K extends ServerMessageName>(type: K, message: ServerPayloads[K]): void;
}

/**
 * Where the helpers' messages go, each typed by its name (shared/protocol/payloads). What each viewer may see is
 * decided in shared/game/visibility.ts, not here.
 */
export interface Outbox {
  /** The device playing this seat, if it is connected. */
  toSeat<K extends ServerMessageName>(seatId: string, type: K, message: ServerPayloads[K]): void;
  /** Each connection its own view (boardgame.io's playerView): `viewFor` says what it gets, null for nothing. */
  toEach<K extends ServerMessageName>(type: K, viewFor: (viewer: Viewer) => ServerPayloads[K] | null): void;
  /** Every connection the same message (only what every student may see). */
  toAll<K extends ServerMessageName>(type: K, message: ServerPayloads[K]): void;
  /** A last message to one connection (by its Colyseus session id), then it is closed with `closeCode`. */
  dismiss<K extends ServerMessageName>(
    connectionId: string,
    closeCode: number,
    type: K,
    message: ServerPayloads[K],
  ): void;
}

/** A message to one connection, checked against its name's payload (Colyseus's own `send` takes anything). */
export function sendTo<K extends ServerMessageName>(to: Connection, type: K, message: ServerPayloads[K]): void {
  to.send(type, message);
}

/** A refusal to one connection: a readable error, never an exception (the state is unchanged). */
export function refuse(to: Connection, code: string, message: string): void {
  sendTo(to, ServerMessage.error, { code, message });
}
