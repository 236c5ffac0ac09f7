// Real Chromium for browser tests (Debian's package, driven by playwright-core), and the real server process.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";

export const ROOT = resolve(import.meta.dirname, "../..");
export const ARTIFACTS = join(ROOT, "test-artifacts");

/** Flags that keep Chromium from reaching for the network it does not have here (see stack.md). */
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
];

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(
    (p): p is string => Boolean(p),
  );
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      "Chromium not found: install it with `apt-get install -y chromium` (Debian) or set CHROMIUM_PATH to its binary.",
    );
  }
  return found;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
}

export function artifact(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts `node --import tsx server/index.ts` exactly as `npm start` does, on a free port. */
export async function startServerProcess(env: Record<string, string> = {}): Promise<ServerProcess> {
  // A fresh data folder per server unless the test brings its own (restart tests); removed when it stops.
  const ownDataDir = env.DATA_DIR ?? mkdtempSync(join(tmpdir(), "endplate-e2e-"));
  const child = spawn(process.execPath, ["--import", "tsx", "server/index.ts"], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: "0",
      HOST: "127.0.0.1",
      DATA_DIR: mkdtempSync(join(tmpdir(), "endplate-e2e-")),
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    log += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    log += chunk.toString();
  });
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in time:\n${log}`)), 120_000);
    const check = () => {
      const match = /running at (http:\/\/localhost:\d+)/.exec(log);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1].replace("localhost", "127.0.0.1"));
      }
    };
    child.stdout?.on("data", check);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${log}`));
    });
  });
  return {
    url,
    child,
    output: () => log,
    stop: (signal = "SIGTERM") =>
      new Promise((resolveExit) => {
        if (child.exitCode !== null) {
          resolveExit(child.exitCode);
          return;
        }
        child.once("exit", (code) => {
          if (!env.DATA_DIR) rmSync(ownDataDir, { recursive: true, force: true });
          resolveExit(code);
        });
        child.kill(signal);
      }),
  };
}

/** Records every request a page makes to somewhere other than the test server (there must be none). */
export function watchForeignRequests(page: Page, allowedOrigin: string): string[] {
  const foreign: string[] = [];
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(allowedOrigin) && !url.startsWith("data:") && !url.startsWith("blob:")) {
      foreign.push(url.replace(/^ws/, "http").startsWith(allowedOrigin) ? "" : url);
    }
  });
  return foreign;
}
