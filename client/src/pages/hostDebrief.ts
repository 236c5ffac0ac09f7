// The teacher's debrief: per junction the round's trace and the chain of events, then each student's
// contribution (scores from the server's score messages, parts from the class state).
import { ROLES } from "../../../shared/game/roles";
import type { ClassStateView } from "../net/stateView";
import type { RoundLog } from "../net/traces";
import { type Contribution, chainList, contributionTable } from "../ui/debrief";
import { h } from "../ui/dom";
import { traceSvg } from "../ui/traceSvg";

export type SeatScores = Map<string, { game: number; sound: number; attempts: number }>;

export function hostDebrief(state: ClassStateView, log: RoundLog, scores: SeatScores): HTMLElement {
  const teams = Array.from(state.junctions ?? []);
  const rows: Contribution[] = Array.from(state.students.entries()).map(([seatId, s]) => ({
    nickname: s.nickname,
    team: s.team,
    role: ROLES.find((r) => r.id === s.role)?.name ?? "—",
    ...(scores.get(seatId) ?? { game: 0, sound: 0, attempts: 0 }),
  }));
  return h(
    "section",
    { class: "debrief host-debrief" },
    h("h2", {}, `Round ${state.round} debrief`),
    h("p", { class: "lead" }, state.goal),
    ...teams.map((j) =>
      h(
        "div",
        { class: "debrief-team" },
        teams.length > 1 ? h("h3", {}, `Team ${j.team + 1}${j.goalAchieved ? " — goal reached" : ""}`) : null,
        traceSvg(
          log.traces[j.team],
          j.restMv,
          `Trace of the round${teams.length > 1 ? ` for team ${j.team + 1}` : ""}`,
        ),
        chainList(log.record(j.team), teams.length > 1 ? `Chain of events, team ${j.team + 1}` : "Chain of events"),
      ),
    ),
    contributionTable(rows, teams.length > 1),
  );
}
