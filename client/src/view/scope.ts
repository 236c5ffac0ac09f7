// The oscilloscope: a window of a team's trace (membrane potential or force against physiological ms), drawn
// into a Graphics layer with at most ~2 points per pixel column, keeping each column's extreme so spikes survive.
import type * as Phaser from "phaser";
import type { TeamTrace } from "../net/traces";

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

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

export function yOf(rect: Rect, value: number, min: number, max: number): number {
  const f = (Math.min(max, Math.max(min, value)) - min) / (max - min);
  return rect.y + rect.h - f * rect.h;
}

export function drawTrace(
  g: Phaser.GameObjects.Graphics,
  trace: TeamTrace | undefined,
  rect: Rect,
  o: ScopeOptions,
): void {
  if (!trace || trace.length === 0) return;
  const values = o.field === "v" ? trace.v : trace.f;
  const end = o.endMs ?? trace.lastTime();
  const start = end - o.windowMs;
  let i = trace.length - 1;
  while (i > 0 && (trace.t[i - 1] ?? 0) >= start) i -= 1;
  const columns = Math.max(1, Math.floor(rect.w / 2));
  const perColumn = o.windowMs / columns;
  g.lineStyle(2.5, o.colour, 1);
  g.beginPath();
  let first = true;
  let column = -1;
  let extreme = 0;
  let extremeT = 0;
  const flush = () => {
    const x = rect.x + ((extremeT - start) / o.windowMs) * rect.w;
    const y = yOf(rect, extreme, o.min, o.max);
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

/** Frame and horizontal grid lines every `step` units. */
export function drawFrame(
  g: Phaser.GameObjects.Graphics,
  rect: Rect,
  min: number,
  max: number,
  step: number,
  grid: number,
  ink: number,
): void {
  g.fillStyle(0xffffff, 1);
  g.fillRect(rect.x, rect.y, rect.w, rect.h);
  g.lineStyle(1, grid, 1);
  for (let v = Math.ceil(min / step) * step; v <= max; v += step) {
    const y = yOf(rect, v, min, max);
    g.lineBetween(rect.x, y, rect.x + rect.w, y);
  }
  g.lineStyle(2, ink, 1);
  g.strokeRect(rect.x, rect.y, rect.w, rect.h);
}

/** A dashed horizontal line (threshold), told apart from solid lines by its pattern. */
export function dashed(g: Phaser.GameObjects.Graphics, x1: number, x2: number, y: number, colour: number): void {
  g.lineStyle(2, colour, 1);
  for (let x = x1; x < x2; x += 14) g.lineBetween(x, y, Math.min(x2, x + 8), y);
}
