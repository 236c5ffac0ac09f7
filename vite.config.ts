// Vite builds the client from client/ into dist/client; the server serves that folder on its one port.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here("./client"),
  publicDir: false,
  build: {
    outDir: here("./dist/client"),
    emptyOutDir: true,
    target: "es2022",
    sourcemap: false,
    chunkSizeWarningLimit: 1600,
  },
  server: { strictPort: false },
});
