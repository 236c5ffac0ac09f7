// The team-mode projector: one panel per team with its motor neuron's soma plot beside (or above) its muscle fibre's
// on one sweep and mV scale, each cell's landmarks named, a force bar, and, where the panel has room, the team's
// motor axon with the impulse jumping node to node. Frames and words are painted once into the backdrop; traces are
// rebuilt when samples arrive, the axons when an impulse moves, the bars when a force changes.
import type * as Phaser from "phaser";
import { THRESHOLD_MV } from "../../../../shared/game/view";
import { Backdrop } from "../../view/backdrop";
import { LiveLabels } from "../../view/labels";
import { css, FONT, text } from "../../view/paint";
import { COLOURS } from "../../view/palette";
import { type PathSink, Signature } from "../../view/scope";
import type { SceneContext } from "../context";
import { AxonTrail, axonWordsAt, drawAxonPicture, paintAxon, pictureKey } from "./axonFigure";
import { Cadence, type ProjectorLayout, WORDS_MS } from "./cadence";
import { fitText } from "./fit";
import { DEFAULT_SOMA_REST_MV, drawNeuronTrace, landmarkTexts, paintNeuronFrame, signedMv } from "./neuronFigure";
import { drawScopeTrace, MUSCLE_THRESHOLD_WORDS, paintScopeFrame, restLabel } from "./panels";
import { type TeamLayout, type TeamPanel, teamLayout } from "./teamLayout";

/** Landmark labels, CSS px at text scale 1: the force label's size, above the axis numbers. */
const LANDMARK_PX = 13;
/** A compact muscle plot's firing level: its title inside the plot names the cell. */
const MUSCLE_FIRES_SHORT = `fires ≈ ${signedMv(THRESHOLD_MV)} mV`;

/** The stage-wide note under compact panels: what they show, and what they leave out. */
export function compactNote(teams: number, arrangement: "side" | "stacked"): string {
  const where = arrangement === "stacked" ? "above" : "beside";
  return `Compact (${teams} teams): neuron ${where} muscle, one mV scale and sweep · solid line rest, dashed threshold · peak and undershoot: whole-class view`;
}

const INK = "#0f2742";
const AXIS = "#4a5a6e";

/** The neuron plot's title, shortened rather than shrunk where the full one is wider than the plot. */
function neuronTitle(c: CanvasRenderingContext2D, w: number, px: number): string {
  const full = "Motor neuron soma (mV)";
  c.font = `600 ${px}px ${FONT}`;
  return c.measureText(full).width <= w ? full : "Motor neuron (mV)";
}

/** The team's axon ends in a small terminal (its junction is summed up by the muscle plot below it). */
function paintTeamAxon(c: CanvasRenderingContext2D, p: TeamPanel, k: number): void {
  const a = p.axon;
  if (!a) return;
  paintAxon(c, a, p.axonWords);
  c.fillStyle = css(COLOURS.nerve);
  c.strokeStyle = css(COLOURS.ink);
  c.lineWidth = 2;
  c.beginPath();
  const y = p.axonWords ? a.y + a.sheath : a.y;
  c.ellipse(
    a.x1 + (p.axonWords ? 0 : a.terminalRx),
    y,
    a.terminalRx,
    p.axonWords ? 8 * a.k : a.sheath * 0.7,
    0,
    0,
    Math.PI * 2,
  );
  c.fill();
  c.stroke();
  if (p.axonWords) text(c, "terminal", a.x1 + a.terminalRx + 6 * a.k, y, 13 * a.k, INK, 0);
  if (p.axonName) text(c, "motor axon", p.axonName[0], p.axonName[1], 13 * k, AXIS, 0);
}

export class TeamView implements ProjectorLayout {
  private readonly backdrop: Backdrop;
  private readonly layout: TeamLayout;
  private readonly traces: Phaser.GameObjects.Graphics;
  private readonly bars: Phaser.GameObjects.Graphics;
  private readonly axons: Phaser.GameObjects.Graphics;
  private readonly trails: (AxonTrail | null)[];
  private readonly labels: LiveLabels;
  private readonly words = new Cadence(WORDS_MS);
  private traceKey = "";
  private traceSignature = 0;
  private axonKey = "";
  private barsKey = "";

  constructor(
    scene: Phaser.Scene,
    private readonly ctx: SceneContext,
    count: number,
    width: number,
    height: number,
  ) {
    this.layout = teamLayout(count, width, height);
    const { k, compact, panels, note, arrangement } = this.layout;
    this.trails = panels.map((p) => (p.axon ? new AxonTrail(p.axon.nodes) : null));
    this.backdrop = new Backdrop(scene.game.canvas, COLOURS.paper);
    // A compact plot has its numbers every 50 mV; a neuron plot above the muscle's shares the muscle's time ticks.
    const stacked = arrangement === "stacked";
    const neuronStyle = { axisStep: compact ? 50 : 25, lowest: stacked ? -50 : -100, ticks: !stacked };
    this.backdrop.paint(width, height, (c) => {
      for (const p of panels) {
        const [hx, hy] = p.header;
        text(c, `Team ${p.team + 1}`, hx, hy, 18 * k, INK, 0, "600");
        paintTeamAxon(c, p, k);
        paintNeuronFrame(c, p.neuron, k, compact ? null : neuronTitle(c, p.neuron.w, 15 * k), neuronStyle);
        const fires = compact ? MUSCLE_FIRES_SHORT : MUSCLE_THRESHOLD_WORDS;
        paintScopeFrame(c, p.scope, compact ? null : "Muscle fibre (mV)", k, fires, { axisStep: neuronStyle.axisStep });
        c.fillStyle = "#ffffff";
        c.fillRect(p.bar.x, p.bar.y, p.bar.w, p.bar.h);
        c.strokeStyle = INK;
        c.lineWidth = 2;
        c.strokeRect(p.bar.x, p.bar.y, p.bar.w, p.bar.h);
      }
      // Panels are told apart by a rule between them as well as by their headers.
      c.strokeStyle = css(COLOURS.grid);
      c.lineWidth = 2;
      for (const p of panels) c.strokeRect(p.cell.x + 1, p.cell.y + 1, p.cell.w - 2, p.cell.h - 2);
      if (note) fitText(c, compactNote(panels.length, arrangement), note.x, note.y, note.w, 13 * k, AXIS, 0);
    });
    this.bars = scene.add.graphics().setDepth(2);
    this.axons = scene.add.graphics().setDepth(2);
    this.traces = scene.add.graphics().setDepth(3);
    this.labels = new LiveLabels(scene);
  }

  update(_time: number, now: number): boolean {
    const bridge = this.ctx.bridge;
    const { panels } = this.layout;
    let changed = false;
    const rests = panels.map((p) => {
      const wire = bridge.junction(p.team);
      return { muscle: wire?.restMv ?? -85, soma: wire?.somaRestMv || DEFAULT_SOMA_REST_MV };
    });
    const restKey = rests.map((r) => `${Math.round(r.muscle * 2)}/${Math.round(r.soma * 2)}`).join(",");
    const traceKey = `${this.ctx.log?.version ?? 0}|${restKey}`;
    if (traceKey !== this.traceKey) {
      this.traceKey = traceKey;
      if (this.drawTraces(rests)) changed = true;
    }
    if (this.drawAxons(now)) changed = true;
    const forces = panels.map((p) => Math.min(1, Math.max(0, bridge.smooth(p.team, now)?.force ?? 0)));
    const barsKey = forces.map((f) => Math.round(f * 200)).join(",");
    if (barsKey !== this.barsKey) {
      this.barsKey = barsKey;
      this.bars.clear();
      this.bars.fillStyle(COLOURS.force, 1);
      panels.forEach((p, i) => {
        const f = forces[i] ?? 0;
        this.bars.fillRect(p.bar.x + 1, p.bar.y + 1 + (p.bar.h - 2) * (1 - f), p.bar.w - 2, (p.bar.h - 2) * f);
      });
      changed = true;
    }
    if (this.words.due(now)) {
      const k = this.layout.k;
      panels.forEach((p, i) => {
        const words = `force ${Math.round((forces[i] ?? 0) * 100)} %`;
        const [x, y] = p.forceWords;
        if (this.labels.set(`force-${p.team}`, words, x, y, 14 * k, INK, 1)) changed = true;
      });
    }
    return changed;
  }

  /** Every panel's soma and muscle traces with their landmark lines, and the landmarks' words. */
  private drawTraces(rests: { muscle: number; soma: number }[]): boolean {
    const { k, compact, panels } = this.layout;
    const log = this.ctx.log;
    const draw = (g: PathSink, p: TeamPanel) => {
      const rest = rests[p.team] ?? { muscle: -85, soma: DEFAULT_SOMA_REST_MV };
      const marks = drawNeuronTrace(g, p.neuron, log?.traces[p.team], rest.soma, rest.muscle, compact);
      drawScopeTrace(g, p.scope, log?.traces[p.team], rest.muscle);
      return marks;
    };
    let changed = false;
    const signature = new Signature();
    const marks = panels.map((p) => draw(signature, p));
    if (signature.value !== this.traceSignature) {
      this.traceSignature = signature.value;
      this.traces.clear();
      for (const p of panels) draw(this.traces, p);
      changed = true;
    }
    const size = LANDMARK_PX * k;
    panels.forEach((p, i) => {
      const rest = rests[i] ?? { muscle: -85, soma: DEFAULT_SOMA_REST_MV };
      if (compact) {
        // Titles inside the plots' top right corners, where the traces sit at rest; they name each plot's rest.
        const at = (r: TeamPanel["scope"]): [number, number] => [r.x + r.w - 4, r.y + 10 * k];
        const [nx, ny] = at(p.neuron);
        const [mx, my] = at(p.scope);
        const soma = `Neuron · rest ${signedMv(rest.soma)} mV`;
        if (this.labels.set(`neuron-title-${p.team}`, soma, nx, ny, size, INK, 1)) changed = true;
        const muscle = `Muscle · rest ${signedMv(rest.muscle)} mV`;
        if (this.labels.set(`muscle-title-${p.team}`, muscle, mx, my, size, INK, 1)) changed = true;
      } else {
        const [words, x, y] = restLabel(p.scope, rest.muscle, k, "muscle rest", "above");
        if (this.labels.set(`rest-${p.team}`, words, x, y, size, INK, 1)) changed = true;
      }
      for (const [id, w, lx, ly, colour] of landmarkTexts(marks[i] ?? [], p.neuron, size))
        if (this.labels.set(`${id}-${p.team}`, w, lx, ly, size, colour, 1)) changed = true;
    });
    return changed;
  }

  /** The axons' lit nodes and paths, rebuilt only when one of them changed. */
  private drawAxons(now: number): boolean {
    const bridge = this.ctx.bridge;
    const { panels } = this.layout;
    const pictures = panels.map((p, i) => {
      const wire = bridge.junction(p.team);
      return this.trails[i]?.picture(wire?.axonImpulses, wire?.impulses ?? 0, now) ?? null;
    });
    const key = pictures.map((p) => (p ? pictureKey(p) : "")).join(";");
    if (key === this.axonKey) return false;
    this.axonKey = key;
    this.axons.clear();
    panels.forEach((p, i) => {
      const picture = pictures[i];
      if (!p.axon || !picture) return;
      drawAxonPicture(this.axons, p.axon, picture);
      if (!p.axonWords) return; // a header's small axon shows the impulse by shape only (a ringed disc, a path)
      const [ax, ay] = axonWordsAt(p.axon);
      this.labels.set(`axon-${p.team}`, picture.words, ax, ay, 13 * p.axon.k, INK, 0);
    });
    return true;
  }

  destroy(): void {
    this.backdrop.destroy();
    for (const g of [this.traces, this.bars, this.axons]) g.destroy();
    this.labels.destroy();
  }
}
