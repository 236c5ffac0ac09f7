// The projector's neuron trace: the motor neuron's soma potential (mV) against physiological ms on the muscle scope's
// own triggered sweep and mV scale, so the two plots side by side show where each cell rests and fires. The neuron's
// landmarks are lines told apart by pattern and named in words: rest (from the wire), threshold, and the peak and
// undershoot of the last soma spike as measured on the trace (the model's usual values, marked ≈, before one).
import { NEURON_THRESHOLD_MV } from "../../../../shared/game/partRules";
import type { TeamTrace } from "../../net/traces";
import { dashed, type Rect, yOf } from "../../view/paint";
import { COLOURS } from "../../view/palette";
import { drawTrace, type PathSink, triggeredEnd } from "../../view/scope";
import { fitText } from "./fit";
import { type FrameStyle, MV_MAX, MV_MIN, MV_WINDOW_MS, paintMvAxes } from "./panels";

/** The soma's firing threshold the game states, mV (one constant for phones and projector: shared/game/partRules.ts). */
export { NEURON_THRESHOLD_MV };
/** The model's soma spike before one is on the trace, mV: peak ≈ +40, fast undershoot ≈ −80 (neuronParameters.ts). */
export const USUAL_PEAK_MV = 40;
export const USUAL_UNDERSHOOT_MV = -80;
/** The soma's rest when the server does not send it (an older server), mV (Brock, Coombs & Eccles 1952). */
export const DEFAULT_SOMA_REST_MV = -70;
/** A soma sample above this counts as a spike's overshoot, mV; a dip this far below rest as an undershoot, mV. */
const SPIKE_MV = 0;
const UNDERSHOOT_DEPTH_MV = 2;
const INK = "#0f2742";
const THRESHOLD_INK = "#8a3b00";

/** "+38", "−70": a sign always, and the typographic minus. */
export function signedMv(mv: number): string {
  const r = Math.round(mv);
  return r > 0 ? `+${r}` : r < 0 ? `−${Math.abs(r)}` : "0";
}

export interface SomaSpike {
  /** Highest soma potential of the last spike in the window, mV (null: no spike there). */
  peakMv: number | null;
  /** Lowest soma potential after that peak, mV, if it dips below rest (null otherwise). */
  undershootMv: number | null;
}

/** The last soma spike within (startMs, endMs] of the trace's soma samples, measured. */
export function somaSpike(
  trace: Pick<TeamTrace, "t" | "s" | "length">,
  startMs: number,
  endMs: number,
  restMv: number,
): SomaSpike {
  let peakAt = -1;
  for (let i = trace.length - 1; i >= 0; i--) {
    const t = trace.t[i] ?? 0;
    if (t <= startMs) break;
    if (t > endMs) continue;
    const s = trace.s[i] ?? Number.NaN;
    if (s > SPIKE_MV) {
      // Walk back to the top of this spike (the samples just before may be higher still).
      peakAt = i;
      while (peakAt > 0 && (trace.t[peakAt - 1] ?? 0) > startMs && (trace.s[peakAt - 1] ?? 0) >= (trace.s[peakAt] ?? 0))
        peakAt -= 1;
      break;
    }
  }
  if (peakAt < 0) return { peakMv: null, undershootMv: null };
  let low = Number.POSITIVE_INFINITY;
  for (let i = peakAt; i < trace.length && (trace.t[i] ?? 0) <= endMs; i++) low = Math.min(low, trace.s[i] ?? low);
  return {
    peakMv: trace.s[peakAt] ?? null,
    undershootMv: low < restMv - UNDERSHOOT_DEPTH_MV ? low : null,
  };
}

export type LandmarkStyle = "solid" | "dashed" | "dotted";
export interface Landmark {
  id: "rest" | "threshold" | "peak" | "undershoot";
  mv: number;
  words: string;
  style: LandmarkStyle;
  /** Where its label goes relative to its line. */
  side: "above" | "below";
}

/** The neuron's four landmarks, from the soma's rest and the last spike measured (the usual values, ≈, before one). */
export function neuronLandmarks(restMv: number, spike: SomaSpike): Landmark[] {
  const peak = spike.peakMv ?? USUAL_PEAK_MV;
  const under = spike.undershootMv ?? USUAL_UNDERSHOOT_MV;
  return [
    {
      id: "peak",
      mv: peak,
      words: `peak ${spike.peakMv === null ? "≈ " : ""}${signedMv(peak)} mV`,
      style: "dotted",
      side: "below",
    },
    {
      id: "threshold",
      mv: NEURON_THRESHOLD_MV,
      words: `threshold ≈ ${signedMv(NEURON_THRESHOLD_MV)} mV`,
      style: "dashed",
      side: "above",
    },
    { id: "rest", mv: restMv, words: `rest ${signedMv(restMv)} mV`, style: "solid", side: "above" },
    {
      id: "undershoot",
      mv: under,
      words: `undershoot ${spike.undershootMv === null ? "≈ " : ""}${signedMv(under)} mV`,
      style: "dotted",
      side: "below",
    },
  ];
}

/**
 * Label centres (y, CSS px) for landmarks in plot `r`, each beside its own line on its side, then pushed apart so
 * no two labels of height `sizePx` overlap and none leaves the plot. Same order as `marks`.
 */
export function labelYs(marks: readonly Landmark[], r: Rect, sizePx: number): number[] {
  const half = sizePx * 0.6 + 1;
  const wanted = marks.map((m) => yOf(r, m.mv, MV_MIN, MV_MAX) + (m.side === "above" ? -half : half));
  const order = wanted.map((y, i) => [y, i] as [number, number]).sort((a, b) => a[0] - b[0]);
  const gap = sizePx + 2;
  const out = [...wanted];
  let prev = r.y + half - gap;
  for (const [y, i] of order) {
    const placed = Math.max(y, prev + gap);
    out[i] = placed;
    prev = placed;
  }
  // Past the bottom edge: shift the stack up as far as it went over (keeping the gaps).
  const over = prev - (r.y + r.h - half);
  if (over > 0) for (const [, i] of order) out[i] = Math.max(r.y + half, (out[i] ?? 0) - over);
  return out;
}

/** Frame, mV axis, the threshold's dashed line, time ticks and title (none: null), painted once into the backdrop. */
export function paintNeuronFrame(
  ctx: CanvasRenderingContext2D,
  r: Rect,
  k = 1,
  title: string | null = "Motor neuron soma (mV) · same sweep",
  style: FrameStyle = {},
): void {
  paintMvAxes(ctx, r, k, style);
  dashed(ctx, r.x, r.x + r.w, yOf(r, NEURON_THRESHOLD_MV, MV_MIN, MV_MAX), COLOURS.threshold);
  if (title) fitText(ctx, title, r.x, r.y - 11 * k, r.w, 15 * k, INK, 0, "600");
}

/** The soma's samples as a trace drawTrace can read (its `v` is the soma's potential). */
function somaSeries(trace: TeamTrace): TeamTrace {
  return {
    t: trace.t,
    v: trace.s,
    f: trace.f,
    s: trace.s,
    length: trace.length,
    lastTime: () => trace.lastTime(),
    push: () => undefined,
  };
}

/** The window the muscle scope shows, physiological ms: [end − 40 ms, end] (null before any sample). */
export function sweepOf(trace: TeamTrace | undefined, muscleRestMv: number): { startMs: number; endMs: number } | null {
  if (!trace || trace.length === 0) return null;
  const endMs = triggeredEnd(trace, muscleRestMv, MV_WINDOW_MS) ?? trace.lastTime();
  return { startMs: endMs - MV_WINDOW_MS, endMs };
}

function dotted(g: PathSink, x1: number, x2: number, y: number): void {
  for (let x = x1; x < x2; x += 9) g.lineBetween(x, y, Math.min(x2, x + 4), y);
}

/** A compact plot's labelled landmark: the threshold only (its rest is named in the plot's title, inside it). */
export function compactLandmarks(marks: readonly Landmark[]): Landmark[] {
  return marks.filter((m) => m.id === "threshold");
}

/**
 * The rest line, the measured peak and undershoot lines (not in a `compact` plot) and the soma trace, into `g`;
 * returns the landmarks drawn (their labels are the caller's live words). Nothing is drawn from a server that sends
 * no soma samples.
 */
export function drawNeuronTrace(
  g: PathSink,
  r: Rect,
  trace: TeamTrace | undefined,
  somaRestMv: number,
  muscleRestMv: number,
  compact = false,
): Landmark[] {
  const sweep = sweepOf(trace, muscleRestMv);
  const hasSoma = !!trace && trace.length > 0 && Number.isFinite(trace.s[trace.length - 1] ?? Number.NaN);
  const spike =
    sweep && trace && hasSoma
      ? somaSpike(trace, sweep.startMs, sweep.endMs, somaRestMv)
      : { peakMv: null, undershootMv: null };
  const all = neuronLandmarks(somaRestMv, spike);
  const marks = compact ? compactLandmarks(all) : all;
  g.lineStyle(1.5, COLOURS.rest, 1);
  g.lineBetween(r.x, yOf(r, somaRestMv, MV_MIN, MV_MAX), r.x + r.w, yOf(r, somaRestMv, MV_MIN, MV_MAX));
  g.lineStyle(2, COLOURS.ink, 0.8);
  for (const m of marks) if (m.style === "dotted") dotted(g, r.x, r.x + r.w, yOf(r, m.mv, MV_MIN, MV_MAX));
  if (trace && sweep && hasSoma)
    drawTrace(g, somaSeries(trace), r, {
      endMs: sweep.endMs,
      field: "v",
      windowMs: MV_WINDOW_MS,
      min: MV_MIN,
      max: MV_MAX,
      colour: COLOURS.trace,
      baseline: somaRestMv,
    });
  return marks;
}

/** The landmarks' words as live labels: [id, words, x, y, colour], right-aligned inside the plot. */
export function landmarkTexts(
  marks: readonly Landmark[],
  r: Rect,
  sizePx: number,
): [string, string, number, number, string][] {
  const ys = labelYs(marks, r, sizePx);
  return marks.map((m, i) => [
    `neuron-${m.id}`,
    m.words,
    r.x + r.w - 4,
    ys[i] ?? 0,
    m.id === "threshold" ? THRESHOLD_INK : INK,
  ]);
}
