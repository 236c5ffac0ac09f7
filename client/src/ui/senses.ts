// What the student's part senses right now, in words and numbers (the text twin of the scene, for screen
// readers and for anyone who prefers reading): gate state, voltage, pushes on the ion, ACh, impulses.
import { countOf } from "../../../shared/game/readable";
import { BATH, gateState, ionPush, THRESHOLD_MV } from "../../../shared/game/view";
import type { JunctionViewState } from "../net/stateView";

const mv = (v: number) => `${v > 0 ? "+" : ""}${Math.round(v)} mV`;
/** Ca2+ entry of the last impulse, relative to a normal (control) impulse. */
const entry = (j: JunctionViewState) => `${(Number(j.caEntry) || 0).toFixed(2)}× normal`;

export function describeSenses(roleId: string, j: JunctionViewState | undefined, active: boolean): string[] {
  if (!j) return ["Waiting for the junction…"];
  const lines: string[] = [`Your part: ${active ? "working now" : "idle (waiting for you)"}`];
  const v = j.membraneMv;
  switch (roleId) {
    case "naIon":
    case "kIon": {
      const na = roleId === "naIon";
      const e = na ? j.eNaMv : j.eKMv;
      const p = ionPush(v, e, na ? j.naInMM : j.kInMM, na ? BATH.naOutMM : j.kOutMM);
      lines.push(
        `Membrane ${mv(v)}, E_${na ? "Na" : "K"} ${mv(e)}`,
        `Concentration pushes ${p.chemical}; electrical push ${p.electrical === "none" ? "none" : p.electrical}`,
        `Net push: ${p.net} (driving force ${Math.round(Math.abs(p.drivingMv))} mV)`,
      );
      break;
    }
    case "caIon":
      lines.push(
        "Ca2+: about 2 mM outside, 0.0001 mM inside; E_Ca ≈ +130 mV: pushed in",
        `Impulses so far: ${j.impulses}; Ca2+ entry on the last: ${entry(j)}`,
      );
      break;
    case "naChannel":
    case "kChannel":
    case "nAChR":
      lines.push(`Channels: ${gateState(roleId, j) ?? "unknown"}`);
      lines.push(
        roleId === "nAChR"
          ? `Senses ACh: ${j.achUM.toFixed(1)} µM in the cleft, ${j.openReceptors} receptors open`
          : `Senses voltage: ${mv(v)} (threshold ${mv(THRESHOLD_MV)})`,
      );
      break;
    case "caChannel":
      lines.push(
        `Channels: ${gateState(roleId, j) ?? "unknown"}`,
        `Senses the nerve impulse: ${countOf(j.impulses, "impulse")} so far; Ca2+ entry on the last: ${entry(j)}`,
      );
      break;
    case "motorNeuron":
      lines.push(`Impulses fired: ${j.impulses}`, `Rhythm: ${j.rhythmHz > 0 ? `${j.rhythmHz} Hz` : "off"}`);
      break;
    case "vesicles":
      lines.push(`Quanta released on the last impulse: ${j.quantaLastImpulse}`, `Impulses so far: ${j.impulses}`);
      break;
    case "aChE":
      lines.push(`ACh in the cleft: ${j.achUM.toFixed(1)} µM`);
      break;
    default:
      lines.push(`Membrane ${mv(v)}`);
  }
  lines.push(`Muscle force: ${Math.round(j.force * 100)} %, twitches: ${j.twitches}`);
  lines.push(`Physiological time: ${Math.round(j.timeMs)} ms`);
  return lines;
}
