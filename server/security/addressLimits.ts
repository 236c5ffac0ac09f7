// Per-address limits (joins, wrong codes, classes created, homework attempts, recovery codes) that every process
// shares when Redis is configured, so N processes do not give N times the tries; one process keeps them in memory.
// The Redis bucket is the same token bucket as rateLimit.ts, kept in one hash per address and updated atomically
// by a Lua script on Redis's own clock, so processes with skewed clocks agree.
import { type BucketSpec, KeyedLimiter } from "./rateLimit";

/** What the limits need of a Redis client (ioredis's `eval`). */
export interface RedisScripts {
  eval(script: string, numKeys: number, ...args: (string | number)[]): Promise<unknown>;
}

export interface AddressLimiter {
  /** Takes one try for `address`; false means over the limit. */
  take(address: string): Promise<boolean>;
  /** Whether `address` has a try left, without taking it. */
  allows(address: string): Promise<boolean>;
}

/** KEYS[1] the bucket; ARGV capacity, tokens per ms, cost (0 = only look). Returns 1 when a token is (or was) there. */
const BUCKET_SCRIPT = `
local capacity = tonumber(ARGV[1])
local perMs = tonumber(ARGV[2])
local cost = tonumber(ARGV[3])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local saved = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(saved[1]) or capacity
local at = tonumber(saved[2]) or now
tokens = math.min(capacity, tokens + math.max(0, now - at) * perMs)
local ok = tokens >= math.max(cost, 1)
if cost == 0 then return ok and 1 or 0 end
if ok then tokens = tokens - cost end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil((capacity - tokens) / perMs) + 1000)
return ok and 1 or 0
`;

let redis: RedisScripts | null = null;
let warned = false;

/** Shares every address limit through `client` (null: back to this process's memory). */
export function shareAddressLimits(client: RedisScripts | null): void {
  redis = client;
  warned = false;
}

async function sharedBucket(name: string, spec: BucketSpec, address: string, cost: number): Promise<boolean> {
  if (!redis) throw new Error("no Redis");
  const answer = await redis.eval(
    BUCKET_SCRIPT,
    1,
    `endplate:limit:${name}:${address}`,
    spec.capacity,
    spec.refillPerS / 1000,
    cost,
  );
  return Number(answer) === 1;
}

/**
 * A limit per address, named for its Redis key. If Redis cannot answer, this process's own bucket decides (a
 * class keeps working; the log says so once).
 */
export function addressLimiter(name: string, spec: BucketSpec): AddressLimiter {
  const local = new KeyedLimiter(spec);
  const ask = async (address: string, cost: number): Promise<boolean> => {
    if (redis) {
      try {
        return await sharedBucket(name, spec, address, cost);
      } catch (error) {
        if (!warned) {
          warned = true;
          console.error(`Shared limits: Redis did not answer (${(error as Error).message}); using this process's own.`);
        }
      }
    }
    return cost === 0 ? local.allows(address) : local.take(address);
  };
  return { take: (address) => ask(address, 1), allows: (address) => ask(address, 0) };
}
