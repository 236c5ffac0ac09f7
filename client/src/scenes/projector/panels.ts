// The projector's plots: the oscilloscope of membrane potential (mV) against physiological ms with rest and
// threshold lines, the force trace, and the concentration bars. Each plot's frame, grid, time ticks and words are
// painted once into the backdrop (sizes times `k`, the layout's text scale); its trace is rebuilt into a Graphics
// layer when new samples arrive.

import type * as Phaser from "phaser";
import { THRESHOLD_LABEL, THRESHOLD_MV } from "../../../../shared/game/view";
import type { Smooth } from "../../net/bridge";
import type { TeamTrace } from "../../net/traces";
import { dashed, frame, type Rect, text, yOf } from "../../view/paint";
import { COLOURS } from "../../view/palette";
import { drawTrace, type PathSink, triggeredEnd } from "../../view/scope";
import { fitText, timeTicks } from "./fit";

export const MV_MIN = -100;
export const MV_MAX = 50;
/** Oscilloscope sweep, physiological ms: an AP (≈ 2 ms) and an EPP are both readable. */
export const MV_WINDOW_MS = 40;
/** Force sweep, ms: a fast twitch rises in 10–15 ms and relaxes over tens of ms. */
export const FORCE_WINDOW_MS = 200;
const AXIS = "#4a5a6e";
const INK = "#0f2742";
/** The muscle's firing level, named as the muscle's beside the neuron's own threshold. */
export const MUSCLE_THRESHOLD_WORDS = `muscle fires ≈ ${String(THRESHOLD_MV).replace("-", "−")} mV`;
/** Space a plot needs below its frame for the time ticks and their labels, CSS px at k = 1. */
export const TICKS_PX = 26;

/**
 * Tick labels of a window `windowMs` long, physiological ms: a triggered sweep counts from its start (0 … 40 ms),
 * a scrolling window back from now (−200 … 0 ms). Five ticks, the unit on the last.
 */
export function windowTicks(windowMs: number, fromNow: boolean): string[] {
  return [0, 1, 2, 3, 4].map((i) => {
    const ms = fromNow ? ((i - 4) * windowMs) / 4 : (i * windowMs) / 4;
    const label = ms < 0 ? `−${Math.abs(ms)}` : String(ms);
    return i === 4 ? `${label} ms` : label;
  });
}

/**
 * How a plot's frame is painted: mV numbers every `axisStep` (25 or, on a short plot, 50) from `lowest` (a plot just
 * above another leaves out its −100, which would meet the lower plot's 50), time ticks or none.
 */
export interface FrameStyle {
  axisStep?: number;
  lowest?: number;
  ticks?: boolean;
}

/** The sweep's tick labels for a plot `w` px wide at text scale `k`: five, or three on a narrow plot. */
export function sweepTicks(w: number, k = 1): string[] {
  const five = windowTicks(MV_WINDOW_MS, false);
  return w >= 220 * k ? five : [five[0] ?? "0", five[2] ?? "", five[4] ?? ""];
}

/** Frame, grid, mV numbers (−100 … 50) and time ticks of a membrane-potential plot. */
export function paintMvAxes(ctx: CanvasRenderingContext2D, r: Rect, k: number, style: FrameStyle = {}): void {
  frame(ctx, r, MV_MIN, MV_MAX, 25);
  const step = style.axisStep ?? 25;
  for (let v = style.lowest ?? MV_MIN; v <= MV_MAX; v += step)
    text(ctx, v < 0 ? `−${-v}` : String(v), r.x - 6, yOf(r, v, MV_MIN, MV_MAX), 12 * k, AXIS, 1); // a true minus
  if (style.ticks ?? true) timeTicks(ctx, r, sweepTicks(r.w, k), 12 * k, AXIS);
}

export function paintScopeFrame(
  ctx: CanvasRenderingContext2D,
  r: Rect,
  title: string | null,
  k = 1,
  thresholdWords = THRESHOLD_LABEL,
  style: FrameStyle = {},
): void {
  paintMvAxes(ctx, r, k, style);
  const threshold = yOf(r, THRESHOLD_MV, MV_MIN, MV_MAX);
  dashed(ctx, r.x, r.x + r.w, threshold, COLOURS.threshold);
  text(
    ctx,
    thresholdWords,
    r.x + r.w - 4,
    threshold - 10 * k,
    (thresholdWords === THRESHOLD_LABEL ? 12 : 14) * k,
    "#8a3b00",
    1,
  );
  if (title) fitText(ctx, title, r.x, r.y - 11 * k, r.w, 15 * k, INK, 0, "600");
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
export function restLabel(
  r: Rect,
  restMv: number,
  k = 1,
  name = "rest",
  side: "above" | "below" = "below",
): [string, number, number] {
  const mv = Math.round(restMv);
  const y = yOf(r, restMv, MV_MIN, MV_MAX) + (side === "below" ? 11 : -10) * k;
  return [`${name} ${mv < 0 ? `−${-mv}` : mv} mV`, r.x + r.w - 4, y];
}

export function paintForceFrame(ctx: CanvasRenderingContext2D, r: Rect, k = 1): void {
  frame(ctx, r, 0, 1, 0.25);
  for (const v of [0, 0.5, 1]) text(ctx, `${v * 100} %`, r.x - 6, yOf(r, v, 0, 1), 12 * k, AXIS, 1);
  timeTicks(ctx, r, windowTicks(FORCE_WINDOW_MS, true), 12 * k, AXIS);
  fitText(ctx, `Force (% of maximal) · last ${FORCE_WINDOW_MS} ms`, r.x, r.y - 11 * k, r.w, 15 * k, INK, 0, "600");
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

/** Horizontal bars, one row each: the name above, the bar and its value beside it (no two labels can collide). */
function barRows(r: Rect, k: number): BarRow[] {
  const rowH = (r.h - 24 * k) / BARS.length;
  return BARS.map(([name, key, max, unit, fill], i) => {
    const y = r.y + 24 * k + i * rowH;
    const h = Math.min(16 * k, rowH * 0.3);
    return {
      name,
      key,
      max,
      unit,
      fill,
      bar: { x: r.x, y: y + 20 * k, w: r.w - 64 * k, h },
      value: [r.x + r.w, y + 20 * k + h / 2],
    };
  });
}

export function paintBarsFrame(ctx: CanvasRenderingContext2D, r: Rect, k = 1): void {
  fitText(ctx, "Concentrations", r.x, r.y + 8 * k, r.w, 15 * k, INK, 0, "600");
  for (const row of barRows(r, k)) {
    fitText(ctx, row.name, row.bar.x, row.bar.y - 10 * k, r.w, 13 * k, INK, 0);
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

export function drawBars(g: Phaser.GameObjects.Graphics, r: Rect, j: Smooth, k = 1): void {
  for (const row of barRows(r, k)) {
    const f = Math.min(1, Math.max(0, j[row.key] / row.max));
    g.fillStyle(row.fill, 1);
    g.fillRect(row.bar.x + 1, row.bar.y + 1, Math.max(0, (row.bar.w - 2) * f), row.bar.h - 2);
  }
}

/** The bars' values in words: [id, text, x, y] for right-aligned labels. */
export function barTexts(r: Rect, j: Smooth, k = 1): [string, string, number, number][] {
  return barRows(r, k).map((row, i) => [`bar-${i}`, formatValue(j[row.key], row.unit), row.value[0], row.value[1]]);
}
