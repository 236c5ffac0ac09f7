// Drawing helpers shared by the student scenes: the two compartments and the membrane between them, and
// tokens spread over a compartment with a gentle drift (none under reduced motion).
import { COLOURS, type TokenKind } from "../view/palette";
import type { TokenPool } from "../view/tokens";

export interface Compartments {
  membraneY: number;
  thickness: number;
}

export function drawCompartments(
  g: { fillStyle(c: number, a?: number): unknown; fillRect(x: number, y: number, w: number, h: number): unknown },
  width: number,
  height: number,
  insideColour: number = COLOURS.inside,
): Compartments {
  const membraneY = Math.round(height * 0.5);
  const thickness = Math.max(18, Math.round(height * 0.07));
  g.fillStyle(COLOURS.outside, 1);
  g.fillRect(0, 0, width, membraneY);
  g.fillStyle(insideColour, 1);
  g.fillRect(0, membraneY, width, height - membraneY);
  g.fillStyle(COLOURS.membrane, 0.85);
  g.fillRect(0, membraneY - thickness / 2, width, thickness);
  return { membraneY, thickness };
}

/** Places `count` tokens in a box with a deterministic layout and a slow drift driven by `time` (ms). */
export function scatter(
  pool: TokenPool,
  kind: TokenKind,
  count: number,
  box: { x: number; y: number; w: number; h: number },
  time: number,
  scale = 0.8,
): void {
  for (let i = 0; i < count; i++) {
    const fx = ((i * 0.618034 + 0.13) % 1) * 0.9 + 0.05;
    const fy = ((i * 0.414214 + 0.29) % 1) * 0.8 + 0.1;
    const dx = Math.sin(time / 900 + i * 1.7) * 6;
    const dy = Math.cos(time / 1100 + i * 2.3) * 5;
    pool.place(kind, box.x + fx * box.w + dx, box.y + fy * box.h + dy, scale);
  }
}

/** Tokens for a concentration: one per `perToken` mM, at least one if any is present, at most `max`. */
export function tokensFor(concentrationMM: number, perToken: number, max = 14): number {
  if (!(concentrationMM > 0)) return 0;
  return Math.min(max, Math.max(1, Math.round(concentrationMM / perToken)));
}
