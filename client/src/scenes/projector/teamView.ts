// The team-mode projector: one panel per team with its oscilloscope and a force bar. Frames and words are
// painted once into the backdrop; the traces are rebuilt when samples arrive, the bars when a force changes.
import type * as Phaser from "phaser";
import { Backdrop } from "../../view/backdrop";
import { LiveLabels } from "../../view/labels";
import { type Rect, text } from "../../view/paint";
import { COLOURS } from "../../view/palette";
import { type PathSink, Signature } from "../../view/scope";
import type { SceneContext } from "../context";
import { Cadence, type ProjectorLayout, WORDS_MS } from "./cadence";
import { drawScopeTrace, paintScopeFrame, restLabel } from "./panels";

interface Panel {
  team: number;
  scope: Rect;
  bar: Rect;
}

export class TeamView implements ProjectorLayout {
  private readonly backdrop: Backdrop;
  private readonly panels: Panel[] = [];
  private readonly traces: Phaser.GameObjects.Graphics;
  private readonly bars: Phaser.GameObjects.Graphics;
  private readonly labels: LiveLabels;
  private readonly words = new Cadence(WORDS_MS);
  private traceKey = "";
  private traceSignature = 0;
  private barsKey = "";

  constructor(
    scene: Phaser.Scene,
    private readonly ctx: SceneContext,
    count: number,
    width: number,
    height: number,
  ) {
    const cols = count <= 2 ? count : count <= 4 ? 2 : Math.ceil(count / 2);
    const rows = Math.ceil(count / cols);
    const cw = width / cols;
    const ch = height / rows;
    for (let team = 0; team < count; team++) {
      const x = (team % cols) * cw;
      const y = Math.floor(team / cols) * ch;
      this.panels.push({
        team,
        scope: { x: x + 52, y: y + 34, w: cw * 0.72 - 52, h: ch - 70 },
        bar: { x: x + cw * 0.78, y: y + 34, w: cw * 0.12, h: ch - 70 },
      });
    }
    this.backdrop = new Backdrop(scene.game.canvas, COLOURS.paper);
    this.backdrop.paint(width, height, (c) => {
      for (const p of this.panels) {
        text(c, `Team ${p.team + 1}`, p.scope.x - 40, p.scope.y - 18, 18, "#0f2742", 0, "600");
        paintScopeFrame(c, p.scope, null);
        c.fillStyle = "#ffffff";
        c.fillRect(p.bar.x, p.bar.y, p.bar.w, p.bar.h);
        c.strokeStyle = "#0f2742";
        c.lineWidth = 2;
        c.strokeRect(p.bar.x, p.bar.y, p.bar.w, p.bar.h);
      }
    });
    this.bars = scene.add.graphics().setDepth(2);
    this.traces = scene.add.graphics().setDepth(3);
    this.labels = new LiveLabels(scene);
  }

  update(_time: number, now: number): boolean {
    const bridge = this.ctx.bridge;
    let changed = false;
    const forces = this.panels.map((p) => Math.min(1, Math.max(0, bridge.smooth(p.team, now)?.force ?? 0)));
    const restKey = this.panels.map((p) => Math.round((bridge.junction(p.team)?.restMv ?? -85) * 2)).join(",");
    const traceKey = `${this.ctx.log?.version ?? 0}|${restKey}`;
    if (traceKey !== this.traceKey) {
      this.traceKey = traceKey;
      const draw = (g: PathSink) => {
        for (const p of this.panels)
          drawScopeTrace(g, p.scope, this.ctx.log?.traces[p.team], bridge.junction(p.team)?.restMv ?? -85);
      };
      const signature = new Signature();
      draw(signature);
      if (signature.value !== this.traceSignature) {
        this.traceSignature = signature.value;
        this.traces.clear();
        draw(this.traces);
        changed = true;
      }
      for (const p of this.panels) {
        const [words, x, y] = restLabel(p.scope, bridge.junction(p.team)?.restMv ?? -85);
        if (this.labels.set(`rest-${p.team}`, words, x, y, 12, "#4a5a6e", 1)) changed = true;
      }
    }
    const barsKey = forces.map((f) => Math.round(f * 200)).join(",");
    if (barsKey !== this.barsKey) {
      this.barsKey = barsKey;
      this.bars.clear();
      this.bars.fillStyle(COLOURS.force, 1);
      this.panels.forEach((p, i) => {
        const f = forces[i] ?? 0;
        this.bars.fillRect(p.bar.x + 1, p.bar.y + 1 + (p.bar.h - 2) * (1 - f), p.bar.w - 2, (p.bar.h - 2) * f);
      });
      changed = true;
    }
    if (this.words.due(now)) {
      this.panels.forEach((p, i) => {
        const words = `force ${Math.round((forces[i] ?? 0) * 100)} %`;
        if (this.labels.set(`force-${p.team}`, words, p.bar.x + p.bar.w / 2, p.bar.y + p.bar.h + 14, 13))
          changed = true;
      });
    }
    return changed;
  }

  destroy(): void {
    this.backdrop.destroy();
    this.traces.destroy();
    this.bars.destroy();
    this.labels.destroy();
  }
}
