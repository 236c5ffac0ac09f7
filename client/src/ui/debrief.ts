// The debrief's parts: the chain of events with each step marked happened / failed / not reached (by text
// and symbol, not colour alone), and each student's contribution (game score kept apart from sound actions).
import type { ChainStep } from "../../../shared/game/view";
import { h } from "./dom";

const MARK = { happened: "✓", failed: "✗", "not reached": "–" } as const;

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

export interface Contribution {
  nickname: string;
  team: number;
  role: string;
  game: number;
  sound: number;
  attempts: number;
}

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
        h("th", { scope: "col" }, "Sound actions"),
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
          h("td", {}, `${r.sound} of ${r.attempts}`),
        ),
      ),
    ),
  );
}
