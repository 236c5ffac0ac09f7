// Fetches, at low priority, the files a role screen needs (the play screen, the scenes, Phaser) while a student
// waits in the lobby, so the round's start is not held up by ~300 kB per phone at the same moment. The built page
// lists them (scripts/vite/roundAssets.ts); a development page lists none. A prefetch only fills the browser's
// cache: if it fails (flaky Wi-Fi) the role screen simply loads them itself, as it would without it.
const ROUND_ASSETS_META = "endplate-round-assets";

let requested = false;

export function prefetchRoundAssets(): void {
  if (requested) return;
  requested = true;
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${ROUND_ASSETS_META}"]`);
  for (const href of meta?.content.split(" ") ?? []) {
    if (!href) continue;
    const link = document.createElement("link");
    link.rel = "prefetch";
    // The same request mode as the module loader's own fetch later (CORS, same origin), so it reuses the response.
    link.crossOrigin = "anonymous";
    link.href = href;
    document.head.append(link);
  }
}
