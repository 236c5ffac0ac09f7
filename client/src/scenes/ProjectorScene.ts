// The projector: in a whole-class round the junction figure, concentration bars, the oscilloscope of membrane
// potential (mV) against physiological time (ms) and the force trace; in team mode one panel per team. Drawn
// from the bridge and the teacher's round log, each part only when its data changed; nothing here decides.
import * as Phaser from "phaser";
import { makeTokenTextures } from "../view/tokens";
import type { SceneContext } from "./context";
import { type ProjectorLayout, TICK_MS } from "./projector/cadence";
import { ClassView } from "./projector/classView";
import { TeamView } from "./projector/teamView";

export class ProjectorScene extends Phaser.Scene {
  private layout: ProjectorLayout | null = null;
  private layoutKey = "";
  private lastTick = Number.NEGATIVE_INFINITY;
  /** Whether this frame must be drawn; an unchanged frame is skipped and the browser keeps showing the last. */
  private dirty = true;

  constructor(private readonly ctx: SceneContext) {
    super({ key: "projector" });
  }

  create(): void {
    makeTokenTextures(this);
    const renderer = this.game.renderer;
    const onClear = () => {
      // Documented hook: the renderer reads this flag right after the event. No clear and no camera means no
      // drawing call, so the canvas keeps its last picture at no cost.
      (renderer.config as { clearBeforeRender: boolean }).clearBeforeRender = this.dirty;
    };
    renderer.on(Phaser.Renderer.Events.PRE_RENDER_CLEAR, onClear);
    this.events.once(Phaser.Scenes.Events.DESTROY, () => {
      renderer.off(Phaser.Renderer.Events.PRE_RENDER_CLEAR, onClear);
      this.layout?.destroy();
    });
  }

  update(time: number): void {
    const now = performance.now();
    const count = this.ctx.bridge.state()?.junctions?.length ?? 0;
    const { width, height } = this.scale;
    const key = `${Math.max(count, 1)}:${width}x${height}`;
    let changed = false;
    if (key !== this.layoutKey) {
      this.layoutKey = key;
      this.layout?.destroy();
      this.layout =
        count <= 1 ? new ClassView(this, this.ctx, width, height) : new TeamView(this, this.ctx, count, width, height);
      changed = true;
    }
    if (now - this.lastTick >= TICK_MS) {
      this.lastTick = now;
      if (this.layout?.update(this.ctx.reducedMotion ? 0 : time, now)) changed = true;
    }
    this.dirty = changed;
    this.cameras.main.setVisible(changed);
  }
}
