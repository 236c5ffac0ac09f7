// Abuse limits through the real server: guessing class codes is cut off, a message flood is slowed and then
// disconnected, cross-origin callers get no CORS grant unless allowlisted, and every answer carries the
// security headers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CloseCode, JoinErrorCode } from "../../shared/protocol";
import { collect, joinError, newDevice, startTestServer, type TestServer, waitFor } from "../helpers/server";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t.close();
});

describe("abuse limits", () => {
  it("slows a message flood, then disconnects the flooding client only", async () => {
    const created = await t.createClass();
    const calm = await t.client().joinById(created.code, { nickname: "Calm", deviceToken: newDevice() });
    const flood = await t.client().joinById(created.code, { nickname: "Flood", deviceToken: newDevice() });
    const errors = collect<{ code: string }>(flood, "error");
    let closed = 0;
    flood.onLeave((code) => {
      closed = code;
    });
    for (let i = 0; i < 400; i++) flood.send("act", { kind: "release" });
    await waitFor(() => closed !== 0, "flooder disconnected");
    expect(closed).toBe(CloseCode.protocolAbuse);
    expect(errors.some((e) => e.code === "rate-limited")).toBe(true);
    const calmErrors = collect<{ code: string }>(calm, "error");
    calm.send("act", { kind: "release" });
    await waitFor(() => calmErrors.length === 1, "calm student answered");
    expect(calmErrors[0]?.code).toBe("refused"); // no round running: a normal refusal, not a rate limit
    await calm.leave();
  });

  it("grants CORS only to allowlisted origins and sends security headers", async () => {
    const evil = await fetch(`${t.baseUrl}/api/health`, { headers: { Origin: "https://evil.example" } });
    expect(evil.headers.get("access-control-allow-origin")).toBeNull();
    const matchmake = await fetch(`${t.baseUrl}/matchmake/joinById/ABCDEF`, {
      method: "OPTIONS",
      headers: { Origin: "https://evil.example" },
    });
    expect(matchmake.headers.get("access-control-allow-origin")).toBeNull();
    process.env.ALLOWED_ORIGINS = "https://portal.school.example";
    try {
      const portal = await fetch(`${t.baseUrl}/api/health`, { headers: { Origin: "https://portal.school.example" } });
      expect(portal.headers.get("access-control-allow-origin")).toBe("https://portal.school.example");
    } finally {
      delete process.env.ALLOWED_ORIGINS;
    }
    const page = await fetch(`${t.baseUrl}/api/health`);
    expect(page.headers.get("content-security-policy")).toMatch(/default-src 'self'/);
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    expect(page.headers.get("x-frame-options")).toBe("DENY");
    expect(page.headers.get("referrer-policy")).toBe("no-referrer");
    expect(page.headers.get("x-powered-by")).toBeNull();
  });
  it("stops an address that keeps guessing class codes", async () => {
    // Last in this file: afterwards this address may not join anything for a while.
    const codes = Array.from(
      { length: 30 },
      (_, i) => `ZZZZ${"23456789ABCDEFGHJKMNPQRSTWXYZ"[i % 29]}${i < 29 ? "2" : "3"}`,
    );
    for (const code of codes)
      expect((await joinError(t.client().joinById(code, { nickname: "G", deviceToken: newDevice() }))).code).toBe(4212);
    const limited = await joinError(t.client().joinById("ZZZZZC", { nickname: "G", deviceToken: newDevice() }));
    expect(limited.code).toBe(JoinErrorCode.rateLimited);
    expect(limited.message).toMatch(/Too many tries/);
    const lookup = await fetch(`${t.baseUrl}/api/classes/ZZZZZD`);
    expect(lookup.status).toBe(429);
  });
});
