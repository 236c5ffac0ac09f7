// Serves the built client and answers the app's page routes (/, /host/…, /join/…) with its index page.
import { existsSync } from "node:fs";
import { join } from "node:path";
import express, { type Router } from "express";

/** Page routes the single-page client handles itself. */
const PAGE_ROUTES = ["/", "/host", "/host/:code", "/join", "/join/:code", "/teacher/:token", "/homework/:code"];

export function staticClient(clientDir: string): Router {
  const router = express.Router();
  const index = join(clientDir, "index.html");
  if (!existsSync(index)) throw new Error(`The client is not built: ${index} is missing. Run "npm run build".`);
  router.use(
    "/assets",
    express.static(join(clientDir, "assets"), { immutable: true, maxAge: "1y", fallthrough: false }),
  );
  router.use(express.static(clientDir, { index: false, maxAge: "1h" }));
  router.get(PAGE_ROUTES, (_req, res) => {
    res.set("Cache-Control", "no-cache").sendFile(index);
  });
  return router;
}
