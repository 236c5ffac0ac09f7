// One class session's report on the teacher's dashboard: rounds with each team's outcome, each student's totals
// and each student's rounds (cues answered in time, refused presses, with a legend), and the CSV of students.
import { countOf, roleLabel, scenarioListLabel } from "../../../shared/game/readable";
import { csvUrl, fetchReport, type ReportRound, type SessionReport } from "../net/teacherApi";
import { cuesAnswered, SCORE_LEGEND } from "../ui/debrief";
import { h } from "../ui/dom";
import { dataTable, when } from "../ui/table";
import { predictionReport } from "./predictionReport";

const roleName = roleLabel;

function outcome(r: ReportRound): string {
  return r.teams
    .map((t) => {
      const who = r.teams.length > 1 ? `Team ${t.team + 1}: ` : "";
      const goal = t.goalAchieved ? "goal met" : `goal not met (${Math.round(t.goalProgress * 100)} % of the way)`;
      return `${who}${goal}; ${countOf(t.impulses, "impulse")}, ${countOf(t.actionPotentials, "muscle action potential")}, ${countOf(t.twitches, "twitch", "twitches")}`;
    })
    .join(" · ");
}

function roundsTable(report: SessionReport): HTMLElement {
  if (report.rounds.length === 0) return h("p", { class: "lead" }, "No round was played in this class.");
  return dataTable(
    "Each round: its goal, scenario and outcome",
    ["Round", "Mode", "Goal", "Scenario", "Ended", "Outcome"],
    report.rounds.map((r) => [
      `Round ${r.round}`,
      r.mode === "teams" ? `${r.teamCount} teams` : "Whole class",
      r.goal,
      scenarioListLabel(r.scenarios), // stored as "id level; …": shown by name, with each level's meaning
      when(r.endedAt),
      outcome(r),
    ]),
  );
}

function studentsTable(report: SessionReport): HTMLElement {
  return dataTable(
    "Totals over the session",
    ["Student", "Rounds played", "Parts", "Game score", "Cues answered in time", "Refused presses"],
    report.students.map((s) => {
      const sum = (key: "game" | "cues" | "answered" | "refused") => s.rounds.reduce((a, r) => a + r[key], 0);
      const parts = [...new Set(s.rounds.map((r) => roleName(r.role)))].join(", ") || "—";
      return [
        s.nickname,
        s.rounds.length,
        parts,
        sum("game"),
        cuesAnswered(sum("answered"), sum("cues")),
        sum("refused"),
      ];
    }),
  );
}

function studentRoundsTable(report: SessionReport, teams: boolean): HTMLElement | null {
  const rows = report.students.flatMap((s) =>
    s.rounds.map((r) => [
      s.nickname,
      `Round ${r.round}`,
      ...(teams ? [`Team ${r.team + 1}`] : []),
      roleName(r.role),
      r.game,
      cuesAnswered(r.answered, r.cues),
      r.refused,
    ]),
  );
  if (rows.length === 0) return null;
  const headers = [
    "Student",
    "Round",
    ...(teams ? ["Team"] : []),
    "Part",
    "Game score",
    "Cues answered in time",
    "Refused presses",
  ];
  return dataTable("Each student, round by round", headers, rows);
}

export async function sessionReport(id: number, note: string): Promise<HTMLElement> {
  const report = await fetchReport(id);
  const s = report.session;
  const teams = report.rounds.some((r) => r.mode === "teams");
  return h(
    "section",
    { class: "dashboard" },
    h("p", {}, h("a", { href: "/teacher" }, "← All your classes")),
    h("h1", {}, `Class ${s.code}${s.title ? ` — ${s.title}` : ""}`),
    h(
      "p",
      { class: "lead" },
      `Started ${when(s.createdAt)} · ${s.endedAt ? `ended ${when(s.endedAt)}` : "still open"}`,
    ),
    h("p", { class: "hint" }, note),
    h("p", {}, h("a", { href: csvUrl(id), download: "", class: "button-link" }, "Download CSV (one row per student)")),
    h("h2", {}, "Rounds"),
    roundsTable(report),
    h("h2", {}, "Students"),
    ...(report.students.length > 0
      ? [h("p", { class: "hint score-legend" }, SCORE_LEGEND), studentsTable(report)]
      : [h("p", { class: "lead" }, "No student joined this class.")]),
    studentRoundsTable(report, teams),
    h("h2", {}, "Predictions"),
    ...predictionReport(report),
  );
}
