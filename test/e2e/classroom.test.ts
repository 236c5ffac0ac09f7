// End to end in real Chromium: a teacher hosts, three students join (one on a phone with touch), the projected
// page shows the class but none of the teacher's controls or private links until the teacher opens them; the
// teacher removes one student, who is told; in a round the projector and the phone show readable names, never
// internal ids; a wrong code gets a clear error. Screenshots go to test-artifacts/.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { artifact } from "../helpers/browser";
import { internalIdsIn } from "../helpers/internalIds";
import { LAPTOP, PHONE, useStage } from "./stage";

/** What anyone looking at the page, or into its DOM, could find: its text, every link, the whole markup. */
async function exposed(page: Page): Promise<{ text: string; hrefs: string[]; html: string; removeButtons: number }> {
  return page.evaluate(() => ({
    text: document.body.innerText,
    hrefs: Array.from(document.querySelectorAll("[href]"), (e) => e.getAttribute("href") ?? ""),
    html: document.documentElement.outerHTML,
    removeButtons: Array.from(document.querySelectorAll("button")).filter((b) => /Remove/.test(b.textContent ?? ""))
      .length,
  }));
}

/** The host secret this browser keeps, and its dashboard sign-in: an HttpOnly cookie the page cannot read. */
async function secrets(page: Page, code: string): Promise<string[]> {
  const host = await page.evaluate((c) => localStorage.getItem(`endplate.host.${c}`), code);
  const teacher = (await page.context().cookies()).find((c) => c.name === "endplate_teacher");
  expect(teacher).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/api" });
  expect(await page.evaluate(() => document.cookie)).not.toContain(teacher?.value ?? "-");
  expect(await page.evaluate(() => localStorage.getItem("endplate.teacher"))).toBeNull();
  return [host, teacher?.value].filter((s): s is string => typeof s === "string" && s.length > 0);
}

const stage = useStage();
const openPage = stage.open;

describe("a class in the browser", () => {
  it("teacher hosts, three students join, the teacher removes one, a wrong code is explained", async () => {
    const host = await openPage(LAPTOP, "/");
    await expect(host.getByRole("button", { name: "Join a class", exact: true }).isVisible()).resolves.toBe(true);
    await host.getByRole("button", { name: "Host a class", exact: true }).click();
    const codeText = host.locator(".big-code");
    await codeText.waitFor();
    const code = (await codeText.textContent())?.trim() ?? "";
    expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTWXYZ]{6}$/);
    await expect(host.url()).toBe(`${stage.url}/host/${code}`);
    const qr = host.getByRole("img", { name: /QR code/ });
    await qr.waitFor();
    await host.waitForFunction(() => {
      const img = document.querySelector("img.qr") as HTMLImageElement | null;
      return Boolean(img?.complete && img.naturalWidth > 0);
    });

    // Student 1 on a phone, with touch, through the join link.
    const phone = await openPage(PHONE, `/join/${code}`);
    await phone.getByLabel("Nickname", { exact: true }).waitFor();
    await phone.screenshot({ path: artifact("phone-join.png"), fullPage: true });
    await phone.getByRole("button", { name: "Suggest a name" }).tap();
    const suggested = await phone.getByLabel("Nickname", { exact: true }).inputValue();
    expect(suggested).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
    await phone.getByLabel("Nickname", { exact: true }).fill("Pat Phone");
    await phone.getByRole("button", { name: "Join", exact: true }).tap();
    await phone.getByRole("heading", { name: "You're in, Pat Phone!" }).waitFor();

    // Student 2 on a laptop, typing the code on the join page.
    const laptop = await openPage(LAPTOP, "/");
    await laptop.getByRole("button", { name: "Join a class", exact: true }).click();
    await laptop.getByLabel("Class code", { exact: true }).fill(code.toLowerCase());
    await laptop.getByRole("button", { name: "Continue" }).click();
    await laptop.getByLabel("Nickname", { exact: true }).fill("Lee Laptop");
    await laptop.getByLabel("Nickname", { exact: true }).press("Enter");
    await laptop.getByRole("heading", { name: "You're in, Lee Laptop!" }).waitFor();

    // Student 3 tries a name already taken, gets a clear message, then picks another.
    const third = await openPage(LAPTOP, `/join/${code}`);
    await third.getByLabel("Nickname", { exact: true }).fill("pat phone");
    await third.getByRole("button", { name: "Join", exact: true }).click();
    await third.getByRole("alert").filter({ hasText: "already called" }).waitFor();
    await third.getByLabel("Nickname", { exact: true }).fill("Sam Third");
    await third.getByRole("button", { name: "Join", exact: true }).click();
    await third.getByRole("heading", { name: "You're in, Sam Third!" }).waitFor();

    // The host sees all three, by name, with a count.
    const roster = host.getByRole("list", { name: "Students in the class" });
    await host.waitForFunction(() => document.querySelectorAll(".roster li").length === 3);
    const listed = (await roster.locator(".name").allTextContents()).sort();
    expect(listed).toEqual(["Lee Laptop", "Pat Phone", "Sam Third"]);
    await expect(host.locator(".count").textContent()).resolves.toBe("3 students");
    await host.screenshot({ path: artifact("host.png"), fullPage: true });

    // The projected page: the class, and nothing of the teacher's controls — no Remove button, no dashboard link,
    // no secret anywhere in its text, its links or even its markup.
    const kept = await secrets(host, code);
    expect(kept).toHaveLength(2);
    const closed = await exposed(host);
    expect(closed.text).toContain(code);
    expect(closed.text).toContain("Pat Phone");
    expect(closed.removeButtons).toBe(0);
    expect(closed.text).not.toMatch(/Remove|dashboard/i);
    expect(closed.hrefs.filter((href) => href.includes("/teacher"))).toEqual([]);
    for (const secret of kept) expect(closed.html).not.toContain(secret);
    const toggle = host.getByRole("button", { name: "Teacher controls" });
    await expect(toggle.getAttribute("aria-expanded")).resolves.toBe("false");

    // Opening the teacher controls shows them: Remove for each student and the private dashboard link.
    await toggle.click();
    await expect(toggle.getAttribute("aria-expanded")).resolves.toBe("true");
    await host.getByRole("button", { name: "Remove Sam Third" }).waitFor();
    const open = await exposed(host);
    expect(open.removeButtons).toBe(3);
    const dashboard = await host.getByRole("link", { name: /Your dashboard \(private\)/ }).getAttribute("href");
    expect(dashboard).toBe("/teacher"); // no secret in the address: the browser is signed in by cookie
    for (const secret of kept) expect(open.html).not.toContain(secret);
    await host.screenshot({ path: artifact("host-controls-open.png"), fullPage: true });

    // The teacher removes Sam, who is told so; the others stay.
    await host.getByRole("button", { name: "Remove Sam Third" }).click();
    await host.getByRole("button", { name: "Yes, remove" }).click();
    await third.getByRole("alert").filter({ hasText: "Your teacher removed you from this class." }).waitFor();
    await host.waitForFunction(() => document.querySelectorAll(".roster li").length === 2);
    expect(await phone.getByRole("heading", { name: "You're in, Pat Phone!" }).isVisible()).toBe(true);

    // The teacher locks the class; a newcomer is told it is locked.
    await host.getByRole("button", { name: "Lock class" }).click();
    await host.getByRole("button", { name: "Unlock class" }).waitFor();
    const late = await openPage(PHONE, `/join/${code}`);
    await late.getByLabel("Nickname", { exact: true }).fill("Late Lou");
    await late.getByRole("button", { name: "Join", exact: true }).tap();
    await late.getByRole("alert").filter({ hasText: "locked" }).waitFor();

    // Closing the panel takes the controls and the link out of the page again.
    await toggle.click();
    const closedAgain = await exposed(host);
    expect(closedAgain.removeButtons).toBe(0);
    expect(closedAgain.hrefs.filter((href) => href.includes("/teacher"))).toEqual([]);
    for (const secret of kept) expect(closedAgain.html).not.toContain(secret);

    // A round: what the projector and the phone show names parts and scenarios in words, never by internal id.
    await toggle.click();
    await host.getByLabel("Speed (physiological ms per second)").fill("50");
    await host.getByLabel("Scenario").selectOption("myasthenia-gravis");
    await host.getByRole("button", { name: "Start round" }).click();
    await toggle.click();
    await host.locator(".projector-stage canvas").waitFor();
    await phone.locator(".play h1").waitFor();
    await host.waitForTimeout(1500);
    const projected = await exposed(host);
    const onPhone = await exposed(phone);
    expect(internalIdsIn(projected.text)).toEqual([]);
    expect(internalIdsIn(onPhone.text)).toEqual([]);
    expect(projected.removeButtons).toBe(0);
    for (const secret of kept) expect(projected.html).not.toContain(secret);
    await host.screenshot({ path: artifact("host-round-projected.png") });
    await toggle.click();
    await host.getByRole("button", { name: "End round" }).click();
    await toggle.click();
    await host.getByRole("heading", { name: "Round 1 debrief" }).waitFor();
    expect(internalIdsIn((await exposed(host)).text)).toEqual([]);

    // A student with an unknown code sees what is wrong, on a phone.
    const lost = await openPage(PHONE, "/join/ZZZZZZ");
    await lost.getByRole("alert").filter({ hasText: "There is no class with the code ZZZZZZ" }).waitFor();
    await lost.getByLabel("Class code", { exact: true }).fill("ab");
    await lost.getByRole("button", { name: "Continue" }).tap();
    await lost.getByRole("alert").filter({ hasText: "6 letters and digits" }).waitFor();

    expect(stage.foreign).toEqual([]);
  });

  it("on 'Suggested names only', a student's own name is refused and a suggested one is seated", async () => {
    const host = await openPage(LAPTOP, "/host");
    const code = ((await host.locator(".big-code").textContent()) ?? "").trim();
    await host.getByRole("button", { name: "Teacher controls" }).click();
    const names = host.getByRole("button", { name: "Suggested names only" });
    await names.click();
    await host.waitForFunction(() =>
      Array.from(document.querySelectorAll("button")).some(
        (b) => b.textContent === "Suggested names only" && b.getAttribute("aria-pressed") === "true",
      ),
    );
    const phone = await openPage(PHONE, `/join/${code}`);
    await phone.getByLabel("Nickname", { exact: true }).fill("Jordan");
    await phone.getByRole("button", { name: "Join", exact: true }).tap();
    await phone.getByRole("alert").filter({ hasText: "Suggest a name" }).waitFor();
    await phone.getByRole("button", { name: "Suggest a name" }).tap();
    const suggested = await phone.getByLabel("Nickname", { exact: true }).inputValue();
    expect(suggested).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
    await phone.getByRole("button", { name: "Join", exact: true }).tap();
    await phone.getByRole("heading", { name: `You're in, ${suggested}!` }).waitFor();
    await host.waitForFunction(() => document.querySelectorAll(".roster li").length === 1);
  });

  it("tells a student plainly when the server cannot be reached", async () => {
    const page = await openPage(PHONE, "/join");
    await page.getByLabel("Class code", { exact: true }).waitFor();
    await page.context().setOffline(true);
    await page.getByLabel("Class code", { exact: true }).fill("ABCDEF");
    await page.getByRole("button", { name: "Continue" }).tap();
    await page.getByRole("alert").filter({ hasText: "Can't reach the Endplate server" }).waitFor();
  });
});
