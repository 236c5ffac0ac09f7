// The student's debrief: the chain of events as their team's junction showed it (the server's per-impulse
// records; inferred from the state until they arrive), and their own scores for the round.
import type { SeatScore } from "../../../shared/game/game";
import { chainFromImpulses, chainOfEvents, type RoundPeaks } from "../../../shared/game/view";
import type { Debrief } from "../net/read";
import { chainList, cueLine, verdictBanner } from "../ui/debrief";
import { h } from "../ui/dom";

export function studentDebrief(
  nickname: string,
  team: number,
  peaks: RoundPeaks,
  debrief: Debrief | null,
  score: SeatScore,
  lead?: string,
): HTMLElement {
  const outcome = debrief?.teams.find((t) => t.team === team);
  const mine = debrief?.seats[0]?.score ?? score;
  // Praise only a round that went well: the goal met, or (until the server's record is in) most cues answered.
  const wentWell = outcome ? outcome.goalAchieved : mine.cues > 0 && mine.answered >= mine.cues / 2;
  const opening = wentWell ? `Well played, ${nickname}.` : `Thanks for playing, ${nickname}.`;
  return h(
    "section",
    { class: "panel debrief" },
    h("h1", {}, "Round over"),
    verdictBanner(outcome),
    h("p", { class: "lead" }, lead ?? `${opening} Look at the projector for the traces.`),
    chainList(outcome ? chainFromImpulses(outcome) : chainOfEvents(peaks), "Chain of events in your junction"),
    h("p", { class: "score" }, `Your game score this round: ${mine.game}. ${cueLine(mine)}.`),
  );
}
