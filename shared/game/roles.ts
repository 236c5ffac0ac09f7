// The parts of the junction a student can be, in the order of the chain, and lookups by id. Each part is one
// entry in registry.ts (its file in parts/); this module is the way the rest of the game reads them.
import type { PartDef } from "./part";
import { PARTS, ROLE_IDS, type RoleId } from "./registry";

export type { ActionButton, Coupling, CueSpec, PartDef, RoleCard, RoleGroup, SceneFamily } from "./part";
export { ROLE_IDS, type RoleId };
/** A part as the rest of the game knows it (the registry entry, its id one of the registry's keys). */
export type RoleDef = PartDef & { id: RoleId };

/** Listed in the order of the chain; automatic assignment has its own order (each entry's assignment.slot). */
export const ROLES: readonly RoleDef[] = ROLE_IDS.map((id) => ({ ...PARTS[id], id }));

const BY_ID = new Map<RoleId, RoleDef>(ROLES.map((r) => [r.id, r]));

export function role(id: RoleId): RoleDef {
  const def = BY_ID.get(id);
  if (!def) throw new Error(`unknown role ${id}`);
  return def;
}

export function isRoleId(value: unknown): value is RoleId {
  return typeof value === "string" && Object.hasOwn(PARTS, value);
}
