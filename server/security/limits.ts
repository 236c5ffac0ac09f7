// The limits Endplate enforces on untrusted clients, in one table with the reasoning behind each number.
import type { BucketSpec } from "./rateLimit";

/**
 * Messages per connected client. A student taps a few times a second at most; 20/s sustained with a burst
 * of 40 leaves room for eager tapping and refuses floods.
 */
export const CLIENT_MESSAGES: BucketSpec = { capacity: 40, refillPerS: 20 };
/** Refused messages in a row, past which a client is abusing the protocol and is disconnected. */
export const ABUSE_REFUSALS = 200;
/**
 * Matchmaking calls (join, reconnect) per address. A whole school can sit behind one NAT address: ten classes
 * of 30 joining in the same minute must fit. Guessing codes is limited separately (BAD_CODES_PER_ADDRESS).
 */
export const JOINS_PER_ADDRESS: BucketSpec = { capacity: 600, refillPerS: 20 };
/**
 * Wrong class codes per address: 30, then one a second. A school behind one NAT address survives a class's
 * typos; a guesser gets 60 tries a minute, and with 1,000 live classes among 5.9e8 codes expects a hit only
 * after about a week — and the teacher sees every name that joins and can remove it.
 */
export const BAD_CODES_PER_ADDRESS: BucketSpec = { capacity: 30, refillPerS: 1 };
/** Classes created per address: a teacher makes a few per lesson; a department sharing one address a few more. */
export const CLASSES_PER_ADDRESS: BucketSpec = { capacity: 30, refillPerS: 1 / 10 };
/**
 * Teacher sign-ins (recovery codes, old links) per address: a teacher mistypes a few times; a code has ~97 bits, so
 * this only keeps the log and the store quiet.
 */
export const RECOVERY_TRIES_PER_ADDRESS: BucketSpec = { capacity: 10, refillPerS: 1 / 30 };
/** Largest WebSocket message accepted, bytes (the largest legitimate one, a configure command, is < 2 kB). */
export const MAX_MESSAGE_BYTES = 16 * 1024;
