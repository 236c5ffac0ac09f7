// The lazy boundary to Phaser: pages import this module dynamically, so students download Phaser only when a
// round starts and the join screen stays light. One game per screen, one scene per role family.
import * as Phaser from "phaser";
import type { SceneFamily } from "../../../shared/game/roles";
import { ChannelScene } from "./ChannelScene";
import type { SceneContext } from "./context";
import { IonScene } from "./IonScene";
import { NeuronScene } from "./NeuronScene";
import { PartScene } from "./PartScene";
import { ProjectorScene } from "./ProjectorScene";
import { PumpScene } from "./PumpScene";

export type SceneName = SceneFamily | "projector";

export interface Mounted {
  destroy(): void;
}

function makeScene(name: SceneName, ctx: SceneContext): Phaser.Scene {
  switch (name) {
    case "ion":
      return new IonScene(ctx);
    case "channel":
      return new ChannelScene(ctx);
    case "pump":
      return new PumpScene(ctx);
    case "part":
      return new PartScene(ctx);
    case "neuron":
      return new NeuronScene(ctx);
    case "projector":
      return new ProjectorScene(ctx);
  }
}

/** Largest pixel ratio a student scene renders at: sharp on HiDPI phones, affordable on cheap ones. */
const MAX_PIXEL_RATIO = 2;

/** The parent's size in CSS pixels (at least 1×1, so Phaser never gets an empty canvas). */
function cssSize(parent: HTMLElement): { width: number; height: number } {
  return { width: Math.max(1, parent.clientWidth), height: Math.max(1, parent.clientHeight) };
}

export function mountScene(parent: HTMLElement, name: SceneName, ctx: SceneContext): Mounted {
  // The projector paints its still layers at the device ratio already and redraws only what moves at CSS
  // resolution (its frame budget on a throttled teacher laptop); student scenes render at the device ratio.
  const ratio = name === "projector" ? 1 : Math.min(MAX_PIXEL_RATIO, Math.max(1, window.devicePixelRatio || 1));
  ctx.pixelRatio = ratio;
  const size = cssSize(parent);
  const scale =
    ratio === 1
      ? { mode: Phaser.Scale.RESIZE, width: "100%", height: "100%" }
      : { mode: Phaser.Scale.NONE, width: size.width * ratio, height: size.height * ratio, zoom: 1 / ratio };
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    // The projector paints its still parts into a canvas underneath; its WebGL canvas is see-through.
    backgroundColor: name === "projector" ? "rgba(0,0,0,0)" : "#f7f9fc",
    transparent: name === "projector",
    banner: false,
    audio: { noAudio: true },
    input: { keyboard: false },
    scale,
    render: { antialias: true },
    scene: makeScene(name, ctx),
  });
  // At a ratio above 1 the canvas size is ours to keep in step with the parent's.
  const observer =
    ratio === 1
      ? null
      : new ResizeObserver(() => {
          const next = cssSize(parent);
          game.scale.resize(next.width * ratio, next.height * ratio);
        });
  observer?.observe(parent);
  return {
    destroy: () => {
      observer?.disconnect();
      game.destroy(true);
    },
  };
}
