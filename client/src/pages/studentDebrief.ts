// The student's debrief: the chain of events as their team's junction showed it, and their own scores.
import type { RoundRecord } from "../../../shared/game/view";
import { chainList } from "../ui/debrief";
import { h } from "../ui/dom";

export function studentDebrief(
  nickname: string,
  record: RoundRecord,
  score: { game: number; sound: number; attempts: number },
): HTMLElement {
  return h(
    "section",
    { class: "panel debrief" },
    h("h1", {}, "Round over"),
    h("p", { class: "lead" }, `Well played, ${nickname}. Look at the projector for the traces.`),
    chainList(record, "Chain of events in your junction"),
    h(
      "p",
      { class: "score" },
      `Your game score: ${score.game}. Physiologically sound actions: ${score.sound} of ${score.attempts}.`,
    ),
  );
}
