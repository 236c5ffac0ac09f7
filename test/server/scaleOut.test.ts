// Scale-out with a real redis-server: two Endplate processes share matchmaking, so a class created through
// one process is found and joined through the other.
import { Client } from "colyseus.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ServerProcess, startServerProcess } from "../helpers/browser";
import { freePort, type RedisProcess, startRedis } from "../helpers/redis";
import { waitFor } from "../helpers/server";

let redis: RedisProcess;
const servers: ServerProcess[] = [];

async function endplateOn(redisUrl: string): Promise<ServerProcess> {
  const port = await freePort();
  const server = await startServerProcess({
    PORT: String(port),
    REDIS_URL: redisUrl,
    PUBLIC_ADDRESS: `127.0.0.1:${port}`,
  });
  servers.push(server);
  return server;
}

beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  await redis?.stop();
});

describe("two processes with Redis", () => {
  it("a class created through one process is joined through the other", async () => {
    const a = await endplateOn(redis.url);
    const b = await endplateOn(redis.url);
    expect(a.url).not.toBe(b.url);
    const created = (await (
      await fetch(`${a.url}/api/classes`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: "{}",
      })
    ).json()) as { code: string; hostSecret: string };
    const lookup = await fetch(`${b.url}/api/classes/${created.code}`);
    expect(lookup.status).toBe(200);

    const host = await new Client(a.url.replace("http", "ws")).joinById<{
      students: Map<string, { nickname: string }>;
    }>(created.code, { hostSecret: created.hostSecret });
    const student = await new Client(b.url.replace("http", "ws")).joinById(created.code, {
      nickname: "Remote Rosa",
      deviceToken: "scale-out-device-0123456789",
    });
    await waitFor(
      () => Array.from(host.state.students.values()).some((s) => s.nickname === "Remote Rosa"),
      "student seen",
    );
    expect(student.roomId).toBe(created.code);
    await Promise.all([student.leave(), host.leave()]);
  }, 120_000);
});
