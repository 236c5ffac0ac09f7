// Mystery rounds on a student's device: the possible diagnoses (scenario names) as buttons that send `diagnose`,
// their own choice and the server's answer; after the round, each team's diagnosis, right or not, and the
// real scenario — all from the server's debrief (the client never knows the answer before it).
import { ClientMessage } from "../../../shared/protocol";
import type { Bridge } from "../net/bridge";
import { mysteryChoices, scenarioName } from "../net/lesson";
import { type Debrief, readDebrief, readStudentScore } from "../net/read";
import type { WireState } from "../net/wireState";
import { h } from "./dom";
import { pendingReply } from "./reply";

export function mysteryResult(debrief: Debrief, myTeam: number | null): HTMLElement | null {
  const m = debrief.mystery;
  if (!m) return null;
  const several = debrief.teams.length > 1;
  return h(
    "section",
    { class: "lesson-mystery result", "aria-labelledby": `mystery-result-${debrief.round}` },
    h("h2", { id: `mystery-result-${debrief.round}` }, `The mystery was: ${scenarioName(m.answer)}`),
    h(
      "ul",
      { class: "diagnoses", "aria-label": "Diagnoses" },
      ...debrief.teams.map((t) => {
        const who = several ? `Team ${t.team + 1}${t.team === myTeam ? " (your team)" : ""}` : "The class";
        const said = t.diagnosis ? scenarioName(t.diagnosis) : "no diagnosis";
        const mark = t.diagnosisCorrect ? "✓ right" : "✗ not right";
        return h("li", {}, `${who} diagnosed: ${said} — ${mark}`);
      }),
    ),
  );
}

export function mysteryPanel(
  bridge: Bridge,
  team: () => number | null,
): { element: HTMLElement; update(s: WireState): void; dispose(): void } {
  const element = h("div", { class: "lesson-slot" });
  const reply = pendingReply(bridge);
  const status = h("p", { class: "q-status", role: "status", "aria-live": "polite" });
  let chosen = "";
  let drawn = "";
  let debrief: Debrief | null = null;
  let last: WireState | null = null;

  const draw = (state: WireState) => {
    const inRound = state.phase === "running" || state.phase === "paused";
    if (state.phase === "debrief" && debrief?.round === state.round) {
      element.replaceChildren(mysteryResult(debrief, team()) ?? "");
      return;
    }
    if (!state.mystery || !inRound) {
      element.replaceChildren();
      return;
    }
    const buttons = mysteryChoices(state).map((id) => {
      const button = h(
        "button",
        { type: "button", class: `q-choice${id === chosen ? " picked" : ""}`, "aria-pressed": String(id === chosen) },
        scenarioName(id),
      );
      button.addEventListener("click", () => {
        status.textContent = "Sending your diagnosis…";
        reply.send(
          ClientMessage.diagnose,
          { scenarioId: id },
          (text) => {
            chosen = id;
            status.textContent = text;
            if (last) draw(last);
          },
          (text) => {
            status.textContent = `Not saved: ${text}`;
          },
        );
      });
      return button;
    });
    element.replaceChildren(
      h(
        "details",
        { class: "lesson-mystery", open: true },
        h("summary", {}, "Mystery scenario — what is wrong with this junction?"),
        h("p", { class: "hint" }, "Watch what your part senses and the projector's traces, then diagnose."),
        h("div", { class: "q-choices", role: "group", "aria-label": "Possible diagnoses" }, ...buttons),
        status,
      ),
    );
  };

  const offDebrief = bridge.on("debrief", (payload) => {
    debrief = readDebrief(payload);
    drawn = "";
    if (last) draw(last);
  });
  // The server repeats this student's saved diagnosis once a second (score message), so a reload shows it again.
  const offScore = bridge.on("score", (payload) => {
    const saved = readStudentScore(payload)?.diagnosis;
    if (typeof saved !== "string" || saved === chosen || !last?.mystery) return;
    if (!mysteryChoices(last).includes(saved)) return;
    chosen = saved;
    draw(last);
  });
  return {
    element,
    update(state) {
      last = state;
      const key = `${state.round}|${state.phase}|${state.mystery}|${state.mysteryChoices}|${debrief?.round}`;
      if (key === drawn) return;
      if (!drawn.startsWith(`${state.round}|`)) chosen = "";
      drawn = key;
      draw(state);
    },
    dispose() {
      reply.dispose();
      offDebrief();
      offScore();
    },
  };
}
