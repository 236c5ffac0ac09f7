// Where the whole-class projector puts each part on a stage of `width` × `height` CSS px: the axon and junction figure
// with the concentration bars beside it on top; the neuron's and the muscle's oscilloscopes and the force trace
// below. Pure, so the layout can be checked (and found by a browser test) without a renderer.
import type { Rect } from "../../view/paint";
import { type AxonGeometry, axonGeometry } from "./axonFigure";
import { TICKS_PX } from "./panels";

/** The terminal's centre across the figure (a fraction of its width). */
export const TERMINAL_X = 0.42;

/** Text scale of a stage `width` × `height` CSS px: 1 on a 1024×768 screen, up to 1.5 on a large projector. */
export function textScale(width: number, height: number): number {
  return Math.min(1.5, Math.max(1, Math.min(width / 1100, height / 560)));
}

export interface ClassLayout {
  k: number;
  figure: Rect;
  axon: AxonGeometry;
  bars: Rect;
  neuron: Rect;
  scope: Rect;
  force: Rect;
}

export function classLayout(width: number, height: number): ClassLayout {
  const k = textScale(width, height);
  const figureH = height * 0.56;
  // The concentration bars get a column of their own, wide enough for their longest name.
  const barsW = Math.round(Math.min(280, Math.max(150, width * 0.15)));
  const figure = { x: 0, y: 0, w: width - barsW - 20, h: figureH };
  const top = figureH + 26 * k; // room for the plot titles
  const h = height - top - TICKS_PX * k;
  const axis = 44 * k; // the value labels left of each plot
  // Neuron and muscle side by side on the same mV scale and sweep, then force.
  const scopeX = width * 0.31 + 12 + axis;
  const forceX = width * 0.65 + 12 + axis;
  return {
    k,
    figure,
    axon: axonGeometry(figure, figure.x + figure.w * TERMINAL_X, k),
    bars: { x: width - barsW - 6, y: 14, w: barsW, h: figureH - 28 },
    neuron: { x: axis, y: top, w: width * 0.31 - axis, h },
    scope: { x: scopeX, y: top, w: width * 0.65 - scopeX, h },
    force: { x: forceX, y: top, w: width - forceX - 16, h },
  };
}
