// Builds the client once before the browser tests (each test then starts the real server process).
import { resolve } from "node:path";
import { ensureClientBuilt } from "../../server/build/ensureClient";

export default async function setup(): Promise<void> {
  await ensureClientBuilt(resolve(import.meta.dirname, "../.."));
}
