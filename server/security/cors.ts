// Cross-origin access: none by default (the client is served from the same origin); ALLOWED_ORIGINS
// (comma-separated) lists any other origin that may call the API, such as a school portal embedding Endplate.
import type { IncomingMessage } from "node:http";
import type { RequestHandler } from "express";

function allowlist(): string[] {
  return (process.env.ALLOWED_ORIGINS ?? "")
    .split(",")
    .map((o) => o.trim().replace(/\/+$/, ""))
    .filter(Boolean);
}

/** The request's Origin if it is allowlisted, else null. */
export function allowedOrigin(req: IncomingMessage): string | null {
  const origin = req.headers.origin;
  if (typeof origin !== "string") return null;
  return allowlist().includes(origin) ? origin : null;
}

export function corsAllowlist(): RequestHandler {
  return (req, res, next) => {
    const origin = allowedOrigin(req);
    if (origin) {
      res.set("Access-Control-Allow-Origin", origin);
      res.set("Vary", "Origin");
      res.set("Access-Control-Allow-Headers", "Content-Type");
      res.set("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
    }
    if (req.method === "OPTIONS") {
      res.status(origin ? 204 : 403).end();
      return;
    }
    next();
  };
}
