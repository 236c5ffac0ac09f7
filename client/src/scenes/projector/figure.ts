// The junction as one figure on the projector, split by how often each part changes: the anatomy (terminal,
// vesicles, cleft, end plate, sarcolemma, labels) is painted once; receptors, gates and the sarcomere are
// shapes rebuilt only when what they show changes; ions and ACh are token images moved a few times a second.
import type * as Phaser from "phaser";
import { type GateState, gateState } from "../../../../shared/game/view";
import type { Smooth } from "../../net/bridge";
import { css, type Rect, stampToken, type TokenSources, text } from "../../view/paint";
import { COLOURS } from "../../view/palette";
import type { TokenPool } from "../../view/tokens";
import { scatter } from "../membrane";
import { fitText } from "./fit";
import { TERMINAL_X } from "./layout";

export interface FigureGeometry {
  r: Rect;
  cx: number;
  /** Where the nerve's stalk into the terminal starts (the axon drawn above meets it there). */
  nerveTop: number;
  /** The terminal's swelling, an ellipse (its top kept clear of the axon above it). */
  terminal: { x: number; y: number; rx: number; ry: number };
  cleftTop: number;
  cleftBottom: number;
  muscleW: number;
  sarcomere: Rect;
  channels: { roleId: "naChannel" | "kChannel"; x: number; ion: "na" | "k" }[];
}

/** Tokens drawn at most: enough to read "more" or "less" at a glance, few enough to stay cheap. */
const MAX_ACH_TOKENS = 12;
const MAX_CA_TOKENS = 8;
/** Receptor pairs drawn on the end plate; their open count grows with log10 of the open receptors. */
const RECEPTORS_SHOWN = 5;
const INK = "#0f2742";

/** The junction figure in `r`; an axon drawn above it ends at `nerveTop`, and the terminal starts below that. */
export function figureGeometry(r: Rect, nerveTop = r.y): FigureGeometry {
  const cleftTop = r.y + r.h * 0.34;
  const bottom = r.y + r.h * 0.35;
  const top = Math.max(r.y + r.h * 0.09, nerveTop + 14);
  return {
    r,
    cx: r.x + r.w * TERMINAL_X,
    nerveTop,
    terminal: { x: r.x + r.w * TERMINAL_X, y: (top + bottom) / 2, rx: r.w * 0.17, ry: (bottom - top) / 2 },
    cleftTop,
    cleftBottom: r.y + r.h * 0.44,
    muscleW: r.w, // the concentration bars have their own column beside the figure
    sarcomere: { x: r.x + r.w * 0.08, y: r.y + r.h * 0.72, w: r.w * 0.6, h: r.h * 0.2 },
    channels: [
      { roleId: "naChannel", x: r.x + r.w * 0.62, ion: "na" },
      { roleId: "kChannel", x: r.x + r.w * 0.78, ion: "k" },
    ],
  };
}

function vesicles(f: FigureGeometry): { x: number; y: number }[] {
  return Array.from({ length: 7 }, (_, i) => ({
    x: f.cx + (i - 3) * f.r.w * 0.035,
    y: f.r.y + f.r.h * (0.2 + (i % 2) * 0.06),
  }));
}

/** The anatomy that never changes during a round, painted once per layout; `k` scales the words. */
export function paintFigure(ctx: CanvasRenderingContext2D, f: FigureGeometry, tokens: TokenSources, k = 1): void {
  const { r, cx, cleftTop, cleftBottom } = f;
  ctx.fillStyle = css(COLOURS.nerve);
  ctx.fillRect(cx - 16, f.nerveTop, 32, Math.max(0, f.terminal.y - f.nerveTop));
  ctx.beginPath();
  ctx.ellipse(f.terminal.x, f.terminal.y, f.terminal.rx, f.terminal.ry, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.strokeStyle = css(COLOURS.ink);
  ctx.lineWidth = 2;
  for (const v of vesicles(f)) {
    ctx.beginPath();
    ctx.arc(v.x, v.y, 11, 0, Math.PI * 2);
    ctx.stroke();
    stampToken(ctx, tokens.ach, v.x, v.y, 0.38);
  }
  ctx.fillStyle = css(COLOURS.outside);
  ctx.fillRect(r.x, cleftTop, f.muscleW, cleftBottom - cleftTop);
  ctx.fillStyle = css(COLOURS.muscle);
  ctx.fillRect(r.x, cleftBottom, f.muscleW, r.y + r.h - cleftBottom);
  ctx.fillStyle = css(COLOURS.membrane);
  ctx.fillRect(r.x, cleftBottom, f.muscleW, 7);
  // Junctional folds under the receptors.
  for (let i = -3; i <= 3; i++) ctx.fillRect(cx + i * r.w * 0.045 - 3, cleftBottom, 6, r.h * 0.06);
  // Which ion each sarcolemmal channel passes: Na+ waits outside, K+ inside.
  for (const c of f.channels)
    stampToken(ctx, tokens[c.ion], c.x, c.ion === "na" ? cleftBottom - 30 : cleftBottom + 36, 0.6);
  // Each label keeps to its own part of the figure (the bars' column is outside it).
  const terminalX = cx + r.w * 0.19;
  fitText(
    ctx,
    "Nerve terminal (vesicles of ACh)",
    terminalX,
    r.y + r.h * 0.08,
    r.x + r.w - terminalX - 6,
    16 * k,
    INK,
    0,
  );
  fitText(ctx, "Synaptic cleft", r.x + 6, (cleftTop + cleftBottom) / 2, cx - r.w * 0.17 - r.x - 12, 15 * k, INK, 0);
  // Beside the receptors and folds, not under them: Na+ tokens stream down through the open receptors there.
  text(ctx, "End plate (nAChR)", cx - r.w * 0.15, cleftBottom + r.h * 0.1, 15 * k, INK, 1);
  text(ctx, "Sarcolemma", r.x + r.w * 0.7, cleftBottom - 16 * k, 15 * k);
}

export interface FigureLive {
  openShown: number;
  gates: GateState[];
  /** Force, 0–1, quantised to what a pixel of sarcomere can show. */
  force: number;
}

export function figureLive(j: Smooth): FigureLive {
  return {
    openShown: j.openReceptors >= 1 ? Math.min(RECEPTORS_SHOWN, 1 + Math.floor(Math.log10(j.openReceptors + 1))) : 0,
    gates: [gateState("naChannel", j) ?? "closed", gateState("kChannel", j) ?? "closed"],
    force: Math.round(Math.min(1, Math.max(0, j.force)) * 200) / 200,
  };
}

export function liveKey(l: FigureLive): string {
  return `${l.openShown}|${l.gates.join(",")}|${l.force}`;
}

const GATE_COLOUR: Record<GateState, number> = {
  open: COLOURS.open,
  closed: COLOURS.closed,
  inactivated: COLOURS.inactivated,
};

/** Receptors, channel gates and the sarcomere, rebuilt into `g` only when `liveKey` changes. */
export function drawFigureShapes(g: Phaser.GameObjects.Graphics, f: FigureGeometry, l: FigureLive): void {
  const { r, cx, cleftBottom } = f;
  g.clear();
  for (let i = 0; i < RECEPTORS_SHOWN; i++) {
    const x = cx + (i - 2) * r.w * 0.045 + r.w * 0.022;
    const open = i < l.openShown;
    g.fillStyle(open ? COLOURS.open : COLOURS.closed, 1);
    g.fillRect(x - 9, cleftBottom - 6, 6, 18);
    g.fillRect(x + (open ? 5 : 1), cleftBottom - 6, 6, 18);
  }
  f.channels.forEach((c, i) => {
    const state = l.gates[i] ?? "closed";
    const gap = state === "open" ? 7 : 1;
    g.fillStyle(GATE_COLOUR[state], 1);
    g.fillRect(c.x - gap - 8, cleftBottom - 8, 8, 22);
    g.fillRect(c.x + gap, cleftBottom - 8, 8, 22);
    if (state === "inactivated") g.fillCircle(c.x, cleftBottom + 20, 6);
  });
  drawSarcomere(g, f.sarcomere, l.force);
}

function drawSarcomere(g: Phaser.GameObjects.Graphics, r: Rect, force: number): void {
  // Sarcomere length shortens by up to 25 % at full force (filaments slide; they do not shrink).
  const half = (r.w / 2) * (1 - 0.25 * force);
  const cx = r.x + r.w / 2;
  const cy = r.y + r.h / 2;
  g.lineStyle(5, COLOURS.ink, 1);
  g.lineBetween(cx - half, r.y, cx - half, r.y + r.h);
  g.lineBetween(cx + half, r.y, cx + half, r.y + r.h);
  g.lineStyle(3, COLOURS.membrane, 1);
  for (const dy of [-0.3, 0, 0.3]) {
    g.lineBetween(cx - half, cy + dy * r.h, cx - half + r.w * 0.34, cy + dy * r.h);
    g.lineBetween(cx + half, cy + dy * r.h, cx + half - r.w * 0.34, cy + dy * r.h);
  }
  g.fillStyle(COLOURS.sarcomere, 1);
  for (const dy of [-0.15, 0.15]) g.fillRect(cx - r.w * 0.2, cy + dy * r.h - 4, r.w * 0.4, 8);
}

/** ACh in the cleft, Na+ through open receptors and channels, Ca2+ over the sarcomere. */
export function placeFigureTokens(pool: TokenPool, f: FigureGeometry, j: Smooth, l: FigureLive, time: number): void {
  const { r, cx, cleftTop, cleftBottom } = f;
  const ach = Math.min(MAX_ACH_TOKENS, Math.ceil(j.achUM / 20));
  const cleft = { x: cx - r.w * 0.16, y: cleftTop, w: r.w * 0.32, h: cleftBottom - cleftTop };
  scatter(pool, "ach", ach, cleft, time, 0.55);
  for (let i = 0; i < l.openShown; i++) {
    const x = cx + (i - 2) * r.w * 0.045 + r.w * 0.022;
    pool.place("na", x + 1, cleftBottom + 22 + ((time / 8) % 20), 0.5);
  }
  f.channels.forEach((c, i) => {
    if (l.gates[i] !== "open") return;
    pool.place(c.ion, c.x, cleftBottom + (c.ion === "na" ? 1 : -1) * ((time / 6) % 24), 0.5);
  });
  // Ca2+ entering the terminal through its CaV channels while they are open after an impulse.
  const caIn = j.caChannelOpen > 0.02 ? Math.min(4, Math.ceil(j.caChannelOpen * 8)) : 0;
  scatter(pool, "ca", caIn, { x: cx - r.w * 0.1, y: cleftTop - r.h * 0.09, w: r.w * 0.2, h: r.h * 0.07 }, time, 0.45);
  const s = f.sarcomere;
  const ca = Math.min(MAX_CA_TOKENS, Math.round(j.caUM / 2));
  scatter(pool, "ca", ca, { x: s.x + s.w * 0.2, y: s.y - 30, w: s.w * 0.6, h: 24 }, time, 0.5);
}

/** Words that change: the channels' states and the sarcomere's force (positions for text scale `k`). */
export function figureTexts(f: FigureGeometry, l: FigureLive, k = 1): [string, string, number, number][] {
  const s = f.sarcomere;
  return [
    ...f.channels.map((c, i): [string, string, number, number] => [
      `gate-${c.ion}`,
      `${c.ion === "na" ? "Na+" : "K+"} channels: ${l.gates[i] ?? "closed"}`,
      c.x,
      f.cleftBottom + (44 + 14 * k) + i * 20 * k,
    ]),
    ["sarcomere", `Sarcomere (force ${Math.round(l.force * 100)} %)`, s.x + s.w / 2, s.y + s.h + 14 * k],
  ];
}
