// A student's homework (/homework/CODE): what it asks (challenge, goal, the teacher's scenarios) and by when, a
// nickname, then a private solo room where the student picks their part, plays rounds with bots in every other
// part, sees their junction's trace and whether the challenge was met, and may try several roles.
import { challengeById } from "../../../shared/game/challenges";
import { describeGoal } from "../../../shared/game/goals";
import { NICKNAME_MAX_LENGTH, parseNickname, suggestNickname } from "../../../shared/game/nickname";
import { SCENARIOS } from "../../../shared/physiology/scenarios";
import { ApiError } from "../net/api";
import { JoinError, joinClass } from "../net/connection";
import { deviceToken, lastNickname, rememberNickname } from "../net/device";
import { type HomeworkInfo, homeworkInfo, startAttempt } from "../net/homeworkApi";
import type { WireState } from "../net/wireState";
import { h, messageBox, show } from "../ui/dom";
import { when } from "../ui/table";
import { cryptoIndex } from "./join";
import { soloBar } from "./soloBar";
import { waitingRoom } from "./waiting";

function failure(text: string): void {
  show(
    h(
      "section",
      { class: "panel" },
      h("h1", {}, "Homework"),
      messageBox("error", text),
      h("a", { href: "/", class: "button-link" }, "Back to the start"),
    ),
  );
}

function explain(error: unknown): string {
  if (error instanceof ApiError || error instanceof JoinError) return error.message;
  return "Something went wrong. Try again in a moment.";
}

/** "Curare, level 0.5 (fraction of ACh binding sites occupied)": a scenario as the student reads it. */
function scenarioLine(s: { id: string; name: string; level: number }): string {
  const info = SCENARIOS.find((x) => x.id === s.id);
  if (!info || info.levelMeaning === "none") return s.name;
  return `${s.name}, level ${s.level}${info.unit && info.unit !== "fraction" ? ` ${info.unit}` : ""} (${info.levelMeaning})`;
}

/** The goal the round is judged on (the challenge's own, kept when the teacher changes the scenario). */
function goalLine(info: HomeworkInfo): HTMLElement | null {
  const challenge = info.challenge ? challengeById(info.challenge.id) : undefined;
  return challenge ? h("p", {}, h("strong", {}, "Goal: "), describeGoal(challenge.goal)) : null;
}

/** What the junction will be like: the teacher's own scenarios, when they replaced the challenge's. */
function scenarioNote(info: HomeworkInfo): HTMLElement | null {
  if (!info.scenarios || info.scenarios.length === 0) return null;
  return h(
    "div",
    { class: "homework-scenarios" },
    h("h2", {}, "Your teacher's scenario"),
    h("p", { class: "hint" }, "Your junction runs this instead of the challenge's own:"),
    h("ul", {}, ...info.scenarios.map((s) => h("li", {}, scenarioLine(s)))),
  );
}

async function begin(info: HomeworkInfo, nickname: string): Promise<void> {
  const attempt = await startAttempt(info.code, nickname);
  const room = await joinClass<WireState>(attempt.roomCode, {
    nickname: attempt.nickname,
    deviceToken: deviceToken(),
  });
  rememberNickname(attempt.nickname);
  const goal = info.challenge ? (challengeById(info.challenge.id)?.goal ?? null) : null;
  waitingRoom(room, attempt.roomCode, attempt.nickname, {
    bar: (bridge, mySeat) => soloBar(bridge, mySeat, goal),
    lobbyText: `Homework “${info.title}”. You play alone: bots take every other part. Choose your part and start.`,
    // Said after every round, met or not: no praise for a round that failed (the verdict above says how it went).
    debriefText: `Your result is saved for your teacher, ${attempt.nickname}. Try another role to see the junction from another part.`,
  });
}

export async function homeworkPage(rawCode: string): Promise<void> {
  show(h("section", { class: "panel" }, h("h1", {}, "Homework"), h("p", {}, "Finding your homework…")));
  let info: HomeworkInfo;
  try {
    info = await homeworkInfo(rawCode.trim().toUpperCase());
  } catch (error) {
    failure(explain(error));
    return;
  }
  const message = h("div", { class: "form-message" });
  const input = h("input", {
    id: "nickname",
    name: "nickname",
    autocomplete: "nickname",
    maxlength: NICKNAME_MAX_LENGTH,
    required: true,
    value: lastNickname(),
  });
  const suggest = h(
    "button",
    {
      type: "button",
      class: "secondary",
      onclick: () => {
        input.value = suggestNickname(cryptoIndex);
        message.replaceChildren();
        input.focus();
      },
    },
    "Suggest a name",
  );
  const startButton = h("button", { type: "submit", class: "big primary" }, "Start homework");
  const form = h(
    "form",
    { class: "panel homework-page", novalidate: true },
    h("h1", {}, info.title),
    info.challenge
      ? h("div", {}, h("h2", {}, info.challenge.name), h("p", { class: "lead" }, info.challenge.summary))
      : null,
    goalLine(info),
    scenarioNote(info),
    h("p", {}, `Deadline: ${when(info.deadline)}`),
    info.late
      ? messageBox("info", "The deadline has passed. You can still do this homework; it will be marked late.")
      : null,
    h("label", { for: "nickname" }, "Nickname"),
    h("div", { class: "row" }, input, suggest),
    h(
      "p",
      { class: "hint" },
      `Use the nickname your teacher knows you by: up to ${NICKNAME_MAX_LENGTH} letters, digits and spaces; an ` +
        "apostrophe or hyphen may join two letters (O'Neil, Mary-Jane). No real surnames needed.",
    ),
    message,
    startButton,
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const name = parseNickname(input.value);
    if (!name.ok) {
      message.replaceChildren(messageBox("error", name.reason));
      input.focus();
      return;
    }
    startButton.disabled = true;
    message.replaceChildren(messageBox("info", "Opening your homework room…"));
    try {
      await begin(info, name.value);
    } catch (error) {
      startButton.disabled = false;
      message.replaceChildren(messageBox("error", explain(error)));
      input.focus();
    }
  });
  show(form);
}
