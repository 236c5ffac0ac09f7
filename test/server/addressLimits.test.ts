// Per-address limits read the address through the trusted-proxy chain (proxy-addr's rule, as Express's `trust
// proxy`), so a client that writes its own leftmost X-Forwarded-For entry is still counted as itself; and with
// Redis, every process shares one count, so a second process does not give a guesser fresh tries.
import type { IncomingMessage } from "node:http";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientAddress, configureTrustedProxies, trustProxySetting } from "../../server/security/clientAddress";
import { type ServerProcess, startServerProcess } from "../helpers/browser";
import { freePort, type RedisProcess, startRedis } from "../helpers/redis";
import { startTestServer, type TestServer } from "../helpers/server";

const request = (peer: string, forwarded?: string) =>
  ({ socket: { remoteAddress: peer }, headers: forwarded ? { "x-forwarded-for": forwarded } : {} }) as IncomingMessage;

/** 30 wrong codes are allowed per address (BAD_CODES_PER_ADDRESS), then one a second. */
const WRONG_CODES = 30;
const wrongCode = (i: number) => `ZZZ${"23456789ABCDEFGHJKMNPQRSTWXYZ"[i % 29]}${"23456789"[Math.floor(i / 29) % 8]}Z`;

describe("the address behind trusted proxies", () => {
  it("is read right to left through X-Forwarded-For, stopping at the first hop that is not a trusted proxy", () => {
    const app = express();
    configureTrustedProxies(app, "1");
    // An appending proxy (the usual kind) keeps what the client wrote and adds the address it saw.
    expect(clientAddress(request("10.0.0.5", "6.6.6.6, 203.0.113.7"))).toBe("203.0.113.7");
    expect(clientAddress(request("10.0.0.5", "7.7.7.7, 203.0.113.7"))).toBe("203.0.113.7");
    expect(clientAddress(request("10.0.0.5"))).toBe("10.0.0.5");
    configureTrustedProxies(app, "10.0.0.0/8, 192.0.2.1");
    expect(clientAddress(request("10.0.0.5", "6.6.6.6, 203.0.113.7, 192.0.2.1"))).toBe("203.0.113.7");
    expect(clientAddress(request("198.51.100.2", "6.6.6.6"))).toBe("198.51.100.2"); // not via a trusted proxy
    configureTrustedProxies(app, "0");
    expect(clientAddress(request("10.0.0.5", "6.6.6.6"))).toBe("10.0.0.5");
    configureTrustedProxies(app, undefined); // default: a proxy on this machine
    expect(clientAddress(request("127.0.0.1", "6.6.6.6, 203.0.113.9"))).toBe("203.0.113.9");
    expect(clientAddress(request("198.51.100.2", "6.6.6.6"))).toBe("198.51.100.2");
    expect(() => trustProxySetting("true")).toThrow(/believe whatever a client writes/);
    expect(() => configureTrustedProxies(app, "not-an-address")).toThrow(/TRUST_PROXY/);
  });

  describe("on a real server behind one proxy (TRUST_PROXY=1)", () => {
    let t: TestServer;
    beforeAll(async () => {
      process.env.TRUST_PROXY = "1";
      t = await startTestServer();
    });
    afterAll(async () => {
      delete process.env.TRUST_PROXY;
      await t.close();
    });

    it("limits a guesser who changes the leftmost entry on every try, and nobody else", async () => {
      const lookUp = (i: number, forwarded: string) =>
        fetch(`${t.baseUrl}/api/classes/${wrongCode(i)}`, { headers: { "X-Forwarded-For": forwarded } });
      for (let i = 0; i < WRONG_CODES; i++) {
        expect((await lookUp(i, `10.66.${i}.1, 203.0.113.50`)).status).toBe(404);
      }
      for (let i = 0; i < 50; i++) {
        expect((await lookUp(WRONG_CODES + i, `10.77.${i}.1, 203.0.113.50`)).status).toBe(429);
      }
      // Another school behind the same proxy is not affected.
      expect((await lookUp(99, "203.0.113.51")).status).toBe(404);
    });
  });
});

describe("limits shared through Redis", () => {
  let redis: RedisProcess;
  const servers: ServerProcess[] = [];
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await redis?.stop();
  });

  async function endplate(): Promise<ServerProcess> {
    const port = await freePort();
    const server = await startServerProcess({
      PORT: String(port),
      REDIS_URL: redis.url,
      PUBLIC_ADDRESS: `127.0.0.1:${port}`,
    });
    servers.push(server);
    return server;
  }

  it("a guesser cut off by one process is cut off by the other", async () => {
    const [a, b] = [await endplate(), await endplate()];
    if (!a || !b) throw new Error("servers did not start");
    // Both processes see this test through loopback (the default trusted proxy): the forwarded entry is the address.
    const lookUp = (server: ServerProcess, i: number, address: string) =>
      fetch(`${server.url}/api/classes/${wrongCode(i)}`, { headers: { "X-Forwarded-For": address } });
    for (let i = 0; i < WRONG_CODES; i++) {
      expect((await lookUp(i % 2 === 0 ? a : b, i, "203.0.113.80")).status).toBe(404);
    }
    expect((await lookUp(a, WRONG_CODES, "203.0.113.80")).status).toBe(429);
    expect((await lookUp(b, WRONG_CODES + 1, "203.0.113.80")).status).toBe(429);
    expect((await lookUp(b, WRONG_CODES + 2, "203.0.113.81")).status).toBe(404);
    // The counts live in Redis, one hash per limit and address.
    expect(a.output()).not.toMatch(/Shared limits: Redis did not answer/);
  }, 120_000);
});
