// Scale-out: with a Redis URL, Colyseus's Redis presence and driver let several processes share matchmaking
// (a class created through one process is joinable through any). Without it: embedded, in-process defaults.
import type { ServerOptions } from "colyseus";

export async function scaleOut(options: {
  redisUrl?: string;
  publicAddress?: string;
}): Promise<Partial<ServerOptions>> {
  if (!options.redisUrl) return {};
  if (!options.publicAddress) {
    throw new Error("With REDIS_URL set, PUBLIC_ADDRESS (this process's host:port as clients reach it) is required.");
  }
  const [{ RedisPresence }, { RedisDriver }] = await Promise.all([
    import("@colyseus/redis-presence"),
    import("@colyseus/redis-driver"),
  ]);
  return {
    presence: new RedisPresence(options.redisUrl),
    driver: new RedisDriver(options.redisUrl),
    publicAddress: options.publicAddress,
  };
}
