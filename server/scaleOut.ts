// Scale-out: with a Redis URL, Colyseus's Redis presence and driver let several processes share matchmaking
// (a class created through one process is joinable through any), and the per-address limits are shared through
// the same Redis. Without it: embedded, in-process defaults.
import type { ServerOptions } from "colyseus";
import { shareAddressLimits } from "./security/addressLimits";

export async function scaleOut(options: {
  redisUrl?: string;
  publicAddress?: string;
}): Promise<Partial<ServerOptions>> {
  shareAddressLimits(null);
  if (!options.redisUrl) return {};
  if (!options.publicAddress) {
    throw new Error("With REDIS_URL set, PUBLIC_ADDRESS (this process's host:port as clients reach it) is required.");
  }
  const [{ RedisPresence }, { RedisDriver }] = await Promise.all([
    import("@colyseus/redis-presence"),
    import("@colyseus/redis-driver"),
  ]);
  /** The presence's own Redis connection, reused for the shared limits (one connection fewer). */
  class SharingPresence extends RedisPresence {
    get commands() {
      return this.pub;
    }
  }
  const presence = new SharingPresence(options.redisUrl);
  shareAddressLimits(presence.commands);
  return {
    presence,
    driver: new RedisDriver(options.redisUrl),
    publicAddress: options.publicAddress,
  };
}
