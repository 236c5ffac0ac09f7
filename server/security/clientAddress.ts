// The address a request comes from. Forwarded-for headers are believed only behind a trusted proxy
// (TRUST_PROXY=1), because anyone can send them and would otherwise dodge per-address limits.
import type { IncomingMessage } from "node:http";

export function clientAddress(req: IncomingMessage): string {
  if (process.env.TRUST_PROXY === "1") {
    const forwarded = req.headers["x-forwarded-for"];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim();
    if (first) return first;
  }
  return req.socket.remoteAddress ?? "unknown";
}
