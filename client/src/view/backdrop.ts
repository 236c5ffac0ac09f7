// The still part of a figure, painted once per layout with the Canvas 2D API and shown as the background of an
// element under the (transparent) Phaser canvas: the browser composites it for free every frame, so WebGL
// draws only what moves. An image, not a second canvas, so the page keeps one canvas per stage.
import { css } from "./paint";

export class Backdrop {
  private readonly element = document.createElement("div");
  private url: string | null = null;
  private generation = 0;

  constructor(game: HTMLCanvasElement, background: number) {
    this.element.setAttribute("aria-hidden", "true");
    this.element.style.cssText = `position:absolute;left:0;top:0;pointer-events:none;background-color:${css(background)}`;
    // Positioned after the backdrop in the DOM, the game canvas stacks above it.
    game.style.position = "relative";
    game.parentElement?.insertBefore(this.element, game);
  }

  /** Repaints at the device's pixel ratio (crisp on HiDPI projectors); `paint` draws in CSS pixels. */
  paint(width: number, height: number, paint: (ctx: CanvasRenderingContext2D) => void): void {
    const ratio = Math.min(2, window.devicePixelRatio || 1);
    const canvas = document.createElement("canvas");
    canvas.width = Math.max(1, Math.round(width * ratio));
    canvas.height = Math.max(1, Math.round(height * ratio));
    const ctx = canvas.getContext("2d");
    if (!ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    paint(ctx);
    this.element.style.width = `${width}px`;
    this.element.style.height = `${height}px`;
    const generation = ++this.generation;
    canvas.toBlob((blob) => {
      if (!blob || generation !== this.generation) return;
      this.release();
      this.url = URL.createObjectURL(blob);
      this.element.style.backgroundImage = `url("${this.url}")`;
      this.element.style.backgroundSize = `${width}px ${height}px`;
    });
  }

  destroy(): void {
    this.generation += 1;
    this.release();
    this.element.remove();
  }

  private release(): void {
    if (this.url) URL.revokeObjectURL(this.url);
    this.url = null;
  }
}
