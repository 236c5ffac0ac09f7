// Server-side randomness and secret handling: join codes, host secrets, recovery codes, constant-time comparison.
import { createHash, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { JOIN_CODE_ALPHABET, makeJoinCode } from "../shared/game/joinCode";

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

/** Recovery codes: 20 characters of the join-code alphabet (no look-alikes), about 97 bits, in four groups. */
const RECOVERY_GROUPS = 4;
const RECOVERY_GROUP_LENGTH = 5;

/** A code a teacher can write down and type on another device: "7KQ2M-XR4TB-…". */
export function newRecoveryCode(): string {
  const groups: string[] = [];
  for (let g = 0; g < RECOVERY_GROUPS; g++) {
    let group = "";
    for (let i = 0; i < RECOVERY_GROUP_LENGTH; i++)
      group += JOIN_CODE_ALPHABET.charAt(randomInt(JOIN_CODE_ALPHABET.length));
    groups.push(group);
  }
  return groups.join("-");
}

/** What a teacher typed, as the code it must be (case, spaces and dashes ignored), or null. */
export function normaliseRecoveryCode(input: unknown): string | null {
  if (typeof input !== "string" || input.length > 64) return null;
  const code = input.toUpperCase().replace(/[\s-]/g, "");
  if (code.length !== RECOVERY_GROUPS * RECOVERY_GROUP_LENGTH) return null;
  return [...code].every((ch) => JOIN_CODE_ALPHABET.includes(ch)) ? code : null;
}
