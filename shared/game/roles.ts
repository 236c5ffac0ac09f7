// The parts of the junction a student can be, in the order of the chain, and lookups by id. Each part is one
// entry in registry.ts (its file in parts/); this module is the way the rest of the game reads them.
import type { PartDef } from "./part";
import { PARTS } from "./registry";
import { ROLE_IDS, type RoleId } from "./roleIds";

export type { ActionButton, Coupling, CueSpec, PartDef, RoleCard, RoleGroup, SceneFamily } from "./part";
export { ROLE_IDS, type RoleId };
/** A part as the rest of the game knows it (the registry entry). */
export type RoleDef = PartDef;

/** Listed in the order of the chain; automatic assignment has its own order (SLOT_ORDER in assignment.ts). */
export const ROLES: readonly PartDef[] = ROLE_IDS.map((id) => PARTS[id]);

export function role(id: RoleId): PartDef {
  const def = PARTS[id];
  if (!def) throw new Error(`unknown role ${id}`);
  return def;
}

export function isRoleId(value: unknown): value is RoleId {
  return typeof value === "string" && Object.hasOwn(PARTS, value);
}
