// Drugs, toxins and a disease of the motor neuron as parameter changes (issue 12), in the shape of scenarios.ts's
// definitions. They parse and apply like every scenario (createJunction, setScenarios); the game lists them in
// SCENARIOS once it has cards and questions for them (until then they are NEURON_SCENARIOS).
import type { ScenarioInfo } from "./scenarioInfo";

/** The neuron's model quantities scenarios may change (part of Modifiers). Neutral values = control. */
export interface NeuronModifiers {
  glycineReceptorBlock: number; // strychnine: fraction of the motor neuron's glycine receptors blocked (0–1)
  inhibitoryReleaseBlock: number; // tetanus toxin: fraction of release from inhibitory interneurones blocked (0–1)
  myelinLoss: number; // demyelination: fraction of the myelin lamellae lost, every internode alike (0–1)
  neuronNaBlock: number; // lidocaine, TTX on the nerve: fraction of the neuron's Na+ channels blocked (0–1)
  neuronKBlock: number; // 4-aminopyridine: fraction of the axon's and terminal's K+ channels blocked (0–1)
}

export function controlNeuronModifiers(): NeuronModifiers {
  return { glycineReceptorBlock: 0, inhibitoryReleaseBlock: 0, myelinLoss: 0, neuronNaBlock: 0, neuronKBlock: 0 };
}

const combine = (a: number, b: number): number => 1 - (1 - a) * (1 - b);

interface NeuronScenarioDef extends ScenarioInfo {
  apply: (m: NeuronModifiers, level: number) => void;
}

const fraction = { unit: "fraction", min: 0, max: 1 };

export const NEURON_DEFS: readonly NeuronScenarioDef[] = [
  {
    id: "strychnine",
    name: "Strychnine",
    description:
      "Blocks the glycine receptors of the motor neuron: the IPSPs from Renshaw cells and inhibitory interneurones vanish, so excitation goes unopposed.",
    levelMeaning: "fraction of glycine receptors blocked",
    ...fraction,
    default: 1,
    apply: (m, l) => {
      m.glycineReceptorBlock = combine(m.glycineReceptorBlock, l);
    },
  },
  {
    id: "tetanus-toxin",
    name: "Tetanus toxin",
    description:
      "Carried back from the motor nerve terminal to the spinal cord, it cleaves synaptobrevin in inhibitory interneurones: they release no glycine, and the motor neuron is no longer inhibited.",
    levelMeaning: "fraction of inhibitory release blocked",
    ...fraction,
    default: 1,
    apply: (m, l) => {
      m.inhibitoryReleaseBlock = combine(m.inhibitoryReleaseBlock, l);
    },
  },
  {
    id: "demyelination",
    name: "Demyelination",
    description:
      "Myelin is lost from the motor axon: each internode leaks and takes more charge, so the impulse travels more slowly and, past a point, fails to reach the next node.",
    levelMeaning: "fraction of myelin lost",
    ...fraction,
    default: 0.5,
    apply: (m, l) => {
      m.myelinLoss = combine(m.myelinLoss, l);
    },
  },
  {
    id: "lidocaine",
    name: "Lidocaine",
    description:
      "A local anaesthetic that blocks the neuron's voltage-gated Na+ channels: the threshold rises, impulses slow and, when enough channels are blocked, the axon stops conducting.",
    levelMeaning: "fraction of neuronal Na+ channels blocked",
    ...fraction,
    default: 0.7,
    apply: (m, l) => {
      m.neuronNaBlock = combine(m.neuronNaBlock, l);
    },
  },
  {
    id: "tetrodotoxin-nerve",
    name: "Tetrodotoxin (TTX) on the nerve",
    description:
      "Blocks the motor neuron's voltage-gated Na+ channels: no impulse starts or travels, so nothing is released but the spontaneous quanta (MEPPs go on).",
    levelMeaning: "fraction of neuronal Na+ channels blocked",
    ...fraction,
    default: 1,
    apply: (m, l) => {
      m.neuronNaBlock = combine(m.neuronNaBlock, l);
    },
  },
  {
    id: "4-aminopyridine",
    name: "4-Aminopyridine",
    description:
      "Blocks K+ channels of the motor axon and its terminal: the terminal's action potential broadens, more Ca2+ enters and more quanta are released (why 3,4-diaminopyridine helps in Lambert–Eaton syndrome).",
    levelMeaning: "fraction of axon and terminal K+ channels blocked",
    ...fraction,
    default: 0.5,
    apply: (m, l) => {
      m.neuronKBlock = combine(m.neuronKBlock, l);
    },
  },
];
