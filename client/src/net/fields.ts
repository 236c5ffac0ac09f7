// The field readers every checked reading of untrusted data is built from (server messages in ./read, the HTTP
// answers in ./teacherApi and ./homeworkApi): each takes `unknown` and gives a value of its type, never throws.

export type Bag = Record<string, unknown>;

export const isBag = (v: unknown): v is Bag => typeof v === "object" && v !== null && !Array.isArray(v);
/** An object's fields, or an empty bag for anything else (so every field then reads as its default). */
export const bag = (v: unknown): Bag => (isBag(v) ? v : {});
/** A finite number, else 0. */
export const num = (v: unknown): number => (typeof v === "number" && Number.isFinite(v) ? v : 0);
export const numOrNull = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
export const intOrNull = (v: unknown): number | null => (Number.isInteger(v) ? (v as number) : null);
export const str = (v: unknown): string => (typeof v === "string" ? v : "");
export const strOrNull = (v: unknown): string | null => (typeof v === "string" ? v : null);
/** Readable text from the server, cut to `max` characters (a broken message cannot flood the page). */
export const text = (v: unknown, max = 400): string => (typeof v === "string" ? v.slice(0, max) : "");
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
/** Each element read by `read`; the ones it refuses (null) are left out. */
export const listOf = <T>(v: unknown, read: (item: unknown) => T | null): T[] =>
  list(v)
    .map(read)
    .filter((x): x is T => x !== null);
