// The whole-class projector: the motor axon and junction figure, concentration bars, the neuron's and the muscle's
// oscilloscopes side by side on one sweep and mV scale, and the force trace. Anatomy, frames and words are painted
// once into the backdrop; each moving part is rebuilt only when its data changed (traces when samples arrive, shapes
// when what they show changes, tokens a few times a second).
import type * as Phaser from "phaser";
import { Backdrop } from "../../view/backdrop";
import { LiveLabels } from "../../view/labels";
import type { Rect } from "../../view/paint";
import { COLOURS } from "../../view/palette";
import { Signature } from "../../view/scope";
import { TokenPool } from "../../view/tokens";
import type { SceneContext } from "../context";
import { type AxonGeometry, AxonTrail, axonWordsAt, drawAxonPicture, paintAxon, pictureKey } from "./axonFigure";
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
import { classLayout } from "./layout";
import { DEFAULT_SOMA_REST_MV, drawNeuronTrace, landmarkTexts, paintNeuronFrame } from "./neuronFigure";
import {
  barsKey,
  barTexts,
  drawBars,
  drawForceTrace,
  drawScopeTrace,
  MUSCLE_THRESHOLD_WORDS,
  paintBarsFrame,
  paintForceFrame,
  paintScopeFrame,
  restLabel,
} from "./panels";

/** Landmark labels on the two scopes, CSS px at text scale 1 (a size above the axis numbers: read from the back). */
const LANDMARK_PX = 14;

export class ClassView implements ProjectorLayout {
  private readonly backdrop: Backdrop;
  private readonly traces: Phaser.GameObjects.Graphics;
  private readonly shapes: Phaser.GameObjects.Graphics;
  private readonly bars: Phaser.GameObjects.Graphics;
  private readonly tokens: TokenPool;
  private readonly labels: LiveLabels;
  private readonly figure: FigureGeometry;
  private readonly scope: Rect;
  private readonly neuron: Rect;
  private readonly axon: AxonGeometry;
  private readonly axonLayer: Phaser.GameObjects.Graphics;
  private readonly trail: AxonTrail;
  private axonKey = "";
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
    const layout = classLayout(width, height);
    const k = layout.k;
    this.k = k;
    this.axon = layout.axon;
    this.figure = figureGeometry(layout.figure, this.axon.y + this.axon.sheath / 2);
    this.trail = new AxonTrail(this.axon.nodes);
    this.barsRect = layout.bars;
    this.neuron = layout.neuron;
    this.scope = layout.scope;
    this.force = layout.force;
    this.backdrop = new Backdrop(scene.game.canvas, COLOURS.paper);
    const sources = tokenSources(scene);
    this.backdrop.paint(width, height, (c) => {
      paintFigure(c, this.figure, sources, k);
      paintAxon(c, this.axon);
      paintBarsFrame(c, this.barsRect, k);
      paintNeuronFrame(c, this.neuron, k);
      paintScopeFrame(c, this.scope, "Muscle fibre (mV) · sweep from the last EPP", k, MUSCLE_THRESHOLD_WORDS);
      paintForceFrame(c, this.force, k);
    });
    this.shapes = scene.add.graphics().setDepth(2);
    this.axonLayer = scene.add.graphics().setDepth(2);
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
    const wire = bridge.junction(0);
    const restMv = wire?.restMv ?? -85;
    const somaRestMv = wire?.somaRestMv || DEFAULT_SOMA_REST_MV;
    const log = this.ctx.log;
    const traceKey = `${log?.version ?? 0}|${Math.round(restMv * 2)}|${Math.round(somaRestMv * 2)}`;
    if (traceKey !== this.traceKey) {
      this.traceKey = traceKey;
      const trace = log?.traces[0];
      const signature = new Signature();
      const marks = drawNeuronTrace(signature, this.neuron, trace, somaRestMv, restMv);
      drawScopeTrace(signature, this.scope, trace, restMv);
      drawForceTrace(signature, this.force, trace);
      if (signature.value !== this.traceSignature) {
        this.traceSignature = signature.value;
        this.traces.clear();
        drawNeuronTrace(this.traces, this.neuron, trace, somaRestMv, restMv);
        drawScopeTrace(this.traces, this.scope, trace, restMv);
        drawForceTrace(this.traces, this.force, trace);
        changed = true;
      }
      const [words, x, y] = restLabel(this.scope, restMv, this.k, "muscle rest", "above");
      if (this.labels.set("rest", words, x, y, LANDMARK_PX * this.k, "#0f2742", 1)) changed = true;
      for (const [id, w, lx, ly, colour] of landmarkTexts(marks, this.neuron, LANDMARK_PX * this.k))
        if (this.labels.set(id, w, lx, ly, LANDMARK_PX * this.k, colour, 1)) changed = true;
    }
    const live = figureLive(j);
    const shapesKey = liveKey(live);
    if (shapesKey !== this.shapesKey) {
      this.shapesKey = shapesKey;
      drawFigureShapes(this.shapes, this.figure, live);
      changed = true;
    }
    const picture = this.trail.picture(wire?.axonImpulses, wire?.impulses ?? 0, now);
    const axonKey = pictureKey(picture);
    if (axonKey !== this.axonKey) {
      this.axonKey = axonKey;
      this.axonLayer.clear();
      drawAxonPicture(this.axonLayer, this.axon, picture);
      const [ax, ay] = axonWordsAt(this.axon);
      this.labels.set("axon", picture.words, ax, ay, 13 * this.k, "#0f2742", 0);
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
    for (const g of [this.traces, this.shapes, this.bars, this.axonLayer]) g.destroy();
    this.tokens.destroy();
    this.labels.destroy();
  }
}
