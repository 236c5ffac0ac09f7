// The teacher's private dashboard (/teacher): past class sessions and homework, and with ?session=<id> that session's
// report. This browser is signed in by an HttpOnly cookie, so no secret is in the address, the history or a proxy's
// log; a browser that is not signed in gets the recovery-code form. DOM only, no Phaser.
import { ApiError } from "../net/api";
import type { Assignment } from "../net/homeworkApi";
import { type Account, deleteSession, fetchDashboard, type SessionSummary } from "../net/teacherApi";
import { h, messageBox, show } from "../ui/dom";
import { dataTable, when } from "../ui/table";
import { homeworkSection } from "./assignments";
import { sessionReport } from "./sessionReport";
import { accountSection, hostHereButton, signInPage } from "./teacherAccount";

export { signInWithOldLink } from "./teacherAccount";

const PRIVATE_NOTE =
  "This page is private: whoever is signed in on this browser can read these reports. Keep it off the projector, and sign out on a shared computer.";

function failure(title: string, error: unknown): void {
  if (error instanceof ApiError && error.status === 401) {
    signInPage(error.message, () => void dashboardPage(new URLSearchParams()));
    return;
  }
  const text = error instanceof ApiError ? error.message : "Something went wrong. Try again in a moment.";
  show(
    h(
      "section",
      { class: "panel dashboard" },
      h("h1", {}, title),
      messageBox("error", text),
      h("a", { href: "/", class: "button-link" }, "Back to the start"),
    ),
  );
}

/** Deletes a class after the teacher confirms, then redraws the list. */
function deleteButton(s: SessionSummary, status: HTMLElement, refresh: () => void): HTMLElement {
  return h(
    "button",
    {
      type: "button",
      class: "small secondary",
      onclick: async () => {
        const ok = window.confirm(
          `Delete class ${s.code} for good? Its students' nicknames, answers and scores are erased from the server; this cannot be undone.`,
        );
        if (!ok) return;
        try {
          await deleteSession(s.id);
          refresh();
        } catch (error) {
          status.replaceChildren(messageBox("error", error instanceof ApiError ? error.message : String(error)));
        }
      },
    },
    `Delete class ${s.code}`,
  );
}

function sessionRow(s: SessionSummary, status: HTMLElement, refresh: () => void): (string | number | Node)[] {
  const name = `Class ${s.code}${s.title ? ` — ${s.title}` : ""}`;
  return [
    name,
    when(s.createdAt),
    s.endedAt ? when(s.endedAt) : "still open",
    s.rounds,
    s.students,
    h(
      "div",
      { class: "row-actions" },
      h("a", { href: `/teacher?session=${s.id}` }, `Report for class ${s.code}`),
      s.endedAt ? null : hostHereButton(s, status),
      deleteButton(s, status, refresh),
    ),
  ];
}

async function sessionList(): Promise<void> {
  let sessions: SessionSummary[];
  let assignments: Assignment[];
  let account: Account;
  try {
    ({ sessions, assignments, account } = await fetchDashboard());
  } catch (error) {
    failure("Your classes", error);
    return;
  }
  const status = h("div", { class: "form-message", "aria-live": "polite" });
  const refresh = () => void sessionList();
  show(
    h(
      "section",
      { class: "dashboard" },
      h("h1", {}, "Your classes"),
      h("p", { class: "hint" }, PRIVATE_NOTE),
      status,
      sessions.length === 0
        ? h("p", { class: "lead" }, "No classes yet. Host a class from this browser and it will appear here.")
        : dataTable(
            "Class sessions, newest first",
            ["Class", "Started", "Ended", "Rounds", "Students", "Report and actions"],
            sessions.map((s) => sessionRow(s, status, refresh)),
          ),
      h("p", {}, h("a", { href: "/host", class: "button-link" }, "Host a new class")),
      homeworkSection(assignments),
      accountSection(account),
    ),
  );
}

export async function dashboardPage(search: URLSearchParams): Promise<void> {
  document.getElementById("app")?.classList.add("wide");
  // The loading screen has its own heading, so "Your classes" appears only with the list itself.
  show(
    h(
      "section",
      { class: "panel", "aria-busy": "true" },
      h("h1", {}, "Teacher dashboard"),
      h("p", { role: "status" }, "Loading…"),
    ),
  );
  const id = Number(search.get("session"));
  if (Number.isInteger(id) && id > 0) {
    try {
      show(await sessionReport(id, PRIVATE_NOTE));
    } catch (error) {
      failure("Class report", error);
    }
  } else await sessionList();
}
