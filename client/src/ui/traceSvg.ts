// The round's whole trace as an inline SVG for the debrief: two panels on one physiological-time axis (ms), the
// membrane potential on its own mV axis with threshold and rest, and below it the force on its own axis, 0–100 %
// of maximal force. Static, printable, readable without Phaser. At most ~600 points per line, extremes kept.
import { THRESHOLD_LABEL, THRESHOLD_MV } from "../../../shared/game/view";
import type { TeamTrace } from "../net/traces";

const NS = "http://www.w3.org/2000/svg";
const W = 900;
const LEFT = 64;
const RIGHT = 24;
/** The two panels, SVG units: membrane potential on top, force under it; the time axis below both. */
const MV_PANEL = { y: 34, h: 190 };
const FORCE_PANEL = { y: 262, h: 90 };
const H = FORCE_PANEL.y + FORCE_PANEL.h + 52;
const MV_MIN = -100;
const MV_MAX = 50;
const FONT = 14;
const INK = "#0f2742";
const AXIS = "#4a5a6e";
const GRID = "#c9d3df";

function el(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text) node.textContent = text;
  return node;
}

const label = (x: number, y: number, s: string, anchor: "start" | "middle" | "end", size = FONT, fill = AXIS) =>
  el("text", { x, y, "text-anchor": anchor, "font-size": size, fill }, s);

/** A tick step of 1, 2 or 5 × 10^n ms giving about five to ten ticks over `span` ms. */
export function tickStepMs(span: number): number {
  const raw = Math.max(span, 1e-3) / 6;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  return step;
}

function polyline(
  trace: TeamTrace,
  values: Float32Array,
  x: (t: number) => number,
  y: (v: number) => number,
  baseline: number,
): string {
  const n = trace.length;
  const per = Math.max(1, Math.ceil(n / 600));
  const points: string[] = [];
  for (let i = 0; i < n; i += per) {
    let best = i;
    for (let k = i; k < Math.min(n, i + per); k++) {
      if (Math.abs((values[k] ?? 0) - baseline) > Math.abs((values[best] ?? 0) - baseline)) best = k;
    }
    points.push(`${x(trace.t[best] ?? 0).toFixed(1)},${y(values[best] ?? 0).toFixed(1)}`);
  }
  return points.join(" ");
}

function panelFrame(svg: SVGElement, p: { y: number; h: number }, title: string): void {
  svg.append(el("rect", { x: LEFT, y: p.y, width: W - LEFT - RIGHT, height: p.h, fill: "#fff", stroke: INK }));
  svg.append(label(LEFT, p.y - 10, title, "start", FONT + 1, INK));
}

export function traceSvg(trace: TeamTrace | undefined, restMv: number, title: string): SVGElement {
  const svg = el("svg", { viewBox: `0 0 ${W} ${H}`, class: "trace-svg", role: "img", "aria-label": title });
  const yMv = (v: number) =>
    MV_PANEL.y + MV_PANEL.h - ((Math.max(MV_MIN, Math.min(MV_MAX, v)) - MV_MIN) / (MV_MAX - MV_MIN)) * MV_PANEL.h;
  const yForce = (f: number) => FORCE_PANEL.y + FORCE_PANEL.h - Math.max(0, Math.min(1, f)) * FORCE_PANEL.h;
  panelFrame(svg, MV_PANEL, "Membrane potential (mV)");
  panelFrame(svg, FORCE_PANEL, "Force (% of maximal force)");
  for (const v of [-100, -50, 0, 50]) {
    svg.append(el("line", { x1: LEFT, x2: W - RIGHT, y1: yMv(v), y2: yMv(v), stroke: GRID }));
    svg.append(label(LEFT - 8, yMv(v) + 5, String(v), "end"));
  }
  for (const f of [0, 0.5, 1]) {
    svg.append(el("line", { x1: LEFT, x2: W - RIGHT, y1: yForce(f), y2: yForce(f), stroke: GRID }));
    svg.append(label(LEFT - 8, yForce(f) + 5, `${f * 100} %`, "end"));
  }
  const thresholdY = yMv(THRESHOLD_MV);
  svg.append(
    el("line", {
      x1: LEFT,
      x2: W - RIGHT,
      y1: thresholdY,
      y2: thresholdY,
      stroke: "#d55e00",
      "stroke-dasharray": "8 6",
    }),
  );
  svg.append(label(W - RIGHT - 4, thresholdY - 6, THRESHOLD_LABEL, "end", FONT - 1, "#8a3b00"));
  svg.append(el("line", { x1: LEFT, x2: W - RIGHT, y1: yMv(restMv), y2: yMv(restMv), stroke: AXIS }));
  svg.append(label(W - RIGHT - 4, yMv(restMv) + 16, `rest ${Math.round(restMv)} mV`, "end", FONT - 1));
  const axisY = FORCE_PANEL.y + FORCE_PANEL.h;
  if (trace && trace.length > 1) {
    const t0 = trace.t[0] ?? 0;
    const t1 = trace.t[trace.length - 1] ?? 0;
    const span = Math.max(1e-6, t1 - t0);
    const x = (t: number) => LEFT + ((t - t0) / span) * (W - LEFT - RIGHT);
    // Time ticks on the shared axis, with faint lines through both panels so events line up.
    const step = tickStepMs(span);
    for (let t = Math.ceil(t0 / step) * step; t <= t1 + 1e-9; t += step) {
      const tx = x(t);
      for (const p of [MV_PANEL, FORCE_PANEL])
        svg.append(el("line", { x1: tx, x2: tx, y1: p.y, y2: p.y + p.h, stroke: GRID, "stroke-dasharray": "2 4" }));
      svg.append(el("line", { x1: tx, x2: tx, y1: axisY, y2: axisY + 6, stroke: INK }));
      svg.append(label(tx, axisY + 22, String(Math.round(t * 100) / 100), "middle"));
    }
    svg.append(
      el("polyline", {
        points: polyline(trace, trace.v, x, yMv, restMv),
        fill: "none",
        stroke: "#0072b2",
        "stroke-width": 2,
      }),
    );
    svg.append(
      el("polyline", {
        points: polyline(trace, trace.f, x, yForce, 0),
        fill: "none",
        stroke: "#d55e00",
        "stroke-width": 2,
      }),
    );
  }
  svg.append(label(LEFT + (W - LEFT - RIGHT) / 2, H - 6, "Physiological time (ms)", "middle", FONT, INK));
  return svg;
}
