// Embedding: by default no site may frame Endplate (CSP frame-ancestors 'none' and X-Frame-Options: DENY);
// FRAME_ANCESTORS names the sites that may (a learning platform), and then X-Frame-Options, which cannot name
// them, is not sent. A value that is not a plain origin stops the server from starting.
import type { Request, Response } from "express";
import { describe, expect, it } from "vitest";
import { frameAncestors, securityHeaders } from "../../server/http/securityHeaders";
import { startTestServer } from "../helpers/server";

function headersFor(env: string | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = { set: (name: string, value: string) => (headers[name.toLowerCase()] = value) };
  securityHeaders({ dev: false, frameAncestors: frameAncestors(env) })(
    {} as Request,
    res as unknown as Response,
    () => {},
  );
  return headers;
}

describe("embedding", () => {
  it("is refused by default", () => {
    const headers = headersFor(undefined);
    expect(headers["content-security-policy"]).toMatch(/frame-ancestors 'none'/);
    expect(headers["x-frame-options"]).toBe("DENY");
  });

  it("is allowed for exactly the origins in FRAME_ANCESTORS, without X-Frame-Options", () => {
    const headers = headersFor("https://lms.example.edu, https://*.school.example  http://intranet.local:8080/");
    expect(headers["content-security-policy"]).toMatch(
      /frame-ancestors https:\/\/lms\.example\.edu https:\/\/\*\.school\.example http:\/\/intranet\.local:8080(;|$)/,
    );
    expect(headers["x-frame-options"]).toBeUndefined();
    expect(headers["content-security-policy"]).toMatch(/default-src 'self'/);
  });

  it("refuses anything that is not an origin", () => {
    for (const bad of [
      "*",
      "'self'",
      "https://lms.example.edu/course",
      "lms.example.edu",
      "https://a.example; script-src *",
    ]) {
      expect(() => frameAncestors(bad), bad).toThrow(/FRAME_ANCESTORS/);
    }
  });

  it("is read from FRAME_ANCESTORS by a real server", async () => {
    process.env.FRAME_ANCESTORS = "https://lms.example.edu";
    try {
      const t = await startTestServer();
      const answer = await fetch(`${t.baseUrl}/api/health`);
      expect(answer.headers.get("content-security-policy")).toMatch(/frame-ancestors https:\/\/lms\.example\.edu/);
      expect(answer.headers.get("x-frame-options")).toBeNull();
      await t.close();
    } finally {
      delete process.env.FRAME_ANCESTORS;
    }
  });
});
