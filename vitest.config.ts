// Test runner configuration, in three projects: `unit` (pure tests of shared/, seconds, no build), `server` (rooms
// and HTTP on real servers in this process) and `e2e` (real Chromium against the built client, which only this
// project builds). `vitest run` runs all three; `vitest run --project unit` runs one.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: "forks",
    projects: [
      { extends: true, test: { name: "unit", include: ["test/shared/**/*.test.ts"] } },
      { extends: true, test: { name: "server", include: ["test/server/**/*.test.ts"] } },
      {
        extends: true,
        // A project's global setup runs only when one of its files runs: `--project unit` never builds the client.
        test: { name: "e2e", include: ["test/e2e/**/*.test.ts"], globalSetup: ["test/e2e/globalSetup.ts"] },
      },
    ],
  },
});
