// End to end in real Chromium: on a 1024×768 projector a round with bots shows the motor neuron. The impulse lights
// nodes on the axon drawing above the junction, and the neuron's own trace, beside the muscle's, draws a soma action
// potential overshooting 0 mV. In team mode every team's panel draws its own soma trace, at 1024×768 and 1920×1080,
// with 3 and 8 teams. Pixels are read from screenshots of the places the projector's layout gives them.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { classLayout } from "../../client/src/scenes/projector/layout";
import { teamLayout } from "../../client/src/scenes/projector/teamLayout";
import { artifact } from "../helpers/browser";
import { useStage } from "./stage";

const stage = useStage();
const SMALL_PROJECTOR = { viewport: { width: 1024, height: 768 } };
const LARGE_PROJECTOR = { width: 1920, height: 1080 };
/** The oscilloscope trace's blue and the lit node's vermillion (client/src/view/palette.ts COLOURS.trace, threshold). */
const TRACE: [number, number, number] = [0x00, 0x72, 0xb2];
const IMPULSE: [number, number, number] = [0xd5, 0x5e, 0x00];

interface Clip {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Pixels within `tolerance` of `rgb` in a screenshot of `clip` (decoded by the page's own canvas). */
async function pixels(page: Page, clip: Clip, rgb: [number, number, number], tolerance = 40): Promise<number> {
  const png = await page.screenshot({ clip });
  return page.evaluate(
    async ({ b64, rgb, tolerance }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${b64}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const ctx = canvas.getContext("2d");
      if (!ctx) return 0;
      ctx.drawImage(image, 0, 0);
      const d = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) {
        const near = [0, 1, 2].every((c) => Math.abs((d[i + c] ?? 0) - (rgb[c] ?? 0)) <= tolerance);
        if (near) n += 1;
      }
      return n;
    },
    { b64: png.toString("base64"), rgb, tolerance },
  );
}

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

describe("the motor neuron on the projector", () => {
  it("lights the impulse node by node on the axon and draws the soma's action potential beside the muscle's", async () => {
    const host = await stage.open(SMALL_PROJECTOR, "/host");
    await host.locator(".big-code").waitFor();
    await host.getByRole("button", { name: "Teacher controls" }).click();
    await host.getByRole("button", { name: "Start round" }).click();
    const canvas = host.locator(".projector-stage canvas");
    await canvas.waitFor();
    await host.getByRole("button", { name: "Teacher controls" }).click(); // out of the way again
    // The drawing follows its box at once when the panel closes (no narrow drawing beside a blank strip).
    await host.waitForFunction(
      () => {
        const stageBox = document.querySelector(".projector-stage")?.getBoundingClientRect();
        const canvasBox = document.querySelector(".projector-stage canvas")?.getBoundingClientRect();
        return !!stageBox && !!canvasBox && Math.abs(stageBox.width - canvasBox.width) <= 2;
      },
      undefined,
      { timeout: 2_000 },
    );
    const box = await canvas.boundingBox();
    if (!box) throw new Error("no projector canvas");
    const layout = classLayout(Math.round(box.width), Math.round(box.height));
    const { axon, neuron } = layout;
    const strip: Clip = {
      x: box.x + axon.x0,
      y: box.y + axon.y - axon.sheath,
      width: axon.x1 - axon.x0,
      height: axon.sheath * 2,
    };
    // The impulse (a lit node, or the nodes it passed) appears on the axon within the round's first impulses.
    const lit = await until(async () => (await pixels(host, strip, IMPULSE)) > 30, 90_000);
    await host.screenshot({ path: artifact("projector-neuron-impulse-1024.png") });
    expect(lit).toBe(true);

    // The neuron's trace: a line in the trace's colour inside its own plot, reaching above 0 mV (the overshoot).
    const plot: Clip = { x: box.x + neuron.x + 3, y: box.y + neuron.y + 3, width: neuron.w - 6, height: neuron.h - 6 };
    const aboveZero: Clip = { ...plot, height: (neuron.h * 50) / 150 - 6 }; // +50 … 0 mV of the −100 … +50 scale
    const spiked = await until(async () => (await pixels(host, aboveZero, TRACE)) > 10, 60_000);
    await host.screenshot({ path: artifact("projector-neuron-trace-1024.png") });
    expect(spiked).toBe(true);
    expect(await pixels(host, plot, TRACE)).toBeGreaterThan(100);
    // During the round the projected page fits the screen (nothing below the fold), and the closed "Teacher
    // controls" toggle in the bottom-right corner covers neither the readings, the drawing nor the stage strip.
    const fits = await host.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight);
    expect(fits).toBe(true);
    const toggle = await host.getByRole("button", { name: "Teacher controls" }).boundingBox();
    if (!toggle) throw new Error("no toggle");
    for (const covered of [".readouts", ".projector-stage canvas", ".stage-strip", ".roster"]) {
      const r = await host.locator(covered).boundingBox();
      if (!r) throw new Error(`no ${covered}`);
      const apart =
        toggle.x >= r.x + r.width ||
        toggle.x + toggle.width <= r.x ||
        toggle.y >= r.y + r.height ||
        toggle.y + toggle.height <= r.y;
      expect(apart, `the toggle covers ${covered}`).toBe(true);
    }
    expect(stage.pageErrors).toEqual([]);
    expect(stage.foreign).toEqual([]);
  }, 180_000);

  for (const teams of [3, 8])
    it(`draws each of ${teams} teams' soma traces in its own panel, at 1024×768 and at 1920×1080`, async () => {
      const host = await stage.open(SMALL_PROJECTOR, "/host");
      await host.locator(".big-code").waitFor();
      await host.getByRole("button", { name: "Teacher controls" }).click();
      // A field's label holds its control, so the select's options are part of the label's text: find it by its name.
      const field = (name: string) => host.locator("label.field", { has: host.getByText(name, { exact: true }) });
      await field("Mode").locator("select").selectOption("teams");
      await field("Teams").locator("input").fill(String(teams));
      await host.getByRole("button", { name: "Start round" }).click();
      const canvas = host.locator(".projector-stage canvas");
      await canvas.waitFor();
      await host.getByRole("button", { name: "Teacher controls" }).click();
      let before = "";
      for (const viewport of [SMALL_PROJECTOR.viewport, LARGE_PROJECTOR]) {
        await host.setViewportSize(viewport);
        // The page lays out the canvas anew, then the projector its panels: wait for a new size that holds.
        const sizeOf = async () => JSON.stringify(await canvas.boundingBox());
        let settled = "";
        await until(async () => {
          const now = await sizeOf();
          const done = now !== before && now === settled;
          settled = now;
          return done;
        }, 10_000);
        before = settled;
        await new Promise((resolve) => setTimeout(resolve, 500));
        const box = await canvas.boundingBox();
        if (!box) throw new Error("no projector canvas");
        const layout = teamLayout(teams, Math.round(box.width), Math.round(box.height));
        expect(layout.panels).toHaveLength(teams);
        // Each panel's neuron plot: the soma trace in the trace's colour (its own rest line is grey), drawn once the
        // team's samples arrive; a spike overshooting 0 mV in at least one panel (each team's bots fire their own).
        const plots = layout.panels.map(({ neuron: r }) => ({
          x: box.x + r.x + 3,
          y: box.y + r.y + 3,
          width: r.w - 6,
          height: r.h - 6,
        }));
        const drawn = await until(async () => {
          for (const plot of plots) if ((await pixels(host, plot, TRACE)) < 30) return false;
          return true;
        }, 60_000);
        const size = `${viewport.width}x${viewport.height}`;
        await host.screenshot({ path: artifact(`projector-neuron-teams-${teams}-${size}.png`) });
        expect(drawn).toBe(true);
        const spiked = await until(async () => {
          for (const plot of plots)
            if ((await pixels(host, { ...plot, height: (plot.height * 50) / 150 - 3 }, TRACE)) > 6) return true;
          return false;
        }, 60_000);
        expect(spiked).toBe(true);
        // Where a panel has its axon, the impulse lights its nodes (a team's bots fire its motor neuron).
        const strips = layout.panels.flatMap(({ axon: a }) =>
          a ? [{ x: box.x + a.x0, y: box.y + a.y - a.sheath, width: a.x1 - a.x0, height: a.sheath * 2 }] : [],
        );
        if (strips.length > 0) {
          const lit = await until(async () => {
            for (const strip of strips) if ((await pixels(host, strip, IMPULSE)) > 15) return true;
            return false;
          }, 60_000);
          await host.screenshot({ path: artifact(`projector-neuron-teams-${teams}-${size}-axon.png`) });
          expect(lit).toBe(true);
        }
      }
      expect(stage.pageErrors).toEqual([]);
      expect(stage.foreign).toEqual([]);
    }, 240_000);
});
