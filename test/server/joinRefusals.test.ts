// Refused joins are ordinary outcomes, not crashes: a taken nickname, a locked class and a wrong host link each
// leave one short line in the server log, and no log line carries a device token or a host secret.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { JoinErrorCode } from "../../shared/protocol";
import { joinError, newDevice, startTestServer, type TestServer, waitFor } from "../helpers/server";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t.close();
});

/** Everything written to the console or stderr while a test runs, one entry per line. */
function captureLog(): { lines: string[]; restore(): void } {
  const lines: string[] = [];
  const keep = (...args: unknown[]) => {
    const text = args.map((a) => (a instanceof Error ? (a.stack ?? a.message) : String(a))).join(" ");
    lines.push(...text.split("\n"));
  };
  const spies = [
    vi.spyOn(console, "error").mockImplementation(keep),
    vi.spyOn(console, "warn").mockImplementation(keep),
    vi.spyOn(console, "log").mockImplementation(keep),
    vi.spyOn(console, "info").mockImplementation(keep),
    vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
      keep(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString());
      return true;
    }),
  ];
  return {
    lines,
    restore: () => {
      for (const spy of spies) spy.mockRestore();
    },
  };
}

let capture: ReturnType<typeof captureLog> | null = null;
afterEach(() => capture?.restore());

describe("refused joins", () => {
  it("log one short line each, without the device token or host secret", async () => {
    const created = await t.createClass();
    const host = await t.client().joinById<{ locked: boolean }>(created.code, { hostSecret: created.hostSecret });
    const adaDevice = newDevice();
    const ada = await t.client().joinById(created.code, { nickname: "Ada", deviceToken: adaDevice });

    capture = captureLog();
    const takenDevice = newDevice();
    const taken = await joinError(t.client().joinById(created.code, { nickname: "Ada", deviceToken: takenDevice }));
    expect(taken.code).toBe(JoinErrorCode.nicknameTaken);

    const wrongSecret = `${created.hostSecret.slice(0, -4)}zzzz`;
    const notHost = await joinError(t.client().joinById(created.code, { hostSecret: wrongSecret }));
    expect(notHost.code).toBe(JoinErrorCode.notHost);

    host.send("lock", { locked: true });
    await waitFor(() => host.state.locked === true, "locked");
    const lateDevice = newDevice();
    const locked = await joinError(t.client().joinById(created.code, { nickname: "Bo", deviceToken: lateDevice }));
    expect(locked.code).toBe(JoinErrorCode.locked);
    // Give the server's log a moment: it writes after the refusal has been sent.
    await new Promise((resolve) => setTimeout(resolve, 100));
    capture.restore();

    const serverLines = capture.lines.filter((line) => line.includes(`[class ${created.code}]`));
    expect(serverLines).toEqual([
      `[class ${created.code}] join refused: nickname taken`,
      `[class ${created.code}] join refused: host link not valid`,
      `[class ${created.code}] join refused: class locked`,
    ]);
    const log = capture.lines.join("\n");
    for (const secret of [takenDevice, lateDevice, adaDevice, wrongSecret, created.hostSecret]) {
      expect(log).not.toContain(secret);
    }
    expect(log.toLowerCase()).not.toContain("uncaught");
    expect(log).not.toMatch(/\n\s+at /); // no stack traces
    await ada.leave();
    await host.leave();
  });
});
