// Canvas 2D drawing helpers for the baked layers: colours as CSS, text, dashed lines, a framed plot with grid.
import { TOKEN_PX, type TokenKind } from "./palette";

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export const FONT = "system-ui, sans-serif";

export function css(colour: number, alpha = 1): string {
  const r = (colour >> 16) & 0xff;
  const g = (colour >> 8) & 0xff;
  const b = colour & 0xff;
  return alpha >= 1 ? `rgb(${r},${g},${b})` : `rgba(${r},${g},${b},${alpha})`;
}

export function yOf(rect: Rect, value: number, min: number, max: number): number {
  const f = (Math.min(max, Math.max(min, value)) - min) / (max - min);
  return rect.y + rect.h - f * rect.h;
}

/** Text centred vertically on y; `originX` 0 left, 0.5 centre, 1 right aligned. */
export function text(
  ctx: CanvasRenderingContext2D,
  s: string,
  x: number,
  y: number,
  size = 14,
  colour = "#0f2742",
  originX = 0.5,
  weight = "",
): void {
  ctx.font = `${weight ? `${weight} ` : ""}${size}px ${FONT}`;
  ctx.fillStyle = colour;
  ctx.textBaseline = "middle";
  ctx.textAlign = originX === 0 ? "left" : originX === 1 ? "right" : "center";
  ctx.fillText(s, Math.round(x), Math.round(y));
}

export function line(ctx: CanvasRenderingContext2D, x1: number, y1: number, x2: number, y2: number): void {
  ctx.beginPath();
  ctx.moveTo(x1, y1);
  ctx.lineTo(x2, y2);
  ctx.stroke();
}

/** A dashed horizontal line (threshold), told apart from solid lines by its pattern. */
export function dashed(ctx: CanvasRenderingContext2D, x1: number, x2: number, y: number, colour: number): void {
  ctx.save();
  ctx.strokeStyle = css(colour);
  ctx.lineWidth = 2;
  ctx.setLineDash([8, 6]);
  line(ctx, x1, y, x2, y);
  ctx.restore();
}

/** White plot area, horizontal grid lines every `step` units, and an ink frame. */
export function frame(ctx: CanvasRenderingContext2D, r: Rect, min: number, max: number, step: number): void {
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(r.x, r.y, r.w, r.h);
  ctx.strokeStyle = "#c9d3df";
  ctx.lineWidth = 1;
  for (let v = Math.ceil(min / step) * step; v <= max; v += step) {
    const y = Math.round(yOf(r, v, min, max)) + 0.5;
    line(ctx, r.x, y, r.x + r.w, y);
  }
  ctx.strokeStyle = "#0f2742";
  ctx.lineWidth = 2;
  ctx.strokeRect(r.x, r.y, r.w, r.h);
}

/** Stamps a token texture (shape + label) into a layer, e.g. the ACh held in vesicles. */
export function stampToken(
  ctx: CanvasRenderingContext2D,
  source: CanvasImageSource | undefined,
  x: number,
  y: number,
  scale: number,
): void {
  if (!source) return;
  const s = TOKEN_PX * scale;
  ctx.drawImage(source, x - s / 2, y - s / 2, s, s);
}

export type TokenSources = Partial<Record<TokenKind, CanvasImageSource>>;
