// The teacher's debrief: per junction the round's trace and the chain of events (from the server's per-impulse
// records; inferred from what the projector saw until they arrive), then each student's round contribution.
import type { SeatScore } from "../../../shared/game/game";
import { roleLabel } from "../../../shared/game/readable";
import { chainFromImpulses, chainOfEvents } from "../../../shared/game/view";
import type { RoundLog } from "../net/traces";
import type { WireState } from "../net/wireState";
import { type Contribution, chainList, contributionTable, SCORE_LEGEND, verdictBanner } from "../ui/debrief";
import { h } from "../ui/dom";
import { traceSvg } from "../ui/traceSvg";

export type SeatScores = Map<string, SeatScore>;

export function hostDebrief(state: WireState, log: RoundLog, scores: SeatScores): HTMLElement {
  const debrief = log.debriefOf(state.round);
  const teams = Array.from(state.junctions ?? []);
  // The server's round scores when its debrief is in; until then the running totals of its score messages.
  const rows: Contribution[] = debrief
    ? debrief.seats.map((s) => ({ nickname: s.nickname, team: s.team, role: roleLabel(s.role), ...s.score }))
    : Array.from(state.students.entries()).map(([seatId, s]) => ({
        nickname: s.nickname,
        team: s.team,
        role: roleLabel(s.role),
        ...(scores.get(seatId) ?? { game: 0, cues: 0, answered: 0, refused: 0 }),
      }));
  return h(
    "section",
    { class: "debrief host-debrief" },
    h("h2", {}, `Round ${state.round} debrief`),
    h("p", { class: "lead" }, debrief?.goal || state.goal),
    ...teams.map((j) => {
      const outcome = debrief?.teams.find((t) => t.team === j.team);
      const label = teams.length > 1 ? `Chain of events, team ${j.team + 1}` : "Chain of events";
      return h(
        "div",
        { class: "debrief-team" },
        teams.length > 1
          ? h("h3", {}, `Team ${j.team + 1}${(outcome?.goalAchieved ?? j.goalAchieved) ? " — goal reached" : ""}`)
          : null,
        verdictBanner(outcome),
        traceSvg(
          log.traces[j.team],
          j.restMv,
          `Trace of the round${teams.length > 1 ? ` for team ${j.team + 1}` : ""}`,
        ),
        chainList(outcome ? chainFromImpulses(outcome) : chainOfEvents(log.peaksOf(j.team)), label),
        outcome ? null : h("p", { class: "hint" }, "Inferred from the projector; the server's record is on its way."),
      );
    }),
    contributionTable(rows, teams.length > 1),
    h("p", { class: "hint score-legend" }, SCORE_LEGEND),
  );
}
