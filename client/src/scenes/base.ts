// Shared scaffolding of every scene: one Graphics layer redrawn each frame from the bridge, a token pool,
// and a few reusable Text labels. Scenes only draw; every number comes from the server's state.
import * as Phaser from "phaser";
import { COLOURS } from "../view/palette";
import { makeTokenTextures, TokenPool } from "../view/tokens";
import type { SceneContext } from "./context";

export abstract class BaseScene extends Phaser.Scene {
  protected g!: Phaser.GameObjects.Graphics;
  protected tokens!: TokenPool;
  private labels: Phaser.GameObjects.Text[] = [];
  private labelsUsed = 0;

  constructor(
    key: string,
    protected readonly ctx: SceneContext,
  ) {
    super({ key });
  }

  /** Device pixels per CSS pixel: the canvas has that many pixels per CSS pixel and the camera zooms to match, so
   * scenes draw in CSS pixels and come out sharp on HiDPI phones. */
  protected get pixelRatio(): number {
    return this.ctx.pixelRatio ?? 1;
  }

  create(): void {
    makeTokenTextures(this);
    this.cameras.main.setOrigin(0, 0).setZoom(this.pixelRatio);
    this.g = this.add.graphics();
    this.tokens = new TokenPool(this);
  }

  update(time: number): void {
    this.g.clear();
    this.tokens.begin();
    this.labelsUsed = 0;
    const ratio = this.pixelRatio;
    this.draw(this.ctx.reducedMotion ? 0 : time, this.scale.width / ratio, this.scale.height / ratio);
    this.tokens.end();
    for (let i = this.labelsUsed; i < this.labels.length; i++) this.labels[i]?.setVisible(false);
  }

  /** Draws one frame; `time` is 0 under reduced motion so nothing drifts. */
  protected abstract draw(time: number, width: number, height: number): void;

  /** A text label for this frame (reused across frames: Text objects are costly to create). */
  protected label(text: string, x: number, y: number, size = 14, colour = "#0f2742", originX = 0.5): void {
    let t = this.labels[this.labelsUsed];
    if (!t) {
      t = this.add
        .text(0, 0, "", { fontFamily: "system-ui, sans-serif", color: colour, resolution: this.pixelRatio })
        .setDepth(10);
      this.labels.push(t);
    }
    if (t.text !== text) t.setText(text);
    if (t.style.fontSize !== `${size}px`) t.setFontSize(size);
    if (t.style.color !== colour) t.setColor(colour);
    t.setOrigin(originX, 0.5).setPosition(Math.round(x), Math.round(y)).setVisible(true);
    this.labelsUsed += 1;
  }

  /** An arrow from (x1, y1) to (x2, y2); `dashed` marks the electrical push (shape, not colour, tells them apart). */
  protected arrow(x1: number, y1: number, x2: number, y2: number, colour: number, width = 4, dashed = false): void {
    const dx = x2 - x1;
    const dy = y2 - y1;
    const len = Math.hypot(dx, dy);
    if (len < 2) return;
    const ux = dx / len;
    const uy = dy / len;
    const head = Math.min(14, len * 0.5);
    this.g.lineStyle(width, colour, 1);
    const shaft = len - head;
    if (dashed) {
      for (let d = 0; d < shaft; d += 10) {
        const e = Math.min(shaft, d + 6);
        this.g.lineBetween(x1 + ux * d, y1 + uy * d, x1 + ux * e, y1 + uy * e);
      }
    } else this.g.lineBetween(x1, y1, x1 + ux * shaft, y1 + uy * shaft);
    this.g.fillStyle(colour, 1);
    this.g.fillTriangle(
      x2,
      y2,
      x2 - ux * head - uy * head * 0.6,
      y2 - uy * head + ux * head * 0.6,
      x2 - ux * head + uy * head * 0.6,
      y2 - uy * head - ux * head * 0.6,
    );
  }

  /**
   * A vertical voltage gauge: a scale from `minMv` to `maxMv`, a dashed threshold line and optional rest line (each
   * named, so neither relies on colour), a pointer at `vMv`, the value with its sign under the scale, and a title.
   */
  protected gauge(o: {
    x: number;
    top: number;
    bottom: number;
    minMv: number;
    maxMv: number;
    vMv: number;
    thresholdMv: number;
    restMv?: number;
    title: string;
    value: string;
  }): void {
    const { x, top, bottom } = o;
    const y = (mv: number) => bottom - ((mv - o.minMv) / (o.maxMv - o.minMv)) * (bottom - top);
    this.g.fillStyle(0xffffff, 1);
    this.g.fillRect(x - 10, top, 20, bottom - top);
    this.g.lineStyle(2, COLOURS.ink, 1);
    this.g.strokeRect(x - 10, top, 20, bottom - top);
    this.g.lineStyle(2, COLOURS.threshold, 1);
    for (let dx = -22; dx < 22; dx += 8) this.g.lineBetween(x + dx, y(o.thresholdMv), x + dx + 4, y(o.thresholdMv));
    this.label("threshold", x - 26, y(o.thresholdMv), 12, "#8a3b00", 1);
    if (o.restMv !== undefined) {
      this.g.lineStyle(2, COLOURS.rest, 1);
      this.g.lineBetween(x - 14, y(o.restMv), x + 14, y(o.restMv));
      this.label("rest", x - 26, y(o.restMv), 12, "#0f2742", 1);
    }
    const at = y(Math.max(o.minMv, Math.min(o.maxMv, o.vMv)));
    this.g.fillStyle(COLOURS.trace, 1);
    this.g.fillTriangle(x + 12, at, x + 24, at - 7, x + 24, at + 7);
    this.label(o.value, x, bottom + 14, 14);
    this.label(o.title, x, top - 12, 13);
  }
}
