// The buttons each role has, with their accessible names, keyboard keys and the action each sends — read from the
// part's registry entry. Whether an action is allowed is the server's decision: every button is pressable and the
// answer is shown. The cue's own button (Space) is the one that plays a stage; these are the part's full set.
import type { ActionButton } from "../../../shared/game/part";
import { isRoleId, role } from "../../../shared/game/roles";

export type { ActionButton };

/** The part's buttons; none for an id this client does not know (a newer server). */
export function actionsFor(roleId: string): readonly ActionButton[] {
  return isRoleId(roleId) ? role(roleId).buttons : [];
}

export function keyName(key: string): string {
  return key === " " ? "Space" : key.toUpperCase();
}
