// The stage every browser test plays on: one real server process and one Chromium for the file, pages opened in
// their own contexts (a phone, a laptop, the projector), page errors and requests to other origins collected,
// everything closed afterwards. `useStage()` registers the hooks; call it at the top of a test file.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium, type ServerProcess, startServerProcess, watchForeignRequests } from "../helpers/browser";

/** A phone in portrait with touch (an iPhone 12–15-sized screen). */
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
export const LAPTOP = { viewport: { width: 1366, height: 768 } };
/** A teacher's laptop driving the projector. */
export const PROJECTOR = { viewport: { width: 1600, height: 1000 } };

export interface Stage {
  /** The server's base address, e.g. http://127.0.0.1:40123. */
  readonly url: string;
  /** Uncaught errors of any page opened on the stage (a test ends by expecting none). */
  readonly pageErrors: string[];
  /** Requests any page made to another origin (nothing may call out to the internet). */
  readonly foreign: string[];
  /** A new browser context (a device), closed after the file. */
  device(options: object): Promise<BrowserContext>;
  /** A page at `path` in `device`, or in a new device with these options. */
  open(device: BrowserContext | object, path: string): Promise<Page>;
  /** A student on a new device: /join/CODE, the nickname, Join, and the waiting screen. */
  joinAs(options: object, code: string, nickname: string): Promise<Page>;
}

export function useStage(env: Record<string, string> = {}): Stage {
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  const devices: BrowserContext[] = [];
  const pageErrors: string[] = [];
  const watched: string[][] = [];

  beforeAll(async () => {
    server = await startServerProcess(env);
    browser = await launchChromium();
  });
  afterAll(async () => {
    for (const device of devices) await device.close();
    await browser?.close();
    await server?.stop();
  });

  const stage: Stage = {
    get url() {
      if (!server) throw new Error("the stage is used before its server started");
      return server.url;
    },
    pageErrors,
    get foreign() {
      return watched.flat().filter(Boolean);
    },
    async device(options) {
      if (!browser) throw new Error("the stage is used before its browser started");
      const device = await browser.newContext(options);
      devices.push(device);
      return device;
    },
    async open(device, path) {
      const context = "newPage" in device ? (device as BrowserContext) : await stage.device(device);
      const page = await context.newPage();
      page.on("pageerror", (error) => pageErrors.push(error.message));
      watched.push(watchForeignRequests(page, stage.url));
      await page.goto(`${stage.url}${path}`);
      return page;
    },
    async joinAs(options, code, nickname) {
      const page = await stage.open(options, `/join/${code}`);
      await page.getByLabel("Nickname", { exact: true }).fill(nickname);
      await page.getByRole("button", { name: "Join", exact: true }).click();
      await page.getByRole("heading", { name: `You're in, ${nickname}!` }).waitFor();
      return page;
    },
  };
  return stage;
}
