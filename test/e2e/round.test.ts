// End to end in real Chromium: a teacher and four students (two on phones with touch) play a round. The
// teacher pins roles, bots play the rest, the students' actions reach the server and are answered, the muscle
// contracts on the projector, and the debrief shows the chain of events. Screenshots go to test-artifacts/.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { artifact } from "../helpers/browser";
import { LAPTOP, PHONE, PROJECTOR, useStage } from "./stage";

const stage = useStage();
const openPage = stage.open;
const joinAs = stage.joinAs;

const percent = async (page: Page, name: string) =>
  Number.parseFloat((await page.getByLabel(name, { exact: true }).textContent()) ?? "0");

describe("a round in the browser", () => {
  it("students play their parts, the muscle contracts on the projector, the debrief shows the chain", async () => {
    const host = await openPage(PROJECTOR, "/host");
    const code = ((await host.locator(".big-code").textContent()) ?? "").trim();
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    await host.getByRole("button", { name: "Teacher controls" }).click(); // the panel is closed on every load

    const [pump, potassium, channel, serca] = await Promise.all([
      joinAs(PHONE, code, "Pia Pump"),
      joinAs(PHONE, code, "Kai Kalium"),
      joinAs(LAPTOP, code, "Kim Kanal"),
      joinAs(LAPTOP, code, "Sal Serca"),
    ]);
    await host.waitForFunction(() => document.querySelectorAll(".roster li").length === 4);

    // The teacher pins parts the muscle can contract without (bots play the motor neuron, release, receptors…).
    const pins: [string, string][] = [
      ["Pia Pump", "naKPump"],
      ["Kai Kalium", "kIon"],
      ["Kim Kanal", "kChannel"],
      ["Sal Serca", "serca"],
    ];
    for (const [name, roleId] of pins) {
      await host.getByLabel(`Role for ${name}`).selectOption(roleId);
      await host
        .getByRole("status")
        .filter({ hasText: `${name} will be` })
        .waitFor();
    }
    await host.getByLabel("Speed (physiological ms per second)").fill("40");
    await host.getByLabel("Slow motion around impulses").uncheck();
    await host.getByLabel("Goal").selectOption({ label: "5 twitches" });
    await host.getByRole("button", { name: "Start round" }).click();
    await host.locator(".projector-stage canvas").waitFor();

    // A phone with touch: the pump's first step is accepted, out of order is refused with the reason.
    await pump.getByRole("heading", { name: "Na+/K+-ATPase" }).waitFor();
    await pump.getByRole("button", { name: "Got it" }).tap();
    await pump.getByRole("button", { name: "Bind 3 Na+" }).tap();
    await pump.locator(".feedback li").filter({ hasText: "Step done: bindNa" }).waitFor();
    await pump.getByRole("button", { name: "Bind 2 K+" }).tap();
    await pump.locator(".feedback li").filter({ hasText: "Refused: Spend one ATP next" }).waitFor();

    // The other phone: a K+ ion crossing out at rest (the way its gradient pushes it) is acknowledged.
    await potassium.getByRole("heading", { name: "K+ ion" }).waitFor();
    await potassium.getByRole("button", { name: "Cross out" }).tap();
    await potassium
      .locator(".feedback li")
      .filter({ hasText: /K\+ crossing|Refused/ })
      .first()
      .waitFor();
    await potassium.locator(".stage canvas").waitFor();

    // A laptop plays by keyboard: Space opens the gate; the answer (accepted or refused) is shown.
    await channel.getByRole("heading", { name: "Voltage-gated K+ channel" }).waitFor();
    await channel.keyboard.press("Space");
    await channel.locator(".feedback li").first().waitFor();

    // The muscle contracts: the projector's force readout rises above zero.
    await host.waitForFunction(
      () => {
        const out = document.querySelector('output[aria-label="Peak force"]');
        return Number.parseFloat(out?.textContent ?? "0") > 0;
      },
      undefined,
      { timeout: 30_000 },
    );
    expect(await percent(host, "Peak force")).toBeGreaterThan(0);
    await pump.screenshot({ path: artifact("round-phone-pump.png") });
    await potassium.screenshot({ path: artifact("round-phone-ion.png") });
    // Phones (device pixel ratio 2 here) get a canvas with two pixels per CSS pixel: sharp labels and tokens.
    const pixelsPerCssPixel = await potassium.evaluate(() => {
      const canvas = document.querySelector("canvas");
      return canvas ? canvas.width / canvas.getBoundingClientRect().width : 0;
    });
    expect(pixelsPerCssPixel).toBeCloseTo(2, 1);
    await host.screenshot({ path: artifact("round-projector.png") });

    // The round ends on its own (goal or time); the debrief shows the chain and every student.
    await host.getByRole("heading", { name: "Round 1 debrief" }).waitFor({ timeout: 40_000 });
    const chain = host.getByRole("list", { name: "Chain of events" });
    await expect(chain.locator("li").count()).resolves.toBe(8);
    await expect(chain.locator("li").filter({ hasText: "Contraction" }).textContent()).resolves.toMatch(/happened/);
    await expect(host.getByRole("table").locator("tbody tr").count()).resolves.toBe(4);
    await host.screenshot({ path: artifact("round-debrief.png"), fullPage: true });
    await serca.getByRole("heading", { name: "Round over" }).waitFor();
    await pump.getByRole("heading", { name: "Round over" }).waitFor();
    await pump.screenshot({ path: artifact("round-phone-debrief.png"), fullPage: true });
    expect(stage.pageErrors).toEqual([]);
    expect(stage.foreign).toEqual([]);
  });
});
