// Words painted into the projector's still layer that must stay inside their space: a label is shrunk (down to
// a floor still readable from the back of a classroom) rather than clipped at the edge or run into its neighbour.
import { FONT, text } from "../../view/paint";

/** Smallest font a projected label may shrink to, CSS px. */
const MIN_PX = 11;

/** Paints `s` no wider than `maxW` (shrinking from `size`); returns the size it used. */
export function fitText(
  ctx: CanvasRenderingContext2D,
  s: string,
  x: number,
  y: number,
  maxW: number,
  size: number,
  colour = "#0f2742",
  originX = 0.5,
  weight = "",
): number {
  ctx.font = `${weight ? `${weight} ` : ""}${size}px ${FONT}`;
  const width = ctx.measureText(s).width;
  const px = width > maxW && width > 0 ? Math.max(MIN_PX, Math.floor((size * maxW) / width)) : size;
  text(ctx, s, x, y, px, colour, originX, weight);
  return px;
}

/** Time-axis ticks under a plot: `labels[i]` at fraction i / (n − 1) of its width, the unit after the last. */
export function timeTicks(
  ctx: CanvasRenderingContext2D,
  r: { x: number; y: number; w: number; h: number },
  labels: string[],
  size: number,
  colour: string,
): void {
  const n = labels.length;
  ctx.strokeStyle = colour;
  ctx.lineWidth = 1.5;
  labels.forEach((label, i) => {
    const x = Math.round(r.x + (r.w * i) / Math.max(1, n - 1)) + 0.5;
    ctx.beginPath();
    ctx.moveTo(x, r.y + r.h);
    ctx.lineTo(x, r.y + r.h + 5);
    ctx.stroke();
    // The first label starts at its tick and the last ends at it, so neither leaves the plot's width.
    text(ctx, label, x, r.y + r.h + 6 + size * 0.7, size, colour, i === 0 ? 0 : i === n - 1 ? 1 : 0.5);
  });
}
