// The motor neuron's parts: the synapses on it (glutamatergic from Ia afferents, glycinergic from Renshaw cells),
// the Na+ and K+ channels of its initial segment, and the nodes of Ranvier that carry its impulse to the junction.
// The neuron fires when, and only when, its summed synaptic potential reaches threshold.
import type { PartDef } from "../part";
import { GATE_BUTTONS, mv, NEURON_ACTIVATION_ONSET_MV, NEURON_THRESHOLD_MV, no, OPEN, ok } from "../partRules";
import { mvText } from "./readout";

/** Soma Na+ availability (h) below which its channels count as inactivated (game choice, as for the muscle's). */
const SOMA_INACTIVATED_BELOW = 0.3;
/** Physiological ms after a soma spike during which its K+ channels are being driven open (game choice: the spike's
 * repolarisation lasts ≈ 1 ms; the AHP that follows is SK channels', not theirs). */
const SOMA_SPIKE_MS = 2;

const somaLine = (j: { somaMv?: number; somaSpikes?: number }) =>
  j.somaMv === undefined
    ? "Motor neuron: waiting for its potential…"
    : `Motor neuron soma: ${mvText(j.somaMv)} (rest ≈ −70 mV, threshold ≈ ${mvText(NEURON_THRESHOLD_MV)}); spikes: ${j.somaSpikes ?? 0}`;

export const excitatorySynapse: PartDef = {
  id: "excitatorySynapse",
  name: "Excitatory synapse (Ia afferent)",
  label: "EPSP",
  group: "other",
  scene: "neuron",
  coupling: { kind: "synapse", synapse: "excitatory" },
  stageMs: 0, // a missed cue means this share of the volley is not released; nothing lingers to silence
  assignment: { slot: 1, shareWeight: 1.5 },
  card: {
    youAre: "You are the excitatory synapses of Ia sensory fibres on the motor neuron: they release glutamate.",
    youDo:
      "Release glutamate when a volley arrives: each of your inputs (a group of synapses) gives an EPSP of a few mV (one real Ia fibre gives ≈ 0.1 mV); enough together (or in quick succession) reach threshold.",
    ifYouDont: "Too little excitation sums at the soma: it stays below threshold and the motor neuron does not fire.",
  },
  actions: ["release", "rhythm"],
  rule: () => ok, // a volley's arrival is the round's schedule; the cue is given only then
  cue: {
    stage: "excitation",
    action: () => ({ kind: "release" }),
    senses: (s) =>
      `A volley arrives from the muscle spindle's Ia fibres. The motor neuron is at ${mv(s.somaMv)}; threshold is about ${mv(NEURON_THRESHOLD_MV)}.`,
    todo: "Release glutamate",
    done: "Glutamate released: cation channels open and an EPSP depolarises the motor neuron.",
    missed: "Your share of the volley released nothing: a smaller EPSP, which may stay below threshold.",
  },
  buttons: [
    { label: "Release glutamate", key: "r", action: { kind: "release" } },
    { label: "Volleys 5 Hz", key: "5", action: { kind: "rhythm", hz: 5 } },
    { label: "Volleys 50 Hz", key: "6", action: { kind: "rhythm", hz: 50 } },
    { label: "Stop volleys", key: "0", action: { kind: "rhythm", hz: 0 } },
  ],
  readout: (j) => [somaLine(j), `Volleys: ${j.rhythmHz > 0 ? `${j.rhythmHz} per second` : "none"}`],
};

export const inhibitorySynapse: PartDef = {
  id: "inhibitorySynapse",
  name: "Inhibitory synapse (Renshaw cell)",
  label: "IPSP",
  group: "other",
  scene: "neuron",
  coupling: { kind: "synapse", synapse: "inhibitory" },
  stageMs: 0,
  assignment: { slot: 11, shareWeight: 1 },
  card: {
    youAre:
      "You are the inhibitory synapses on the motor neuron, from Renshaw cells (excited by its own axon collaterals) and Ia inhibitory interneurons: they release glycine.",
    youDo: "Release glycine: Cl− channels open, pulling the motor neuron toward −80 mV (an IPSP) and shunting EPSPs.",
    ifYouDont:
      "The motor neuron loses its brake: EPSPs it should ignore make it fire — like strychnine or tetanus toxin.",
  },
  actions: ["release"],
  rule: () => ok,
  cue: {
    stage: "inhibition",
    action: () => ({ kind: "release" }),
    senses: (s) =>
      `Your interneuron fires. The motor neuron is at ${mv(s.somaMv)}; glycine would pull it toward −80 mV.`,
    todo: "Release glycine",
    done: "Glycine released: Cl− channels open and an IPSP holds the motor neuron back.",
    missed: "Your share of glycine was not released: less inhibition, so excitation reaches threshold more easily.",
  },
  buttons: [{ label: "Release glycine", key: "r", action: { kind: "release" } }],
  readout: (j) => [somaLine(j)],
};

export const neuronNaChannel: PartDef = {
  id: "neuronNaChannel",
  name: "Neuronal voltage-gated Na+ channel",
  label: "Nav n",
  group: "channels",
  scene: "neuron",
  coupling: { kind: "control", control: "neuronNa" },
  stageMs: 3, // the soma's upstroke follows threshold within ≈ 1 ms; 3 ms covers the EPSP's peak
  assignment: { slot: 2, shareWeight: 1.5 },
  card: {
    youAre: "You are a voltage-gated Na+ channel in the motor neuron's axon initial segment.",
    youDo:
      "Open as the summed synaptic potential climbs to threshold (about −55 mV): Na+ rushes in and the neuron fires.",
    ifYouDont: "However strong the EPSPs, the motor neuron does not fire an action potential — like lidocaine.",
  },
  actions: ["gate"],
  rule: (a, s) => {
    if (a.kind === "gate" && !a.open) return ok;
    if (s.somaNaAvailability < SOMA_INACTIVATED_BELOW)
      return no("Your inactivation gate is shut: the neuron is refractory until it repolarises.");
    return s.somaMv > NEURON_ACTIVATION_ONSET_MV
      ? ok
      : no(`Your channels open when the soma depolarises toward threshold; it is at ${mv(s.somaMv)}.`);
  },
  cue: {
    stage: "somaThreshold",
    action: () => OPEN,
    senses: (s) =>
      `The EPSPs have summed: the soma is at ${mv(s.somaMv)}, heading for threshold (about ${mv(NEURON_THRESHOLD_MV)}).`,
    todo: "Open your Na+ channel",
    done: "Na+ channels opened: Na+ rushes in and the motor neuron fires its action potential.",
    missed:
      "Your Na+ channels stayed shut: the depolarisation faded below threshold and the motor neuron did not fire.",
  },
  buttons: GATE_BUTTONS,
  readout: (j) => [somaLine(j)],
};

export const neuronKChannel: PartDef = {
  id: "neuronKChannel",
  name: "Neuronal voltage-gated K+ channel",
  label: "Kv n",
  group: "channels",
  scene: "neuron",
  coupling: { kind: "control", control: "neuronK" },
  stageMs: 3, // the soma spike repolarises within ≈ 1 ms (Traub & Miles 1991 kinetics at 37 °C)
  assignment: { slot: 12, shareWeight: 1 },
  card: {
    youAre: "You are a delayed-rectifier K+ channel in the motor neuron's initial segment.",
    youDo: "Open after the spike's upstroke, letting K+ out so the neuron repolarises, ready for the next input.",
    ifYouDont: "The spike is broader and repolarises slowly (leak and Ca2+-activated K+ channels still help).",
  },
  actions: ["gate"],
  rule: (a, s) => {
    if (a.kind === "gate" && !a.open) return ok;
    return s.msSinceSomaSpike <= SOMA_SPIKE_MS || s.somaMv > NEURON_THRESHOLD_MV
      ? ok
      : no(`Your channels open when the neuron fires; the soma is at ${mv(s.somaMv)}.`);
  },
  cue: {
    stage: "somaRepolarisation",
    action: () => OPEN,
    senses: (s) =>
      `The motor neuron has fired: its soma is at ${mv(s.somaMv)}, far above K+'s equilibrium potential (about −90 mV), so K+ is pushed out.`,
    todo: "Open your K+ channel",
    done: "K+ leaves: the neuron repolarises and undershoots toward −80 mV.",
    missed: "Your K+ channels stayed shut: the spike repolarised slowly and was broader.",
  },
  buttons: GATE_BUTTONS,
  readout: (j) => [somaLine(j)],
};

export const nodeOfRanvier: PartDef = {
  id: "nodeOfRanvier",
  name: "Node of Ranvier",
  label: "Node",
  group: "channels",
  scene: "neuron",
  coupling: { kind: "control", control: "node" },
  stageMs: 5, // covers the soma's spike (≈ 1–2 ms after the cue) and the impulse's launch down the axon
  assignment: { slot: 7, shareWeight: 0.5, singleUntilShared: true },
  card: {
    youAre: "You are the nodes of Ranvier, the gaps in the myelin of the motor axon, packed with Na+ channels.",
    youDo: "Regenerate the action potential at each node, so it jumps node to node at about 60 m/s.",
    ifYouDont: "The impulse dies in the axon: it never reaches the junction — like a conduction block.",
  },
  actions: ["gate"],
  rule: (a, s) => {
    if (a.kind === "gate" && !a.open) return ok;
    return s.somaMv > NEURON_ACTIVATION_ONSET_MV || s.impulsesInAxon > 0
      ? ok
      : no("There is no impulse for your nodes to pass on: wait until the motor neuron fires.");
  },
  cue: {
    stage: "somaThreshold",
    action: () => OPEN,
    senses: (s) => `The motor neuron is about to fire (soma at ${mv(s.somaMv)}): its impulse will run down your axon.`,
    todo: "Pass the impulse on",
    done: "Your nodes regenerate the impulse: it jumps node to node towards the junction.",
    missed: "Your nodes did not open: the impulse was blocked in the axon and never reached the junction.",
  },
  buttons: GATE_BUTTONS,
  readout: (j) => [somaLine(j), `Impulses that reached the terminal: ${j.impulses}`],
};
