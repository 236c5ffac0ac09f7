// Test harness: a real Endplate server on a random port in this process, and real colyseus.js clients.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client, type Room } from "colyseus.js";
import { type RunningEndplate, startEndplate } from "../../server/app";
import type { CreatedClass } from "../../shared/protocol";

/**
 * A colyseus.js client whose rooms quietly drop message types a test did not subscribe to (otherwise
 * colyseus.js warns once per message, which buries real output). Types a test listens to still reach it.
 */
export class QuietClient extends Client {
  protected override createRoom<T>(roomName: string, rootSchema?: unknown): Room<T> {
    const room = super.createRoom<T>(roomName, rootSchema as never);
    room.onMessage("*", () => {});
    return room;
  }
}

export interface TestServer {
  server: RunningEndplate;
  baseUrl: string;
  wsUrl: string;
  createClass(): Promise<CreatedClass>;
  client(): Client;
  close(): Promise<void>;
}

export async function startTestServer(
  options: { clientDir?: string | null; dataDir?: string } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), "endplate-test-"));
  const server = await startEndplate({ port: 0, host: "127.0.0.1", clientDir: options.clientDir ?? null, dataDir });
  const baseUrl = `http://127.0.0.1:${server.port}`;
  const wsUrl = `ws://127.0.0.1:${server.port}`;
  return {
    server,
    baseUrl,
    wsUrl,
    async createClass() {
      const response = await fetch(`${baseUrl}/api/classes`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: "{}",
      });
      if (response.status !== 201) throw new Error(`create class failed: ${response.status}`);
      return (await response.json()) as CreatedClass;
    },
    client: () => new QuietClient(wsUrl),
    close: async () => {
      await server.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Polls until `check` returns true (state arrives asynchronously over the socket). */
export async function waitFor(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Collects the messages of one type a room receives. */
export function collect<T = unknown>(room: Room, type: string): T[] {
  const seen: T[] = [];
  room.onMessage(type, (message: T) => seen.push(message));
  return seen;
}

let counter = 0;
/** A fresh device token per simulated browser. */
export function newDevice(): string {
  counter += 1;
  return `test-device-${process.pid}-${counter}-abcdefgh`;
}

/** The join error a rejected promise carries (code and message), for assertions. */
export async function joinError(promise: Promise<unknown>): Promise<{ code: number; message: string }> {
  try {
    await promise;
  } catch (error) {
    const e = error as { code?: number; message?: string };
    return { code: e.code ?? -1, message: e.message ?? "" };
  }
  throw new Error("expected the join to be refused, but it succeeded");
}

/**
 * The teacher's dashboard API as a script calls it: the dashboard token as a bearer token (a browser uses its
 * HttpOnly cookie instead). `path` follows /api/teacher ("" for the front page, "/sessions/1", …).
 */
export function teacherApi(baseUrl: string, token: string | undefined) {
  const call = (method: string, path: string, body?: object) =>
    fetch(`${baseUrl}/api/teacher${path}`, {
      method,
      headers: { Authorization: `Bearer ${token ?? ""}`, "Content-Type": "application/json" },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
  return {
    get: (path: string) => call("GET", path),
    post: (path: string, body: object = {}) => call("POST", path, body),
    delete: (path: string) => call("DELETE", path),
  };
}
