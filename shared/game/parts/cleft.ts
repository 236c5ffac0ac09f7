// The synaptic cleft's parts: the end plate's nicotinic ACh receptors (two ACh to open: Colquhoun & Sakmann 1985)
// and acetylcholinesterase, which clears ACh within about a millisecond.
import type { PartDef } from "../part";
import { ACH_PRESENT_UM, GATE_BUTTONS, no, OPEN, ok } from "../partRules";

export const nAChR: PartDef = {
  id: "nAChR",
  name: "Nicotinic ACh receptor",
  label: "nAChR",
  group: "channels",
  scene: "channel",
  coupling: { kind: "control", control: "nAChR" },
  stageMs: 3, // the end-plate current rises in ≈ 0.5 ms and decays with τ ≈ 1 ms (Wathey 1979)
  assignment: { slot: 5, shareWeight: 2 },
  card: {
    youAre: "You are a nicotinic ACh receptor on the muscle's end plate, a ligand-gated cation channel.",
    youDo: "Open when two ACh molecules are bound, letting Na+ in (and some K+ out).",
    ifYouDont: "The end plate stays silent: like curare, no end-plate potential and no muscle action potential.",
  },
  actions: ["gate"],
  rule: (_a, s) => (s.doublyBoundReceptors >= 1 ? ok : no("The receptor needs two ACh bound before it can open.")),
  cue: {
    stage: "binding",
    action: () => OPEN,
    senses: (s) =>
      `ACh floods the cleft: ${Math.round(s.doublyBoundReceptors).toLocaleString("en")} receptors have two ACh bound.`,
    todo: "Open your channel",
    done: "Receptors opened: Na+ flows in and the end plate depolarises.",
    missed: "Your receptors stayed shut: less end-plate current, a smaller end-plate potential — like curare.",
  },
  buttons: GATE_BUTTONS,
  readout: (j) => [
    `Channels: ${j.openReceptors >= 1 ? "open" : "closed"}`,
    `Senses ACh: ${j.achUM.toFixed(1)} µM in the cleft, ${j.openReceptors} receptors open`,
  ],
  gate: (j) => (j.openReceptors >= 1 ? "open" : "closed"),
};

export const aChE: PartDef = {
  id: "aChE",
  name: "Acetylcholinesterase",
  label: "AChE",
  group: "other",
  scene: "part",
  coupling: { kind: "control", control: "aChE" },
  stageMs: 10, // with AChE, ACh is gone within ≈ 1 ms (Purves); without it only diffusion clears it (k_diff 0.3 /ms in parameters.ts, τ ≈ 3 ms), so a miss spans ≈ 3 τ
  assignment: { slot: 8, shareWeight: 1.5 },
  card: {
    youAre: "You are acetylcholinesterase, the enzyme in the synaptic cleft.",
    youDo: "Break down ACh in the cleft, about 10,000 molecules per second each.",
    ifYouDont: "ACh lingers and keeps opening receptors: the end-plate potential is prolonged, like neostigmine.",
  },
  actions: ["hydrolyse"],
  rule: (_a, s) => (s.achInCleftUM > ACH_PRESENT_UM ? ok : no("There is no ACh in the cleft to break down.")),
  cue: {
    stage: "binding",
    action: () => ({ kind: "hydrolyse" }),
    senses: (s) => `ACh in the cleft: about ${Math.round(s.achInCleftUM)} µM, and rising.`,
    todo: "Break down ACh",
    done: "You are breaking down ACh: the end-plate current stays brief.",
    missed: "You did not break down ACh: it lingers and keeps opening receptors, like an AChE inhibitor.",
  },
  buttons: [{ label: "Break down ACh", key: "b", action: { kind: "hydrolyse" } }],
  readout: (j) => [`ACh in the cleft: ${j.achUM.toFixed(1)} µM`],
};
