// Vite builds the client from client/ into dist/client; the server serves that folder on its one port. Phaser is
// built from its own "core" entry point (half the bytes of the full bundle); vendor code goes in chunks of its own
// (Phaser, Colyseus) whose names change only when the package does, so phones keep them cached across deploys; the
// page lists the role screen's files for the lobby to prefetch; every text file gets .br and .gz copies for the
// server to send. The plugins are in scripts/vite/.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
// ".js": Vite's config loader resolves it to the .ts file (and warns about paths without an extension).
import { phaserCore } from "./scripts/vite/phaserCore.js";
import { precompress } from "./scripts/vite/precompress.js";
import { roundAssets } from "./scripts/vite/roundAssets.js";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here("./client"),
  publicDir: false,
  resolve: {
    // The packages' ES-module builds instead of the CommonJS/UMD ones their "browser" conditions pick: the same
    // code, ≈ 25 kB smaller once bundled, and one copy of the schema package either way.
    alias: [
      { find: /^colyseus\.js$/, replacement: here("./node_modules/colyseus.js/build/esm/index.mjs") },
      { find: /^@colyseus\/schema$/, replacement: here("./node_modules/@colyseus/schema/build/esm/index.mjs") },
    ],
  },
  build: {
    outDir: here("./dist/client"),
    emptyOutDir: true,
    target: "es2022",
    sourcemap: false,
    // Phaser's core is one ≈ 780 kB chunk (≈ 160 kB brotli) that nothing smaller can be split from.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      // Brotli at its best level takes ≈ 2 s of the build on purpose (bytes on school Wi-Fi matter more).
      checks: { bundlerTimings: false },
      output: {
        codeSplitting: {
          groups: [
            { name: "phaser", test: /[\\/]node_modules[\\/](phaser|eventemitter3)[\\/]/ },
            { name: "colyseus", test: /[\\/]node_modules[\\/](colyseus\.js|@colyseus|ws)[\\/]/ },
          ],
        },
      },
    },
  },
  plugins: [phaserCore(), roundAssets(), precompress()],
  server: { strictPort: false },
});
