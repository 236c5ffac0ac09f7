// The lesson band on the projected area, above the junction: the challenge's name, summary and goal, "a mystery
// is running" (never which), the question with its spread of answers, and after a team or mystery round the
// result screen (teams ranked by goal, progress and twitches; each team's diagnosis and the real scenario).
import { challengeById } from "../../../shared/game/challenges";
import type { Bridge } from "../net/bridge";
import { BOTS_ONLY, rankTeams } from "../net/lesson";
import { type Debrief, readDebrief } from "../net/read";
import type { WireState } from "../net/wireState";
import { h } from "./dom";
import "./lesson.css";
import { mysteryResult } from "./mysteryPanel";
import { projectorQuestion } from "./projectorQuestion";

function results(debrief: Debrief): HTMLElement | null {
  const teams = debrief.teams.length > 1;
  if (!teams && !debrief.mystery) return null;
  const ranked = rankTeams(debrief.teams);
  return h(
    "section",
    { class: "lesson-results", "aria-labelledby": "lesson-results-title" },
    h("h2", { id: "lesson-results-title" }, `Round ${debrief.round} results`),
    h("p", { class: "lead" }, debrief.goal),
    teams
      ? h(
          "ol",
          { class: "ranking", "aria-label": "Teams ranked" },
          ...ranked.map((t) =>
            h(
              "li",
              {},
              h("span", { class: "rank" }, t.place === null ? "–" : `${t.place}.`),
              h("strong", {}, `Team ${t.team + 1}`),
              ` — ${t.goalAchieved ? "✓ goal reached" : "goal not reached"} · progress ${Math.round(
                t.goalProgress * 100,
              )} % · ${t.twitches} ${t.twitches === 1 ? "twitch" : "twitches"}`,
              t.place === null ? ` · ${BOTS_ONLY}` : "",
            ),
          ),
        )
      : null,
    mysteryResult(debrief, null),
  );
}

export function projectorLesson(bridge: Bridge): { element: HTMLElement; dispose(): void } {
  const challenge = h("div", { class: "lesson-slot" });
  const question = projectorQuestion();
  const result = h("div", { class: "lesson-slot" });
  const element = h("div", { class: "lesson-band" }, challenge, question.element, result);
  let debrief: Debrief | null = null;
  let challengeKey = "";
  let resultKey = "";

  const drawChallenge = (s: WireState) => {
    const preset = challengeById(s.challenge);
    const inRound = s.phase === "running" || s.phase === "paused";
    const key = `${s.challenge}|${s.goal}|${s.mystery}|${inRound}`;
    if (key === challengeKey) return;
    challengeKey = key;
    const parts: HTMLElement[] = [];
    if (preset)
      parts.push(
        h(
          "p",
          { class: "challenge-line" },
          h("strong", {}, `Challenge: ${preset.name}${/[.?!]$/.test(preset.name) ? "" : "."} `),
          preset.summary,
          " ",
          h("span", { class: "goal" }, `Goal: ${s.goal}`),
        ),
      );
    if (s.mystery && inRound)
      parts.push(
        h(
          "p",
          { class: "mystery-line", role: "status" },
          "A mystery scenario is running: something is wrong with this junction. Diagnose it on your devices.",
        ),
      );
    challenge.replaceChildren(...parts);
  };

  const drawResult = (s: WireState) => {
    const show = s.phase === "debrief" && debrief?.round === s.round;
    const key = show ? `${s.round}` : "";
    if (key === resultKey) return;
    resultKey = key;
    result.replaceChildren((show && debrief && results(debrief)) || "");
  };

  const update = (s: WireState) => {
    if (!s.question) return;
    drawChallenge(s);
    question.update(s);
    drawResult(s);
  };
  const offs = [
    bridge.on("state", (raw) => update(raw as WireState)),
    bridge.on("debrief", (payload) => {
      debrief = readDebrief(payload);
      resultKey = "-";
      const s = bridge.state();
      if (s) update(s);
    }),
  ];
  return {
    element,
    dispose() {
      for (const off of offs) off();
    },
  };
}
