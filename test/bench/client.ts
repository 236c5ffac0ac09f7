// Client benchmarks in real Chromium against the real server process. Bytes are what Chromium's network log says
// the page received over the wire (test/bench/wire.ts): the join screen, a student's way from the join link to their
// first role screen (Phaser included), and a class of 30 reaching its role screens from the lobby. Each figure is
// taken twice: as Chromium negotiates with this server on localhost (it offers brotli there and over HTTPS) and as
// a phone on a teacher's laptop over plain http on the LAN does (Chromium then offers gzip and deflate only). Then
// the projector's frame rate during a round with the CPU throttled 4× (CDP): the page's frames and, apart, how many
// of them the projector canvas actually redrew. 1 kB = 1,000 bytes, 1 MB = 1,000,000 bytes.
import { pathToFileURL } from "node:url";
import { Client, type Room } from "colyseus.js";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { CreatedClass } from "../../shared/protocol";
import { launchChromium, startServerProcess } from "../helpers/browser";
import { meterPage, type WireMeter } from "./wire";

/** Wall seconds of frames counted for the projector's frame rate. */
const FPS_SECONDS = 5;
/** A phone in portrait with touch, as the browser tests use. */
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
/** What Chromium offers a plain-http address that is not localhost, e.g. http://192.168.1.20:2567 on school Wi-Fi. */
const LAN_HTTP = { "Accept-Encoding": "gzip, deflate" };
const CLASS_SIZE = 30;

type Encoding = "negotiated" | "lan-http";

interface Teacher {
  code: string;
  host: Room;
}

/** A class and its teacher (a colyseus.js host client: the bench measures students, not the projector). */
async function openClass(url: string): Promise<Teacher> {
  const response = await fetch(`${url}/api/classes`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: "{}",
  });
  const created = (await response.json()) as CreatedClass;
  const host = await new Client(url.replace("http", "ws")).joinById(created.code, { hostSecret: created.hostSecret });
  host.onMessage("*", () => {});
  return { code: created.code, host };
}

interface StudentPhone {
  context: BrowserContext;
  page: Page;
  meter: WireMeter;
  /** Bytes of the join screen (the link opened, the nickname form shown, the network quiet). */
  joinBytes: number;
}

/** A fresh phone (empty cache) opens the class link; the meter is read once the join screen is ready. */
async function openJoinScreen(browser: Browser, url: string, code: string, encoding: Encoding): Promise<StudentPhone> {
  const context = await browser.newContext({
    ...PHONE,
    ...(encoding === "lan-http" ? { extraHTTPHeaders: LAN_HTTP } : {}),
  });
  const page = await context.newPage();
  const meter = await meterPage(context, page);
  await page.goto(`${url}/join/${code}`);
  await page.getByLabel("Nickname", { exact: true }).waitFor();
  await meter.quiet(1000);
  return { context, page, meter, joinBytes: meter.bytes() };
}

async function enterLobby(student: StudentPhone, nickname: string): Promise<void> {
  await student.page.getByLabel("Nickname", { exact: true }).fill(nickname);
  await student.page.getByRole("button", { name: "Join", exact: true }).click();
  await student.page
    .getByRole("heading", { name: `You're in, ${nickname}!` })
    .waitFor()
    .catch(async (error: unknown) => {
      const text = await student.page.locator("#app").innerText();
      throw new Error(`${nickname} did not reach the lobby; the page says: ${text}`, { cause: error });
    });
}

/** The role screen is up once its Phaser canvas is in the page and no request is still loading. */
async function roleScreenBytes(student: StudentPhone): Promise<number> {
  await student.page.locator("section.play .stage canvas").waitFor({ timeout: 120_000 });
  await student.meter.quiet(500, 120_000);
  return student.meter.bytes();
}

interface StudentFigures {
  joinKb: number;
  playKb: number;
  /** Received while waiting in the lobby, before the round started (the prefetch included). */
  lobbyKb: number;
  /** The Content-Encoding of the largest file (the Phaser chunk), e.g. "br", "gzip" or "identity". */
  phaserEncoding: string;
  largest: string;
}

/** One student, one class: the join screen, then the lobby, the round's start and the first role screen. */
async function oneStudent(browser: Browser, url: string, encoding: Encoding): Promise<StudentFigures> {
  const teacher = await openClass(url);
  const student = await openJoinScreen(browser, url, teacher.code, encoding);
  try {
    await enterLobby(student, "Bench Student");
    // A student waits in the lobby for a while before the teacher starts (here until the page is quiet).
    await student.meter.quiet(1000);
    const lobbyBytes = student.meter.bytes() - student.joinBytes;
    teacher.host.send("host", { type: "start" });
    const bytes = await roleScreenBytes(student);
    const [biggest = ""] = student.meter.byUrl().find(([u]) => u !== "ws") ?? [];
    const largest = student.meter
      .byUrl()
      .slice(0, 4)
      .map(([u, n]) => `${u.replace(url, "")} ${(n / 1000).toFixed(1)}`)
      .join(", ");
    return {
      joinKb: student.joinBytes / 1000,
      playKb: bytes / 1000,
      phaserEncoding: student.meter.encodings().get(biggest) || "identity",
      lobbyKb: lobbyBytes / 1000,
      largest,
    };
  } finally {
    await student.context.close();
    await teacher.host.leave().catch(() => {});
  }
}

/**
 * A class of 30 phones (each its own empty cache) joins and waits in the lobby; the teacher starts the round. The
 * figure is everything the 30 receive from the moment each join screen was ready to its first role screen: the
 * lobby (where the Phaser chunk is prefetched), the round's start and the role screen. Each phone is closed once
 * its role screen is up, so 30 WebGL canvases do not run at once on the bench's CPU.
 */
async function classRoundStartMb(browser: Browser, url: string, encoding: Encoding): Promise<number> {
  const teacher = await openClass(url);
  const students: StudentPhone[] = [];
  try {
    for (let i = 0; i < CLASS_SIZE; i += 5) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(5, CLASS_SIZE - i) }, () => openJoinScreen(browser, url, teacher.code, encoding)),
      );
      for (const s of batch) s.meter.reset();
      await Promise.all(batch.map((s, j) => enterLobby(s, `Student ${i + j + 1}`)));
      students.push(...batch);
    }
    await Promise.all(students.map((s) => s.meter.quiet(1000, 120_000)));
    teacher.host.send("host", { type: "start" });
    const bytes = await Promise.all(
      students.map(async (s) => {
        const n = await roleScreenBytes(s);
        await s.context.close();
        return n;
      }),
    );
    return bytes.reduce((a, b) => a + b, 0) / 1e6;
  } finally {
    await Promise.all(students.map((s) => s.context.close().catch(() => {})));
    await teacher.host.leave().catch(() => {});
  }
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
  await page.getByRole("button", { name: "Teacher controls" }).click(); // the panel is closed on every load
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
    for (const encoding of ["negotiated", "lan-http"] as const) {
      const suffix = encoding === "negotiated" ? "" : "_lan_http";
      const one = await oneStudent(browser, server.url, encoding);
      console.log(
        `# client ${encoding}: ${one.lobbyKb.toFixed(1)} kB arrived in the lobby, before the round started; ` +
          `largest file sent as ${one.phaserEncoding}; largest (kB): ${one.largest}`,
      );
      console.log(`bench client.join_kb_wire${suffix} ${one.joinKb.toFixed(1)} kB`);
      console.log(`bench client.play_kb_wire${suffix} ${one.playKb.toFixed(1)} kB`);
      const mb = await classRoundStartMb(browser, server.url, encoding);
      console.log(`bench client.class30_round_start_mb_wire${suffix} ${mb.toFixed(2)} MB`);
    }
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
