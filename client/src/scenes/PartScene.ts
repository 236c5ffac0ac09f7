// The scene of the terminal's other parts: the axon's end (impulses arriving), the synaptic vesicles
// (fusing and emptying ACh into the cleft) and acetylcholinesterase (clearing ACh from the cleft).
import { COLOURS } from "../view/palette";
import { BaseScene } from "./base";
import type { SceneContext } from "./context";
import { scatter } from "./membrane";

/** Wall ms an impulse takes to cross the drawing (the server's physiology is far faster; this is a cue). */
const IMPULSE_DRAW_MS = 900;

export class PartScene extends BaseScene {
  private impulses = 0;
  private impulseAt = Number.NEGATIVE_INFINITY;

  constructor(ctx: SceneContext) {
    super("other", ctx);
  }

  protected draw(time: number, width: number, height: number): void {
    const team = this.ctx.team();
    const raw = this.ctx.bridge.junction(team);
    const j = this.ctx.bridge.smooth(team);
    const now = performance.now();
    if (raw && raw.impulses !== this.impulses) {
      if (raw.impulses > this.impulses) this.impulseAt = now;
      this.impulses = raw.impulses;
    }
    const cleftTop = height * 0.62;
    const cleftBottom = height * 0.74;
    // Axon and terminal.
    this.g.fillStyle(COLOURS.nerve, 1);
    this.g.fillRect(0, height * 0.2, width * 0.5, height * 0.14);
    this.g.fillEllipse(width * 0.55, height * 0.42, width * 0.5, height * 0.42);
    this.g.fillStyle(COLOURS.outside, 1);
    this.g.fillRect(0, cleftTop, width, cleftBottom - cleftTop);
    this.g.fillStyle(COLOURS.muscle, 1);
    this.g.fillRect(0, cleftBottom, width, height - cleftBottom);
    this.g.fillStyle(COLOURS.membrane, 1);
    this.g.fillRect(0, cleftBottom, width, 6);
    const since = now - this.impulseAt;
    if (since < IMPULSE_DRAW_MS) {
      const x = (since / IMPULSE_DRAW_MS) * width * 0.55;
      this.g.fillStyle(COLOURS.force, 1);
      this.g.fillCircle(x, since < IMPULSE_DRAW_MS * 0.7 ? height * 0.27 : height * 0.45, 12);
      this.label("impulse", x, height * 0.12, 14);
    }
    // Vesicles: a fused vesicle is drawn flattened into the membrane for a moment after the release.
    const fused = since < IMPULSE_DRAW_MS * 1.5 && (raw?.quantaLastImpulse ?? 0) > 0;
    for (let i = 0; i < 6; i++) {
      const x = width * (0.38 + i * 0.07);
      const y = height * (0.5 + (i % 2) * 0.05);
      this.g.lineStyle(2, COLOURS.ink, 1);
      if (fused && i % 2 === 0) this.g.strokeEllipse(x, cleftTop - 4, 30, 10);
      else this.g.strokeCircle(x, y, 13);
      if (!(fused && i % 2 === 0)) this.tokens.place("ach", x, y, 0.45);
    }
    const achTokens = Math.min(14, Math.ceil((j?.achUM ?? 0) / 25));
    scatter(
      this.tokens,
      "ach",
      achTokens,
      { x: width * 0.2, y: cleftTop, w: width * 0.7, h: cleftBottom - cleftTop },
      time,
      0.6,
    );
    if (this.ctx.roleId() === "aChE") this.drawEnzyme(width * 0.8, (cleftTop + cleftBottom) / 2, time);
    this.label("Nerve terminal", width * 0.55, height * 0.28, 15);
    this.label("Cleft", 8, (cleftTop + cleftBottom) / 2, 14, "#0f2742", 0);
    this.label("Muscle end plate", 8, height - 16, 14, "#0f2742", 0);
  }

  private drawEnzyme(x: number, y: number, time: number): void {
    const open = this.ctx.active() ? 0.5 + 0.4 * Math.abs(Math.sin(time / 150)) : 0.3;
    this.g.fillStyle(COLOURS.open, 1);
    this.g.slice(x, y, 22, open, Math.PI * 2 - open, false);
    this.g.fillPath();
    this.label("AChE", x, y + 32, 14);
  }
}
