// The muscle fibre's membrane parts: voltage-gated Na+ channels (Nav1.4) and Na+ ions for the action potential's
// upstroke, delayed-rectifier K+ channels and K+ ions for its repolarisation.

import type { JunctionReadings } from "../junctionReadings";
import { BATH, ionPush, naGate, openIf } from "../observables";
import type { PartDef } from "../part";
import {
  ACTIVATION_ONSET_MV,
  CROSS_BUTTONS,
  crossRule,
  GATE_BUTTONS,
  INACTIVATED_BELOW,
  mv,
  no,
  OPEN,
  ok,
  THRESHOLD_MV,
} from "../partRules";
import { mvText } from "./readout";

function ionReadout(na: boolean, j: JunctionReadings): string[] {
  const v = j.membraneMv;
  const e = na ? j.eNaMv : j.eKMv;
  const p = ionPush(v, e, na ? j.naInMM : j.kInMM, na ? BATH.naOutMM : j.kOutMM);
  return [
    `Membrane ${mvText(v)}, E_${na ? "Na" : "K"} ${mvText(e)}`,
    `Concentration pushes ${p.chemical}; electrical push ${p.electrical}`,
    `Net push: ${p.net} (driving force ${Math.round(Math.abs(p.drivingMv))} mV)`,
  ];
}

export const naChannel: PartDef = {
  id: "naChannel",
  name: "Voltage-gated Na+ channel (Nav1.4)",
  label: "Nav",
  group: "channels",
  scene: "channel",
  coupling: { kind: "control", control: "naChannel" },
  stageMs: 3, // activation then inactivation within ≈ 1–2 ms of the upstroke
  assignment: { slot: 6, shareWeight: 2 },
  card: {
    youAre: "You are a voltage-gated Na+ channel in the muscle membrane.",
    youDo: "Open when the end-plate potential reaches threshold; then your inactivation gate shuts you.",
    ifYouDont:
      "No action potential: like tetrodotoxin, the end-plate potential stays local and the muscle never fires.",
  },
  actions: ["gate"],
  rule: (_a, s) => {
    if (s.naAvailability < INACTIVATED_BELOW) {
      return no("Your inactivation gate is shut: a Na+ channel cannot reopen until the membrane repolarises.");
    }
    return s.vMv > ACTIVATION_ONSET_MV
      ? ok
      : no(
          `Na+ channels open when the membrane depolarises toward threshold (${mv(THRESHOLD_MV)}); it is at ${mv(s.vMv)}.`,
        );
  },
  cue: {
    stage: "threshold",
    action: () => OPEN,
    senses: (s) => `The end plate has depolarised to ${mv(s.vMv)}: your voltage sensors move toward opening.`,
    todo: "Open your Na+ channel",
    done: "Na+ channels opened: the action potential's upstroke begins.",
    missed:
      "Your Na+ channels stayed shut: with too few open, the end-plate potential stays local and no action potential fires — like tetrodotoxin.",
  },
  buttons: GATE_BUTTONS,
  readout: (j) => [
    `Channels: ${naGate(j)}`,
    `Senses voltage: ${mvText(j.membraneMv)} (threshold ${mvText(THRESHOLD_MV)})`,
  ],
  gate: naGate,
};

export const naIon: PartDef = {
  id: "naIon",
  name: "Na+ ion",
  label: "Na+",
  group: "ions",
  scene: "ion",
  coupling: { kind: "control", control: "naIon" },
  stageMs: 3,
  assignment: { slot: 10, shareWeight: 3 },
  card: {
    youAre: "You are a Na+ ion outside the muscle fibre (145 mM outside, 12 mM inside).",
    youDo: "Rush in through open Na+ channels and receptors, pulled by the gradient and the negative inside.",
    ifYouDont: "Fewer charges cross: the end-plate potential and the action potential's upstroke shrink.",
  },
  actions: ["cross"],
  rule: (a, s) => crossRule("Na+", a, s.vMv, s.eNaMv, s.openNaFraction > 1e-3 || s.openReceptors >= 1),
  cue: {
    stage: "threshold",
    action: () => ({ kind: "cross", direction: "in" }),
    senses: (s) => `Na+ channels are opening at ${mv(s.vMv)}; E_Na is ${mv(s.eNaMv)}, so Na+ is pulled in.`,
    todo: "Rush in",
    done: "You rushed in: the inward Na+ current drives the upstroke.",
    missed: "Your share of Na+ stayed outside: the upstroke is weaker and may fail.",
  },
  buttons: CROSS_BUTTONS,
  readout: (j) => ionReadout(true, j),
};

export const kChannel: PartDef = {
  id: "kChannel",
  name: "Voltage-gated K+ channel",
  label: "Kv",
  group: "channels",
  scene: "channel",
  coupling: { kind: "control", control: "kChannel" },
  stageMs: 6, // delayed rectifier: opens over ≈ 1 ms, stays open a few ms into repolarisation
  assignment: { slot: 13, shareWeight: 1.5 },
  card: {
    youAre: "You are a delayed-rectifier voltage-gated K+ channel in the muscle membrane.",
    youDo: "Open after the membrane depolarises, letting K+ out to bring the potential back down.",
    ifYouDont: "Repolarisation is slower: the action potential is broader (Cl− and inward-rectifier K+ still help).",
  },
  actions: ["gate"],
  rule: (_a, s) =>
    s.vMv > ACTIVATION_ONSET_MV
      ? ok
      : no(`Delayed-rectifier K+ channels open when the membrane is depolarised; it is at ${mv(s.vMv)}.`),
  cue: {
    stage: "repolarisation",
    action: () => OPEN,
    senses: (s) => `An action potential: the membrane is at ${mv(s.vMv)} and your slow voltage sensor has moved.`,
    todo: "Open your K+ channel",
    done: "K+ channels opened: K+ leaves and the membrane repolarises.",
    missed: "Your K+ channels stayed shut: repolarisation is slower and the action potential broader.",
  },
  buttons: GATE_BUTTONS,
  readout: (j) => [
    `Channels: ${openIf(j.openKFraction) ?? "unknown"}`,
    `Senses voltage: ${mvText(j.membraneMv)} (threshold ${mvText(THRESHOLD_MV)})`,
  ],
  gate: (j) => openIf(j.openKFraction),
};

export const kIon: PartDef = {
  id: "kIon",
  name: "K+ ion",
  label: "K+",
  group: "ions",
  scene: "ion",
  coupling: { kind: "control", control: "kIon" },
  stageMs: 6,
  assignment: { slot: 14, shareWeight: 3 },
  card: {
    youAre: "You are a K+ ion inside the muscle fibre (155 mM inside, 4.5 mM outside).",
    youDo: "Leave through open K+ channels when the membrane is above E_K (−95 mV).",
    ifYouDont: "Less K+ leaves: the membrane repolarises slowly and rests less negative.",
  },
  actions: ["cross"],
  // Inward-rectifier and leak K+ channels are open at rest, so K+ always has a path.
  rule: (a, s) => crossRule("K+", a, s.vMv, s.eKMv, true),
  cue: {
    stage: "repolarisation",
    action: () => ({ kind: "cross", direction: "out" }),
    senses: (s) => `The membrane is at ${mv(s.vMv)}, far above E_K (${mv(s.eKMv)}): you are pushed out.`,
    todo: "Leave the fibre",
    done: "You left the fibre: the outward K+ current brings the membrane back down.",
    missed: "Your share of K+ stayed in: repolarisation is slower.",
  },
  buttons: CROSS_BUTTONS,
  readout: (j) => ionReadout(false, j),
};
