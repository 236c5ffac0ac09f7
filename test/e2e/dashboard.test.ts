// End to end in real Chromium: the teacher's private dashboard. A teacher hosts, plays a short all-bot round from
// the teacher controls, opens the dashboard link (kept out of the projected area, no secret in it), sees the
// session and its round, downloads the CSV; a second class from the same browser lands on the same dashboard; a
// recovery code opens it on another device, which hosts an open class there; a class and then all the teacher's
// data are deleted; a browser that is not signed in is asked for the recovery code. Screenshots go to test-artifacts/.
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
  // The class's first state has reached the form (it marks "Show join code" hidden in the lobby): edits made now
  // are not overwritten by the state's first values.
  await page.locator("button[hidden]", { hasText: "Show join code" }).waitFor({ state: "attached" });
  const link = page.getByRole("link", { name: /Your dashboard \(private\)/ });
  await link.waitFor();
  return { page, code, dashboard: (await link.getAttribute("href")) ?? "" };
}

describe("the teacher's dashboard", () => {
  it("lists the class and its round, opens the report, serves the CSV", async () => {
    const { page: host, code, dashboard } = await hostClass();
    expect(dashboard).toBe("/teacher"); // signed in by an HttpOnly cookie: no secret in the address
    // The private link lives in the teacher controls, never in the projected area.
    await expect(host.locator(".host-main a[href^='/teacher']").count()).resolves.toBe(0);
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
    const rounds = page.getByRole("table", { name: /Each round/ });
    await expect(rounds.locator("tbody tr").count()).resolves.toBe(1);
    await expect(rounds.locator("tbody th").first().textContent()).resolves.toBe("Round 1");
    await page.screenshot({ path: artifact("dashboard-report.png"), fullPage: true });

    const csvHref = await page.getByRole("link", { name: /Download CSV/ }).getAttribute("href");
    expect(csvHref).toMatch(/\/students\.csv$/);
    const csv = await page.request.get(`${stage.url}${csvHref}`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toMatch(/^text\/csv/);
    expect((await csv.text()).split(/\r?\n/)[0]).toContain("nickname");

    // Another device: the recovery code, made on the dashboard, opens the same classes there.
    await page.getByRole("link", { name: "← All your classes" }).click();
    await page.getByRole("button", { name: "Make a recovery code" }).click();
    const recoveryCode = ((await page.locator(".recovery-code").textContent()) ?? "").trim();
    expect(recoveryCode).toMatch(/^[2-9A-Z]{5}(-[2-9A-Z]{5}){3}$/);
    const otherDevice = await stage.device(LAPTOP);
    const home = await stage.open(otherDevice, "/teacher");
    await home.getByLabel("Recovery code").fill(recoveryCode.toLowerCase());
    await home.getByRole("button", { name: "Open my dashboard" }).click();
    const homeSessions = home.getByRole("table", { name: /Class sessions/ });
    await homeSessions.waitFor();
    await expect(homeSessions.locator("tbody tr").count()).resolves.toBe(3);
    await home.screenshot({ path: artifact("dashboard-other-device.png"), fullPage: true });
    // …and hosts there the class still open on the first laptop (the third one, after "Next period").
    await home.getByRole("button", { name: `Host class ${third} here` }).click();
    await home.waitForURL((url) => url.pathname === `/host/${third}`);
    await home.locator(".big-code").filter({ hasText: third }).waitFor();

    // Deleting a class from the dashboard: it is gone from the list (the server test reads the file's bytes).
    await page.reload();
    await sessions.waitFor();
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: `Delete class ${code}` }).click();
    await page.waitForFunction(() => document.querySelectorAll(".report-table tbody tr").length === 2);
    await expect(page.getByRole("link", { name: `Report for class ${code}` }).count()).resolves.toBe(0);

    // Deleting all of the teacher's data signs every browser out of it.
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Delete all my data" }).click();
    await page.getByRole("heading", { name: "Your data is deleted" }).waitFor();
    const after = await stage.open(otherDevice, "/teacher");
    await after.getByLabel("Recovery code").waitFor();

    // A browser that is not signed in, even with an old-style link, is asked for the recovery code, not shown a
    // blank page; the token leaves the address bar.
    const stranger = await stage.open(LAPTOP, `/teacher/${"x".repeat(43)}`);
    await stranger.getByLabel("Recovery code").waitFor();
    await expect(stranger.getByRole("heading", { name: "Teacher dashboard" }).count()).resolves.toBe(1);
    await expect(stranger.getByText(/not signed in/).count()).resolves.toBe(1);
    expect(new URL(stranger.url()).pathname).toBe("/teacher");
    expect(stage.pageErrors).toEqual([]);
    expect(stage.foreign).toEqual([]);
  });
});
