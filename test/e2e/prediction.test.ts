// End to end in real Chromium: predict → run → explain. A teacher and three students (one on a phone with touch)
// are in a round; the teacher freezes it with a question from the bank, every student answers on their device,
// the projector shows how the answers are spread, the teacher reveals the answer and resumes the round. Then a
// mystery team challenge: only the teacher sees the hidden scenario; phones show their team; teams diagnose; the
// results rank the teams with people (a bots-only team is not ranked) and each phone shows its team's place.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { questionById } from "../../shared/game/questions";
import { SCENARIOS } from "../../shared/physiology/scenarios";
import { artifact } from "../helpers/browser";
import { LAPTOP, PHONE, PROJECTOR, useStage } from "./stage";

const stage = useStage();
const openPage = stage.open;
const joinAs = stage.joinAs;

describe("a prediction question in the browser", () => {
  it("the host asks, three students answer, the projector shows the spread, the answer is revealed", async () => {
    const question = questionById("direction-na-opens");
    if (!question) throw new Error("the bank lost its first question");
    const right = question.choices[question.answer] ?? "";
    const wrong = question.choices[0] ?? "";
    expect(question.answer).toBe(1);

    const host = await openPage(PROJECTOR, "/host");
    const code = ((await host.locator(".big-code").textContent()) ?? "").trim();
    await host.getByRole("button", { name: "Teacher controls" }).click(); // the panel is closed on every load
    const [phone, laptop, other] = await Promise.all([
      joinAs(PHONE, code, "Pia Phone"),
      joinAs(LAPTOP, code, "Lou Laptop"),
      joinAs(LAPTOP, code, "Lee Laptop"),
    ]);
    await host.waitForFunction(() => document.querySelectorAll(".roster li").length === 3);

    // A slow round, so it is still running when the question freezes it.
    await host.getByLabel("Speed (physiological ms per second)").fill("5");
    await host.getByLabel("Goal").selectOption({ label: "5 twitches" });
    await host.getByRole("button", { name: "Start round" }).click();
    await host.locator(".projector-stage").waitFor();
    await phone.locator(".play h1").waitFor();

    // The teacher asks from the bank; the round freezes and the question reaches every screen.
    await host.getByRole("button", { name: `Ask: ${question.prompt}` }).click();
    await host.getByRole("heading", { name: question.prompt }).waitFor();
    await host.waitForFunction(() => /paused/.test(document.querySelector(".proj-title")?.textContent ?? ""));

    // Two answer right, one wrong: by touch on the phone, by click on the laptops.
    await phone.getByRole("button", { name: right, exact: true }).tap();
    await laptop.getByRole("button", { name: right, exact: true }).click();
    await other.getByRole("button", { name: wrong, exact: true }).click();
    for (const page of [phone, laptop, other])
      await page.getByRole("status").filter({ hasText: "Answer saved" }).waitFor();
    await expect(phone.getByRole("button", { name: right, exact: true }).getAttribute("aria-pressed")).resolves.toBe(
      "true",
    );

    // The projector shows the spread: a count in text on every labelled bar, and how many have answered.
    const countFor = (letter: string, choice: string) => host.getByLabel(`Answers for ${letter}. ${choice}`);
    await host.waitForFunction(() => document.querySelector(".q-answered")?.textContent?.startsWith("3 of 3"));
    await expect(countFor("B", right).textContent()).resolves.toBe("2");
    await expect(countFor("A", wrong).textContent()).resolves.toBe("1");
    await expect(countFor("C", question.choices[2] ?? "").textContent()).resolves.toBe("0");
    await host.screenshot({ path: artifact("prediction-projector-spread.png") });

    // A student who reloads the page finds their own pick still marked (the server holds it, not the page).
    await other.reload();
    await expect
      .poll(() => other.getByRole("button", { name: wrong, exact: true }).getAttribute("aria-pressed"), {
        timeout: 10_000,
      })
      .toBe("true");
    await phone.screenshot({ path: artifact("prediction-phone-question.png") });

    // Run: resuming locks the answers; the projector shows what happens beside the spread of predictions.
    await host.getByRole("button", { name: "Resume round" }).click();
    await host.waitForFunction(() => /running/.test(document.querySelector(".proj-title")?.textContent ?? ""));
    await host.locator(".lesson-question.projected.compact").waitFor();
    await host
      .getByText(/answers locked/)
      .first()
      .waitFor();
    await host
      .locator(".q-outcome")
      .filter({ hasText: /^Since the predictions: \d+ nerve impulses? → / })
      .waitFor();
    await expect(countFor("B", right).textContent()).resolves.toBe("2");
    await phone.getByText(/Question \(your prediction: B · watch what happens\)/).waitFor();
    await host.screenshot({ path: artifact("prediction-projector-running.png") });

    // Explain: the teacher pauses and reveals; each student sees whether they were right and why.
    await host.getByRole("button", { name: "Pause", exact: true }).click();
    await host.getByRole("button", { name: "Reveal answer" }).click();
    await host.getByText(`Right answer: B. ${right}`).waitFor();
    await phone.getByText("✓ Right!").waitFor();
    await other.getByText("✗ Not this time").waitFor();
    const why = question.explanation.slice(0, 40);
    for (const page of [phone, laptop, other]) await page.getByText(why).waitFor();
    await phone.screenshot({ path: artifact("prediction-phone-revealed.png") });

    // The round runs on; the question stays on the projector, small, beside the junction, with the outcome.
    await host.getByRole("button", { name: "Resume round" }).click();
    await host.locator(".lesson-question.projected.compact").waitFor();
    await phone.getByText(/Question \(✓ you were right\)/).waitFor();
    await host.screenshot({ path: artifact("prediction-projector-resumed.png") });

    // Close: the question leaves every screen.
    await host.getByRole("button", { name: "Close question" }).click();
    await host.locator(".lesson-question").waitFor({ state: "detached" });
    await phone.locator(".lesson-question").waitFor({ state: "detached" });

    // The teacher's report lists the question with two of three right, and each student's answer.
    const dashboard = (await host.getByRole("link", { name: /Your dashboard \(private\)/ }).getAttribute("href")) ?? "";
    // The dashboard opens in the teacher's own browser: hosting gave it the teacher's cookie (no token in URLs).
    const report = await openPage(host.context(), dashboard);
    await report
      .getByRole("link", { name: /Report for class/ })
      .first()
      .click();
    const asked = report.getByRole("table", { name: "Questions asked" });
    await asked.waitFor();
    await expect(asked.locator("tbody tr").count()).resolves.toBe(1);
    expect(await asked.locator("tbody tr").first().textContent()).toMatch(/2 \(67 %\)/);
    const perStudent = report.getByRole("table", { name: "Each student's predictions" });
    await expect(perStudent.locator("tbody tr").count()).resolves.toBe(3);
    await report.screenshot({ path: artifact("prediction-report.png"), fullPage: true });
    expect(stage.pageErrors).toEqual([]);
    expect(stage.foreign).toEqual([]);
  });
});

describe("a mystery team challenge in the browser", () => {
  it("the teacher alone sees the hidden scenario, teams diagnose it, the results rank the teams", async () => {
    const host = await openPage(PROJECTOR, "/host");
    const code = ((await host.locator(".big-code").textContent()) ?? "").trim();
    await host.getByRole("button", { name: "Teacher controls" }).click(); // the panel is closed on every load
    const students = await Promise.all([
      joinAs(PHONE, code, "Ada Phone"),
      joinAs(LAPTOP, code, "Ben Laptop"),
      joinAs(LAPTOP, code, "Cy Laptop"),
    ]);
    await host.waitForFunction(() => document.querySelectorAll(".roster li").length === 3);

    await host.getByLabel("Challenge").selectOption("find-the-toxin");
    await host.getByText("For you:").waitFor();
    await host.getByRole("button", { name: "Use this challenge" }).click();
    const projected = host.locator(".host-projected");
    await projected.getByText("Challenge: Find the toxin.").waitFor();
    // Team mode: each phone shows its team in words, in the lobby and during the round, where the three students
    // are dealt to three of the four teams.
    const badge = (page: Page) => page.getByRole("region", { name: "Your team" }).locator(".team-badge");
    for (const page of students)
      await badge(page)
        .filter({ hasText: /^Team [1-4]$/ })
        .waitFor();
    await host.getByRole("button", { name: "Start round" }).click();
    await projected.getByText("A mystery scenario is running").waitFor();
    await expect
      .poll(async () => new Set(await Promise.all(students.map((page) => badge(page).textContent()))).size, {
        timeout: 10_000,
      })
      .toBe(3);
    for (const page of students) await page.locator(".play h1").waitFor();
    await expect(badge(students[0] as Page).isVisible()).resolves.toBe(true);

    // The hidden scenario reaches the teacher's column only, folded away; never the projected area.
    await host.getByText("Hidden scenario (only you)").click();
    const hiddenName = ((await host.locator(".secret-name").textContent()) ?? "").trim();
    const hidden = SCENARIOS.find((s) => s.name === hiddenName);
    expect(hidden && ["curare", "botulinum", "tetrodotoxin", "succinylcholine"].includes(hidden.id)).toBe(true);
    expect(await projected.textContent()).not.toContain(hiddenName);
    const wrongName = SCENARIOS.find((s) => s.id === (hidden?.id === "curare" ? "botulinum" : "curare"))?.name ?? "";

    // Two teams diagnose it right, one wrong (each student is a team of one here: four teams, three students).
    const [ada, ben, cy] = students as [Page, Page, Page];
    await ada.getByText("Mystery scenario — what is wrong with this junction?").waitFor();
    await ada.getByRole("button", { name: hiddenName, exact: true }).tap();
    await ben.getByRole("button", { name: hiddenName, exact: true }).click();
    await cy.getByRole("button", { name: wrongName, exact: true }).click();
    for (const page of students) await page.getByRole("status").filter({ hasText: "Diagnosis saved" }).waitFor();
    await ada.screenshot({ path: artifact("mystery-phone-diagnose.png") });

    // Reloads lose nothing: the teacher's page learns the hidden scenario again, a student's their diagnosis.
    await Promise.all([host.reload(), cy.reload()]);
    await host.getByRole("button", { name: "Teacher controls" }).click(); // the panel is closed on every load
    await host.getByText("Hidden scenario (only you)").click({ timeout: 10_000 });
    await host.locator(".secret-name").filter({ hasText: hiddenName }).waitFor();
    await expect
      .poll(() => cy.getByRole("button", { name: wrongName, exact: true }).getAttribute("aria-pressed"), {
        timeout: 10_000,
      })
      .toBe("true");

    // The result screen: the real scenario, each team's diagnosis, the teams ranked.
    await host.getByRole("button", { name: "End round" }).click();
    await projected.getByRole("heading", { name: `The mystery was: ${hiddenName}` }).waitFor();
    const ranking = projected.getByRole("list", { name: "Teams ranked" });
    await expect(ranking.locator("li").count()).resolves.toBe(4);
    // The fourth team is bots only: listed last, without a place.
    await expect(ranking.locator("li").last().textContent()).resolves.toContain("not ranked (bots only)");
    const diagnoses = projected.getByRole("list", { name: "Diagnoses" });
    await expect(
      diagnoses
        .locator("li")
        .filter({ hasText: `${hiddenName} — ✓ right` })
        .count(),
    ).resolves.toBe(2);
    await expect(
      diagnoses
        .locator("li")
        .filter({ hasText: `${wrongName} — ✗ not right` })
        .count(),
    ).resolves.toBe(1);
    await host.screenshot({ path: artifact("mystery-projector-results.png") });
    await ada.getByRole("heading", { name: `The mystery was: ${hiddenName}` }).waitFor();
    await ada.getByText("(your team) diagnosed").waitFor();
    // Each phone: its team's result and place among the three teams with people.
    for (const page of students)
      await page
        .getByRole("region", { name: "Your team" })
        .getByText(/^Goal (met ✓|not met) · (1st|2nd|3rd) of 3 teams$/)
        .waitFor();
    expect(stage.pageErrors).toEqual([]);
    expect(stage.foreign).toEqual([]);
  });
});
