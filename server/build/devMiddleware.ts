// Development only (`npm run dev`): Vite serves the client with hot reload inside the same process.
import type { RequestHandler } from "express";

export async function viteMiddleware(root: string): Promise<RequestHandler> {
  const { createServer } = await import("vite");
  // The config file sets the client's own root (client/); passing `root` here would override it and serve 404s.
  const vite = await createServer({
    configFile: `${root}/vite.config.ts`,
    server: { middlewareMode: true },
    appType: "spa",
  });
  return vite.middlewares as unknown as RequestHandler;
}
