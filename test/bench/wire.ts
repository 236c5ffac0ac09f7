// Bytes a page really receives, read from Chromium's own network log (CDP), never recomputed: each HTTP response's
// `encodedDataLength` (headers plus the body as sent, compressed or not; 0 when served from the browser's cache)
// and every WebSocket frame the page receives (payload plus its 2–10-byte frame header).
import type { BrowserContext, CDPSession, Page } from "playwright-core";

export interface WireMeter {
  /** Bytes received since the meter started or was last reset. */
  bytes(): number;
  /** Bytes per URL since the last reset (WebSocket frames under "ws"), largest first. */
  byUrl(): [string, number][];
  /** HTTP requests the page started that have not finished or failed. */
  inFlight(): number;
  reset(): void;
  /** Resolves once no HTTP request has been in flight for `quietMs` (WebSocket traffic may go on). */
  quiet(quietMs?: number, timeoutMs?: number): Promise<void>;
  /** The Content-Encoding of each response received (e.g. "br", "gzip", "" for none), by URL. */
  encodings(): Map<string, string>;
  /** The Accept-Encoding the page sent with its last request. */
  acceptEncoding(): string;
}

/** A server-to-client WebSocket frame header: 2 bytes, +2 for payloads over 125 bytes, +8 over 65,535. */
function frameHeaderBytes(payload: number): number {
  return payload > 65_535 ? 10 : payload > 125 ? 4 : 2;
}

export async function meterPage(context: BrowserContext, page: Page): Promise<WireMeter> {
  const cdp: CDPSession = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  const urls = new Map<string, string>();
  const pending = new Set<string>();
  const perUrl = new Map<string, number>();
  const encodings = new Map<string, string>();
  let total = 0;
  let lastChange = Date.now();
  let accept = "";
  const add = (url: string, n: number) => {
    total += n;
    perUrl.set(url, (perUrl.get(url) ?? 0) + n);
  };
  cdp.on("Network.requestWillBeSent", (e) => {
    urls.set(e.requestId, e.request.url);
    pending.add(e.requestId);
    lastChange = Date.now();
  });
  cdp.on("Network.requestWillBeSentExtraInfo", (e) => {
    const value = Object.entries(e.headers).find(([k]) => k.toLowerCase() === "accept-encoding")?.[1];
    if (typeof value === "string") accept = value;
  });
  cdp.on("Network.responseReceived", (e) => {
    const header = Object.entries(e.response.headers).find(([k]) => k.toLowerCase() === "content-encoding")?.[1];
    encodings.set(e.response.url, typeof header === "string" ? header : "");
  });
  cdp.on("Network.loadingFinished", (e) => {
    add(urls.get(e.requestId) ?? "?", e.encodedDataLength);
    pending.delete(e.requestId);
    lastChange = Date.now();
  });
  cdp.on("Network.loadingFailed", (e) => {
    pending.delete(e.requestId);
    lastChange = Date.now();
  });
  cdp.on("Network.webSocketFrameReceived", (e) => {
    // Binary frames (opcode 2) arrive base64-encoded in the log; text frames as text.
    const { opcode, payloadData } = e.response;
    const payload = opcode === 2 ? Buffer.from(payloadData, "base64").length : Buffer.byteLength(payloadData);
    add("ws", payload + frameHeaderBytes(payload));
  });
  return {
    bytes: () => total,
    byUrl: () => [...perUrl.entries()].sort((a, b) => b[1] - a[1]),
    inFlight: () => pending.size,
    reset() {
      total = 0;
      perUrl.clear();
    },
    async quiet(quietMs = 500, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      while (pending.size > 0 || Date.now() - lastChange < quietMs) {
        if (Date.now() > deadline)
          throw new Error(`requests still in flight: ${[...pending].map((id) => urls.get(id))}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    encodings: () => encodings,
    acceptEncoding: () => accept,
  };
}
