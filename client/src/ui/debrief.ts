// The debrief's parts: the chain of events with each step marked happened / partly / failed / not reached (by text
// and symbol, not colour alone), and each student's contribution (game score, cues answered, refused presses).
import type { SeatScore } from "../../../shared/game/game";
import type { ChainStep } from "../../../shared/game/view";
import type { DebriefTeam } from "../net/debrief";
import { h } from "./dom";

const MARK = { happened: "✓", partly: "◐", failed: "✗", "not reached": "–" } as const;

/** The round's verdict for a team, the server's sentence: goal met, or where the chain broke and why. */
export function verdictBanner(outcome: Pick<DebriefTeam, "verdict" | "goalAchieved"> | undefined): HTMLElement | null {
  if (!outcome?.verdict) return null;
  return h(
    "p",
    { class: `verdict ${outcome.goalAchieved ? "verdict-met" : "verdict-missed"}`, role: "status" },
    h("span", { "aria-hidden": "true" }, outcome.goalAchieved ? "★ " : "✗ "),
    outcome.verdict,
  );
}

export function chainList(steps: ChainStep[], label = "Chain of events"): HTMLElement {
  return h(
    "ol",
    { class: "chain", "aria-label": label },
    ...steps.map((step) =>
      h(
        "li",
        { class: `step step-${step.status.replace(" ", "-")}` },
        h("span", { class: "mark", "aria-hidden": "true" }, MARK[step.status]),
        h("span", { class: "step-name" }, step.label),
        h("span", { class: "step-status" }, step.status),
        h("span", { class: "step-evidence" }, step.evidence),
      ),
    ),
  );
}

export interface Contribution extends SeatScore {
  nickname: string;
  team: number;
  role: string;
}

/** Cues answered in time out of cues received, as people read it: "7 of 8 (88 %)"; "0 of 0" when none came. */
export function cuesAnswered(answered: number, cues: number): string {
  return cues > 0 ? `${answered} of ${cues} (${Math.round((100 * answered) / cues)} %)` : `${answered} of ${cues}`;
}

/** A student's own round in one line: "Cues answered in time: 7 of 8 (88 %) · refused presses: 2". */
export function cueLine(score: Pick<SeatScore, "cues" | "answered" | "refused">): string {
  return `Cues answered in time: ${cuesAnswered(score.answered, score.cues)} · refused presses: ${score.refused}`;
}

/** What the cue columns mean, for the teacher's tables. */
export const SCORE_LEGEND =
  "A cue is a moment the student's part had to act (one per stage it holds, per impulse). Refused presses are " +
  "taps outside a cue or against the physiology; mashing lowers the game score (10 per cue answered in time, " +
  "minus 1 per refused press).";

export function contributionTable(rows: Contribution[], teams: boolean): HTMLElement {
  const sorted = [...rows].sort((a, b) => a.team - b.team || b.game - a.game);
  return h(
    "table",
    { class: "contributions" },
    h("caption", {}, "Each student's contribution"),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        h("th", { scope: "col" }, "Student"),
        teams ? h("th", { scope: "col" }, "Team") : null,
        h("th", { scope: "col" }, "Part"),
        h("th", { scope: "col" }, "Game score"),
        h("th", { scope: "col" }, "Cues answered in time"),
        h("th", { scope: "col" }, "Refused presses"),
      ),
    ),
    h(
      "tbody",
      {},
      ...sorted.map((r) =>
        h(
          "tr",
          {},
          h("th", { scope: "row" }, r.nickname),
          teams ? h("td", {}, String(r.team + 1)) : null,
          h("td", {}, r.role),
          h("td", {}, String(r.game)),
          h("td", {}, cuesAnswered(r.answered, r.cues)),
          h("td", {}, String(r.refused)),
        ),
      ),
    ),
  );
}
