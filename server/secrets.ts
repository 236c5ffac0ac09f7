// Server-side randomness and secret handling: join codes, host secrets, constant-time comparison.
import { createHash, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { makeJoinCode } from "../shared/game/joinCode";

export function newJoinCode(): string {
  return makeJoinCode((n) => randomInt(n));
}

/** 32 random bytes, URL-safe: unguessable, safe in a URL or local storage. */
export function newSecret(): string {
  return randomBytes(32).toString("base64url");
}

export function hashSecret(secret: string): Buffer {
  return createHash("sha256").update(secret).digest();
}

/** True when `candidate` hashes to `expectedHash`; compares in constant time. */
export function secretMatches(candidate: string, expectedHash: Buffer): boolean {
  return timingSafeEqual(hashSecret(candidate), expectedHash);
}
