// Vite plugin: names, in the built index page, the files a student's role screen loads (the play screen and the
// Phaser scenes, with everything they import), as <meta name="endplate-round-assets" content="/assets/… …">. The
// lobby reads it and prefetches them (client/src/net/prefetch.ts), so the round's start does not wait on Phaser.
// The page is never cached (no-cache), so the list always matches the build it was served with.
import type { Plugin, Rolldown } from "vite";

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

export const ROUND_ASSETS_META = "endplate-round-assets";
/** The modules a role screen loads on demand (dynamic imports in the client). */
const ROUND_ENTRIES = [/\/client\/src\/pages\/play\.ts$/, /\/client\/src\/scenes\/mount\.ts$/];

type WithCss = OutputChunk & { viteMetadata?: { importedCss: Set<string> } };

/** The entry chunks and every chunk and stylesheet they import statically, as file names, minus `loaded`. */
export function roundAssetFiles(bundle: OutputBundle, loaded: Set<string> = new Set()): string[] {
  const chunks = Object.values(bundle).filter((f): f is OutputChunk => f.type === "chunk");
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const files = new Set<string>();
  const visit = (chunk: OutputChunk) => {
    if (files.has(chunk.fileName)) return;
    files.add(chunk.fileName);
    for (const file of (chunk as WithCss).viteMetadata?.importedCss ?? []) files.add(file);
    for (const name of chunk.imports) {
      const next = byName.get(name);
      if (next) visit(next);
    }
  };
  for (const entry of ROUND_ENTRIES) {
    const chunk = chunks.find((c) => c.facadeModuleId && entry.test(c.facadeModuleId.replaceAll("\\", "/")));
    if (!chunk) throw new Error(`roundAssets: no chunk for ${entry} (was it renamed?)`);
    visit(chunk);
  }
  return [...files].filter((f) => !loaded.has(f)).sort();
}

export function roundAssets(): Plugin {
  let base = "/";
  return {
    name: "endplate:round-assets",
    apply: "build",
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: "post",
      handler(_html, ctx) {
        if (!ctx.bundle) return [];
        // The page's own entry script and stylesheet are loaded before any lobby.
        const entry = ctx.chunk as WithCss | undefined;
        const loaded = new Set([entry?.fileName ?? "", ...(entry?.viteMetadata?.importedCss ?? [])]);
        const urls = roundAssetFiles(ctx.bundle, loaded).map((f) => `${base}${f}`);
        return [{ tag: "meta", attrs: { name: ROUND_ASSETS_META, content: urls.join(" ") }, injectTo: "head" }];
      },
    },
  };
}
