// The teacher's lesson tools, in the discreet column beside the projected area: a challenge picker (with notes
// for the teacher only), the hidden scenario of a mystery round (folded away), and the question bank with
// Ask → Resume round (locks the answers; the screens show what happens) → Reveal answer → Close question; or
// reveal before resuming. The server answers every command; the page only draws.
import { CHALLENGES, challengeById } from "../../../shared/game/challenges";
import type { HostCommand } from "../../../shared/game/commands";
import { type Question, questionsFor } from "../../../shared/game/questions";
import { ClientMessage } from "../../../shared/protocol";
import type { Bridge } from "../net/bridge";
import { scenarioIds, scenarioName } from "../net/lesson";
import { readAck, readClassScores, readError } from "../net/read";
import type { WireState } from "../net/wireState";
import { h, messageBox } from "./dom";
import "./lesson.css";

const LEVELS = ["All levels", "AP Biology", "College", "USMLE"];
/** How long after "Use this challenge" the server's answer is still taken as its answer, ms. */
const ANSWER_WAIT_MS = 5000;

/** When a question is best asked, in words (the bank stores it as an id). */
const MOMENT: Record<Question["moment"], string> = {
  "before-round": "before the round",
  "before-impulse": "before an impulse",
  "after-round": "after the round",
  any: "any time",
};

export function lessonControls(bridge: Bridge): { element: HTMLElement; update(s: WireState): void } {
  const send = (command: HostCommand) => bridge.send(ClientMessage.host, command);
  const button = (label: string, onclick: () => void, cls = "small") =>
    h("button", { type: "button", class: cls, onclick }, label);

  // Challenge presets.
  const picker = h(
    "select",
    {},
    h("option", { value: "" }, "No challenge (the settings above)"),
    ...CHALLENGES.map((c) => h("option", { value: c.id }, `${c.name}${c.mystery ? " (mystery)" : ""}`)),
  );
  const card = h("div", { class: "challenge-card", "aria-live": "polite" });
  const active = h("p", { class: "hint" });
  // The server's answer to "Use this challenge", shown beside it (the panel's top may be scrolled out of view).
  const challengeNote = h("div", { class: "form-message", "aria-live": "polite" });
  let waitingUntil = 0;
  const answer = (kind: "error" | "info", text: string | undefined) => {
    if (performance.now() > waitingUntil || !text) return;
    waitingUntil = 0;
    challengeNote.replaceChildren(messageBox(kind, text));
    challengeNote.scrollIntoView?.({ block: "nearest" });
  };
  bridge.on("ack", (p) => {
    const text = readAck(p)?.text;
    if (text?.startsWith("Challenge: ")) answer("info", text);
  });
  bridge.on("error", (p) => answer("error", readError(p)?.message));
  const useChallenge = button("Use this challenge", () => {
    if (!picker.value) return;
    challengeNote.replaceChildren();
    waitingUntil = performance.now() + ANSWER_WAIT_MS;
    send({ type: "challenge", challengeId: picker.value });
  });
  const drawCard = () => {
    const c = challengeById(picker.value);
    useChallenge.disabled = !c || inRound;
    card.replaceChildren(
      ...(c
        ? [
            h("p", {}, c.summary),
            h(
              "p",
              { class: "hint" },
              `${c.mode === "teams" ? `${c.teamCount ?? 2} teams` : "Whole class"} · ${c.roundLimitMs} ms${
                c.mystery ? " · mystery: the scenario is hidden" : ""
              }`,
            ),
            h("p", { class: "teacher-notes" }, h("strong", {}, "For you: "), c.teacherNotes),
          ]
        : []),
    );
  };
  picker.addEventListener("change", () => {
    challengeNote.replaceChildren();
    drawCard();
  });

  // The hidden scenario of a mystery round: only ever sent to this teacher's page, and folded away.
  let hidden = "";
  const secretName = h("p", { class: "secret-name" });
  const secret = h(
    "details",
    { class: "secret", hidden: true },
    h("summary", {}, "Hidden scenario (only you)"),
    secretName,
  );
  // It arrives in the start's answer, and again once a second with the scores (so a reloaded page has it too).
  const learnSecret = (mystery: string | null | undefined) => {
    if (typeof mystery === "string" && mystery !== hidden) {
      hidden = mystery;
      secretName.textContent = scenarioName(mystery);
    }
  };
  bridge.on("ack", (p) => learnSecret(readAck(p)?.mystery));
  bridge.on("score", (p) => learnSecret(readClassScores(p)?.mystery));

  // The question bank.
  const level = h("select", {}, ...LEVELS.map((l) => h("option", { value: l }, l)));
  const list = h("ul", { class: "question-bank", "aria-label": "Questions" });
  const asking = h("p", { class: "asking" }, "No question on the screens.");
  const reveal = button("Reveal answer", () => send({ type: "reveal" }), "small primary");
  const close = button("Close question", () => send({ type: "closeQuestion" }));
  const resume = button("Resume round", () => send({ type: "resume" }), "small primary");
  const item = (q: Question, suggested: boolean) =>
    h(
      "li",
      { class: "bank-item" },
      h("p", { class: "bank-prompt" }, q.prompt),
      h(
        "p",
        { class: "hint" },
        `${suggested ? "Suggested · " : ""}Question type ${q.type} · ${q.level} · ${MOMENT[q.moment]}`,
      ),
      button("Ask", () => send({ type: "ask", questionId: q.id })),
    );
  let bankKey = "";
  const drawBank = (s: WireState) => {
    const key = `${s.scenarios}|${s.mysteryChoices}|${s.challenge}|${level.value}`;
    if (key === bankKey) return;
    bankKey = key;
    const suggestedIds = challengeById(s.challenge)?.questionIds ?? [];
    const pool = questionsFor(scenarioIds(s));
    const ordered = [
      ...suggestedIds.map((id) => pool.find((q) => q.id === id)).filter((q): q is Question => Boolean(q)),
      ...pool.filter((q) => !suggestedIds.includes(q.id)),
    ].filter((q) => level.value === LEVELS[0] || q.level === level.value);
    list.replaceChildren(...ordered.map((q) => item(q, suggestedIds.includes(q.id))));
    // Each Ask button is named by its question, so a screen reader (and a test) can tell them apart.
    for (const [i, li] of Array.from(list.children).entries()) {
      const q = ordered[i];
      li.querySelector("button")?.setAttribute("aria-label", `Ask: ${q?.prompt ?? ""}`);
    }
  };
  level.addEventListener("change", () => {
    const s = bridge.state();
    if (s) drawBank(s);
  });

  let inRound = false;
  const element = h(
    "details",
    { class: "teacher lesson-tools", open: true },
    h("summary", {}, "Lesson tools"),
    h("label", { class: "field" }, h("span", {}, "Challenge"), picker),
    card,
    useChallenge,
    challengeNote,
    active,
    secret,
    h(
      "section",
      { class: "ask-panel", "aria-labelledby": "ask-title" },
      h("h3", { id: "ask-title" }, "Ask a question"),
      asking,
      h("div", { class: "host-controls", role: "group", "aria-label": "Question" }, reveal, close, resume),
      h("label", { class: "field" }, h("span", {}, "Question level"), level),
      list,
    ),
  );
  drawCard();
  return {
    element,
    update(s) {
      inRound = s.phase === "running" || s.phase === "paused";
      const preset = challengeById(s.challenge);
      const activeText = preset ? `In use: ${preset.name}. Start round uses it; Apply settings replaces it.` : "";
      if (active.textContent !== activeText) active.textContent = activeText;
      useChallenge.disabled = !picker.value || inRound;
      secret.hidden = !(s.mystery && hidden && s.phase !== "lobby");
      const q = s.question;
      const text = !q?.id
        ? "No question on the screens."
        : `On the screens: ${q.answered} answered${
            q.revealed ? " · answer revealed" : q.open ? " · Resume round locks the answers" : " · answers locked"
          }.`;
      if (asking.textContent !== text) asking.textContent = text;
      reveal.disabled = !q?.id || q.revealed;
      close.disabled = !q?.id;
      resume.disabled = s.phase !== "paused";
      drawBank(s);
    },
  };
}
