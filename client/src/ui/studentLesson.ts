// The lesson strip above a student's screen: the teacher's question and the mystery diagnosis. It lives outside
// the page content (like the connection banner) so it stays put while the lobby, role and debrief screens change.
import type { Bridge } from "../net/bridge";
import type { WireState } from "../net/wireState";
import { h } from "./dom";
import "./lesson.css";
import { mysteryPanel } from "./mysteryPanel";
import { studentQuestion } from "./studentQuestion";

export function studentLesson(bridge: Bridge, team: () => number | null): { remove(): void } {
  const question = studentQuestion(bridge);
  const mystery = mysteryPanel(bridge, team);
  const strip = h(
    "div",
    { class: "lesson-strip", role: "region", "aria-label": "Question and diagnosis" },
    question.element,
    mystery.element,
  );
  const app = document.getElementById("app");
  if (app) app.before(strip);
  else document.body.prepend(strip);
  const offState = bridge.on("state", (raw) => {
    const state = raw as WireState;
    if (!state.question) return;
    question.update(state);
    mystery.update(state);
  });
  const current = bridge.state();
  if (current?.question) {
    question.update(current);
    mystery.update(current);
  }
  return {
    remove() {
      offState();
      question.dispose();
      mystery.dispose();
      strip.remove();
    },
  };
}
