// Changing drugs and bath during a run (acute application, e.g. the teacher injects curare): only the
// model parameters change; the state evolves from where it is, so onset effects emerge by themselves.

import { refreshNeuron } from "./neuron";
import { buildModifiers, type ParseResult, parseScenarioList } from "./scenarios";
import type { Junction } from "./state";

/** Replaces the active scenario list; an invalid list is refused as a value and changes nothing. */
export function setScenarios(j: Junction, input: unknown): ParseResult<{ id: string; level: number }[]> {
  const parsed = parseScenarioList(input);
  if (!parsed.ok) return parsed;
  j.mods = buildModifiers(parsed.value);
  refreshNeuron(j);
  return parsed;
}
