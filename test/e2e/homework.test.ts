// End to end in real Chromium: homework. A teacher hosts (to get the private dashboard), sets homework from the
// dashboard form with a past deadline, and reads its code; a student on a phone opens /homework/CODE, plays a solo
// round with bots as a Na+ ion, tries a second role (K+ channel); the dashboard then shows the attempt as late with
// both roles. Screenshots go to test-artifacts/.
import type { BrowserContext, Page } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { artifact } from "../helpers/browser";
import { PHONE, useStage } from "./stage";

const LAPTOP = { viewport: { width: 1366, height: 900 } };

const stage = useStage();
let teacher: BrowserContext;
let phone: BrowserContext;
beforeAll(async () => {
  teacher = await stage.device(LAPTOP);
  phone = await stage.device(PHONE);
});
const open = (device: BrowserContext, path: string): Promise<Page> => stage.open(device, path);

async function playRound(page: Page, roleId: string, round: number): Promise<void> {
  await page.getByLabel("Your part").selectOption(roleId);
  await page.getByRole("button", { name: "Start round" }).click();
  await page.getByText(`Round ${round} is over.`).waitFor({ timeout: 30_000 });
  await page.getByRole("heading", { name: "Round over" }).waitFor();
}

describe("homework", () => {
  it("is set on the dashboard, played solo on a phone in two roles, and shows on the dashboard as late", async () => {
    const host = await open(teacher, "/host");
    const link = host.getByRole("link", { name: /Your dashboard \(private\)/ });
    await link.waitFor();
    const dashboard = (await link.getAttribute("href")) ?? "";
    expect(dashboard).toMatch(/^\/teacher\//);

    const page = await open(teacher, dashboard);
    await page.getByRole("heading", { name: "Set homework" }).waitFor();
    await page.getByLabel("Title").fill("Tetanus at home");
    await page.getByLabel("Challenge").selectOption("tetanus-race");
    await page.getByLabel("Deadline").fill("2020-01-01T09:00");
    await page.getByRole("button", { name: "Set homework" }).click();
    const code = ((await page.locator(".homework-code").textContent()) ?? "").trim();
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    await expect(page.locator(".homework-link").getAttribute("href")).resolves.toBe(`/homework/${code}`);
    await page.getByText("No attempts yet.").waitFor();

    const student = await open(phone, `/homework/${code}`);
    await student.getByRole("heading", { name: "Tetanus at home" }).waitFor();
    await student.getByText("Tetanus race").waitFor();
    await student.getByText(/will be marked late/).waitFor();
    await student.getByLabel("Nickname", { exact: true }).fill("Hana");
    await student.screenshot({ path: artifact("homework-student-start.png"), fullPage: true });
    await student.getByRole("button", { name: "Start homework" }).click();
    await student.getByLabel("Your part").waitFor();
    await student.getByLabel("Fast-forward (no slow motion)").check();
    await playRound(student, "naIon", 1);
    await student.screenshot({ path: artifact("homework-student-debrief.png"), fullPage: true });
    await student.getByRole("button", { name: "Try another role" }).click();
    await playRound(student, "kChannel", 2);

    await page.reload();
    const table = page.getByRole("table", { name: new RegExp(`Attempts at .*${code}`) });
    await table.waitFor();
    const row = table.locator("tbody tr").filter({ hasText: "Hana" });
    await expect(row.count()).resolves.toBe(1);
    const cells = await row.locator("th, td").allTextContents();
    expect(cells[0]).toBe("Hana");
    expect(cells[2]).toBe("yes"); // late
    expect(cells[5]).toBe("Na+ ion, Voltage-gated K+ channel");
    await table.scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifact("homework-dashboard.png"), fullPage: true });
    expect(stage.pageErrors).toEqual([]);
    expect(stage.foreign).toEqual([]);
  }, 60_000);
});
