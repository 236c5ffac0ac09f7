// The oscilloscope trace: a window of a team's samples (membrane potential or force against physiological ms),
// built into a Graphics layer with at most ~2 points per pixel column, keeping each column's extreme so spikes
// survive. Also the scope's trigger: the sweep starts just before the last excursion, like a real scope.
import type { TeamTrace } from "../net/traces";
import { type Rect, yOf } from "./paint";

export type { Rect } from "./paint";

export interface ScopeOptions {
  field: "v" | "f";
  windowMs: number;
  min: number;
  max: number;
  colour: number;
  /** Value the column extreme is measured from (rest for mV). */
  baseline: number;
  /** Right edge, physiological ms; defaults to the newest sample. */
  endMs?: number;
}

/** What a trace is drawn into: a Phaser Graphics, or a Signature that only notes what would be drawn. */
export interface PathSink {
  lineStyle(width: number, colour: number, alpha?: number): unknown;
  beginPath(): unknown;
  moveTo(x: number, y: number): unknown;
  lineTo(x: number, y: number): unknown;
  strokePath(): unknown;
  lineBetween(x1: number, y1: number, x2: number, y2: number): unknown;
}

/**
 * A fingerprint of a drawing at half-pixel precision: when a new sample does not change the picture (a held
 * triggered sweep, a flat line at rest scrolling on) the fingerprint is the same and nothing is redrawn.
 */
export class Signature {
  value = 2166136261;

  private add(n: number): void {
    this.value = Math.imul(this.value ^ (Math.round(n * 2) | 0), 16777619) >>> 0;
  }

  lineStyle(width: number, colour: number): this {
    this.add(width);
    this.add(colour);
    return this;
  }
  beginPath(): this {
    this.add(-1);
    return this;
  }
  moveTo(x: number, y: number): this {
    this.add(x);
    this.add(y);
    return this;
  }
  lineTo(x: number, y: number): this {
    return this.moveTo(x, y);
  }
  strokePath(): this {
    this.add(-2);
    return this;
  }
  lineBetween(x1: number, y1: number, x2: number, y2: number): this {
    return this.moveTo(x1, y1).moveTo(x2, y2);
  }
}

export function drawTrace(g: PathSink, trace: TeamTrace | undefined, r: Rect, o: ScopeOptions) {
  if (!trace || trace.length === 0) return;
  const values = o.field === "v" ? trace.v : trace.f;
  const end = o.endMs ?? trace.lastTime();
  const start = end - o.windowMs;
  let i = trace.length - 1;
  while (i > 0 && (trace.t[i - 1] ?? 0) >= start) i -= 1;
  const perColumn = o.windowMs / Math.max(1, Math.floor(r.w / 2));
  g.lineStyle(2.5, o.colour, 1);
  g.beginPath();
  let first = true;
  let column = -1;
  let extreme = 0;
  let extremeT = 0;
  const flush = () => {
    // Samples just before the window's left edge are clamped to it, so the line never leaves the frame.
    const x = r.x + Math.max(0, (extremeT - start) / o.windowMs) * r.w;
    const y = yOf(r, extreme, o.min, o.max);
    if (first) g.moveTo(x, y);
    else g.lineTo(x, y);
    first = false;
  };
  for (; i < trace.length; i++) {
    const t = trace.t[i] ?? 0;
    if (t > end) break;
    const value = values[i] ?? 0;
    const c = Math.floor((t - start) / perColumn);
    if (c !== column) {
      if (column >= 0) flush();
      column = c;
      extreme = value;
      extremeT = t;
    } else if (Math.abs(value - o.baseline) > Math.abs(extreme - o.baseline)) {
      extreme = value;
      extremeT = t;
    }
  }
  if (column >= 0) flush();
  g.strokePath();
}

/** Excursion from rest that triggers the sweep, mV; time shown before it, ms; how long a trigger holds, ms. */
const TRIGGER_MV = 15;
const PRE_TRIGGER_MS = 4;
const HOLD_MS = 400;

/** The right edge of a triggered sweep of `windowMs`, or undefined (free-running) with no recent excursion. */
export function triggeredEnd(trace: TeamTrace | undefined, restMv: number, windowMs: number): number | undefined {
  if (!trace || trace.length === 0) return undefined;
  const last = trace.lastTime();
  for (let i = trace.length - 1; i >= 0; i--) {
    const t = trace.t[i] ?? 0;
    if (last - t > HOLD_MS) break;
    const starts = (trace.v[i] ?? 0) - restMv > TRIGGER_MV && (trace.v[i - 1] ?? restMv) - restMv <= TRIGGER_MV;
    if (starts) return t - PRE_TRIGGER_MS + windowMs;
  }
  return undefined;
}
