// End to end in real Chromium: a teacher and five students on phones play a round at default settings, with
// people on the first five critical stages (excitatory synapse, the motor neuron's Na+ channel, Ca2+ channel,
// vesicles, nAChR: the neuron's own stages and the junction's) and bots on the rest. (The pure and server tests
// put people on all seven; five phones keep one 2-core machine responsive enough for human reaction times.) Each phone answers its own cues after a human reaction time; the projector names the stage being played;
// the goal is celebrated; the debrief shows the chain and every student. Screenshots go to test-artifacts/.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { artifact } from "../helpers/browser";
import { PHONE, PROJECTOR, useStage } from "./stage";

const stage = useStage();

/** Five students (nicknames) and the five critical parts automatic roles give a class of five. */
const CRITICAL: [string, string][] = [
  ["Ex Citer", "Excitatory synapse (Ia afferent)"],
  ["Neu Ron", "Neuronal voltage-gated Na+ channel"],
  ["Cal Channel", "Presynaptic voltage-gated Ca2+ channel"],
  ["Ves Icle", "Synaptic vesicles"],
  ["Rec Eptor", "Nicotinic ACh receptor"],
];

/** A student who acts only on their cues: waits for "your turn", reads for 0.5–1 s, taps the cue's button. */
async function playCues(page: Page, name: string, shots: { cue: boolean }): Promise<number> {
  let answered = 0;
  for (;;) {
    const state = await Promise.race([
      page
        .locator(".cue.cue-cue .cue-button:not([disabled])")
        .waitFor({ timeout: 90_000 })
        .then(() => "cue" as const),
      page
        .getByRole("heading", { name: "Round over" })
        .waitFor({ timeout: 90_000 })
        .then(() => "over" as const),
    ]);
    if (state === "over") return answered;
    if (!shots.cue) {
      shots.cue = true;
      await page.screenshot({ path: artifact(`round-phone-cue-${name.split(" ")[0]?.toLowerCase()}.png`) });
    }
    await page.waitForTimeout(500 + Math.floor(Math.random() * 500));
    const button = page.locator(".cue.cue-cue .cue-button:not([disabled])");
    if ((await button.count()) > 0) {
      await button.tap().catch(() => undefined); // the window may close as we tap
      answered += 1;
    }
    await page.waitForFunction(() => !document.querySelector(".cue.cue-cue"), undefined, { timeout: 15_000 });
  }
}

describe("a round in the browser", () => {
  it("people on the critical stages play their cues on phones; the goal is reached and celebrated", async () => {
    const host = await stage.open(PROJECTOR, "/host");
    const code = ((await host.locator(".big-code").textContent()) ?? "").trim();
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    await host.getByRole("button", { name: "Teacher controls" }).click(); // the panel is closed on every load

    const phones = await Promise.all(CRITICAL.map(([name]) => stage.joinAs(PHONE, code, name)));
    await host.waitForFunction(() => document.querySelectorAll(".roster li").length === 5);
    // Default settings: automatic roles put the five students on the first five critical stages.
    await host.getByRole("button", { name: "Start round" }).click();
    await host.locator(".projector-stage canvas").waitFor();
    const parts = await Promise.all(
      phones.map(async (page) => {
        await page.locator("section.play h1").waitFor();
        return (await page.locator("section.play h1").textContent()) ?? "";
      }),
    );
    expect(new Set(parts)).toEqual(new Set(CRITICAL.map(([, part]) => part)));

    // The nAChR's phone, far down the chain: before its cue it waits for its stage, named.
    const receptor = phones[parts.indexOf("Nicotinic ACh receptor")] as Page;
    await receptor.locator(".cue.cue-idle").waitFor();
    await expect(receptor.locator(".cue-title").textContent()).resolves.toBe("Wait for your stage");
    await expect(receptor.locator(".cue-body").textContent()).resolves.toMatch(/ACh binds: receptors open/);

    const shots = phones.map(() => ({ cue: false }));
    const playing = phones.map((page, i) => playCues(page, CRITICAL[i]?.[0] ?? "", shots[i] ?? { cue: true }));

    // The projector names the stage being played and who is acting.
    await host.locator(".stage-strip-row strong").first().waitFor({ timeout: 30_000 });
    await host.waitForFunction(
      () => /Ca2\+ channels open/.test(document.querySelector(".stage-strip")?.textContent ?? ""),
      undefined,
      { timeout: 60_000 },
    );
    await host.screenshot({ path: artifact("round-projector-stage.png") });

    // The goal is celebrated on the projector and on the phones before the debrief.
    await host.locator(".celebration:not([hidden])").waitFor({ timeout: 200_000 });
    await expect(host.locator(".celebration").textContent()).resolves.toMatch(/goal reached/i);
    await host.screenshot({ path: artifact("round-projector-celebration.png") });
    await phones[4]?.locator(".celebration:not([hidden])").waitFor({ timeout: 5_000 });
    await phones[4]?.screenshot({ path: artifact("round-phone-celebration.png") });

    const answered = await Promise.all(playing);
    for (const n of answered) expect(n).toBeGreaterThanOrEqual(1);
    await host.getByRole("heading", { name: "Round 1 debrief" }).waitFor({ timeout: 20_000 });
    const chain = host.getByRole("list", { name: "Chain of events" });
    await expect(chain.locator("li").count()).resolves.toBe(9);
    await expect(chain.locator("li").first().textContent()).resolves.toMatch(/EPSPs sum: the motor neuron fires/);
    await expect(chain.locator("li").filter({ hasText: "Contraction" }).textContent()).resolves.toMatch(/happened/);
    await expect(host.getByRole("table").locator("tbody tr").count()).resolves.toBe(5);
    await host.screenshot({ path: artifact("round-debrief.png"), fullPage: true });
    // Each phone says the round's outcome and the student's cues.
    for (const page of phones) {
      await page.locator(".verdict").waitFor();
      await expect(page.locator(".verdict").textContent()).resolves.toMatch(/Goal met/);
      await expect(page.locator(".debrief .score").textContent()).resolves.toMatch(/Cues answered in time: [1-9]/);
    }
    await phones[1]?.screenshot({ path: artifact("round-phone-debrief.png"), fullPage: true });
    expect(stage.pageErrors).toEqual([]);
    expect(stage.foreign).toEqual([]);
  }, 300_000);
});
