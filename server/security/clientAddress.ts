// The address a request comes from, for per-address limits: the socket's peer, or — behind proxies named in
// TRUST_PROXY — the address the nearest untrusted hop connected from, read right to left through X-Forwarded-For
// (Express's `trust proxy`, proxy-addr's rule). Anyone can write X-Forwarded-For; only what trusted proxies
// appended to it is believed, so a client that writes its own leftmost entry changes nothing.
import type { IncomingMessage } from "node:http";
import type { Express } from "express";

/** Whether the hop at `address`, `hop` steps from this server (0 = the socket's peer), is a trusted proxy. */
type TrustHop = (address: string, hop: number) => boolean;

/** Before configuration (and with TRUST_PROXY=0): nobody is trusted, the socket's peer is the address. */
let trust: TrustHop = () => false;

/**
 * What TRUST_PROXY means, as an Express `trust proxy` value: unset → "loopback" (a proxy on this machine);
 * "0", "false" or "none" → no proxy; a whole number N → the N nearest hops are your proxies; anything else → a
 * comma-separated list of proxy addresses, subnets ("10.0.0.0/8") or proxy-addr's names (loopback, linklocal,
 * uniquelocal). "true" (trust every hop, so believe the leftmost entry a client wrote) is refused.
 */
export function trustProxySetting(value: string | undefined): false | number | string {
  const text = (value ?? "").trim();
  if (text === "") return "loopback";
  if (/^(0|false|none)$/i.test(text)) return false;
  if (/^[1-9][0-9]?$/.test(text)) return Number(text);
  if (/^true$/i.test(text)) {
    throw new Error(
      "TRUST_PROXY=true would believe whatever a client writes in X-Forwarded-For. Give the number of proxies in front of Endplate (e.g. TRUST_PROXY=1) or their addresses (e.g. TRUST_PROXY=10.0.0.5).",
    );
  }
  return text;
}

/** Sets Express's `trust proxy` from TRUST_PROXY and uses the same rule for the matchmaking route's raw requests. */
export function configureTrustedProxies(app: Express, value = process.env.TRUST_PROXY): void {
  try {
    app.set("trust proxy", trustProxySetting(value));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`TRUST_PROXY="${value}" is not usable: ${reason}`);
  }
  trust = app.get("trust proxy fn") as TrustHop;
}

/** proxy-addr's walk: from the socket's peer leftwards through X-Forwarded-For, stopping at the first untrusted hop. */
export function clientAddress(req: IncomingMessage): string {
  const header = req.headers["x-forwarded-for"];
  const forwarded = (Array.isArray(header) ? header.join(",") : (header ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .reverse();
  const hops = [req.socket.remoteAddress ?? "unknown", ...forwarded];
  for (let hop = 0; hop < hops.length - 1; hop++) {
    if (!trust(hops[hop] ?? "", hop)) return hops[hop] ?? "unknown";
  }
  return hops[hops.length - 1] ?? "unknown";
}
