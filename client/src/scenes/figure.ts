// The junction as one figure on the projector: nerve terminal with vesicles, cleft with ACh, the end plate with
// its receptors, the sarcolemma with Na+ and K+ channels, and a sarcomere that shortens with force.
import type * as Phaser from "phaser";
import { gateState } from "../../../shared/game/view";
import type { Smooth } from "../net/bridge";
import { COLOURS } from "../view/palette";
import type { Rect } from "../view/scope";
import type { TokenPool } from "../view/tokens";
import { scatter } from "./membrane";

export interface FigureDeps {
  g: Phaser.GameObjects.Graphics;
  tokens: TokenPool;
  label(text: string, x: number, y: number, size?: number, colour?: string, originX?: number): void;
}

export function drawFigure(d: FigureDeps, r: Rect, j: Smooth, quanta: number, time: number): void {
  const { g, tokens } = d;
  const cx = r.x + r.w * 0.42;
  const cleftTop = r.y + r.h * 0.34;
  const cleftBottom = r.y + r.h * 0.44;
  // Nerve terminal.
  g.fillStyle(COLOURS.nerve, 1);
  g.fillRect(cx - 16, r.y, 32, r.h * 0.12);
  g.fillEllipse(cx, r.y + r.h * 0.22, r.w * 0.34, r.h * 0.26);
  for (let i = 0; i < 7; i++) {
    const x = cx + (i - 3) * r.w * 0.035;
    const y = r.y + r.h * (0.2 + (i % 2) * 0.06);
    g.lineStyle(2, COLOURS.ink, 1);
    g.strokeCircle(x, y, 11);
    tokens.place("ach", x, y, 0.38);
  }
  // Cleft with ACh, end plate with junctional folds and receptors, sarcolemma, muscle.
  g.fillStyle(COLOURS.outside, 1);
  g.fillRect(r.x, cleftTop, r.w * 0.84, cleftBottom - cleftTop);
  g.fillStyle(COLOURS.muscle, 1);
  g.fillRect(r.x, cleftBottom, r.w * 0.84, r.y + r.h - cleftBottom);
  g.fillStyle(COLOURS.membrane, 1);
  g.fillRect(r.x, cleftBottom, r.w * 0.84, 7);
  for (let i = -3; i <= 3; i++) g.fillRect(cx + i * r.w * 0.045 - 3, cleftBottom, 6, r.h * 0.06);
  const achTokens = Math.min(16, Math.ceil(j.achUM / 20)) + (quanta > 0 && j.achUM > 1 ? 1 : 0);
  scatter(
    tokens,
    "ach",
    achTokens,
    { x: cx - r.w * 0.16, y: cleftTop, w: r.w * 0.32, h: cleftBottom - cleftTop },
    time,
    0.55,
  );
  const openShown = j.openReceptors >= 1 ? Math.min(5, 1 + Math.floor(Math.log10(j.openReceptors + 1))) : 0;
  for (let i = 0; i < 5; i++) {
    const x = cx + (i - 2) * r.w * 0.045 + r.w * 0.022;
    const open = i < openShown;
    g.fillStyle(open ? COLOURS.open : COLOURS.closed, 1);
    g.fillRect(x - 9, cleftBottom - 6, 6, 18);
    g.fillRect(x + (open ? 5 : 1), cleftBottom - 6, 6, 18);
    if (open) tokens.place("na", x + 1, cleftBottom + 22 + ((time / 8) % 20), 0.5);
  }
  drawChannels(d, r, j, cleftBottom, time);
  drawSarcomere(d, { x: r.x + r.w * 0.08, y: r.y + r.h * 0.72, w: r.w * 0.6, h: r.h * 0.2 }, j.force, j.caUM, time);
  d.label("Nerve terminal (vesicles of ACh)", cx + r.w * 0.19, r.y + r.h * 0.08, 16, "#0f2742", 0);
  d.label("Synaptic cleft", r.x + 6, (cleftTop + cleftBottom) / 2, 15, "#0f2742", 0);
  d.label("End plate (nAChR)", cx, cleftBottom + r.h * 0.1, 15);
  d.label("Sarcolemma", r.x + r.w * 0.74, cleftBottom - 14, 15);
}

function drawChannels(d: FigureDeps, r: Rect, j: Smooth, y: number, time: number): void {
  const states: [string, number, "na" | "k"][] = [
    ["naChannel", r.x + r.w * 0.68, "na"],
    ["kChannel", r.x + r.w * 0.78, "k"],
  ];
  for (const [index, [roleId, x, ion]] of states.entries()) {
    const state = gateState(roleId, j) ?? "closed";
    const colour = state === "open" ? COLOURS.open : state === "inactivated" ? COLOURS.inactivated : COLOURS.closed;
    const gap = state === "open" ? 7 : 1;
    d.g.fillStyle(colour, 1);
    d.g.fillRect(x - gap - 8, y - 8, 8, 22);
    d.g.fillRect(x + gap, y - 8, 8, 22);
    if (state === "inactivated") d.g.fillCircle(x, y + 20, 6);
    d.tokens.place(ion, x, ion === "na" ? y - 30 : y + 36, 0.6);
    if (state === "open") d.tokens.place(ion, x, y + (ion === "na" ? 1 : -1) * ((time / 6) % 24), 0.5);
    d.label(`${ion === "na" ? "Na+" : "K+"} channels: ${state}`, x, y + 56 + index * 18, 13);
  }
}

function drawSarcomere(d: FigureDeps, r: Rect, force: number, caUM: number, time: number): void {
  const { g } = d;
  // Sarcomere length shortens by up to 25 % at full force (filaments slide; they do not shrink).
  const half = (r.w / 2) * (1 - 0.25 * Math.min(1, Math.max(0, force)));
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
  scatter(
    d.tokens,
    "ca",
    Math.min(8, Math.round(caUM / 2)),
    { x: cx - r.w * 0.3, y: r.y - 30, w: r.w * 0.6, h: 24 },
    time,
    0.5,
  );
  d.label(`Sarcomere (force ${Math.round(force * 100)} %)`, cx, r.y + r.h + 14, 15);
}
