// The question on the projector: the prompt, how many have answered, and the spread of answers as a bar chart
// with a letter, the choice's text and the count in words on every bar (never colour alone). After the reveal:
// what happened once the round ran on with the answers locked (the outcome beside the prediction), then the
// right answer (the server's `correct`) and the bank's explanation; small while the round runs.
import { type Question, questionById } from "../../../shared/game/questions";
import type { WireState } from "../net/wireState";
import { h } from "./dom";

const LETTERS = "ABCDEFGHIJ";

interface Bar {
  row: HTMLElement;
  fill: HTMLElement;
  count: HTMLOutputElement;
  mark: HTMLElement;
}

export function projectorQuestion(): { element: HTMLElement; update(s: WireState): void } {
  const element = h("div", { class: "lesson-slot" });
  const answered = h("p", { class: "q-answered", "aria-live": "polite" });
  const outcome = h("p", { class: "q-outcome", "aria-live": "polite" });
  let drawnId = "";
  let bars: Bar[] = [];
  let after: HTMLElement | null = null;
  let section: HTMLElement | null = null;

  const build = (q: Question) => {
    bars = q.choices.map((choice, i) => {
      const label = `${LETTERS[i] ?? ""}. ${choice}`;
      const fill = h("span", { class: "bar-fill" });
      const count = h("output", { class: "bar-count", "aria-label": `Answers for ${label}` }, "0");
      const mark = h("span", { class: "bar-mark" });
      const row = h(
        "li",
        { class: "bar-row" },
        h("span", { class: "bar-label" }, label),
        h("span", { class: "bar-track", "aria-hidden": "true" }, fill),
        count,
        mark,
      );
      return { row, fill, count, mark };
    });
    after = h("div", { class: "q-after" });
    section = h(
      "section",
      { class: "lesson-question projected", "aria-labelledby": "projector-question-prompt" },
      h("p", { class: "q-kicker" }, `Question · ${q.level}`),
      h("h2", { class: "q-prompt", id: "projector-question-prompt" }, q.prompt),
      answered,
      h("ol", { class: "spread", "aria-label": "Spread of answers" }, ...bars.map((b) => b.row)),
      outcome,
      after,
    );
    element.replaceChildren(section);
  };

  let revealedDrawn = -2;
  return {
    element,
    update(state) {
      const view = state.question;
      const q = view ? questionById(view.id) : undefined;
      if (!q) {
        if (drawnId) element.replaceChildren();
        drawnId = "";
        return;
      }
      if (q.id !== drawnId) {
        drawnId = q.id;
        revealedDrawn = -2;
        build(q);
      }
      const counts = Array.from(view.counts ?? []);
      const max = Math.max(1, ...counts);
      const students = state.students?.size ?? 0;
      const closed = view.outcome ? " · answers locked" : " · answers closed";
      const answeredText = `${view.answered} of ${students} answered${view.open ? "" : closed}`;
      if (answered.textContent !== answeredText) answered.textContent = answeredText;
      bars.forEach((bar, i) => {
        const n = counts[i] ?? 0;
        if (bar.count.textContent !== String(n)) bar.count.textContent = String(n);
        // CSSOM (not a style attribute), so the strict content security policy allows it.
        bar.fill.style.width = `${(n / max) * 100}%`;
      });
      if (outcome.textContent !== (view.outcome ?? "")) outcome.textContent = view.outcome ?? "";
      section?.classList.toggle("compact", !view.open && state.phase === "running");
      const correct = view.revealed ? view.correct : -1;
      if (correct === revealedDrawn) return;
      revealedDrawn = correct;
      bars.forEach((bar, i) => {
        bar.row.classList.toggle("right", i === correct);
        bar.mark.textContent = i === correct ? "✓ right answer" : "";
      });
      after?.replaceChildren(
        ...(correct >= 0
          ? [
              h(
                "p",
                { class: "q-verdict q-right" },
                `Right answer: ${LETTERS[correct] ?? ""}. ${q.choices[correct] ?? ""}`,
              ),
              h("p", { class: "q-explanation" }, h("strong", {}, "Why: "), q.explanation),
            ]
          : []),
      );
    },
  };
}
