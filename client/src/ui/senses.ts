// What the student's part senses right now, in words and numbers (the text twin of the scene, for screen readers
// and for anyone who prefers reading). The part's own lines come from its registry entry (readout).
import { isRoleId, role } from "../../../shared/game/roles";
import type { WireJunction } from "../net/wireState";

export function describeSenses(roleId: string, j: WireJunction | undefined, active: boolean): string[] {
  if (!j) return ["Waiting for the junction…"];
  // `active`: the server holds time for this student's answer now. Otherwise the part waits for its stage, and
  // nothing is asked of the student yet (no "waiting for you", which reads as "act now").
  const lines: string[] = [`Your part: ${active ? "your turn now — answer the cue" : "waiting for its moment"}`];
  lines.push(...(isRoleId(roleId) ? role(roleId).readout(j) : [`Membrane ${Math.round(j.membraneMv)} mV`]));
  lines.push(`Muscle force: ${Math.round(j.force * 100)} %, twitches: ${j.twitches}`);
  lines.push(`Physiological time: ${Math.round(j.timeMs)} ms`);
  return lines;
}
