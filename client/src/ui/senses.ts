// What the student's part senses right now, in words and numbers (the text twin of the scene, for screen readers
// and for anyone who prefers reading). The part's own lines come from its registry entry (readout).
import { isRoleId, role } from "../../../shared/game/roles";
import type { WireJunction } from "../net/wireState";

export function describeSenses(roleId: string, j: WireJunction | undefined, active: boolean): string[] {
  if (!j) return ["Waiting for the junction…"];
  const lines: string[] = [`Your part: ${active ? "working now" : "idle (waiting for you)"}`];
  lines.push(...(isRoleId(roleId) ? role(roleId).readout(j) : [`Membrane ${Math.round(j.membraneMv)} mV`]));
  lines.push(`Muscle force: ${Math.round(j.force * 100)} %, twitches: ${j.twitches}`);
  lines.push(`Physiological time: ${Math.round(j.timeMs)} ms`);
  return lines;
}
