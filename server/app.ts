// Builds the whole server: one HTTP server on one port serving the client, the JSON API and Colyseus.
import { createServer, type Server as HttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketTransport } from "@colyseus/ws-transport";
import { Server } from "colyseus";
import express from "express";
import { CLASS_ROOM } from "../shared/protocol";
import { classRoutes } from "./http/classes";
import { documentRoutes } from "./http/documents";
import { homeworkRoutes } from "./http/homework";
import { securityHeaders } from "./http/securityHeaders";
import { staticClient } from "./http/static";
import { teacherRoutes } from "./http/teacher";
import { ClassRoom } from "./rooms/ClassRoom";
import { scaleOut } from "./scaleOut";
import { configureTrustedProxies } from "./security/clientAddress";
import { corsAllowlist } from "./security/cors";
import { MAX_MESSAGE_BYTES } from "./security/limits";
import { guardMatchmaking } from "./security/matchmaking";
import { closeStore, openStore } from "./store";
import { retentionDays, startRetention } from "./store/retention";

export interface EndplateOptions {
  /** TCP port; 0 picks a free one (tests). */
  port: number;
  /** Interface to bind; all interfaces by default so phones on the LAN can connect. */
  host?: string;
  /** Folder of the built client; null serves no pages (room tests). */
  clientDir: string | null;
  /** Folder of the SQLite database file (created if missing). */
  dataDir: string;
  /** Redis URL: several processes share matchmaking through Redis (unset: embedded, one process). */
  redisUrl?: string;
  /** This process's address as other processes' clients reach it ("host:port"), required with redisUrl. */
  publicAddress?: string;
  /** Adds routes before the page routes (the development server mounts Vite here). */
  extraMiddleware?: express.RequestHandler;
}

export interface RunningEndplate {
  port: number;
  http: HttpServer;
  close(): Promise<void>;
}

export async function startEndplate(options: EndplateOptions): Promise<RunningEndplate> {
  const days = retentionDays();
  const store = openStore(options.dataDir);
  const stopRetention = startRetention(store, options.dataDir, days);
  const app = express();
  app.disable("x-powered-by");
  configureTrustedProxies(app);
  app.use(securityHeaders({ dev: options.extraMiddleware !== undefined }));
  const http = createServer(app);
  let port = options.port;

  const gameServer = new Server({
    transport: new WebSocketTransport({ server: http, maxPayload: MAX_MESSAGE_BYTES }),
    gracefullyShutdown: false,
    greet: false,
    ...(await scaleOut(options)),
  });
  guardMatchmaking();
  gameServer.define(CLASS_ROOM, ClassRoom);

  app.use("/api", corsAllowlist());
  app.get("/api/health", (_req, res) => {
    res.json({ ok: true });
  });
  app.use(
    "/api/classes",
    classRoutes(() => port),
  );
  app.use("/api/teacher", teacherRoutes());
  app.use("/api/homework", homeworkRoutes());
  app.use("/api", (_req, res) => {
    res.status(404).json({ error: "No such API route." });
  });
  app.use(documentRoutes());
  if (options.extraMiddleware) app.use(options.extraMiddleware);
  if (options.clientDir) app.use(staticClient(options.clientDir));

  await gameServer.listen(options.port, options.host);
  port = (http.address() as AddressInfo).port;

  return {
    port,
    http,
    async close() {
      stopRetention();
      await gameServer.gracefullyShutdown(false);
      closeStore();
    },
  };
}
