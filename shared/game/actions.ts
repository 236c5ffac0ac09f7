// What a student can ask their part to do, as typed actions parsed from untrusted input.
// The player is always the connection's seat, never a field of the message.
import { bool, num, obj, oneOf, type Parsed, parse, type Schema } from "../protocol/validate";

export const NA_K_PUMP_STEPS = ["bindNa", "atp", "releaseNa", "bindK", "releaseK"] as const;
export const SERCA_STEPS = ["bindCa", "atp", "releaseCa"] as const;
export type PumpStep = (typeof NA_K_PUMP_STEPS)[number] | (typeof SERCA_STEPS)[number];

/** The fastest rhythm of synaptic volleys a student can set (Hz); motor units fire up to ≈ 100 Hz in bursts. */
export const MAX_RHYTHM_HZ = 100;

export type Action =
  | { kind: "release" }
  | { kind: "rhythm"; hz: number }
  | { kind: "gate"; open: boolean }
  | { kind: "cross"; direction: "in" | "out" }
  | { kind: "fuse" }
  | { kind: "hydrolyse" }
  | { kind: "pump"; step: PumpStep };

export type ActionKind = Action["kind"];

const schemas = {
  release: obj({ kind: oneOf(["release"] as const) }),
  rhythm: obj({ kind: oneOf(["rhythm"] as const), hz: num({ min: 0, max: MAX_RHYTHM_HZ }) }),
  gate: obj({ kind: oneOf(["gate"] as const), open: bool() }),
  cross: obj({ kind: oneOf(["cross"] as const), direction: oneOf(["in", "out"] as const) }),
  fuse: obj({ kind: oneOf(["fuse"] as const) }),
  hydrolyse: obj({ kind: oneOf(["hydrolyse"] as const) }),
  pump: obj({ kind: oneOf(["pump"] as const), step: oneOf([...NA_K_PUMP_STEPS, "bindCa", "releaseCa"] as const) }),
};

/** `unknown` in, a typed action or a readable refusal out. */
export function parseAction(input: unknown): Parsed<Action> {
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return { ok: false, reason: "An action must be an object with a kind." };
  }
  const kind = (input as { kind?: unknown }).kind;
  if (typeof kind !== "string" || !Object.hasOwn(schemas, kind)) {
    return { ok: false, reason: `Unknown action "${String(kind).slice(0, 20)}".` };
  }
  return parse(schemas[kind as ActionKind] as Schema<Action>, input);
}
