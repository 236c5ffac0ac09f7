// End to end in real Chromium: what a teacher and a student are told when a form refuses what they typed. The
// teacher's out-of-range speed and cue time are refused in words beside the field, in view, and nothing says
// "updated" for a value the field does not show; a wrong class code stays in its field, selected, so one character
// can be corrected; a nickname with an apostrophe or hyphen joins and shows as typed; a homework's setup screen
// has no class count and no "Try another role" before a round, and names the chosen part in full.
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { artifact } from "../helpers/browser";
import { LAPTOP, PHONE, useStage } from "./stage";

const stage = useStage();

/** Whether the element is inside the window (the teacher panel scrolls: a refusal out of view is not seen). */
const inView = (locator: Locator) =>
  locator.evaluate((e) => {
    const r = e.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  });

async function hostWithPanel(): Promise<{ host: Page; code: string }> {
  const host = await stage.open(LAPTOP, "/host");
  const code = ((await host.locator(".big-code").textContent()) ?? "").trim();
  await host.getByRole("button", { name: "Teacher controls" }).click();
  return { host, code };
}

describe("forms that refuse what was typed", () => {
  it("refuse a teacher's out-of-range settings beside the field, in words with units, and in view", async () => {
    const { host } = await hostWithPanel();
    const speed = host.getByLabel("Speed (physiological ms per second)");
    const cue = host.getByLabel("Time for each cue (seconds)");
    const apply = host.getByRole("button", { name: "Apply settings" });
    const speedNote = host.locator("#settings-speed-note");
    const cueNote = host.locator("#settings-cue-note");

    await speed.fill("5000");
    await apply.click(); // the speed field's own change fires as the pointer goes down: the click still lands
    await speedNote.getByRole("alert").waitFor();
    await expect(speedNote.textContent()).resolves.toBe(
      "Speed must be a number from 1 to 1000 physiological ms per second.",
    );
    await expect(inView(speedNote)).resolves.toBe(true);
    await expect(speed.getAttribute("aria-invalid")).resolves.toBe("true");
    await host.screenshot({ path: artifact("settings-speed-refused.png") });

    await speed.fill("40");
    for (const typed of ["0", "60", ""]) {
      await cue.fill(typed);
      await apply.click();
      await cueNote.getByRole("alert").waitFor();
      await expect(cueNote.textContent()).resolves.toMatch(/^Time for each cue must be from 1 to 10 seconds/);
      await expect(inView(cueNote)).resolves.toBe(true);
      await expect(cue.inputValue()).resolves.toBe(typed); // never silently replaced by a clamped value
      await expect(host.locator("#settings-apply-note").textContent()).resolves.toBe("");
    }
    await cue.fill("2.5");
    await apply.click();
    await host.locator("#settings-apply-note").getByText("Settings updated").waitFor();
    await expect(cueNote.textContent()).resolves.toBe("");
    await expect(cue.getAttribute("aria-invalid")).resolves.toBeNull();
    expect(stage.pageErrors).toEqual([]);
  });

  it("keep a wrong class code in its field, selected, and seat O'Neil and Mary-Jane as typed", async () => {
    const { host, code } = await hostWithPanel();
    const phone = await stage.open(PHONE, "/join");
    const wrong = `${code.slice(0, 5)}${code[5] === "Z" ? "Y" : "Z"}`;
    const field = phone.getByLabel("Class code", { exact: true });
    await field.fill(wrong.toLowerCase());
    await phone.getByRole("button", { name: "Continue" }).tap();
    await phone
      .getByRole("alert")
      .filter({ hasText: `There is no class with the code ${wrong}` })
      .waitFor();
    await expect(
      field.evaluate((e: HTMLInputElement) => [
        e.value,
        e.selectionStart,
        e.selectionEnd,
        document.activeElement === e,
      ]),
    ).resolves.toEqual([wrong, 0, 6, true]);
    await phone.screenshot({ path: artifact("join-wrong-code-kept.png") });
    await field.press("End");
    await field.press("Backspace");
    await field.pressSequentially(code.slice(5));
    await phone.getByRole("button", { name: "Continue" }).tap();

    const nickname = phone.getByLabel("Nickname", { exact: true });
    await nickname.fill("O''Neil");
    await phone.getByRole("button", { name: "Join", exact: true }).tap();
    await phone.getByRole("alert").filter({ hasText: "only between two letters" }).waitFor();
    await nickname.fill("O’Neil");
    await phone.getByRole("button", { name: "Join", exact: true }).tap();
    await phone.getByRole("heading", { name: "You're in, O’Neil!" }).waitFor();
    await stage.joinAs(PHONE, code, "Mary-Jane");
    await host.waitForFunction(() => document.querySelectorAll(".roster li").length === 2);
    await expect(host.locator(".roster .name").allTextContents()).resolves.toEqual(["O’Neil", "Mary-Jane"]);
    expect(stage.pageErrors).toEqual([]);
  });

  it("show a homework's setup without a class count or 'Try another role', with the part's full name", async () => {
    const { host } = await hostWithPanel();
    const dashboard = await stage.open(host.context(), "/teacher");
    await dashboard.getByLabel("Title").fill("Solo check");
    await dashboard.getByRole("button", { name: "Set homework" }).click();
    const code = ((await dashboard.locator(".homework-code").textContent()) ?? "").trim();
    const student = await stage.open(PHONE, `/homework/${code}`);
    await student.getByLabel("Nickname", { exact: true }).fill("Mary-Jane");
    await student.getByRole("button", { name: "Start homework" }).click();
    const picker = student.getByLabel("Your part");
    await picker.waitFor();
    await student.getByText("Choose your part, then start the round.").waitFor();
    await expect(student.getByText(/students? in the class/).isVisible()).resolves.toBe(false);
    await expect(student.getByRole("button", { name: "Try another role" }).count()).resolves.toBe(0);
    await picker.selectOption("excitatorySynapse");
    await expect(picker.locator("option:checked").textContent()).resolves.toBe("Excitatory synapse");
    await student.getByText("You play the Excitatory synapse (Ia afferent).").waitFor();
    await student.screenshot({ path: artifact("homework-setup-solo.png"), fullPage: true });
    expect(stage.pageErrors).toEqual([]);
    expect(stage.foreign).toEqual([]);
  });
});
