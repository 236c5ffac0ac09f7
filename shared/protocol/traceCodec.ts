// The oscilloscope samples' wire format, in one place: each sample is four integers (t ms ×100, end-plate mV ×10,
// force ×1000, soma mV ×10), so a trace message stays small. The server encodes, the client decodes; pure.

/** One sample as the engine produces it and the client draws it (shared/game/teamJunction's TraceSample). */
export interface TracePointValues {
  tMs: number;
  /** The muscle fibre's membrane potential at the end plate, mV. */
  vMv: number;
  /** Muscle force, fraction of maximal (0–1). */
  force: number;
  /** The motor neuron's soma potential, mV (NaN when the sender had none). */
  somaMv: number;
}

/** A sample on the wire: [t ms ×100, end-plate mV ×10, force ×1000, soma mV ×10], rounded to integers. */
export type TracePoint = [tMs100: number, vMv10: number, force1000: number, somaMv10: number];

/** The scale of each element of a TracePoint, in order: written once, used both ways. */
const SCALE = { tMs: 100, vMv: 10, force: 1000, somaMv: 10 } as const;

export function encodeTracePoint(sample: TracePointValues): TracePoint {
  return [
    Math.round(sample.tMs * SCALE.tMs),
    Math.round(sample.vMv * SCALE.vMv),
    Math.round(sample.force * SCALE.force),
    Math.round(sample.somaMv * SCALE.somaMv),
  ];
}

const finiteOr = (v: unknown, fallback: number): number => (typeof v === "number" && Number.isFinite(v) ? v : fallback);

/**
 * A sample from an untrusted wire element, or null when it is not an array. Never throws: a missing or non-numeric
 * time, potential or force reads as 0; a missing or non-finite soma potential (a sender from before it was added)
 * as NaN, which the drawing skips.
 */
export function decodeTracePoint(point: unknown): TracePointValues | null {
  if (!Array.isArray(point)) return null;
  return {
    tMs: finiteOr(point[0], 0) / SCALE.tMs,
    vMv: finiteOr(point[1], 0) / SCALE.vMv,
    force: finiteOr(point[2], 0) / SCALE.force,
    somaMv: finiteOr(point[3], Number.NaN) / SCALE.somaMv,
  };
}
