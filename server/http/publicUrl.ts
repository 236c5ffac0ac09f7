// Works out the address students should open: PUBLIC_URL if set, else this machine's LAN address.
import { networkInterfaces } from "node:os";
import type { Request } from "express";

/** The first non-internal IPv4 address of this machine (what phones on the school network can reach). */
export function lanAddress(): string | null {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) {
      if (address.family === "IPv4" && !address.internal) return address.address;
    }
  }
  return null;
}

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/i;

/**
 * The base URL for join links. A teacher who opened the host page as "localhost" gets the LAN address
 * instead, because a student's phone cannot reach the teacher's localhost.
 */
export function publicBaseUrl(req: Request, port: number): string {
  const configured = process.env.PUBLIC_URL;
  if (configured) return configured.replace(/\/+$/, "");
  const hostHeader = req.headers.host ?? `localhost:${port}`;
  const hostname = hostHeader.replace(/:\d+$/, "");
  if (LOOPBACK.test(hostname)) {
    const lan = lanAddress();
    if (lan) return `${req.protocol}://${lan}:${port}`;
  }
  return `${req.protocol}://${hostHeader}`;
}
