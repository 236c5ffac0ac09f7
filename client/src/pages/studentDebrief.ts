// The student's debrief: the chain of events as their team's junction showed it (the server's per-impulse
// records; inferred from the state until they arrive), and their own scores for the round.
import type { SeatScore } from "../../../shared/game/game";
import { chainFromImpulses, chainOfEvents, type RoundPeaks } from "../../../shared/game/view";
import type { Debrief } from "../net/read";
import { chainList, cueLine } from "../ui/debrief";
import { h } from "../ui/dom";

export function studentDebrief(
  nickname: string,
  team: number,
  peaks: RoundPeaks,
  debrief: Debrief | null,
  score: SeatScore,
  lead = `Well played, ${nickname}. Look at the projector for the traces.`,
): HTMLElement {
  const outcome = debrief?.teams.find((t) => t.team === team);
  const mine = debrief?.seats[0]?.score ?? score;
  return h(
    "section",
    { class: "panel debrief" },
    h("h1", {}, "Round over"),
    outcome?.verdict
      ? h(
          "p",
          { class: `verdict ${outcome.goalAchieved ? "verdict-met" : "verdict-missed"}`, role: "status" },
          h("span", { "aria-hidden": "true" }, outcome.goalAchieved ? "★ " : "✗ "),
          outcome.verdict,
        )
      : null,
    h("p", { class: "lead" }, lead),
    chainList(outcome ? chainFromImpulses(outcome) : chainOfEvents(peaks), "Chain of events in your junction"),
    h("p", { class: "score" }, `Your game score this round: ${mine.game}. ${cueLine(mine)}.`),
  );
}
