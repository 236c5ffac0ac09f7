// Security headers on every HTTP answer: a strict content security policy (same origin only) and friends. Pages
// may not be framed, unless FRAME_ANCESTORS names the sites that may embed Endplate (a learning platform, a
// school's site): then CSP frame-ancestors lists exactly those and X-Frame-Options (which cannot) is not sent.
import type { RequestHandler } from "express";

const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self' ws: wss:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
];

/** An origin a page may be framed by: https://lms.example.edu, https://*.school.example, http://host:8080. */
const FRAME_ORIGIN = /^https?:\/\/(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/;

/**
 * FRAME_ANCESTORS as a list of origins (separated by spaces or commas); empty when unset. Anything that is not a
 * plain origin (a path, a quote, a semicolon, "*") is refused at start-up rather than written into the policy.
 */
export function frameAncestors(value = process.env.FRAME_ANCESTORS): string[] {
  const origins = (value ?? "")
    .split(/[\s,]+/)
    .map((o) => o.trim().toLowerCase().replace(/\/+$/, ""))
    .filter(Boolean);
  for (const origin of origins) {
    if (!FRAME_ORIGIN.test(origin)) {
      throw new Error(
        `FRAME_ANCESTORS: "${origin}" is not an origin such as https://lms.example.edu (scheme and host, no path).`,
      );
    }
  }
  return origins;
}

export function securityHeaders(options: { dev: boolean; frameAncestors?: string[] }): RequestHandler {
  const embedders = options.frameAncestors ?? frameAncestors();
  const csp = [...POLICY, `frame-ancestors ${embedders.length > 0 ? embedders.join(" ") : "'none'"}`].join("; ");
  return (_req, res, next) => {
    if (!options.dev) res.set("Content-Security-Policy", csp);
    res.set("X-Content-Type-Options", "nosniff");
    res.set("Referrer-Policy", "no-referrer");
    if (embedders.length === 0) res.set("X-Frame-Options", "DENY");
    res.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    next();
  };
}
