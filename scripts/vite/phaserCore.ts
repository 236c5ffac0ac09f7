// Vite plugin: builds Phaser from its sources with Phaser's own "core" entry point (src/phaser-core.js: the game,
// scenes, cameras, Graphics, Image, Text, Sprite, Layer, textures, input, loader, tweens, time — no physics,
// tilemaps, particles, sound, Spine or 3D plugins), instead of the prebuilt 1.4 MB everything-bundle. Everything the
// scenes use is in it (client/src/scenes). Phaser's webpack build replaces its feature flags (`typeof
// WEBGL_RENDERER` …) with constants; this plugin does the same, so the unused branches drop out. Builds only: the
// development server (`npm run dev`) keeps the prebuilt bundle, which needs no flags.
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";

const PHASER_CORE_ENTRY = fileURLToPath(new URL("../../node_modules/phaser/src/phaser-core.js", import.meta.url));

/** Phaser's build-time flags: both renderers (Canvas stays the fallback where WebGL is missing), no sound (the
 * scenes create their games with `audio: { noAudio: true }`), no WebGL debugger, no optional plugins. */
const FLAGS: Record<string, boolean> = {
  CANVAS_RENDERER: true,
  WEBGL_RENDERER: true,
  WEBGL_DEBUG: false,
  FEATURE_SOUND: false,
  PLUGIN_CAMERA3D: false,
  PLUGIN_FBINSTANT: false,
};
const FLAG = new RegExp(`typeof (${Object.keys(FLAGS).join("|")})\\b`, "g");
const PHASER_SOURCE = /[\\/]node_modules[\\/]phaser[\\/]src[\\/]/;

export function phaserCore(): Plugin {
  return {
    name: "endplate:phaser-core",
    apply: "build",
    enforce: "pre",
    config: () => ({ resolve: { alias: [{ find: /^phaser$/, replacement: PHASER_CORE_ENTRY }] } }),
    transform: {
      filter: { id: PHASER_SOURCE },
      handler(code, id) {
        if (!PHASER_SOURCE.test(id)) return null;
        let out = code.replace(FLAG, (_m, name: string) => String(FLAGS[name]));
        // The entry also sets a `Phaser` global (webpack's `global`); modules import it instead.
        if (id.endsWith("phaser-core.js")) out = out.replace(/^global\.Phaser = Phaser;$/m, "");
        return out === code ? null : { code: out, map: null };
      },
    },
  };
}
