// The round's whole trace as an inline SVG (membrane potential and force against physiological ms), for the
// debrief: static, printable, readable without Phaser. At most ~600 points per line, extremes kept.
import { THRESHOLD_LABEL, THRESHOLD_MV } from "../../../shared/game/view";
import type { TeamTrace } from "../net/traces";

const NS = "http://www.w3.org/2000/svg";
const W = 900;
const H = 260;
const PAD = 44;
const MV_MIN = -100;
const MV_MAX = 50;

function el(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text) node.textContent = text;
  return node;
}

function polyline(trace: TeamTrace, values: Float32Array, y: (v: number) => number, baseline: number): string {
  const n = trace.length;
  const t0 = trace.t[0] ?? 0;
  const span = Math.max(1e-6, (trace.t[n - 1] ?? 0) - t0);
  const per = Math.max(1, Math.ceil(n / 600));
  const points: string[] = [];
  for (let i = 0; i < n; i += per) {
    let best = i;
    for (let k = i; k < Math.min(n, i + per); k++) {
      if (Math.abs((values[k] ?? 0) - baseline) > Math.abs((values[best] ?? 0) - baseline)) best = k;
    }
    const x = PAD + (((trace.t[best] ?? 0) - t0) / span) * (W - 2 * PAD);
    points.push(`${x.toFixed(1)},${y(values[best] ?? 0).toFixed(1)}`);
  }
  return points.join(" ");
}

export function traceSvg(trace: TeamTrace | undefined, restMv: number, title: string): SVGElement {
  const svg = el("svg", { viewBox: `0 0 ${W} ${H}`, class: "trace-svg", role: "img", "aria-label": title });
  const yMv = (v: number) =>
    H - PAD - ((Math.max(MV_MIN, Math.min(MV_MAX, v)) - MV_MIN) / (MV_MAX - MV_MIN)) * (H - 2 * PAD);
  const yForce = (f: number) => H - PAD - Math.max(0, Math.min(1, f)) * (H - 2 * PAD);
  svg.append(el("rect", { x: PAD, y: PAD, width: W - 2 * PAD, height: H - 2 * PAD, fill: "#fff", stroke: "#0f2742" }));
  for (const v of [-100, -50, 0, 50])
    svg.append(el("text", { x: PAD - 6, y: yMv(v) + 4, "text-anchor": "end", "font-size": 12 }, String(v)));
  svg.append(
    el("line", {
      x1: PAD,
      x2: W - PAD,
      y1: yMv(THRESHOLD_MV),
      y2: yMv(THRESHOLD_MV),
      stroke: "#d55e00",
      "stroke-dasharray": "8 6",
    }),
  );
  svg.append(el("line", { x1: PAD, x2: W - PAD, y1: yMv(restMv), y2: yMv(restMv), stroke: "#4a5a6e" }));
  svg.append(
    el("text", { x: W - PAD, y: yMv(THRESHOLD_MV) - 4, "text-anchor": "end", "font-size": 12 }, THRESHOLD_LABEL),
  );
  if (trace && trace.length > 1) {
    svg.append(
      el("polyline", {
        points: polyline(trace, trace.f, yForce, 0),
        fill: "none",
        stroke: "#d55e00",
        "stroke-width": 2,
        "stroke-dasharray": "3 2",
      }),
    );
    svg.append(
      el("polyline", {
        points: polyline(trace, trace.v, yMv, restMv),
        fill: "none",
        stroke: "#0072b2",
        "stroke-width": 2,
      }),
    );
    const t0 = trace.t[0] ?? 0;
    const t1 = trace.t[trace.length - 1] ?? 0;
    svg.append(el("text", { x: PAD, y: H - PAD + 18, "font-size": 12 }, `${t0.toFixed(0)} ms`));
    svg.append(
      el("text", { x: W - PAD, y: H - PAD + 18, "text-anchor": "end", "font-size": 12 }, `${t1.toFixed(0)} ms`),
    );
  }
  svg.append(
    el(
      "text",
      { x: PAD, y: PAD - 10, "font-size": 14 },
      "mV (solid blue) and force 0–100 % (dotted orange) vs physiological time",
    ),
  );
  return svg;
}
