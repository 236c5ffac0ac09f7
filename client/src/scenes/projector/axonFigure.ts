// The motor axon above the junction figure: soma → myelinated axon with nodes of Ranvier → the terminal's stalk.
// An impulse in flight lights the node it has last reached (saltatory: it jumps node to node, never in between), the
// nodes it passed stay marked as its path, and once it has arrived that path fades out over a couple of seconds,
// labelled as the last impulse's. Anatomy painted once; the lit node and path rebuilt only when what they show changes.
import type { Rect } from "../../view/paint";
import { css, text } from "../../view/paint";
import { COLOURS } from "../../view/palette";
import { fitText } from "./fit";

/** How long the last impulse's path stays after it arrived, wall ms, and in how many steps it fades. */
export const TRAIL_MS = 2400;
const TRAIL_STEPS = 4;
const INK = "#0f2742";

export interface AxonGeometry {
  /** Soma centre and radius. */
  soma: { x: number; y: number; r: number };
  /** The axon's line: from the soma's edge (x0) to the terminal's stalk (x1), at height y. */
  x0: number;
  x1: number;
  y: number;
  /** Nodes drawn, the last at the stalk (the real axon has one every ≈ 1 mm; the drawing is not to scale). */
  nodes: number;
  /** Height of the myelin sheath, px. */
  sheath: number;
  /** Half the terminal's width: words under the axon stop short of it. */
  terminalRx: number;
  k: number;
}

/** The axon along the top of figure `r`, ending at the terminal's stalk `stalkX`; `k` is the text scale. */
export function axonGeometry(r: Rect, stalkX: number, k = 1, terminalRx = r.w * 0.17): AxonGeometry {
  const somaR = 12 * k;
  const soma = { x: r.x + 10 + somaR, y: r.y + 8 + 14 * k, r: somaR };
  const x0 = soma.x + somaR;
  const x1 = stalkX;
  return {
    soma,
    x0,
    x1,
    y: soma.y,
    nodes: Math.max(5, Math.min(14, Math.round((x1 - x0) / (40 * k)))),
    sheath: 16 * k,
    terminalRx,
    k,
  };
}

/** x of node `i` (0 = the initial segment at the soma, `nodes` = the last node, at the terminal). */
export function nodeX(a: AxonGeometry, i: number): number {
  return a.x0 + ((a.x1 - a.x0) * i) / a.nodes;
}

/** The node an impulse at `fraction` (0–1 of the axon from the soma) has last reached: it jumps, never in between. */
export function nodeOf(fraction: number, nodes: number): number {
  if (!Number.isFinite(fraction)) return 0;
  return Math.min(nodes, Math.max(0, Math.floor(fraction * nodes + 1e-9)));
}

/** The still part: soma, bare axon, myelin sheaths with node gaps, and (unless `named` is false) the names. */
export function paintAxon(ctx: CanvasRenderingContext2D, a: AxonGeometry, named = true): void {
  const { k, y } = a;
  ctx.fillStyle = css(COLOURS.nerve);
  ctx.strokeStyle = css(COLOURS.ink);
  ctx.lineWidth = 2;
  ctx.fillRect(a.x0 - 2, y - 4 * k, a.x1 - a.x0 + 2, 8 * k);
  // The stalk from the axon down to the terminal's own (painted by the figure below this height).
  ctx.fillRect(a.x1 - 16, y - 4 * k, 32, Math.max(0, a.sheath));
  ctx.beginPath();
  ctx.arc(a.soma.x, a.soma.y, a.soma.r, 0, Math.PI * 2);
  ctx.fill();
  ctx.stroke();
  const gap = 6 * k;
  for (let i = 0; i < a.nodes; i++) {
    const left = nodeX(a, i) + gap / 2;
    const right = nodeX(a, i + 1) - gap / 2;
    ctx.fillStyle = "#ffffff";
    ctx.beginPath();
    ctx.roundRect(left, y - a.sheath / 2, right - left, a.sheath, a.sheath / 2);
    ctx.fill();
    ctx.stroke();
  }
  if (!named) return;
  const labelY = y + a.sheath / 2 + 12 * k;
  text(ctx, "Soma", a.soma.x - a.soma.r, labelY, 13 * k, INK, 0);
  const from = a.soma.x + a.soma.r + 30 * k;
  fitText(ctx, "Myelinated axon · not to scale", from, labelY, a.x1 - a.terminalRx - from, 13 * k, INK, 0);
}

export interface AxonPicture {
  /** Nodes lit by impulses in flight now. */
  lit: number[];
  /** Nodes the current or last impulse has passed, and how strongly they are drawn (1 in flight, fading after). */
  path: { from: number; to: number; alpha: number } | null;
  /** What the drawing shows, in words ("" when nothing is to be said). */
  words: string;
}

/**
 * Follows the impulses from the wire (hundredths of the axon, nearest the terminal first) through patches: the lead
 * impulse's path from where it was first seen, kept and faded after it arrives. An impulse that came and went between
 * two patches (too quick at this speed) shows only as its arrival at the last node, said so in words.
 */
export class AxonTrail {
  private from: number | null = null;
  private to: number | null = null;
  private goneAt = Number.NEGATIVE_INFINITY;
  private seenCount: number | null = null;
  private unseen = false;

  constructor(private readonly nodes: number) {}

  picture(hundredths: ArrayLike<number> | undefined, impulseCount: number, now: number): AxonPicture {
    const positions = Array.from(hundredths ?? [], (h) => h / 100);
    const lit = [...new Set(positions.map((p) => nodeOf(p, this.nodes)))].sort((a, b) => a - b);
    const lead = lit.length > 0 ? lit[lit.length - 1] : undefined;
    const counted = this.seenCount !== null && impulseCount > this.seenCount;
    this.seenCount = impulseCount;
    if (lead !== undefined) {
      const rear = lit[0] ?? lead;
      // A new impulse behind the last one's position starts a new path.
      if (this.to === null || this.goneAt > Number.NEGATIVE_INFINITY || lead < this.to) this.from = rear;
      this.from = Math.min(this.from ?? rear, rear);
      this.to = lead;
      this.goneAt = Number.NEGATIVE_INFINITY;
      this.unseen = false;
      return {
        lit,
        path: { from: this.from, to: lead, alpha: 1 },
        words: "Impulse: node to node",
      };
    }
    if (this.to !== null && this.goneAt === Number.NEGATIVE_INFINITY) this.goneAt = now;
    else if (counted) {
      // Arrived without ever being in a patch: mark only its arrival.
      this.from = this.nodes;
      this.to = this.nodes;
      this.goneAt = now;
      this.unseen = true;
    }
    const age = now - this.goneAt;
    if (this.to === null || this.from === null || age >= TRAIL_MS) return { lit: [], path: null, words: "" };
    const alpha = Math.ceil(TRAIL_STEPS * (1 - age / TRAIL_MS)) / TRAIL_STEPS;
    const words = this.unseen ? "Impulse too quick to follow" : "Last impulse's path (fading)";
    return { lit: [], path: { from: this.from, to: this.to, alpha }, words };
  }
}

export function pictureKey(p: AxonPicture): string {
  return `${p.lit.join(",")}|${p.path ? `${p.path.from}-${p.path.to}@${p.path.alpha}` : ""}`;
}

interface Sink {
  fillStyle(colour: number, alpha?: number): unknown;
  lineStyle(width: number, colour: number, alpha?: number): unknown;
  fillCircle(x: number, y: number, r: number): unknown;
  strokeCircle(x: number, y: number, r: number): unknown;
}

/** The path (small dots on the nodes passed) and the lit nodes (a large ringed disc), into `g`. */
export function drawAxonPicture(g: Sink, a: AxonGeometry, p: AxonPicture): void {
  const { k, y } = a;
  if (p.path) {
    g.fillStyle(COLOURS.threshold, p.path.alpha);
    for (let i = p.path.from; i <= p.path.to; i++) g.fillCircle(nodeX(a, i), y, 4 * k);
  }
  for (const i of p.lit) {
    g.fillStyle(COLOURS.threshold, 1);
    g.fillCircle(nodeX(a, i), y, 9 * k);
    g.lineStyle(2.5, COLOURS.ink, 1);
    g.strokeCircle(nodeX(a, i), y, 9 * k);
  }
}

/** Where the words go: under the axon's name. */
export function axonWordsAt(a: AxonGeometry): [number, number] {
  return [a.soma.x - a.soma.r, a.y + a.sheath / 2 + 32 * a.k];
}
