// End to end in real Chromium (issue 7): a student's phone loses the network for 30 s in the middle of a round.
// Meanwhile the phone shows the calm "Reconnecting…" state (never a dead screen) and the round goes on; when the
// network is back the phone returns by itself to the same role, with its score kept, and sees the junction's
// physiological time moved on. The server holds a seat 120 s. Screenshots go to test-artifacts/.
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { artifact } from "../helpers/browser";
import { PHONE, useStage } from "./stage";

const PROJECTOR = { viewport: { width: 1280, height: 800 } };
const OFFLINE_MS = 30_000;
/** Physiological ms per wall second during the round (no slow motion, so time runs steadily). */
const SPEED = 20;

const stage = useStage();

async function openPage(options: object, path: string): Promise<{ page: Page; context: BrowserContext }> {
  const page = await stage.open(options, path);
  return { page, context: page.context() };
}

/** The junction's physiological time as the student's screen states it, ms. */
async function junctionTimeMs(page: Page): Promise<number> {
  const line = await page
    .getByRole("list", { name: "What your part senses" })
    .getByText(/Physiological time/)
    .textContent();
  return Number(/(\d+) ms/.exec(line ?? "")?.[1] ?? Number.NaN);
}

/** The student's score line for the round: cues answered in time of cues received, refused presses, game score. */
async function scoreOf(page: Page): Promise<{ answered: number; cues: number; refused: number; game: number }> {
  const text = (await page.locator(".play .score").textContent()) ?? "";
  const m = /cues answered in time (\d+) of (\d+) · refused presses (\d+) · game score (\d+)/.exec(text);
  if (!m) throw new Error(`no score on the screen: "${text}"`);
  return { answered: Number(m[1]), cues: Number(m[2]), refused: Number(m[3]), game: Number(m[4]) };
}

describe("a student offline for 30 s mid-round", () => {
  it("sees a calm reconnecting state, then returns to the same role and score while the round went on", async () => {
    const { page: host } = await openPage(PROJECTOR, "/host");
    const code = ((await host.locator(".big-code").textContent()) ?? "").trim();
    await host.getByRole("button", { name: "Teacher controls" }).click(); // the panel is closed on every load
    const { page: phone, context: phoneContext } = await openPage(PHONE, `/join/${code}`);
    await phone.getByLabel("Nickname", { exact: true }).fill("Ona Offline");
    await phone.getByRole("button", { name: "Join", exact: true }).click();
    await phone.getByRole("heading", { name: "You're in, Ona Offline!" }).waitFor();

    // The vesicles' cue (fusion) comes before the muscle's AP, so it comes under TTX too.
    await host.getByLabel("Role for Ona Offline").selectOption("vesicles");
    await host.getByRole("status").filter({ hasText: "Ona Offline will be" }).waitFor();
    await host.getByLabel("Speed (physiological ms per second)").fill(String(SPEED));
    await host.getByLabel("Slow motion around impulses").uncheck();
    await host.getByLabel("Round length (physiological ms)").fill("60000");
    // TTX on the muscle: no muscle AP, so no twitch ends the round early; it runs its whole length meanwhile.
    await host.getByLabel("Scenario").selectOption("tetrodotoxin");
    await host.getByLabel("Goal").selectOption({ label: "5 twitches" });
    await host.getByRole("button", { name: "Start round" }).click();

    // Playing: answer one cue in time, then wait for the server's score to count it.
    await phone.getByRole("heading", { name: "Synaptic vesicles" }).waitFor();
    await phone.getByRole("button", { name: "Got it" }).tap();
    await phone.getByText("Your turn!", { exact: true }).waitFor({ timeout: 20_000 });
    await phone.getByRole("button", { name: "Fuse and release ACh" }).tap();
    await phone.waitForFunction(() =>
      /cues answered in time [1-9]/.test(document.querySelector(".play .score")?.textContent ?? ""),
    );
    const before = await scoreOf(phone);
    expect(before.refused).toBe(0);
    const timeBefore = await junctionTimeMs(phone);

    // The network goes away: the phone says so calmly and keeps the role screen under the banner.
    await phoneContext.setOffline(true);
    // The banner (the polite announcer says "Reconnecting…" too; the banner is the one with "Try now").
    const banner = phone
      .getByRole("status")
      .filter({ hasText: "Reconnecting…" })
      .filter({ has: phone.getByRole("button", { name: "Try now" }) });
    await banner.waitFor({ timeout: 15_000 });
    await phone.screenshot({ path: artifact("reconnect-phone-offline.png") });
    await phone.waitForTimeout(OFFLINE_MS);
    await expect(banner.isVisible()).resolves.toBe(true);
    await expect(phone.getByRole("heading", { name: "Synaptic vesicles" }).isVisible()).resolves.toBe(true);
    await expect(phone.getByRole("heading", { name: /Disconnected|Removed/ }).count()).resolves.toBe(0);

    // Back online: the phone reconnects by itself, to the same seat and role.
    await phoneContext.setOffline(false);
    await banner.waitFor({ state: "hidden", timeout: 30_000 });
    await phone.getByRole("heading", { name: "Synaptic vesicles" }).waitFor();
    // The round went on meanwhile: the junction's clock moved on by about the outage at the round's speed.
    await phone.waitForFunction(
      (min) => {
        const line = Array.from(document.querySelectorAll(".senses li")).find((li) =>
          /Physiological time/.test(li.textContent ?? ""),
        );
        return Number(/(\d+) ms/.exec(line?.textContent ?? "")?.[1] ?? 0) >= min;
      },
      timeBefore + (OFFLINE_MS / 1000) * SPEED * 0.5,
      { timeout: 15_000 },
    );
    expect(await junctionTimeMs(phone)).toBeGreaterThan(timeBefore + (OFFLINE_MS / 1000) * SPEED * 0.5);
    // Scores arrive once a second: after two the screen shows the server's count, which was kept.
    await phone.waitForTimeout(2500);
    const after = await scoreOf(phone);
    expect(after.answered).toBeGreaterThanOrEqual(before.answered);
    expect(after.cues).toBeGreaterThanOrEqual(before.cues);
    expect(after.game).toBeGreaterThanOrEqual(before.game);
    // The teacher sees the student back in their seat (no duplicate seat was made).
    await expect(host.locator(".roster li").count()).resolves.toBe(1);
    await phone.screenshot({ path: artifact("reconnect-phone-back.png") });
    expect(stage.pageErrors).toEqual([]);
    expect(stage.foreign).toEqual([]);
  }, 120_000);
});
