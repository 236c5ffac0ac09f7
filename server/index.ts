// Entry point of `npm start`: makes sure the client is built, then runs the one Endplate process.
import { resolve } from "node:path";
import { Encoder } from "@colyseus/schema";
import { startEndplate } from "./app";
import { ensureClientBuilt } from "./build/ensureClient";
import { lanAddress } from "./http/publicUrl";
import { startMetrics } from "./metrics";

/** A class of 40 with its junctions does not fit Colyseus's 8 KB default encode buffer. */
Encoder.BUFFER_SIZE = 256 * 1024;

const DEFAULT_PORT = 2567;

async function main(): Promise<void> {
  const dev = process.argv.includes("--dev");
  const port = Number.parseInt(process.env.PORT ?? String(DEFAULT_PORT), 10);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, got "${process.env.PORT}"`);
  const root = resolve(import.meta.dirname, "..");
  const extraMiddleware = dev ? await (await import("./build/devMiddleware")).viteMiddleware(root) : undefined;
  const clientDir = dev ? null : await ensureClientBuilt(root);
  const server = await startEndplate({
    port,
    host: process.env.HOST,
    clientDir,
    dataDir: resolve(process.env.DATA_DIR ?? resolve(root, "data")),
    extraMiddleware,
    redisUrl: process.env.REDIS_URL,
    publicAddress: process.env.PUBLIC_ADDRESS,
  });

  const metricsEvery = Number(process.env.ENDPLATE_METRICS_EVERY_S ?? 0);
  if (metricsEvery > 0) startMetrics(metricsEvery);

  const lan = lanAddress();
  console.log(`Endplate is running at http://localhost:${server.port}`);
  if (lan) console.log(`Students on the same network open http://${lan}:${server.port}`);

  const stop = async (signal: string) => {
    console.log(`Endplate received ${signal}; closing classes.`);
    await server.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error: unknown) => {
  console.error("Endplate could not start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
