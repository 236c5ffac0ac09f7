// A student's view of the teacher's question (predict → run → explain): the prompt, the choices as big buttons,
// their own pick and the server's "Answer saved"; after the reveal, right or not (from the server's `correct`)
// and the bank's explanation. Once the round resumes it folds into a small panel beside the play screen.
import { type Question, questionById } from "../../../shared/game/questions";
import { ClientMessage } from "../../../shared/protocol";
import type { Bridge } from "../net/bridge";
import { readStudentScore } from "../net/read";
import type { WireState } from "../net/wireState";
import { announce, h } from "./dom";
import { pendingReply } from "./reply";

const LETTERS = "ABCDEFGHIJ";

export interface StudentQuestion {
  element: HTMLElement;
  update(state: WireState): void;
  dispose(): void;
}

export function studentQuestion(bridge: Bridge): StudentQuestion {
  const element = h("div", { class: "lesson-slot" });
  const reply = pendingReply(bridge);
  const status = h("p", { class: "q-status", role: "status", "aria-live": "polite" });
  // What happened once the round ran on with the answers locked; updated in place (no redraw) as events come.
  const outcome = h("p", { class: "q-outcome" });
  let questionId = "";
  let picked = -1;
  let pending = -1;
  let drawn = "";
  let revealedId = "";
  let last: WireState | null = null;

  const choose = (q: Question, choice: number) => {
    pending = choice;
    status.textContent = "Sending your answer…";
    redraw();
    reply.send(
      ClientMessage.answer,
      { questionId: q.id, choice },
      (text) => {
        if (q.id !== questionId) return;
        picked = choice;
        pending = -1;
        status.textContent = text;
        redraw();
      },
      (text) => {
        pending = -1;
        status.textContent = `Not saved: ${text}`;
        redraw();
      },
    );
  };

  const verdict = (q: Question, correct: number): HTMLElement[] => {
    const right = `${LETTERS[correct] ?? ""}. ${q.choices[correct] ?? ""}`;
    const line =
      picked < 0
        ? `You did not answer. The right answer: ${right}`
        : picked === correct
          ? `✓ Right! ${right}`
          : `✗ Not this time. You chose ${LETTERS[picked] ?? ""}; the right answer: ${right}`;
    return [
      h("p", { class: `q-verdict ${picked === correct ? "q-right" : "q-wrong"}` }, line),
      h("p", { class: "q-explanation" }, h("strong", {}, "Why: "), q.explanation),
    ];
  };

  const draw = (state: WireState, q: Question) => {
    const { revealed, correct } = state.question;
    const buttons = q.choices.map((choice, i) => {
      const isRight = revealed && i === correct;
      const mark = isRight ? "✓ right answer" : revealed && i === picked ? "✗ your answer" : i === pending ? "…" : "";
      const button = h(
        "button",
        {
          type: "button",
          class: `q-choice${i === picked ? " picked" : ""}${isRight ? " right" : ""}`,
          "aria-label": choice,
          "aria-pressed": String(i === picked),
          disabled: revealed || !state.question.open,
        },
        h("span", { class: "q-letter", "aria-hidden": "true" }, LETTERS[i] ?? ""),
        h("span", { class: "q-text" }, choice),
        mark ? h("span", { class: "q-mark", "aria-hidden": "true" }, mark) : null,
      );
      button.addEventListener("click", () => choose(q, i));
      return button;
    });
    const body = [
      h("h2", { class: "q-prompt", id: "student-question-prompt" }, q.prompt),
      h("div", { class: "q-choices", role: "group", "aria-labelledby": "student-question-prompt" }, ...buttons),
      status,
      outcome,
      ...(revealed && correct >= 0 ? verdict(q, correct) : []),
    ];
    // Once the round runs with the answers locked (or revealed), the question folds away so the part can be played.
    if (!state.question.open && state.phase === "running") {
      const yours = picked < 0 ? "not answered" : `your prediction: ${LETTERS[picked] ?? ""}`;
      const summary = !revealed
        ? `${yours} · watch what happens`
        : picked === correct
          ? "✓ you were right"
          : picked < 0
            ? "not answered"
            : "✗ not this time";
      element.replaceChildren(
        h(
          "details",
          { class: "lesson-question compact" },
          h("summary", {}, `Question (${summary}): show it again`),
          ...body,
        ),
      );
    } else {
      element.replaceChildren(
        h(
          "section",
          { class: "lesson-question", "aria-labelledby": "student-question-prompt" },
          h("p", { class: "q-kicker" }, revealed ? "Answer revealed" : "Question from your teacher"),
          ...body,
        ),
      );
    }
  };

  function redraw(): void {
    const state = last;
    const q = state ? questionById(state.question.id) : undefined;
    if (!state || !q) {
      element.replaceChildren();
      return;
    }
    draw(state, q);
  }

  // The server repeats this student's saved answer once a second (score message): after a reload the page
  // learns its own pick again instead of showing an unanswered question.
  const offScore = bridge.on("score", (payload) => {
    const saved = readStudentScore(payload)?.answer;
    if (!saved || saved.questionId !== questionId || pending >= 0 || saved.choice === picked) return;
    picked = saved.choice;
    redraw();
  });

  return {
    element,
    update(state) {
      last = state;
      const q = state.question;
      if (q.id !== questionId) {
        questionId = q.id;
        picked = -1;
        pending = -1;
        status.textContent = "";
        const bank = questionById(q.id);
        if (bank) announce(`Question from your teacher: ${bank.prompt}`);
      }
      if (outcome.textContent !== (q.outcome ?? "")) outcome.textContent = q.outcome ?? "";
      const key = `${q.id}|${q.open}|${q.revealed}|${q.correct}|${!q.open && state.phase === "running"}`;
      if (key === drawn) return;
      if (q.revealed && revealedId !== q.id) {
        revealedId = q.id;
        status.textContent = "";
        announce("Your teacher revealed the answer.");
      }
      drawn = key;
      redraw();
    },
    dispose: () => {
      offScore();
      reply.dispose();
    },
  };
}
