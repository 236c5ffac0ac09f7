// The teacher's scenario choice: a "Scenario" select with the chosen scenario's card (what it does, for the
// teacher, and its level with meaning, unit and default), a level field, and every engine scenario's card, in two
// groups: the junction and muscle, and the motor neuron (issue 12).
import {
  NEURON_SCENARIOS,
  SCENARIOS,
  type ScenarioChoice,
  type ScenarioInfo,
} from "../../../shared/physiology/scenarios";
import { h } from "./dom";

const levelText = (s: ScenarioInfo) =>
  s.levelMeaning === "none"
    ? "No level to set."
    : `Level: ${s.levelMeaning}${s.unit ? ` (${s.unit})` : ""}, default ${s.default}, from ${s.min} to ${s.max}.`;

function card(s: ScenarioInfo, choose: (() => void) | null): HTMLElement {
  return h(
    "div",
    { class: "scenario-card" },
    h("strong", {}, s.name),
    h("p", {}, s.description),
    h("p", { class: "hint" }, levelText(s)),
    choose
      ? h("button", { type: "button", class: "small", "aria-label": `Choose ${s.name}`, onclick: choose }, "Choose")
      : null,
  );
}

const GROUPS: { label: string; scenarios: ScenarioInfo[] }[] = [
  { label: "Junction and muscle", scenarios: SCENARIOS.filter((s) => !NEURON_SCENARIOS.some((n) => n.id === s.id)) },
  { label: "Motor neuron and axon", scenarios: SCENARIOS.filter((s) => NEURON_SCENARIOS.some((n) => n.id === s.id)) },
];

export interface ScenarioPicker {
  element: HTMLElement;
  controls: (HTMLSelectElement | HTMLInputElement)[];
  /** The scenario list for `configure` (control = none). */
  choices(): ScenarioChoice[];
  /** Shows this scenario and level (unknown ids are ignored). */
  set(choice: ScenarioChoice | null): void;
}

export function scenarioPicker(): ScenarioPicker {
  const select = h(
    "select",
    {},
    ...GROUPS.map((g) =>
      h("optgroup", { label: g.label }, ...g.scenarios.map((s) => h("option", { value: s.id }, s.name))),
    ),
  );
  const level = h("input", { type: "number", step: "any", inputmode: "decimal" });
  const levelField = h("label", { class: "field" }, h("span", {}, "Level of the chosen drug or disease"), level);
  const chosen = h("div", { class: "scenario-chosen", "aria-live": "polite" });
  const info = () => SCENARIOS.find((s) => s.id === select.value) ?? SCENARIOS[0];
  const refresh = () => {
    const s = info();
    if (!s) return;
    level.min = String(s.min);
    level.max = String(s.max);
    level.value = String(s.default);
    levelField.hidden = s.levelMeaning === "none";
    chosen.replaceChildren(card(s, null));
  };
  select.addEventListener("change", refresh);
  const all = h(
    "details",
    { class: "scenario-cards" },
    h("summary", {}, "All scenario cards"),
    ...GROUPS.flatMap((g) => [
      h("h3", {}, g.label),
      ...g.scenarios.map((s) =>
        card(s, () => {
          select.value = s.id;
          refresh();
          select.focus();
        }),
      ),
    ]),
  );
  refresh();
  return {
    element: h(
      "div",
      { class: "scenario-picker" },
      h("label", { class: "field" }, h("span", {}, "Scenario"), select),
      chosen,
      levelField,
      all,
    ),
    controls: [select, level],
    choices() {
      const s = info();
      if (!s || s.id === "control") return [];
      const value = Number(level.value);
      return [{ id: s.id, level: Number.isFinite(value) && level.value !== "" ? value : s.default }];
    },
    set(choice) {
      const id = choice?.id ?? "control";
      if (!SCENARIOS.some((s) => s.id === id)) return;
      select.value = id;
      refresh();
      if (choice && Number.isFinite(choice.level)) level.value = String(choice.level);
    },
  };
}
