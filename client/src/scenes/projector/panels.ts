// The projector's plots: the oscilloscope of membrane potential (mV) against physiological ms with rest and
// threshold lines, the force trace, and the concentration bars. Each plot's frame, grid and words are painted
// once into the backdrop; its trace is rebuilt into a Graphics layer when new samples arrive.

import type * as Phaser from "phaser";
import { THRESHOLD_LABEL, THRESHOLD_MV } from "../../../../shared/game/view";
import type { Smooth } from "../../net/bridge";
import type { TeamTrace } from "../../net/traces";
import { dashed, frame, type Rect, text, yOf } from "../../view/paint";
import { COLOURS } from "../../view/palette";
import { drawTrace, type PathSink, triggeredEnd } from "../../view/scope";

export const MV_MIN = -100;
export const MV_MAX = 50;
/** Oscilloscope sweep, physiological ms: an AP (≈ 2 ms) and an EPP are both readable. */
export const MV_WINDOW_MS = 40;
/** Force sweep, ms: a fast twitch rises in 10–15 ms and relaxes over tens of ms. */
export const FORCE_WINDOW_MS = 200;
const AXIS = "#4a5a6e";

export function paintScopeFrame(ctx: CanvasRenderingContext2D, r: Rect, title: string | null): void {
  frame(ctx, r, MV_MIN, MV_MAX, 25);
  for (let v = MV_MIN; v <= MV_MAX; v += 25) text(ctx, String(v), r.x - 6, yOf(r, v, MV_MIN, MV_MAX), 12, AXIS, 1);
  const threshold = yOf(r, THRESHOLD_MV, MV_MIN, MV_MAX);
  dashed(ctx, r.x, r.x + r.w, threshold, COLOURS.threshold);
  text(ctx, THRESHOLD_LABEL, r.x + r.w - 4, threshold - 10, 12, "#8a3b00", 1);
  if (title) text(ctx, title, r.x, r.y - 10, 14, "#0f2742", 0);
}

/** The rest line (it moves with K+ out and the pump) and the membrane potential trace, into `g`. */
export function drawScopeTrace(g: PathSink, r: Rect, trace: TeamTrace | undefined, restMv: number) {
  const rest = yOf(r, restMv, MV_MIN, MV_MAX);
  g.lineStyle(1.5, COLOURS.rest, 1);
  g.lineBetween(r.x, rest, r.x + r.w, rest);
  drawTrace(g, trace, r, {
    endMs: triggeredEnd(trace, restMv, MV_WINDOW_MS),
    field: "v",
    windowMs: MV_WINDOW_MS,
    min: MV_MIN,
    max: MV_MAX,
    colour: COLOURS.trace,
    baseline: restMv,
  });
}

/** Where the rest line's label goes (it follows the line). */
export function restLabel(r: Rect, restMv: number): [string, number, number] {
  return [`rest ${Math.round(restMv)} mV`, r.x + r.w - 4, yOf(r, restMv, MV_MIN, MV_MAX) + 11];
}

export function paintForceFrame(ctx: CanvasRenderingContext2D, r: Rect): void {
  frame(ctx, r, 0, 1, 0.25);
  for (const v of [0, 0.5, 1]) text(ctx, `${v * 100}%`, r.x - 6, yOf(r, v, 0, 1), 12, AXIS, 1);
  text(ctx, `Force (% of max) · last ${FORCE_WINDOW_MS} ms`, r.x, r.y - 10, 14, "#0f2742", 0);
}

export function drawForceTrace(g: PathSink, r: Rect, trace: TeamTrace | undefined): void {
  drawTrace(g, trace, r, { field: "f", windowMs: FORCE_WINDOW_MS, min: 0, max: 1, colour: COLOURS.force, baseline: 0 });
}

/** Concentration bars: name, bar scale maximum, unit, fill (Okabe–Ito, and every bar named in words). */
const BARS: [string, keyof Smooth, number, string, number][] = [
  ["Na+ inside", "naInMM", 30, "mM", 0xe69f00],
  ["K+ inside", "kInMM", 180, "mM", 0x56b4e9],
  ["K+ outside", "kOutMM", 10, "mM", 0x56b4e9],
  ["Ca2+ in the myoplasm", "caUM", 20, "µM", 0x009e73],
  ["ACh in the cleft", "achUM", 500, "µM", 0xf0e442],
];

function formatValue(value: number, unit: string): string {
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${unit}`;
}

interface BarRow {
  name: string;
  key: keyof Smooth;
  max: number;
  unit: string;
  fill: number;
  bar: Rect;
  value: [number, number];
}

/** Horizontal bars, one row each: the name above, the bar and its value below (no two labels can collide). */
function barRows(r: Rect): BarRow[] {
  const rowH = (r.h - 24) / BARS.length;
  return BARS.map(([name, key, max, unit, fill], i) => {
    const y = r.y + 24 + i * rowH;
    return {
      name,
      key,
      max,
      unit,
      fill,
      bar: { x: r.x, y: y + 20, w: r.w - 64, h: Math.min(16, rowH * 0.3) },
      value: [r.x + r.w, y + 28],
    };
  });
}

export function paintBarsFrame(ctx: CanvasRenderingContext2D, r: Rect): void {
  text(ctx, "Concentrations", r.x, r.y + 8, 14, "#0f2742", 0, "600");
  for (const row of barRows(r)) {
    text(ctx, row.name, row.bar.x, row.bar.y - 10, 12, "#0f2742", 0);
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(row.bar.x, row.bar.y, row.bar.w, row.bar.h);
    ctx.strokeStyle = "#0f2742";
    ctx.lineWidth = 1.5;
    ctx.strokeRect(row.bar.x, row.bar.y, row.bar.w, row.bar.h);
  }
}

/** What the bars show, as a string: their fills are rebuilt only when it changes. */
export function barsKey(j: Smooth, r: Rect): string {
  return BARS.map(([, key, max]) => Math.round(Math.min(1, Math.max(0, j[key] / max)) * r.w)).join("|");
}

export function drawBars(g: Phaser.GameObjects.Graphics, r: Rect, j: Smooth): void {
  for (const row of barRows(r)) {
    const f = Math.min(1, Math.max(0, j[row.key] / row.max));
    g.fillStyle(row.fill, 1);
    g.fillRect(row.bar.x + 1, row.bar.y + 1, Math.max(0, (row.bar.w - 2) * f), row.bar.h - 2);
  }
}

/** The bars' values in words: [id, text, x, y] for right-aligned labels. */
export function barTexts(r: Rect, j: Smooth): [string, string, number, number][] {
  return barRows(r).map((row, i) => [`bar-${i}`, formatValue(j[row.key], row.unit), row.value[0], row.value[1]]);
}
