// Builds the client with Vite when its output is missing or older than the sources (first `npm start`).
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const SOURCE_DIRS = ["client", "shared", "scripts/vite"];
const SOURCE_FILES = ["vite.config.ts", "package.json"];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === "node_modules" || entry === "dist") continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** Returns the folder of the built client, building it first if needed. */
export async function ensureClientBuilt(root: string): Promise<string> {
  const outDir = join(root, "dist", "client");
  const stamp = join(outDir, "index.html");
  const sources = Math.max(...[...SOURCE_DIRS, ...SOURCE_FILES].map((p) => newestMtime(join(root, p))));
  if (existsSync(stamp) && statSync(stamp).mtimeMs >= sources) return outDir;
  console.log("Building the Endplate client (first start or changed sources)…");
  let vite: typeof import("vite");
  try {
    vite = await import("vite");
  } catch {
    throw new Error(`The client is not built and Vite is not installed. Run "npm ci" (with dev dependencies) first.`);
  }
  await vite.build({ configFile: join(root, "vite.config.ts"), logLevel: "warn" });
  return outDir;
}
