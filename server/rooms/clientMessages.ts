// The handlers of the clients' messages, by name: each parses at the edge, applies a shared rule through the
// session (its input, then sync) and answers the sender with an ack or a readable refusal.
import type { Client } from "colyseus";
import { parseAction } from "../../shared/game/actions";
import { parseHostCommand } from "../../shared/game/commands";
import type { GameInput } from "../../shared/game/state";
import { commandExtrasFor, EVERYONE } from "../../shared/game/visibility";
import { ClientMessage, clientMessageSchemas, ServerMessage } from "../../shared/protocol";
import { parse, type Schema as ValidationSchema } from "../../shared/protocol/validate";
import { type ClassSession, type Outbox, refuse, sendTo } from "./classSession";
import { isHost, seatOf, viewerOf } from "./connections";
import { removeSeat } from "./seating";

/** A handler of one client message (the room admits it through its message guard first). */
export type MessageHandler = (client: Client, message: unknown) => void;

/** Each client message's name and its handler, in the order the room registers them. */
export function messageHandlers(session: ClassSession, outbox: Outbox): [string, MessageHandler][] {
  return [
    [ClientMessage.lock, (client, message) => onLock(session, client, message)],
    [ClientMessage.names, (client, message) => onNames(session, client, message)],
    [ClientMessage.remove, (client, message) => onRemove(session, outbox, client, message)],
    [ClientMessage.host, (client, message) => onHostCommand(session, client, message)],
    [ClientMessage.act, (client, message) => onAct(session, client, message)],
    [ClientMessage.answer, (client, message) => onAnswer(session, client, message)],
    [ClientMessage.diagnose, (client, message) => onDiagnose(session, client, message)],
    [ClientMessage.pace, (client, message) => onPace(session, client, message)],
  ];
}

/** Parses a host command; refuses students and malformed payloads with a readable error. */
function hostCommand<T>(
  session: ClassSession,
  client: Client,
  schema: ValidationSchema<T>,
  message: unknown,
): T | null {
  if (!isHost(session, client)) {
    refuse(client, "not-host", "Only the teacher can do that.");
    return null;
  }
  const parsed = parse(schema, message);
  if (!parsed.ok) {
    refuse(client, "bad-message", parsed.reason);
    return null;
  }
  return parsed.value;
}

function onLock(session: ClassSession, client: Client, message: unknown): void {
  const command = hostCommand(session, client, clientMessageSchemas.lock, message);
  if (!command) return;
  session.lobby.locked = command.locked;
  session.sync();
}

function onNames(session: ClassSession, client: Client, message: unknown): void {
  const command = hostCommand(session, client, clientMessageSchemas.names, message);
  if (!command) return;
  session.lobby.generatedNamesOnly = command.generatedOnly;
  session.sync();
}

function onRemove(session: ClassSession, outbox: Outbox, client: Client, message: unknown): void {
  const command = hostCommand(session, client, clientMessageSchemas.remove, message);
  if (!command) return;
  removeSeat(session, outbox, client, command.seatId);
}

function onHostCommand(session: ClassSession, client: Client, message: unknown): void {
  if (!isHost(session, client)) {
    refuse(client, "not-host", "Only the teacher can do that.");
    return;
  }
  const command = parseHostCommand(message);
  if (!command.ok) {
    refuse(client, "bad-message", command.reason);
    return;
  }
  const result = session.input({ kind: "host", command: command.value });
  if (!result.ok) refuse(client, "refused", result.reason);
  else {
    const extras = commandExtrasFor(session.game, viewerOf(session, client) ?? EVERYONE, command.value.type);
    sendTo(client, ServerMessage.ack, { text: result.text, ...extras });
  }
  session.sync();
}

function onAct(session: ClassSession, client: Client, message: unknown): void {
  const seatId = seatOf(client);
  if (!seatId) {
    refuse(client, "not-student", "Only students hold parts of the junction.");
    return;
  }
  const action = parseAction(message);
  if (!action.ok) {
    refuse(client, "bad-message", action.reason);
    return;
  }
  const result = session.input({ kind: "act", seatId, action: action.value });
  if (!result.ok) refuse(client, "refused", result.reason);
  else sendTo(client, ServerMessage.ack, { text: result.text });
}

function studentInput(session: ClassSession, client: Client, make: (seatId: string) => GameInput | null): void {
  const seatId = seatOf(client);
  if (!seatId) {
    refuse(client, "not-student", "Only students answer and diagnose.");
    return;
  }
  const input = make(seatId);
  if (!input) return;
  const result = session.input(input);
  if (!result.ok) refuse(client, "refused", result.reason);
  else sendTo(client, ServerMessage.ack, { text: result.text });
  session.sync();
}

function onAnswer(session: ClassSession, client: Client, message: unknown): void {
  studentInput(session, client, (seatId) => {
    const parsed = parse(clientMessageSchemas.answer, message);
    if (!parsed.ok) {
      refuse(client, "bad-message", parsed.reason);
      return null;
    }
    return { kind: "answer", seatId, ...parsed.value };
  });
}

function onDiagnose(session: ClassSession, client: Client, message: unknown): void {
  studentInput(session, client, (seatId) => {
    const parsed = parse(clientMessageSchemas.diagnose, message);
    if (!parsed.ok) {
      refuse(client, "bad-message", parsed.reason);
      return null;
    }
    return { kind: "diagnose", seatId, ...parsed.value };
  });
}

function onPace(session: ClassSession, client: Client, message: unknown): void {
  studentInput(session, client, (seatId) => {
    const parsed = parse(clientMessageSchemas.pace, message);
    if (!parsed.ok) {
      refuse(client, "bad-message", parsed.reason);
      return null;
    }
    return { kind: "pace", seatId, extraTime: parsed.value.extraTime };
  });
}
