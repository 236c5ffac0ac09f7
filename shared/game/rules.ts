// The physiological rules that limit each part's actions. A refused action is a value with a reason a student can
// read, and changes nothing. Each part's own rule lives in its registry entry; the shared pieces in partRules.ts.
import type { Action } from "./actions";
import { no, ok, type RuleResult } from "./partRules";
import { roleInSentence } from "./readable";
import { type RoleId, role } from "./roles";
import type { Senses } from "./senses";

export {
  ACH_PRESENT_UM,
  ACTIVATION_ONSET_MV,
  FUSION_CA_THRESHOLD,
  INACTIVATED_BELOW,
  NEURON_ACTIVATION_ONSET_MV,
  NEURON_THRESHOLD_MV,
  type RuleResult,
  TERMINAL_DEPOLARISED_MS,
  THRESHOLD_MV,
} from "./partRules";
export { type PumpCycle, pumpStep } from "./pumps";

/** Can this role do this action now? Closing a gate is always allowed; opening must have its stimulus. */
export function checkAction(roleId: RoleId, action: Action, s: Senses): RuleResult {
  const part = role(roleId);
  if (!part.actions.includes(action.kind)) {
    const name = roleInSentence(roleId);
    return no(`${/^[aeiou]/.test(name) ? "An" : "A"} ${name} cannot do "${action.kind}".`);
  }
  if (action.kind === "gate" && !action.open) return ok;
  return part.rule(action, s);
}
