// When the projector redraws: on a ~30 Hz tick it brings up to date only the parts whose data changed (traces
// when samples arrived — the server sends them at 20 Hz —, shapes, tokens), and words four times a second.
import type * as Phaser from "phaser";
import type { TokenSources } from "../../view/paint";
import type { TokenKind } from "../../view/palette";

/** The redraw tick, wall ms: two display frames at 60 Hz (30 Hz), with room for timer jitter. */
export const TICK_MS = 30;
/** Words (values, gate states) change at most this often, wall ms: readable, and each change costs an upload. */
export const WORDS_MS = 250;

/** Remembers when something was last redrawn and answers whether it may be redrawn now. */
export class Cadence {
  private last = Number.NEGATIVE_INFINITY;

  constructor(private readonly everyMs: number) {}

  due(now: number): boolean {
    if (now - this.last < this.everyMs) return false;
    this.last = now;
    return true;
  }
}

/** The token textures' canvases, to stamp tokens into painted layers. */
export function tokenSources(scene: Phaser.Scene): TokenSources {
  const out: TokenSources = {};
  for (const kind of ["na", "k", "ca", "ach", "atp"] as TokenKind[]) {
    const source = scene.textures.exists(`token-${kind}`) ? scene.textures.get(`token-${kind}`).getSourceImage() : null;
    if (source instanceof HTMLCanvasElement) out[kind] = source;
  }
  return out;
}

/** One way of laying out the projector (whole class or teams), rebuilt when the size or team count changes. */
export interface ProjectorLayout {
  /** Brings the moving parts up to date; true if anything on screen changed (else the frame is not redrawn). */
  update(time: number, now: number): boolean;
  destroy(): void;
}
