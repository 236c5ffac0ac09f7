// End to end in real Chromium: homework. A teacher hosts (to get the private dashboard), sets homework from the
// dashboard form with a past deadline and a scenario of their own (tetrodotoxin on a tetanus challenge), and reads
// its code and link (on the address class links use); a student on a phone types the code by hand, sees the
// teacher's scenario, plays a solo round with bots as a Na+ ion, sees their junction's trace and why the challenge
// was not met, tries a second role (K+ channel); the dashboard then shows the attempt as late with both roles.
// Screenshots go to test-artifacts/.
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
  it("is set on the dashboard with the teacher's scenario, opened by code, played solo with its trace and verdict, and shows as late", async () => {
    const host = await open(teacher, "/host");
    await host.getByRole("button", { name: "Teacher controls" }).click(); // the panel is closed on every load
    const link = host.getByRole("link", { name: /Your dashboard \(private\)/ });
    await link.waitFor();
    const dashboard = (await link.getAttribute("href")) ?? "";
    expect(dashboard).toBe("/teacher");

    const classCode = new URL(host.url()).pathname.split("/")[2] ?? "";
    const { joinUrl } = (await (await fetch(`${stage.url}/api/classes/${classCode}`)).json()) as { joinUrl: string };

    const page = await open(teacher, dashboard);
    await page.getByRole("heading", { name: "Set homework" }).waitFor();
    await page.getByLabel("Title").fill("Tetanus under TTX");
    // A mystery challenge draws its own scenario: the picker is closed to it.
    await page.getByLabel("Challenge").selectOption("find-the-toxin");
    await page.getByText("Scenarios: the challenge's own (hidden, drawn each round)").click();
    await expect(page.getByLabel("Tetrodotoxin (TTX) on the muscle", { exact: true }).isDisabled()).resolves.toBe(true);
    await page.getByLabel("Challenge").selectOption("tetanus-race");
    await page.getByLabel("Tetrodotoxin (TTX) on the muscle", { exact: true }).check();
    await page.locator("#homework-level-tetrodotoxin").fill("2");
    await page.getByRole("button", { name: "Set homework" }).click();
    await page.getByText("The level of Tetrodotoxin (TTX) on the muscle must be a number from 0 to 1.").waitFor();
    await page.locator("#homework-level-tetrodotoxin").fill("1");
    await page.getByText("Scenarios: Tetrodotoxin (TTX) on the muscle 1").waitFor();
    await page.screenshot({ path: artifact("homework-set-with-scenario.png"), fullPage: true });
    await page.getByLabel("Deadline").fill("2020-01-01T09:00");
    await page.getByRole("button", { name: "Set homework" }).click();
    const code = ((await page.locator(".homework-code").textContent()) ?? "").trim();
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    // The link students get is on the address class join links use (the LAN address, not the teacher's localhost).
    const homeworkLink = `${joinUrl.replace(`/join/${classCode}`, "")}/homework/${code}`;
    await expect(page.locator(".homework-link").getAttribute("href")).resolves.toBe(homeworkLink);
    await page.getByText("No attempts yet.").waitFor();
    await page.getByText(/with your scenarios: Tetrodotoxin \(TTX\) on the muscle 1/).waitFor();

    // A homework code typed where the class code goes still finds the homework.
    const typo = await open(phone, "/join");
    await typo.getByLabel("Class code").fill(code);
    await typo.screenshot({ path: artifact("join-class-or-homework-code.png"), fullPage: true });
    await typo.getByRole("button", { name: "Continue" }).click();
    await typo.getByRole("heading", { name: "Tetanus under TTX" }).waitFor();
    expect(new URL(typo.url()).pathname).toBe(`/homework/${code}`);
    await typo.close();

    // The student types the code by hand from the start page.
    const student = await open(phone, "/");
    await student.getByRole("link", { name: "type its homework code" }).click();
    await student.getByLabel("Homework code").fill(code.toLowerCase());
    await student.getByRole("button", { name: "Open homework" }).click();
    await student.getByRole("heading", { name: "Tetanus under TTX" }).waitFor();
    expect(new URL(student.url()).pathname).toBe(`/homework/${code}`);
    await student.getByText("Tetanus race").waitFor();
    await student.getByText("Hold a fused tetanus above 60 % force for 200 ms.").waitFor();
    await student.getByRole("heading", { name: "Your teacher's scenario" }).waitFor();
    await student
      .getByText("Tetrodotoxin (TTX) on the muscle, level 1 (fraction of muscle Na+ channels blocked)")
      .waitFor();
    await student.getByText(/will be marked late/).waitFor();
    await student.getByLabel("Nickname", { exact: true }).fill("Hana");
    await student.screenshot({ path: artifact("homework-student-start.png"), fullPage: true });
    await student.getByRole("button", { name: "Start homework" }).click();
    await student.getByLabel("Your part").waitFor();
    await student.getByLabel("Fast-forward (no slow motion)").check();
    await playRound(student, "naIon", 1);
    // No projector at home: the student's own page draws the junction's trace and says why the goal was missed
    // (every muscle Na+ channel blocked: impulses arrive, but no muscle action potential fires).
    const trace = student.getByRole("img", { name: /Membrane potential of your junction/ });
    await trace.waitFor();
    const points = (await trace.locator("polyline").last().getAttribute("points")) ?? "";
    expect(points.split(" ").length).toBeGreaterThan(20);
    const verdict = student.getByRole("status").filter({ hasText: "Round 1: Not met, because" });
    await verdict.waitFor();
    const because = (await verdict.textContent()) ?? "";
    expect(because).toBe("Round 1: Not met, because force stayed above 60 % for 0 ms at most, of the 200 ms needed.");
    // Where the chain broke is the debrief's: impulses arrive and the end plate depolarises, but no muscle AP fires.
    const chain = student.getByRole("list", { name: "Chain of events in your junction" });
    await expect(chain.locator("li").filter({ hasText: "End-plate potential" }).textContent()).resolves.toMatch(
      /happened/,
    );
    await expect(chain.locator("li").filter({ hasText: "Muscle action potential" }).textContent()).resolves.toMatch(
      /failed/,
    );
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

    // The teacher deletes the homework, attempts and all.
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: /^Delete homework / }).click();
    await page.getByText("No homework set yet.").waitFor();
    expect(stage.pageErrors).toEqual([]);
    expect(stage.foreign).toEqual([]);
  }, 60_000);
});
