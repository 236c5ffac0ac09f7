// What each part is cued to do at its stage (the `cue` of its registry entry), read by id, with the two helpers
// stage play needs: whether a press echoes the cue, and which parts play a stage.
import type { Action } from "./actions";
import type { CueSpec } from "./part";
import { ROLE_IDS, type RoleId, role } from "./roles";
import type { StageId } from "./stages";

export type { CueSpec } from "./part";
export { pumpStepText } from "./pumps";

/** A part's cue. */
export function cueOf(roleId: RoleId): CueSpec {
  return role(roleId).cue;
}

/** Whether two actions are the same (the answer echoes the cue). */
export function sameAction(a: Action, b: Action): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case "gate":
      return a.open === (b as typeof a).open;
    case "cross":
      return a.direction === (b as typeof a).direction;
    case "pump":
      return a.step === (b as typeof a).step;
    case "rhythm":
      return a.hz === (b as typeof a).hz;
    default:
      return true;
  }
}

/** The roles that play a stage. */
export function rolesOf(stage: StageId): RoleId[] {
  return ROLE_IDS.filter((r) => cueOf(r).stage === stage);
}
