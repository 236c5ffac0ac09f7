// Client benchmarks in real Chromium against the real server process: what a student downloads to reach the
// join screen (gzipped), and the projector's frame rate during a round with the CPU throttled 4× (CDP): the
// page's frames and, apart, how many of them the projector canvas actually redrew.
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { launchChromium, startServerProcess } from "../helpers/browser";

/** Wall seconds of frames counted for the projector's frame rate. */
const FPS_SECONDS = 5;

async function studentFirstLoadKbGz(browser: Browser, url: string, code: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const sizes: Promise<number>[] = [];
  page.on("response", (response) => {
    sizes.push(
      response
        .body()
        .then((body) => gzipSync(body).length)
        .catch(() => 0),
    );
  });
  await page.goto(`${url}/join/${code}`);
  await page.getByLabel("Nickname", { exact: true }).waitFor();
  await page.waitForLoadState("networkidle");
  const total = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  await context.close();
  return total / 1024;
}

/** Counts the frames the projector's WebGL canvas actually draws: Phaser clears the screen once per drawn frame. */
const COUNT_CANVAS_FRAMES = `(() => {
  window.__canvasFrames = 0;
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    const clear = proto.clear;
    proto.clear = function (bits) {
      if (this.getParameter(this.FRAMEBUFFER_BINDING) === null) window.__canvasFrames += 1;
      return clear.call(this, bits);
    };
  }
})();`;

interface Fps {
  /** Page frames (requestAnimationFrame callbacks) per second: how smoothly the page runs. */
  page: number;
  /** Frames per second the projector canvas redrew (it skips frames in which nothing it shows changed). */
  canvas: number;
}

async function projectorFps(browser: Browser, url: string): Promise<Fps> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  await context.addInitScript(COUNT_CANVAS_FRAMES);
  const page = await context.newPage();
  await page.goto(`${url}/host`);
  await page.locator(".big-code").waitFor();
  await page.getByLabel("Speed (physiological ms per second)").fill("20");
  await page.getByLabel("Round length (physiological ms)").fill("60000");
  await page.getByRole("button", { name: "Start round" }).click();
  await page.locator(".projector-stage canvas").waitFor();
  await page.waitForTimeout(1500);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  // A string, not a function: tsx would wrap a function with helpers the page does not have.
  const fps = (await page.evaluate(`new Promise((resolve) => {
    let frames = 0;
    const start = performance.now();
    const drawn = window.__canvasFrames;
    const tick = (now) => {
      frames += 1;
      if (now - start < ${FPS_SECONDS * 1000}) requestAnimationFrame(tick);
      else resolve({ page: (frames * 1000) / (now - start), canvas: ((window.__canvasFrames - drawn) * 1000) / (now - start) });
    };
    requestAnimationFrame(tick);
  })`)) as Fps;
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  await context.close();
  return fps;
}

export async function benchClient(): Promise<void> {
  const server = await startServerProcess();
  const browser = await launchChromium();
  try {
    const created = (await (
      await fetch(`${server.url}/api/classes`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: "{}",
      })
    ).json()) as { code: string };
    const kb = await studentFirstLoadKbGz(browser, server.url, created.code);
    console.log(`bench client.student_first_load_kb_gz ${kb.toFixed(1)} kB`);
    const fps = await projectorFps(browser, server.url);
    console.log(`bench client.projector_fps_throttled4x ${fps.page.toFixed(1)} fps`);
    console.log(`bench client.projector_canvas_fps_throttled4x ${fps.canvas.toFixed(1)} fps`);
  } finally {
    await browser.close();
    await server.stop();
  }
}

// `node --import tsx test/bench/client.ts` runs the client figures alone.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchClient()
    .then(() => process.exit(0))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
