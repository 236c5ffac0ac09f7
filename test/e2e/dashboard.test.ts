// End to end in real Chromium: the teacher's private dashboard. A teacher hosts, plays a short all-bot round from
// the teacher controls, opens the dashboard link (kept out of the projected area), sees the session and its
// round, downloads the CSV; a second class from the same browser lands on the same dashboard; a bad link is
// explained. Screenshots go to test-artifacts/.
import type { BrowserContext, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { artifact } from "../helpers/browser";
import { useStage } from "./stage";

const LAPTOP = { viewport: { width: 1366, height: 900 } };

const stage = useStage();
/** One teacher's browser: the teacher token it keeps ties every class it hosts to one dashboard. */
let context: BrowserContext;
beforeAll(async () => {
  context = await stage.device(LAPTOP);
});
const newPage = (path: string): Promise<Page> => stage.open(context, path);

async function hostClass(): Promise<{ page: Page; code: string; dashboard: string }> {
  const page = await newPage("/host");
  const code = ((await page.locator(".big-code").textContent()) ?? "").trim();
  await page.getByRole("button", { name: "Teacher controls" }).click(); // the panel is closed on every load
  const link = page.getByRole("link", { name: /Your dashboard \(private\)/ });
  await link.waitFor();
  return { page, code, dashboard: (await link.getAttribute("href")) ?? "" };
}

describe("the teacher's dashboard", () => {
  it("lists the class and its round, opens the report, serves the CSV", async () => {
    const { page: host, code, dashboard } = await hostClass();
    expect(dashboard).toMatch(/^\/teacher\/[A-Za-z0-9_-]{32,128}$/);
    // The private link lives in the teacher controls, never in the projected area.
    await expect(host.locator(".host-main a[href^='/teacher/']").count()).resolves.toBe(0);
    expect(await host.locator(".host-main").textContent()).not.toContain(dashboard);

    // A short round played by bots alone, started from the teacher controls.
    await host.getByLabel("Speed (physiological ms per second)").fill("200");
    await host.getByLabel("Slow motion around impulses").uncheck();
    await host.getByLabel("Round length (physiological ms)").fill("300");
    await host.getByRole("button", { name: "Start round" }).click();
    await host.getByRole("heading", { name: "Round 1 debrief" }).waitFor({ timeout: 40_000 });

    // A second class from the same browser reuses the teacher token: one dashboard for both.
    const second = await hostClass();
    expect(second.dashboard).toBe(dashboard);

    // "Next period": a new class with a new code and an empty roster, the same round settings in the form.
    const period = second.page;
    await period.getByLabel("Speed (physiological ms per second)").fill("150");
    await period.getByLabel("Speed (physiological ms per second)").dispatchEvent("change");
    await period.getByLabel("Scenario").selectOption("curare");
    await period.getByLabel("Level of the chosen drug or disease").fill("0.3");
    await period.getByLabel("Goal").selectOption({ label: "5 twitches" });
    await period.getByLabel("Round length (physiological ms)").fill("450");
    period.once("dialog", (dialog) => void dialog.accept());
    await period.getByRole("button", { name: "Next period (same settings)" }).click();
    await period.waitForURL((url) => /^\/host\/[A-Z0-9]{6}$/.test(url.pathname) && !url.pathname.endsWith(second.code));
    const third = ((await period.locator(".big-code").textContent()) ?? "").trim();
    await period.getByRole("button", { name: "Teacher controls" }).click(); // the panel is closed on every load
    expect(third).not.toBe(second.code);
    await expect(period.getByLabel("Speed (physiological ms per second)").inputValue()).resolves.toBe("150");
    await expect(period.getByLabel("Scenario").inputValue()).resolves.toBe("curare");
    await expect(period.getByLabel("Level of the chosen drug or disease").inputValue()).resolves.toBe("0.3");
    await expect(period.getByLabel("Goal").inputValue()).resolves.toBe("1");
    await expect(period.getByLabel("Round length (physiological ms)").inputValue()).resolves.toBe("450");
    await expect(period.locator(".roster li").count()).resolves.toBe(0);

    const page = await newPage(dashboard);
    await page.getByRole("heading", { name: "Your classes" }).waitFor();
    const sessions = page.getByRole("table", { name: /Class sessions/ });
    await sessions.waitFor();
    await expect(sessions.locator("tbody tr").count()).resolves.toBe(3);
    const row = sessions.locator("tbody tr").filter({ hasText: `Class ${code}` });
    await expect(row.locator("td").nth(2).textContent()).resolves.toBe("1"); // rounds
    await page.screenshot({ path: artifact("dashboard-sessions.png"), fullPage: true });

    await page.getByRole("link", { name: `Report for class ${code}` }).click();
    await page.getByRole("heading", { name: `Class ${code}` }).waitFor();
    const rounds = page.getByRole("table", { name: "Rounds" });
    await expect(rounds.locator("tbody tr").count()).resolves.toBe(1);
    await expect(rounds.locator("tbody th").first().textContent()).resolves.toBe("Round 1");
    await page.screenshot({ path: artifact("dashboard-report.png"), fullPage: true });

    const csvHref = await page.getByRole("link", { name: /Download CSV/ }).getAttribute("href");
    expect(csvHref).toMatch(/\/students\.csv$/);
    const csv = await page.request.get(`${stage.url}${csvHref}`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toMatch(/^text\/csv/);
    expect((await csv.text()).split(/\r?\n/)[0]).toContain("nickname");

    // A link that is not a teacher's dashboard gets a clear message, not a blank page.
    const stranger = await newPage(`/teacher/${"x".repeat(43)}`);
    await expect(stranger.getByRole("alert").textContent()).resolves.toMatch(/not valid/);
    expect(stage.pageErrors).toEqual([]);
    expect(stage.foreign).toEqual([]);
  });
});
