// The nerve terminal's parts: its voltage-gated Ca2+ channels, the Ca2+ ions they let in, and the vesicles that
// fuse when Ca2+ has entered (release ∝ entry⁴: Dodge & Rahamimoff 1967).

import { openIf } from "../observables";
import type { PartDef } from "../part";
import { CROSS_BUTTONS, FUSION_CA_THRESHOLD, GATE_BUTTONS, mv, no, OPEN, ok, terminalDepolarised } from "../partRules";
import { count, entryText } from "./readout";

export const caChannel: PartDef = {
  id: "caChannel",
  name: "Presynaptic voltage-gated Ca2+ channel",
  label: "CaV",
  group: "channels",
  scene: "channel",
  coupling: { kind: "control", control: "caChannel" },
  stageMs: 3, // the presynaptic AP and Ca2+ current last ≈ 1–2 ms (Borst & Sakmann 1998, scaled to 37 °C)
  assignment: { slot: 3, shareWeight: 0.5, singleUntilShared: true },
  card: {
    youAre: "You are a voltage-gated Ca2+ channel (CaV2.1) in the nerve terminal.",
    youDo: "Open when the nerve impulse depolarises the terminal, so Ca2+ can rush in.",
    ifYouDont: "Ca2+ cannot enter, so vesicles do not fuse: like Lambert–Eaton, less ACh is released.",
  },
  actions: ["gate"],
  rule: (_a, s) =>
    terminalDepolarised(s)
      ? ok
      : no(
          "Voltage-gated Ca2+ channels open only when a nerve impulse depolarises the terminal. Wait for the impulse.",
        ),
  cue: {
    stage: "caEntry",
    action: () => OPEN,
    senses: (s) =>
      s.terminalMv > -40
        ? `The impulse has reached the terminal and depolarised it to ${mv(s.terminalMv)}: your voltage sensor moves.`
        : "The impulse has reached the terminal and depolarises it: your voltage sensor moves.",
    todo: "Open your Ca2+ channel",
    done: "Your Ca2+ channels opened: Ca2+ rushes into the terminal.",
    missed:
      "Your Ca2+ channels stayed shut: less (or no) Ca2+ entered, and release falls with about the 4th power of entry — like Lambert–Eaton syndrome.",
  },
  buttons: GATE_BUTTONS,
  readout: (j) => [
    `Channels: ${openIf(j.caChannelOpen) ?? "unknown"}`,
    `Senses the nerve impulse: ${count(j.impulses, "impulse")} so far; Ca2+ entry on the last: ${entryText(j)}`,
  ],
  gate: (j) => openIf(j.caChannelOpen),
};

export const caIon: PartDef = {
  id: "caIon",
  name: "Ca2+ ion (nerve terminal)",
  label: "Ca2+",
  group: "ions",
  scene: "ion",
  coupling: { kind: "control", control: "caIon" },
  stageMs: 3,
  assignment: { slot: 9, shareWeight: 0.5, singleUntilShared: true },
  card: {
    youAre: "You are a Ca2+ ion outside the nerve terminal (about 2 mM outside, 0.0001 mM inside).",
    youDo: "Cross into the terminal through an open Ca2+ channel, pushed by a huge gradient.",
    ifYouDont: "Less Ca2+ enters, release falls steeply (about the 4th power of Ca2+ entry).",
  },
  actions: ["cross"],
  rule: (a, s) => {
    if (a.kind === "cross" && a.direction === "out") {
      return no("Ca2+ is pushed into the terminal: about 2 mM outside, 0.0001 mM inside, and E_Ca ≈ +130 mV.");
    }
    return terminalDepolarised(s)
      ? ok
      : no("Ca2+ can only cross through open Ca2+ channels: wait for the nerve impulse.");
  },
  cue: {
    stage: "caEntry",
    action: () => ({ kind: "cross", direction: "in" }),
    senses: () => "Ca2+ channels are opening: about 2 mM Ca2+ outside and 0.0001 mM inside push you in.",
    todo: "Cross into the terminal",
    done: "You crossed in: Ca2+ entry carries the signal for release.",
    missed: "Your share of Ca2+ stayed outside: less Ca2+ entered, so fewer vesicles could fuse.",
  },
  buttons: CROSS_BUTTONS,
  readout: (j) => [
    "Ca2+: about 2 mM outside, 0.0001 mM inside; E_Ca ≈ +130 mV: pushed in",
    `Impulses so far: ${j.impulses}; Ca2+ entry on the last: ${entryText(j)}`,
  ],
};

export const vesicles: PartDef = {
  id: "vesicles",
  name: "Synaptic vesicles",
  label: "ACh",
  group: "other",
  scene: "part",
  coupling: { kind: "control", control: "vesicles" },
  stageMs: 3,
  assignment: { slot: 4, shareWeight: 1.5 },
  card: {
    youAre: "You are the synaptic vesicles, each packed with about 7,000 ACh molecules.",
    youDo: "Fuse with the membrane and release ACh when Ca2+ has entered the terminal.",
    ifYouDont: "No ACh reaches the receptors: like botulinum toxin, no end-plate potential.",
  },
  actions: ["fuse"],
  rule: (_a, s) =>
    terminalDepolarised(s) || s.residualCa > FUSION_CA_THRESHOLD
      ? ok
      : no("Vesicles fuse only after Ca2+ has entered the terminal."),
  cue: {
    stage: "fusion",
    action: () => ({ kind: "fuse" }),
    senses: (s) =>
      `Ca2+ has entered the terminal (${s.lastEntry.toFixed(2)} × a normal impulse's entry): your Ca2+ sensors bind it.`,
    todo: "Fuse and release ACh",
    done: "Vesicles fused: ACh pours into the cleft.",
    missed: "Your vesicles did not fuse: no ACh from them reached the receptors — like botulinum toxin.",
  },
  buttons: [{ label: "Fuse vesicles", key: "f", action: { kind: "fuse" } }],
  readout: (j) => [`Quanta released on the last impulse: ${j.quantaLastImpulse}`, `Impulses so far: ${j.impulses}`],
};
