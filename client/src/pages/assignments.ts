// The dashboard's homework part: a "Set homework" form (title, challenge, optional scenarios of the teacher's own,
// deadline) that answers with the link and code to give students, and every assignment with its attempts (who,
// late, completed, best progress, roles).
import { CHALLENGES, type Challenge, challengeById } from "../../../shared/game/challenges";
import { isRoleId, role } from "../../../shared/game/roles";
import { parseScenarioList, SCENARIOS, type ScenarioChoice } from "../../../shared/physiology/scenarios";
import { ApiError } from "../net/api";
import {
  type Assignment,
  type Attempt,
  createAssignment,
  deleteAssignment,
  fetchAssignments,
} from "../net/homeworkApi";
import { h, messageBox } from "../ui/dom";
import { dataTable, when } from "../ui/table";

const yesNo = (value: boolean) => (value ? "yes" : "no");

function rolesTried(a: Attempt): string {
  const names = new Set(a.rounds.map((r) => (r.role && isRoleId(r.role) ? role(r.role).name : "—")));
  return names.size ? [...names].join(", ") : "none yet";
}

/** "Curare 0.5 + Neostigmine 0.8" (a level only where the scenario has one). */
export function scenariosText(list: readonly ScenarioChoice[]): string {
  return list
    .map((c) => {
      const s = SCENARIOS.find((x) => x.id === c.id);
      if (!s) return c.id;
      return s.levelMeaning === "none"
        ? s.name
        : `${s.name} ${c.level ?? s.default}${s.unit === "fraction" ? "" : ` ${s.unit}`}`;
    })
    .join(" + ");
}

/** Deletes an assignment and every attempt at it (nicknames included), after the teacher confirms. */
function deleteButton(a: Assignment, refresh: () => Promise<void>): HTMLElement {
  const onclick = async () => {
    const ok = window.confirm(
      `Delete the homework “${a.title}” (code ${a.code}) for good, with every student's attempt? This cannot be undone.`,
    );
    if (!ok) return;
    try {
      await deleteAssignment(a.id);
    } catch {
      // Already gone, or the server is unreachable: the refreshed list shows which.
    }
    await refresh();
  };
  return h("button", { type: "button", class: "small secondary", onclick }, `Delete homework ${a.code}`);
}

function assignmentBlock(a: Assignment, refresh: () => Promise<void>): HTMLElement {
  const challenge = challengeById(a.challengeId);
  // The server's link uses the address students reach (as class links do); older answers fall back to this page's.
  const link = a.url || `${window.location.origin}/homework/${a.code}`;
  const scenarios = a.scenarios?.length
    ? `your scenarios: ${scenariosText(a.scenarios)}`
    : `the challenge's own scenario${challenge ? ` (${scenariosText(challenge.scenarios)})` : ""}`;
  return h(
    "article",
    { class: "assignment" },
    h("h3", {}, `${a.title} — code ${a.code}`),
    h(
      "p",
      {},
      `Challenge: ${challenge?.name ?? a.challengeId}, with ${scenarios}. Deadline: ${when(a.deadline)}. Link: `,
      h("a", { href: link }, link),
    ),
    a.attempts.length === 0
      ? h("p", { class: "hint" }, "No attempts yet.")
      : dataTable(
          `Attempts at “${a.title}” (code ${a.code})`,
          ["Nickname", "Started", "Late", "Completed", "Best progress", "Roles tried"],
          a.attempts.map((t) => [
            t.nickname,
            when(t.startedAt),
            yesNo(t.late),
            yesNo(t.achieved),
            `${Math.round(Math.min(1, Math.max(0, t.bestProgress)) * 100)} %`,
            rolesTried(t),
          ]),
        ),
    deleteButton(a, refresh),
  );
}

function listOf(assignments: Assignment[], refresh: () => Promise<void>): Node[] {
  if (assignments.length === 0) return [h("p", { class: "lead" }, "No homework set yet.")];
  return [...assignments].reverse().map((a) => assignmentBlock(a, refresh));
}

/** A local date-time input value a week from now (the form's default deadline). */
function nextWeek(): string {
  const d = new Date(Date.now() + 7 * 24 * 3600 * 1000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

interface ScenarioField {
  element: HTMLElement;
  /** The ticked scenarios with their levels, or a refusal naming the scenario whose level is wrong. */
  choices(): { ok: true; value: { id: string; level: number }[] } | { ok: false; reason: string };
  /** Shows what the chosen challenge runs when nothing is ticked; a mystery challenge takes no scenarios. */
  forChallenge(challenge: Challenge | undefined): void;
  clear(): void;
}

/** Tick scenarios to replace the challenge's own (several combine, e.g. curare + neostigmine), each with a level. */
function scenarioField(): ScenarioField {
  const rows = SCENARIOS.map((s) => {
    const box = h("input", { type: "checkbox", id: `homework-scenario-${s.id}`, value: s.id });
    const level = h("input", {
      type: "number",
      id: `homework-level-${s.id}`,
      step: "any",
      inputmode: "decimal",
      min: s.min,
      max: s.max,
      value: String(s.default),
    });
    const unit = s.unit && s.unit !== "fraction" ? ` (${s.unit})` : "";
    const levelField = h(
      "div",
      { class: "field", hidden: true },
      h("label", { for: level.id }, `Level of ${s.name}: ${s.levelMeaning}${unit}, ${s.min} to ${s.max}`),
      level,
    );
    box.addEventListener("change", () => {
      levelField.hidden = !box.checked || s.levelMeaning === "none";
      summarise();
    });
    level.addEventListener("input", () => summarise());
    const row = h("div", { class: "scenario-option" }, h("label", { class: "check" }, box, s.name), levelField);
    return { s, box, level, levelField, row };
  });
  const summary = h("summary", {}, "Scenarios");
  const hint = h("p", { class: "hint" });
  const fieldset = h(
    "fieldset",
    { class: "homework-scenarios" },
    h("legend", {}, "Scenarios instead of the challenge's own (optional)"),
    hint,
    ...rows.map((r) => r.row),
  );
  let own = "";
  const picked = () =>
    rows
      .filter((r) => r.box.checked)
      .map((r) => ({ id: r.s.id, level: r.level.value === "" ? Number.NaN : Number(r.level.value) }));
  function summarise(): void {
    const chosen = picked();
    summary.textContent = chosen.length
      ? `Scenarios: ${scenariosText(chosen.map((c) => (Number.isFinite(c.level) ? c : { id: c.id })))}`
      : `Scenarios: the challenge's own${own ? ` (${own})` : ""}`;
  }
  return {
    element: h("details", { class: "homework-scenario-picker" }, summary, fieldset),
    choices() {
      const chosen = picked();
      for (const c of chosen) {
        const s = SCENARIOS.find((x) => x.id === c.id);
        if (s && s.levelMeaning !== "none" && !(c.level >= s.min && c.level <= s.max)) {
          return { ok: false, reason: `The level of ${s.name} must be a number from ${s.min} to ${s.max}.` };
        }
      }
      // The same check the server makes, so a refusal here reads the same as one from there.
      return parseScenarioList(chosen.map((c) => (Number.isFinite(c.level) ? c : { id: c.id })));
    },
    forChallenge(challenge) {
      const mystery = challenge?.mystery === true;
      own = mystery ? "hidden, drawn each round" : challenge ? scenariosText(challenge.scenarios) : "";
      fieldset.disabled = mystery;
      hint.textContent = mystery
        ? "A mystery challenge draws its own hidden scenario each round: its scenario cannot be chosen."
        : `Leave all unticked to play the challenge's own (${own}). Ticked scenarios replace it; the goal stays.`;
      if (mystery) for (const r of rows) r.box.checked = false;
      for (const r of rows) r.levelField.hidden = !r.box.checked || r.s.levelMeaning === "none";
      summarise();
    },
    clear() {
      for (const r of rows) {
        r.box.checked = false;
        r.level.value = String(r.s.default);
        r.levelField.hidden = true;
      }
      summarise();
    },
  };
}

function setHomeworkForm(refresh: () => Promise<void>): HTMLElement {
  const title = h("input", { id: "homework-title", name: "title", maxlength: 80, required: true });
  const challenge = h(
    "select",
    { id: "homework-challenge", name: "challenge" },
    ...CHALLENGES.map((c) => h("option", { value: c.id }, c.name)),
  );
  const scenarios = scenarioField();
  scenarios.forChallenge(challengeById(challenge.value));
  challenge.addEventListener("change", () => scenarios.forChallenge(challengeById(challenge.value)));
  const deadline = h("input", {
    id: "homework-deadline",
    name: "deadline",
    type: "datetime-local",
    required: true,
    value: nextWeek(),
  });
  const message = h("div", { class: "form-message", "aria-live": "polite" });
  const submit = h("button", { type: "submit", class: "primary" }, "Set homework");
  const form = h(
    "form",
    { class: "panel homework-form", novalidate: true, "aria-labelledby": "set-homework" },
    h("h2", { id: "set-homework" }, "Set homework"),
    h("label", { for: "homework-title" }, "Title"),
    title,
    h("div", { class: "field" }, h("label", { for: "homework-challenge" }, "Challenge"), challenge),
    scenarios.element,
    h("label", { for: "homework-deadline" }, "Deadline"),
    deadline,
    h("p", { class: "hint" }, "Attempts after the deadline are still accepted and marked late."),
    message,
    submit,
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const at = Date.parse(deadline.value);
    if (!title.value.trim() || !Number.isFinite(at)) {
      message.replaceChildren(messageBox("error", "Give the homework a title and a deadline."));
      return;
    }
    const chosen = scenarios.choices();
    if (!chosen.ok) {
      message.replaceChildren(messageBox("error", chosen.reason));
      return;
    }
    submit.disabled = true;
    try {
      const created = await createAssignment({
        title: title.value.trim(),
        challengeId: challenge.value,
        deadline: new Date(at).toISOString(),
        ...(chosen.value.length > 0 ? { scenarios: chosen.value } : {}),
      });
      message.replaceChildren(
        h(
          "div",
          { class: "message message-info", role: "status" },
          h("p", {}, "Homework set. Give students this link or code:"),
          h("p", {}, h("a", { href: created.url, class: "homework-link" }, created.url)),
          h("p", {}, "Code: ", h("strong", { class: "homework-code" }, created.code)),
        ),
      );
      title.value = "";
      scenarios.clear();
      await refresh();
    } catch (error) {
      const text = error instanceof ApiError ? error.message : "Something went wrong. Try again in a moment.";
      message.replaceChildren(messageBox("error", text));
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

/** The whole homework part of the dashboard; draws the assignments it is given and refetches after a new one. */
export function homeworkSection(initial: Assignment[]): HTMLElement {
  const list = h("div", { class: "assignment-list" });
  const refresh = async () => {
    try {
      list.replaceChildren(...listOf(await fetchAssignments(), refresh));
    } catch (error) {
      list.replaceChildren(messageBox("error", error instanceof ApiError ? error.message : String(error)));
    }
  };
  list.replaceChildren(...listOf(initial, refresh));
  return h(
    "section",
    { class: "homework", "aria-labelledby": "assignments-heading" },
    setHomeworkForm(refresh),
    h("h2", { id: "assignments-heading" }, "Assignments"),
    list,
  );
}
