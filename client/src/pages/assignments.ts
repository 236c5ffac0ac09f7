// The dashboard's homework part: a "Set homework" form (title, challenge, deadline) that answers with the link and
// code to give students, and every assignment with its attempts (who, late, completed, best progress, roles).
import { CHALLENGES, challengeById } from "../../../shared/game/challenges";
import { isRoleId, role } from "../../../shared/game/roles";
import { ApiError } from "../net/api";
import { type Assignment, type Attempt, createAssignment, fetchAssignments } from "../net/homeworkApi";
import { h, messageBox } from "../ui/dom";
import { dataTable, when } from "../ui/table";

const yesNo = (value: boolean) => (value ? "yes" : "no");

function rolesTried(a: Attempt): string {
  const names = new Set(a.rounds.map((r) => (r.role && isRoleId(r.role) ? role(r.role).name : "—")));
  return names.size ? [...names].join(", ") : "none yet";
}

function assignmentBlock(a: Assignment): HTMLElement {
  const challenge = challengeById(a.challengeId)?.name ?? a.challengeId;
  const link = `${window.location.origin}/homework/${a.code}`;
  return h(
    "article",
    { class: "assignment" },
    h("h3", {}, `${a.title} — code ${a.code}`),
    h(
      "p",
      {},
      `Challenge: ${challenge}. Deadline: ${when(a.deadline)}. Link: `,
      h("a", { href: `/homework/${a.code}` }, link),
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
  );
}

function listOf(assignments: Assignment[]): Node[] {
  if (assignments.length === 0) return [h("p", { class: "lead" }, "No homework set yet.")];
  return [...assignments].reverse().map(assignmentBlock);
}

/** A local date-time input value a week from now (the form's default deadline). */
function nextWeek(): string {
  const d = new Date(Date.now() + 7 * 24 * 3600 * 1000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function setHomeworkForm(token: string, refresh: () => Promise<void>): HTMLElement {
  const title = h("input", { id: "homework-title", name: "title", maxlength: 80, required: true });
  const challenge = h(
    "select",
    { id: "homework-challenge", name: "challenge" },
    ...CHALLENGES.map((c) => h("option", { value: c.id }, c.name)),
  );
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
    submit.disabled = true;
    try {
      const created = await createAssignment(token, {
        title: title.value.trim(),
        challengeId: challenge.value,
        deadline: new Date(at).toISOString(),
      });
      message.replaceChildren(
        h(
          "div",
          { class: "message message-info", role: "status" },
          h("p", {}, "Homework set. Give students this link or code:"),
          h("p", {}, h("a", { href: created.url, class: "homework-link" }, `${window.location.origin}${created.url}`)),
          h("p", {}, "Code: ", h("strong", { class: "homework-code" }, created.code)),
        ),
      );
      title.value = "";
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
export function homeworkSection(token: string, initial: Assignment[]): HTMLElement {
  const list = h("div", { class: "assignment-list" }, ...listOf(initial));
  const refresh = async () => {
    try {
      list.replaceChildren(...listOf(await fetchAssignments(token)));
    } catch (error) {
      list.replaceChildren(messageBox("error", error instanceof ApiError ? error.message : String(error)));
    }
  };
  return h(
    "section",
    { class: "homework", "aria-labelledby": "assignments-heading" },
    setHomeworkForm(token, refresh),
    h("h2", { id: "assignments-heading" }, "Assignments"),
    list,
  );
}
