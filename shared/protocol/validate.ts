// A tiny schema checker for untrusted input: `unknown` in, a typed value or a readable refusal out.
// Used at every network edge (join options, messages); pure so the client can pre-check forms too.

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };
export type Schema<T> = (input: unknown, path: string) => Parsed<T>;
export type Infer<S> = S extends Schema<infer T> ? T : never;

const fail = (path: string, what: string): { ok: false; reason: string } => ({
  ok: false,
  reason: `${path || "message"} ${what}`,
});

export function bool(): Schema<boolean> {
  return (input, path) =>
    typeof input === "boolean" ? { ok: true, value: input } : fail(path, "must be true or false");
}

export function str(options: { min?: number; max: number; pattern?: RegExp }): Schema<string> {
  return (input, path) => {
    if (typeof input !== "string") return fail(path, "must be text");
    if (input.length < (options.min ?? 0)) return fail(path, `must be at least ${options.min} characters`);
    if (input.length > options.max) return fail(path, `must be at most ${options.max} characters`);
    if (options.pattern && !options.pattern.test(input)) return fail(path, "has an invalid format");
    return { ok: true, value: input };
  };
}

export function num(options: { min: number; max: number; integer?: boolean }): Schema<number> {
  return (input, path) => {
    if (typeof input !== "number" || !Number.isFinite(input)) return fail(path, "must be a number");
    if (options.integer && !Number.isInteger(input)) return fail(path, "must be a whole number");
    if (input < options.min || input > options.max)
      return fail(path, `must be between ${options.min} and ${options.max}`);
    return { ok: true, value: input };
  };
}

export function oneOf<const T extends readonly string[]>(values: T): Schema<T[number]> {
  return (input, path) =>
    typeof input === "string" && (values as readonly string[]).includes(input)
      ? { ok: true, value: input as T[number] }
      : fail(path, `must be one of ${values.join(", ")}`);
}

export function optional<T>(schema: Schema<T>): Schema<T | undefined> {
  return (input, path) => (input === undefined ? { ok: true, value: undefined } : schema(input, path));
}

export function list<T>(item: Schema<T>, options: { max: number }): Schema<T[]> {
  return (input, path) => {
    if (!Array.isArray(input)) return fail(path, "must be a list");
    if (input.length > options.max) return fail(path, `must have at most ${options.max} items`);
    const out: T[] = [];
    for (let i = 0; i < input.length; i++) {
      const r = item(input[i], `${path}[${i}]`);
      if (!r.ok) return r;
      out.push(r.value);
    }
    return { ok: true, value: out };
  };
}

/** An object with exactly these fields: unknown extra fields are refused, so typos and probes are visible. */
export function obj<S extends Record<string, Schema<unknown>>>(shape: S): Schema<{ [K in keyof S]: Infer<S[K]> }> {
  const keys = Object.keys(shape);
  return (input, path) => {
    if (typeof input !== "object" || input === null || Array.isArray(input)) return fail(path, "must be an object");
    for (const key of Object.keys(input)) {
      if (!keys.includes(key)) return fail(path ? `${path}.${key}` : key, "is not expected");
    }
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const schema = shape[key] as Schema<unknown>;
      const r = schema((input as Record<string, unknown>)[key], path ? `${path}.${key}` : key);
      if (!r.ok) return r;
      if (r.value !== undefined) out[key] = r.value;
    }
    return { ok: true, value: out as { [K in keyof S]: Infer<S[K]> } };
  };
}

/**
 * The same check, refused in one sentence people read instead of the field's path ("Speed must be a number from 1
 * to 1000 physiological ms per second." rather than "settings.msPerS must be between 1 and 1000"): for the fields a
 * person fills in, whose refusal the page shows beside the field.
 */
export function inWords<T>(schema: Schema<T>, reason: string): Schema<T> {
  return (input, path) => {
    const r = schema(input, path);
    return r.ok ? r : { ok: false, reason };
  };
}

/** Runs a schema on untrusted input from the top. */
export function parse<T>(schema: Schema<T>, input: unknown): Parsed<T> {
  return schema(input, "");
}
