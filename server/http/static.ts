// Serves the built client and answers the app's page routes (/, /host/…, /join/…) with its index page. Files go
// out as the build's precompressed brotli or gzip copy when the browser accepts one (scripts/vite/precompress.ts),
// with `Vary: Accept-Encoding`; hashed files under /assets are cached for a year, the page is revalidated each time.
import { existsSync, statSync } from "node:fs";
import { extname, join, resolve, sep } from "node:path";
import express, { type Request, type Response, type Router } from "express";
import { chooseEncoding, type Encoding } from "./encoding";

/** Page routes the single-page client handles itself. */
const PAGE_ROUTES = [
  "/",
  "/host",
  "/host/:code",
  "/join",
  "/join/:code",
  "/teacher",
  "/teacher/:token",
  "/homework/:code",
];
/** Vite names every file under /assets by its content hash: a changed file is a new name. */
const IMMUTABLE = "public, max-age=31536000, immutable";
/** The page (and anything unhashed) is revalidated on every load, so a new build reaches phones at once. */
const REVALIDATE = "no-cache";
const SUFFIX: Record<Encoding, string> = { br: ".br", gzip: ".gz", identity: "" };

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The file under `root` a URL path names, or null (outside the folder, a directory, a compressed copy, absent). */
function fileFor(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0") || /\.(br|gz)$/.test(decoded)) return null;
  const path = resolve(root, `.${decoded}`);
  if (!path.startsWith(root + sep) || !isFile(path)) return null;
  return path;
}

/** Sends `path` (or its .br/.gz copy when the browser takes it) with the given cache policy. */
function sendFile(req: Request, res: Response, path: string, cacheControl: string): void {
  const copies = { br: isFile(`${path}.br`), gzip: isFile(`${path}.gz`) };
  const encoding = chooseEncoding(req.get("Accept-Encoding"), copies);
  // The type is the original file's; `send` keeps a Content-Type that is already set.
  res.type(extname(path));
  res.set("Cache-Control", cacheControl);
  if (copies.br || copies.gzip) res.vary("Accept-Encoding");
  if (encoding !== "identity") res.set("Content-Encoding", encoding);
  // Byte ranges of a compressed body are not what a browser asks for; ETags differ per copy (size and time).
  res.sendFile(`${path}${SUFFIX[encoding]}`, { cacheControl: false, acceptRanges: false, dotfiles: "allow" });
}

export function staticClient(clientDir: string): Router {
  const root = resolve(clientDir);
  const router = express.Router();
  const index = join(root, "index.html");
  if (!existsSync(index)) throw new Error(`The client is not built: ${index} is missing. Run "npm run build".`);
  router.get("/assets/*", (req, res) => {
    const path = fileFor(root, req.path);
    if (path) sendFile(req, res, path, IMMUTABLE);
    else res.status(404).type("text/plain").send("Not found");
  });
  router.get(PAGE_ROUTES, (req, res) => {
    sendFile(req, res, index, REVALIDATE);
  });
  router.get("*", (req, res, next) => {
    const path = fileFor(root, req.path);
    if (path) sendFile(req, res, path, REVALIDATE);
    else next();
  });
  return router;
}
