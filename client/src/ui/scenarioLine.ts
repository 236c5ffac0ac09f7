// One line under the role's title naming the round's goal and scenario ("Goal: Produce 3 muscle twitches. Scenario:
// d-Tubocurarine (curare), …"), or saying the scenario is a mystery to solve. Readable names only, never ids.
import { scenarioListLabel } from "../../../shared/game/readable";
import type { Bridge } from "../net/bridge";
import type { WireState } from "../net/wireState";
import { h } from "./dom";

/** Readable text for the wire form of the scenarios ("curare:0.5,neostigmine:0.8", "hidden" or ""). */
export function scenarioText(wire: string): string {
  if (wire === "hidden") return "Mystery scenario: work out what is wrong with this junction.";
  return `Scenario: ${scenarioListLabel(wire)}.`;
}

export function scenarioLine(bridge: Bridge): { element: HTMLElement; dispose(): void } {
  const element = h("p", { class: "scenario-line" });
  const draw = (state: WireState | null) => {
    if (!state) return;
    const goal = state.goal ? `Goal: ${state.goal} ` : "";
    element.textContent = `${goal}${scenarioText(state.scenarios ?? "")}`;
  };
  draw(bridge.state());
  const off = bridge.on("state", (s) => draw(s as WireState));
  return { element, dispose: off };
}
