// What a phone downloads, read from Chromium's own network log: the join screen is small, every script and style
// arrives compressed and cached for a year, and Phaser is fetched while the student waits in the lobby, so the
// round's start downloads next to nothing.
import type { Response } from "playwright-core";
import { describe, expect, it } from "vitest";
import { meterPage } from "../bench/wire";
import { PHONE, PROJECTOR, useStage } from "./stage";

const stage = useStage();

const assetBytes = (byUrl: [string, number][]) =>
  byUrl.filter(([url]) => url.includes("/assets/")).reduce((sum, [, n]) => sum + n, 0);

describe("a phone's downloads", () => {
  it("are compressed and cached, and Phaser arrives in the lobby, before the round starts", async () => {
    const host = await stage.open(PROJECTOR, "/host");
    const code = ((await host.locator(".big-code").textContent()) ?? "").trim();

    const phone = await stage.device(PHONE);
    const page = await phone.newPage();
    const meter = await meterPage(phone, page);
    const responses: Response[] = [];
    page.on("response", (r) => responses.push(r));
    await page.goto(`${stage.url}/join/${code}`);
    await page.getByLabel("Nickname", { exact: true }).waitFor();
    await meter.quiet(1000);
    // The join screen (page, entry script, styles, the join page's code, the class look-up) is a few kB; the
    // Colyseus client follows once the student starts typing.
    expect(meter.bytes()).toBeLessThan(60_000);
    await page.getByLabel("Nickname", { exact: true }).fill("Lobby Student");

    await page.getByRole("button", { name: "Join", exact: true }).click();
    await page.getByRole("heading", { name: "You're in, Lobby Student!" }).waitFor();
    await meter.quiet(1000);
    const phaser = meter.byUrl().find(([url]) => /\/assets\/phaser-[\w-]+\.js$/.test(url));
    expect(phaser, "Phaser is fetched in the lobby").toBeDefined();
    const [phaserUrl = "", phaserBytes = 0] = phaser ?? [];
    // Brotli on localhost (and over https): the 780 kB chunk goes out as well under 250 kB.
    expect(meter.encodings().get(phaserUrl)).toBe("br");
    expect(phaserBytes).toBeLessThan(250_000);

    for (const response of responses) {
      const url = response.url();
      const headers = await response.allHeaders();
      if (url.includes("/assets/")) {
        expect(headers["cache-control"], url).toBe("public, max-age=31536000, immutable");
        if (/\.(js|css)$/.test(url) && Number(headers["content-length"] ?? 1000) > 200)
          expect(headers["content-encoding"], url).toBe("br");
      }
      if (headers["content-type"]?.startsWith("text/html")) {
        expect(headers["cache-control"], url).toBe("no-cache");
        expect(headers["content-security-policy"], url).toMatch(/default-src 'self'/);
      }
      if (headers["content-encoding"]) expect(headers.vary, url).toMatch(/Accept-Encoding/i);
    }

    const beforeRound = meter.byUrl();
    meter.reset();
    await host.getByRole("button", { name: "Teacher controls" }).click();
    await host.getByRole("button", { name: "Start round" }).click();
    await page.locator("section.play .stage canvas").waitFor();
    await meter.quiet(500);
    // Everything the role screen imports came from the cache the lobby filled: no script is fetched again.
    expect(assetBytes(meter.byUrl()), JSON.stringify(meter.byUrl())).toBe(0);
    expect(assetBytes(beforeRound)).toBeGreaterThan(phaserBytes);
    expect(stage.pageErrors).toEqual([]);
    expect(stage.foreign).toEqual([]);
  });
});
