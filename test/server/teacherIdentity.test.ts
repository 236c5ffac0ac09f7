// The teacher's identity on a real server, with no secret in any URL: hosting signs the browser in with an
// HttpOnly, SameSite=Strict cookie; a recovery code opens the dashboard on another device, which can host new
// classes and take over an open one there; revoking stops old tokens, other browsers and the old recovery code;
// changes from another site's page are refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CreatedClass } from "../../shared/protocol";
import { startTestServer, type TestServer, teacherApi } from "../helpers/server";

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t.close();
});

/** One browser: the cookie jar of a single teacher cookie, as the page would carry it. */
function browser() {
  let cookie = "";
  const call = async (method: string, path: string, body?: object, headers: Record<string, string> = {}) => {
    const response = await fetch(`${t.baseUrl}${path}`, {
      method,
      headers: { "Content-Type": "application/json", ...(cookie ? { Cookie: cookie } : {}), ...headers },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const set = response.headers.get("set-cookie");
    if (set) {
      const pair = set.split(";")[0] ?? "";
      cookie = pair.endsWith("=") ? "" : pair;
    }
    return response;
  };
  return {
    call,
    cookieHeader: () => cookie,
    host: async () => (await (await call("POST", "/api/classes", {})).json()) as CreatedClass,
    sessions: async () => {
      const r = await call("GET", "/api/teacher");
      return r.status === 200 ? ((await r.json()) as { sessions: { id: number; code: string }[] }).sessions : r.status;
    },
  };
}

describe("the teacher's identity", () => {
  it("is an HttpOnly, SameSite=Strict cookie set when hosting; the dashboard address holds no secret", async () => {
    const laptop = browser();
    const first = await laptop.call("POST", "/api/classes", {});
    const setCookie = first.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/^endplate_teacher=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(setCookie).toMatch(/Path=\/api/);
    const created = (await first.json()) as CreatedClass;
    expect(created.dashboardUrl).toBe("/teacher");
    const second = await laptop.host();
    expect(second.teacherToken).toBeUndefined(); // signed in already: no token is handed out again
    const sessions = await laptop.sessions();
    expect(Array.isArray(sessions) && sessions.map((s) => s.code).sort()).toEqual([created.code, second.code].sort());
    // Another browser sees nothing.
    expect(await browser().sessions()).toBe(401);
  });

  it("opens on another device with a recovery code, which hosts there and takes over an open class", async () => {
    const school = browser();
    const open = await school.host();
    const made = await school.call("POST", "/api/teacher/recovery-code");
    expect(made.status).toBe(201);
    const { recoveryCode } = (await made.json()) as { recoveryCode: string };
    expect(recoveryCode).toMatch(/^[2-9A-HJ-NP-TW-Z]{5}(-[2-9A-HJ-NP-TW-Z]{5}){3}$/);

    const home = browser();
    const wrong = await home.call("POST", "/api/teacher/sign-in", { recoveryCode: "AAAAA-AAAAA-AAAAA-AAAAA" });
    expect(wrong.status).toBe(404);
    // Typed as a person types it: lower case, spaces instead of dashes.
    const typed = recoveryCode.toLowerCase().replace(/-/g, " ");
    expect((await home.call("POST", "/api/teacher/sign-in", { recoveryCode: typed })).status).toBe(204);
    expect(home.cookieHeader()).not.toBe(school.cookieHeader());
    const seen = await home.sessions();
    expect(Array.isArray(seen) && seen.map((s) => s.code)).toEqual([open.code]);

    // A class hosted at home lands on the same dashboard.
    const fromHome = await home.host();
    const both = await school.sessions();
    expect(Array.isArray(both) && both.map((s) => s.code).sort()).toEqual([open.code, fromHome.code].sort());

    // The class opened at school is hosted from home: a host secret of its own opens it.
    const id = Array.isArray(seen) ? (seen[0]?.id ?? 0) : 0;
    const takeOver = await home.call("POST", `/api/teacher/sessions/${id}/host`);
    expect(takeOver.status).toBe(200);
    const { code, hostSecret } = (await takeOver.json()) as { code: string; hostSecret: string };
    expect(code).toBe(open.code);
    expect(hostSecret).not.toBe(open.hostSecret);
    const host = await t.client().joinById(code, { hostSecret });
    expect(host.sessionId).toBeTruthy();
    // The original host link still works too.
    const original = await t.client().joinById(code, { hostSecret: open.hostSecret });
    await Promise.all([host.leave(), original.leave()]);
    // Someone else's browser cannot take it over.
    const stranger = browser();
    await stranger.host();
    expect((await stranger.call("POST", `/api/teacher/sessions/${id}/host`)).status).toBe(409);
  });

  it("revokes every old link, other browser and the old recovery code, and keeps this browser signed in", async () => {
    const laptop = browser();
    const created = await laptop.host();
    const token = created.teacherToken ?? "";
    expect((await teacherApi(t.baseUrl, token).get("")).status).toBe(200);
    const { recoveryCode: oldCode } = (await (await laptop.call("POST", "/api/teacher/recovery-code")).json()) as {
      recoveryCode: string;
    };
    const tablet = browser();
    await tablet.call("POST", "/api/teacher/sign-in", { recoveryCode: oldCode });
    const oldLink = browser();
    expect((await oldLink.call("POST", "/api/teacher/sign-in", { token })).status).toBe(204);
    expect(Array.isArray(await tablet.sessions())).toBe(true);

    const revoked = await laptop.call("POST", "/api/teacher/revoke");
    expect(revoked.status).toBe(200);
    const { recoveryCode: newCode, teacherToken: newToken } = (await revoked.json()) as {
      recoveryCode: string;
      teacherToken: string;
    };
    expect(Array.isArray(await laptop.sessions())).toBe(true);
    expect(await tablet.sessions()).toBe(401);
    expect(await oldLink.sessions()).toBe(401);
    expect((await teacherApi(t.baseUrl, token).get("")).status).toBe(401);
    expect((await teacherApi(t.baseUrl, newToken).get("")).status).toBe(200);
    const again = browser();
    expect((await again.call("POST", "/api/teacher/sign-in", { recoveryCode: oldCode })).status).toBe(404);
    expect((await again.call("POST", "/api/teacher/sign-in", { token })).status).toBe(404);
    expect((await again.call("POST", "/api/teacher/sign-in", { recoveryCode: newCode })).status).toBe(204);

    // A browser of an earlier release sending the revoked token while hosting becomes a new, empty teacher.
    const stale = browser();
    const restarted = (await (
      await stale.call("POST", "/api/classes", { teacherToken: token })
    ).json()) as CreatedClass;
    expect(restarted.teacherToken).not.toBe(token);
    const staleSessions = await stale.sessions();
    expect(Array.isArray(staleSessions) && staleSessions.map((s) => s.code)).toEqual([restarted.code]);

    // Signing out forgets this browser.
    expect((await laptop.call("POST", "/api/teacher/sign-out")).status).toBe(204);
    expect(await laptop.sessions()).toBe(401);
  });

  it("refuses changes sent from another site's page", async () => {
    const laptop = browser();
    await laptop.host();
    const evil = await laptop.call("POST", "/api/teacher/revoke", {}, { Origin: "https://evil.example" });
    expect(evil.status).toBe(403);
    const own = await laptop.call("POST", "/api/teacher/recovery-code", {}, { Origin: t.baseUrl });
    expect(own.status).toBe(201);
  });
});
