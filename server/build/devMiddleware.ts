// Development only (`npm run dev`): Vite serves the client with hot reload inside the same process.
import type { RequestHandler } from "express";

export async function viteMiddleware(root: string): Promise<RequestHandler> {
  const { createServer } = await import("vite");
  const vite = await createServer({
    root,
    configFile: `${root}/vite.config.ts`,
    server: { middlewareMode: true },
    appType: "spa",
  });
  return vite.middlewares as unknown as RequestHandler;
}
