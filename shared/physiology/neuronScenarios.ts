// Drugs, toxins and a disease of the motor neuron as parameter changes (issue 12), in the shape of scenarios.ts's
// definitions. They parse and apply like every scenario (createJunction, setScenarios) and the game offers them in
// SCENARIOS; each description is the teacher's card: what it is, and what the class will see.
import type { ScenarioInfo } from "./scenarioInfo";

/** The neuron's model quantities scenarios may change (part of Modifiers). Neutral values = control. */
export interface NeuronModifiers {
  glycineReceptorBlock: number; // strychnine: fraction of the motor neuron's glycine receptors blocked (0–1)
  inhibitoryReleaseBlock: number; // tetanus toxin: fraction of release from inhibitory interneurons blocked (0–1)
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
      "Blocks the glycine receptors of the motor neuron: the IPSPs from Renshaw cells and inhibitory interneurons vanish, so excitation goes unopposed. The class sees inhibitory inputs no longer lower the neuron's potential or stop it firing; the junction and muscle work as in control.",
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
      "Carried back from the motor nerve terminal to the spinal cord, it cleaves synaptobrevin in inhibitory interneurons: they release no glycine. The class sees what strychnine gives (no IPSPs, no veto of excitation), while the junction still releases ACh, unlike botulinum toxin.",
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
      "Myelin is lost from the motor axon: each internode leaks and takes more charge, so the impulse travels more slowly and, past a point, fails to reach the next node. Half lost (the default): 52 instead of 60 m/s, twitch unchanged; from about 97 % lost no impulse reaches the muscle.",
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
      "A local anaesthetic that blocks the neuron's voltage-gated Na+ channels: the threshold rises and impulses slow (30 % blocked: 47 m/s, fewer quanta); from about half blocked no impulse releases ACh, and at the default 70 % the axon does not conduct: no EPP, no twitch, MEPPs go on.",
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
      "Blocks the motor neuron's voltage-gated Na+ channels: no impulse starts or travels, so no EPP and no twitch; only the spontaneous quanta are released (MEPPs go on). Tetrodotoxin on the muscle is its own scenario (EPP intact, no muscle AP); both together are TTX in the bath.",
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
      "Blocks K+ channels of the motor axon and its terminal: the terminal's action potential broadens, more Ca2+ enters and more quanta are released (default 50 %: Ca2+ entry × 1.2, quanta × 2.4), conduction unchanged. With Lambert–Eaton it restores release: why 3,4-diaminopyridine helps.",
    levelMeaning: "fraction of axon and terminal K+ channels blocked",
    ...fraction,
    default: 0.5,
    apply: (m, l) => {
      m.neuronKBlock = combine(m.neuronKBlock, l);
    },
  },
];
