// The round's whole trace as an inline SVG for the debrief: two panels on one physiological-time axis (ms), the
// muscle fibre's membrane potential on its own mV axis with threshold and rest, and below it the muscle's force,
// 0–100 % of maximal. Static, printable, readable without Phaser. At most ~600 points per line, extremes kept.
// The drawing is laid out for the width it is shown at (one SVG unit per CSS px up to 900 px), so its text stays
// readable on a 360 px phone instead of shrinking with a wide drawing.
import { THRESHOLD_LABEL, THRESHOLD_MV } from "../../../shared/game/view";
import type { TeamTrace } from "../net/traces";

const NS = "http://www.w3.org/2000/svg";
/** Widths the layout is made for, SVG units (= CSS px at or below the widest): a 320 px phone's panel … a laptop. */
const MIN_W = 280;
const MAX_W = 900;
/** Below this width the panels are shorter and the text a little smaller (a phone). */
const NARROW_W = 600;
const MV_MIN = -100;
const MV_MAX = 50;
const INK = "#0f2742";
const AXIS = "#4a5a6e";
const GRID = "#c9d3df";
export const MV_TITLE = "Muscle fibre membrane potential (mV)";
export const FORCE_TITLE = "Muscle force (% of maximal)";

export interface Panel {
  y: number;
  h: number;
}

export interface TraceLayout {
  w: number;
  h: number;
  left: number;
  right: number;
  /** Where a panel's title starts: over the plot, or on a phone from the drawing's edge (the titles are long). */
  titleX: number;
  /** Axis and label text, and panel titles, SVG units. */
  font: number;
  titleFont: number;
  mv: Panel;
  force: Panel;
}

/** The layout for a drawing shown `widthPx` CSS px wide. */
export function traceLayout(widthPx: number): TraceLayout {
  const w = Math.round(Math.max(MIN_W, Math.min(MAX_W, widthPx || MAX_W)));
  const narrow = w < NARROW_W;
  const font = narrow ? 13 : 14;
  const titleFont = narrow ? font : font + 1;
  const titleRoom = titleFont + 12; // a panel's title sits above its frame
  const mv = { y: titleRoom, h: narrow ? 150 : 190 };
  const force = { y: mv.y + mv.h + titleRoom + 4, h: narrow ? 70 : 90 };
  // Under the force panel: the tick labels, then the time axis's title.
  const h = force.y + force.h + 2 * font + 24;
  const left = Math.round(font * 3.6 + 8);
  return { w, h, left, right: Math.round(font * 1.6), titleX: narrow ? 2 : left, font, titleFont, mv, force };
}

/** mV as a label: a true minus sign (−88), as in the rest of the page's text. */
export const mvText = (mv: number): string => (mv < 0 ? `−${-mv}` : String(mv));

/** A tick step of 1, 2 or 5 × 10^n ms giving at most about `ticks` ticks over `span` ms. */
export function tickStepMs(span: number, ticks = 6): number {
  const raw = Math.max(span, 1e-3) / Math.max(1, ticks);
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
}

/** How many time labels fit along a plot `plotW` wide when the longest reads like `lastMs`. */
export function tickCount(plotW: number, lastMs: number, font: number): number {
  const labelW = (String(Math.round(lastMs)).length * 0.62 + 0.6) * font;
  return Math.max(2, Math.min(8, Math.floor(plotW / labelW)));
}

/**
 * Where the threshold and rest labels go (baselines, and which end of the line): each beside its own line, on the
 * side away from the other line, and inside the panel — the rest label under its line when there is room above
 * the panel's bottom border, else over it — and at opposite ends when they would still overlap.
 */
export function lineLabels(
  thresholdY: number,
  restY: number,
  panel: Panel,
  font: number,
): { threshold: { y: number; end: boolean }; rest: { y: number; end: boolean } } {
  // A depolarised rest (above threshold, as in hyperkalaemia): the threshold label goes under its own line.
  const restAbove = restY < thresholdY;
  const threshold = { y: restAbove ? thresholdY + font + 2 : thresholdY - 5, end: true };
  const below = restY + font + 2;
  const y = !restAbove && below + 3 <= panel.y + panel.h - 2 ? below : restY - 5;
  const overlaps = Math.abs(y - threshold.y) < font + 3;
  return { threshold, rest: { y: Math.max(panel.y + font + 2, y), end: !overlaps } };
}

function el(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text) node.textContent = text;
  return node;
}

function polyline(
  trace: TeamTrace,
  values: Float32Array,
  x: (t: number) => number,
  y: (v: number) => number,
  base = 0,
) {
  const n = trace.length;
  const per = Math.max(1, Math.ceil(n / 600));
  const points: string[] = [];
  for (let i = 0; i < n; i += per) {
    let best = i;
    for (let k = i; k < Math.min(n, i + per); k++) {
      if (Math.abs((values[k] ?? 0) - base) > Math.abs((values[best] ?? 0) - base)) best = k;
    }
    points.push(`${x(trace.t[best] ?? 0).toFixed(1)},${y(values[best] ?? 0).toFixed(1)}`);
  }
  return points.join(" ");
}

/** Draws the chart into `svg` for the layout `L`. */
function draw(svg: SVGElement, L: TraceLayout, trace: TeamTrace | undefined, restMv: number): void {
  const { w, left, right, font, mv, force } = L;
  const label = (x: number, y: number, s: string, anchor: string, size = font, fill = AXIS) =>
    el("text", { x, y, "text-anchor": anchor, "font-size": size, fill }, s);
  const hline = (y: number, stroke: string, extra: Record<string, string | number> = {}) =>
    el("line", { x1: left, x2: w - right, y1: y, y2: y, stroke, ...extra });
  svg.setAttribute("viewBox", `0 0 ${w} ${L.h}`);
  const nodes: SVGElement[] = [];
  for (const [p, title] of [
    [mv, MV_TITLE],
    [force, FORCE_TITLE],
  ] as const) {
    nodes.push(el("rect", { x: left, y: p.y, width: w - left - right, height: p.h, fill: "#fff", stroke: INK }));
    nodes.push(label(L.titleX, p.y - 8, title, "start", L.titleFont, INK));
  }
  const yMv = (v: number) =>
    mv.y + mv.h - ((Math.max(MV_MIN, Math.min(MV_MAX, v)) - MV_MIN) / (MV_MAX - MV_MIN)) * mv.h;
  const yForce = (f: number) => force.y + force.h - Math.max(0, Math.min(1, f)) * force.h;
  const mid = font * 0.35; // lifts a label's baseline so the text is centred on its grid line
  for (const v of [-100, -50, 0, 50]) {
    nodes.push(hline(yMv(v), GRID), label(left - 6, yMv(v) + mid, mvText(v), "end"));
  }
  for (const f of [0, 0.5, 1]) {
    nodes.push(hline(yForce(f), GRID), label(left - 6, yForce(f) + mid, `${f * 100} %`, "end"));
  }
  const thresholdY = yMv(THRESHOLD_MV);
  const restY = yMv(restMv);
  const at = lineLabels(thresholdY, restY, mv, font);
  const endX = (end: boolean) => (end ? w - right - 4 : left + 4);
  const anchor = (end: boolean) => (end ? "end" : "start");
  nodes.push(hline(thresholdY, "#d55e00", { "stroke-dasharray": "8 6" }), hline(restY, AXIS));
  // Drawn after the traces with a white outline, so a spike crossing a label never makes it unreadable.
  const lineWords = [
    label(endX(true), at.threshold.y, THRESHOLD_LABEL, "end", font, "#8a3b00"),
    label(endX(at.rest.end), at.rest.y, `rest ${mvText(Math.round(restMv))} mV`, anchor(at.rest.end)),
  ];
  for (const words of lineWords) {
    words.setAttribute("paint-order", "stroke");
    words.setAttribute("stroke", "#fff");
    words.setAttribute("stroke-width", "4");
    words.setAttribute("stroke-linejoin", "round");
  }
  const axisY = force.y + force.h;
  if (trace && trace.length > 1) {
    const t0 = trace.t[0] ?? 0;
    const t1 = trace.t[trace.length - 1] ?? 0;
    const span = Math.max(1e-6, t1 - t0);
    const plotW = w - left - right;
    const x = (t: number) => left + ((t - t0) / span) * plotW;
    // Time ticks on the shared axis, with faint lines through both panels so events line up.
    const step = tickStepMs(span, tickCount(plotW, t1, font));
    for (let t = Math.ceil(t0 / step) * step; t <= t1 + 1e-9; t += step) {
      const tx = x(t);
      for (const p of [mv, force])
        nodes.push(el("line", { x1: tx, x2: tx, y1: p.y, y2: p.y + p.h, stroke: GRID, "stroke-dasharray": "2 4" }));
      nodes.push(el("line", { x1: tx, x2: tx, y1: axisY, y2: axisY + 6, stroke: INK }));
      nodes.push(label(tx, axisY + font + 8, String(Math.round(t * 100) / 100), "middle"));
    }
    const line = (points: string, stroke: string) =>
      el("polyline", { points, fill: "none", stroke, "stroke-width": 2, "stroke-linejoin": "round" });
    nodes.push(line(polyline(trace, trace.v, x, yMv, restMv), "#0072b2"));
    nodes.push(line(polyline(trace, trace.f, x, yForce), "#d55e00"));
  }
  nodes.push(...lineWords);
  nodes.push(label(left + (w - left - right) / 2, L.h - 8, "Physiological time (ms)", "middle", font, INK));
  svg.replaceChildren(...nodes);
}

/** The width charts were last shown at, so the next one starts laid out for it (no redraw once it is placed). */
let lastWidthPx = MAX_W;
const redraws = new WeakMap<Element, (widthPx: number) => void>();
let observer: ResizeObserver | null = null;

/** Lays the chart out again whenever its shown width changes (a phone turned, a panel opened); stops once removed. */
function followWidth(svg: SVGElement, redraw: (widthPx: number) => void): void {
  if (typeof ResizeObserver === "undefined") return;
  observer ??= new ResizeObserver((entries) => {
    for (const entry of entries) {
      if (!entry.target.isConnected) {
        observer?.unobserve(entry.target);
        continue;
      }
      const width = entry.contentRect.width;
      if (width <= 0) continue;
      lastWidthPx = width;
      redraws.get(entry.target)?.(width);
    }
  });
  redraws.set(svg, redraw);
  observer.observe(svg);
}

export function traceSvg(trace: TeamTrace | undefined, restMv: number, title: string): SVGElement {
  const svg = el("svg", { class: "trace-svg", role: "img", "aria-label": title });
  let layout = traceLayout(lastWidthPx);
  draw(svg, layout, trace, restMv);
  followWidth(svg, (widthPx) => {
    const next = traceLayout(widthPx);
    if (next.w === layout.w) return;
    layout = next;
    draw(svg, layout, trace, restMv);
  });
  return svg;
}
