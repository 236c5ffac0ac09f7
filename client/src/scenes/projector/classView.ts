// The whole-class projector: the junction figure, concentration bars, the oscilloscope and the force trace.
// Anatomy, frames and words are painted once into the backdrop; each moving part is rebuilt only when its
// data changed (traces when samples arrive, shapes when what they show changes, tokens a few times a second).
import type * as Phaser from "phaser";
import { Backdrop } from "../../view/backdrop";
import { LiveLabels } from "../../view/labels";
import type { Rect } from "../../view/paint";
import { COLOURS } from "../../view/palette";
import { Signature } from "../../view/scope";
import { TokenPool } from "../../view/tokens";
import type { SceneContext } from "../context";
import { Cadence, type ProjectorLayout, tokenSources, WORDS_MS } from "./cadence";
import {
  drawFigureShapes,
  type FigureGeometry,
  figureGeometry,
  figureLive,
  figureTexts,
  liveKey,
  paintFigure,
  placeFigureTokens,
} from "./figure";
import {
  barsKey,
  barTexts,
  drawBars,
  drawForceTrace,
  drawScopeTrace,
  MV_WINDOW_MS,
  paintBarsFrame,
  paintForceFrame,
  paintScopeFrame,
  restLabel,
  TICKS_PX,
} from "./panels";

/** Text scale of a stage `width` × `height` CSS px: 1 on a 1024×768 screen, up to 1.5 on a large projector. */
export function textScale(width: number, height: number): number {
  return Math.min(1.5, Math.max(1, Math.min(width / 1100, height / 560)));
}

export class ClassView implements ProjectorLayout {
  private readonly backdrop: Backdrop;
  private readonly traces: Phaser.GameObjects.Graphics;
  private readonly shapes: Phaser.GameObjects.Graphics;
  private readonly bars: Phaser.GameObjects.Graphics;
  private readonly tokens: TokenPool;
  private readonly labels: LiveLabels;
  private readonly figure: FigureGeometry;
  private readonly scope: Rect;
  private readonly force: Rect;
  private readonly barsRect: Rect;
  /** Text scale of this layout (see textScale). */
  private readonly k: number;
  private readonly words = new Cadence(WORDS_MS);
  private traceKey = "";
  private traceSignature = 0;
  private shapesKey = "";
  private barsKey = "";

  constructor(
    scene: Phaser.Scene,
    private readonly ctx: SceneContext,
    width: number,
    height: number,
  ) {
    const k = textScale(width, height);
    this.k = k;
    const figureH = height * 0.56;
    // The concentration bars get a column of their own, wide enough for their longest name.
    const barsW = Math.round(Math.min(280, Math.max(150, width * 0.15)));
    this.figure = figureGeometry({ x: 0, y: 0, w: width - barsW - 20, h: figureH });
    this.barsRect = { x: width - barsW - 6, y: 14, w: barsW, h: figureH - 28 };
    const top = figureH + 26 * k; // room for the plot titles
    const h = height - top - TICKS_PX * k;
    const axis = 44 * k; // the value labels left of each plot
    this.scope = { x: axis, y: top, w: width * 0.6 - axis, h };
    const forceX = width * 0.6 + 16 + axis;
    this.force = { x: forceX, y: top, w: width - forceX - 16, h };
    this.backdrop = new Backdrop(scene.game.canvas, COLOURS.paper);
    const sources = tokenSources(scene);
    this.backdrop.paint(width, height, (c) => {
      paintFigure(c, this.figure, sources, k);
      paintBarsFrame(c, this.barsRect, k);
      paintScopeFrame(c, this.scope, `Membrane potential (mV) · ${MV_WINDOW_MS} ms sweep from the last EPP`, k);
      paintForceFrame(c, this.force, k);
    });
    this.shapes = scene.add.graphics().setDepth(2);
    this.bars = scene.add.graphics().setDepth(2);
    this.traces = scene.add.graphics().setDepth(3);
    this.tokens = new TokenPool(scene);
    this.labels = new LiveLabels(scene);
  }

  update(time: number, now: number): boolean {
    const bridge = this.ctx.bridge;
    const j = bridge.smooth(0, now);
    if (!j) return false;
    let changed = false;
    const restMv = bridge.junction(0)?.restMv ?? -85;
    const log = this.ctx.log;
    const traceKey = `${log?.version ?? 0}|${Math.round(restMv * 2)}`;
    if (traceKey !== this.traceKey) {
      this.traceKey = traceKey;
      const trace = log?.traces[0];
      const signature = new Signature();
      drawScopeTrace(signature, this.scope, trace, restMv);
      drawForceTrace(signature, this.force, trace);
      if (signature.value !== this.traceSignature) {
        this.traceSignature = signature.value;
        this.traces.clear();
        drawScopeTrace(this.traces, this.scope, trace, restMv);
        drawForceTrace(this.traces, this.force, trace);
        changed = true;
      }
      const [words, x, y] = restLabel(this.scope, restMv, this.k);
      if (this.labels.set("rest", words, x, y, 12 * this.k, "#4a5a6e", 1)) changed = true;
    }
    const live = figureLive(j);
    const shapesKey = liveKey(live);
    if (shapesKey !== this.shapesKey) {
      this.shapesKey = shapesKey;
      drawFigureShapes(this.shapes, this.figure, live);
      changed = true;
    }
    this.tokens.begin();
    placeFigureTokens(this.tokens, this.figure, j, live, time);
    if (this.tokens.end()) changed = true;
    if (this.words.due(now)) {
      for (const [id, words, x, y] of figureTexts(this.figure, live, this.k))
        if (this.labels.set(id, words, x, y, 14 * this.k)) changed = true;
      for (const [id, words, x, y] of barTexts(this.barsRect, j, this.k))
        if (this.labels.set(id, words, x, y, 13 * this.k, "#0f2742", 1)) changed = true;
      const key = barsKey(j, this.barsRect);
      if (key !== this.barsKey) {
        this.barsKey = key;
        this.bars.clear();
        drawBars(this.bars, this.barsRect, j, this.k);
        changed = true;
      }
    }
    return changed;
  }

  destroy(): void {
    this.backdrop.destroy();
    for (const g of [this.traces, this.shapes, this.bars]) g.destroy();
    this.tokens.destroy();
    this.labels.destroy();
  }
}
