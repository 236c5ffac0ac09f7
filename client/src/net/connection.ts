// The one Colyseus client of this page, and join calls that turn server refusals into readable messages.
import { Client, type Room } from "colyseus.js";
import { CloseCode, JoinErrorCode } from "../../../shared/protocol";
import { UNREACHABLE } from "./api";
import { bag, str } from "./fields";

let client: Client | null = null;

/** The Colyseus endpoint is this page's own origin (one process, one port). */
export function colyseus(): Client {
  if (!client) {
    const { protocol, host } = window.location;
    client = new Client(`${protocol === "https:" ? "wss" : "ws"}://${host}`);
  }
  return client;
}

export class JoinError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

const KNOWN_CODES = new Set<number>(Object.values(JoinErrorCode));
/** Colyseus's own code for "no room with that id". */
const ROOM_NOT_FOUND = 4212;

function explain(error: unknown, code: string): JoinError {
  const e = bag(error);
  const status = typeof e.code === "number" ? e.code : 0;
  const message = str(e.message);
  if (KNOWN_CODES.has(status)) return new JoinError(message, status);
  if (status === ROOM_NOT_FOUND)
    return new JoinError(`There is no class with the code ${code}. Check the code on the board.`, status);
  return new JoinError(UNREACHABLE, status);
}

export async function joinClass<T>(code: string, options: Record<string, string>): Promise<Room<T>> {
  try {
    return await colyseus().joinById<T>(code, options);
  } catch (error) {
    throw explain(error, code);
  }
}

/** What a closed connection means to the person holding the device. */
export function describeClose(closeCode: number): string {
  if (closeCode === CloseCode.removedByTeacher) return "Your teacher removed you from this class.";
  if (closeCode === CloseCode.classEnded) return "This class has ended. Thanks for playing!";
  return "The connection to the class was lost. Check your Wi-Fi and join again.";
}
