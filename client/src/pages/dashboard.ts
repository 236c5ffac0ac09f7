// The teacher's private dashboard (/teacher/<token>): past class sessions and homework, and with ?session=<id> that session's
// report. DOM only, no Phaser; the token never leaves this page except to the API (no referrer is sent).
import { ApiError } from "../net/api";
import type { Assignment } from "../net/homeworkApi";
import { fetchDashboard, type SessionSummary } from "../net/teacherApi";
import { h, messageBox, show } from "../ui/dom";
import { dataTable, when } from "../ui/table";
import { homeworkSection } from "./assignments";
import { sessionReport } from "./sessionReport";

const PRIVATE_NOTE =
  "This page is private: anyone with its address can read these reports. Keep it off the projector and don't share the link.";

function failure(title: string, error: unknown): void {
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

function sessionRow(token: string, s: SessionSummary): (string | number | Node)[] {
  const name = `Class ${s.code}${s.title ? ` — ${s.title}` : ""}`;
  return [
    name,
    when(s.createdAt),
    s.endedAt ? when(s.endedAt) : "still open",
    s.rounds,
    s.students,
    h("a", { href: `/teacher/${encodeURIComponent(token)}?session=${s.id}` }, `Report for class ${s.code}`),
  ];
}

async function sessionList(token: string): Promise<void> {
  let sessions: SessionSummary[];
  let assignments: Assignment[];
  try {
    ({ sessions, assignments } = await fetchDashboard(token));
  } catch (error) {
    failure("Your classes", error);
    return;
  }
  show(
    h(
      "section",
      { class: "dashboard" },
      h("h1", {}, "Your classes"),
      h("p", { class: "hint" }, PRIVATE_NOTE),
      sessions.length === 0
        ? h("p", { class: "lead" }, "No classes yet. Host a class from this browser and it will appear here.")
        : dataTable(
            "Class sessions, newest first",
            ["Class", "Started", "Ended", "Rounds", "Students", "Report"],
            sessions.map((s) => sessionRow(token, s)),
          ),
      h("p", {}, h("a", { href: "/host", class: "button-link" }, "Host a new class")),
      homeworkSection(token, assignments),
    ),
  );
}

export async function dashboardPage(token: string, search: URLSearchParams): Promise<void> {
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
      show(await sessionReport(token, id, PRIVATE_NOTE));
    } catch (error) {
      failure("Class report", error);
    }
  } else await sessionList(token);
}
