// The lazy boundary to Phaser: pages import this module dynamically, so students download Phaser only when a
// round starts and the join screen stays light. One game per screen, one scene per role family.
import * as Phaser from "phaser";
import type { RoleGroup } from "../../../shared/game/roles";
import { ChannelScene } from "./ChannelScene";
import type { SceneContext } from "./context";
import { IonScene } from "./IonScene";
import { PartScene } from "./PartScene";
import { ProjectorScene } from "./ProjectorScene";
import { PumpScene } from "./PumpScene";

export type SceneName = RoleGroup | "projector";

export interface Mounted {
  destroy(): void;
}

function makeScene(name: SceneName, ctx: SceneContext): Phaser.Scene {
  switch (name) {
    case "ions":
      return new IonScene(ctx);
    case "channels":
      return new ChannelScene(ctx);
    case "pumps":
      return new PumpScene(ctx);
    case "other":
      return new PartScene(ctx);
    case "projector":
      return new ProjectorScene(ctx);
  }
}

export function mountScene(parent: HTMLElement, name: SceneName, ctx: SceneContext): Mounted {
  const game = new Phaser.Game({
    type: Phaser.AUTO,
    parent,
    // The projector paints its still parts into a canvas underneath; its WebGL canvas is see-through.
    backgroundColor: name === "projector" ? "rgba(0,0,0,0)" : "#f7f9fc",
    transparent: name === "projector",
    banner: false,
    audio: { noAudio: true },
    input: { keyboard: false },
    scale: { mode: Phaser.Scale.RESIZE, width: "100%", height: "100%" },
    render: { antialias: true },
    scene: makeScene(name, ctx),
  });
  return { destroy: () => game.destroy(true) };
}
