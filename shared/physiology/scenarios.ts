// Drugs and diseases as parameter changes only (never scripted outcomes), their teacher descriptions,
// and a non-throwing parser for scenario lists arriving from the game layer.

import { controlNeuronModifiers, NEURON_DEFS, type NeuronModifiers } from "./neuronScenarios";
import { PARAMS as P } from "./parameters";
import type { ScenarioInfo } from "./scenarioInfo";

/** The model quantities scenarios may change (the motor neuron's in NeuronModifiers). Neutral values = control. */
export interface Modifiers extends NeuronModifiers {
  receptorSiteOccupancy: number; // curare: fraction of ACh binding sites occupied (0–1)
  aChEInhibition: number; // neostigmine/organophosphate: fraction of AChE inhibited (0–1)
  receptorLoss: number; // myasthenia gravis: fraction of AChRs lost (0–1)
  caChannelLoss: number; // Lambert–Eaton: fraction of presynaptic Ca2+ channels lost (0–1)
  releaseBlock: number; // botulinum: fraction of vesicle fusion blocked (0–1)
  naChannelBlock: number; // tetrodotoxin: fraction of muscle Na+ channels blocked (0–1)
  succinylcholineUM: number; // agonist concentration at the end plate, µM
  caOutMM: number;
  mgOutMM: number;
  kOutMM: number;
  pumpBlock: number; // ouabain: fraction of Na+/K+ pumps blocked (0–1)
}

export function controlModifiers(): Modifiers {
  return {
    receptorSiteOccupancy: 0,
    aChEInhibition: 0,
    receptorLoss: 0,
    caChannelLoss: 0,
    releaseBlock: 0,
    naChannelBlock: 0,
    succinylcholineUM: 0,
    caOutMM: P.caOutMM,
    mgOutMM: P.mgOutMM,
    kOutMM: P.kOutMM,
    pumpBlock: 0,
    ...controlNeuronModifiers(),
  };
}

export type { ScenarioInfo };

type Apply = (m: Modifiers, level: number) => void;
/** Independent inhibitors combine multiplicatively on what they leave intact. */
const combine = (a: number, b: number): number => 1 - (1 - a) * (1 - b);

const DEFS: readonly (ScenarioInfo & { apply: Apply })[] = [
  {
    id: "control",
    name: "Control",
    description: "Healthy junction in a physiological bath.",
    levelMeaning: "none",
    unit: "",
    default: 0,
    min: 0,
    max: 0,
    apply: () => {},
  },
  {
    id: "curare",
    name: "d-Tubocurarine (curare)",
    description:
      "Competitive antagonist: occupies ACh binding sites, so fewer receptors can bind two ACh and open; EPP and MEPPs shrink.",
    levelMeaning: "fraction of receptor sites occupied",
    unit: "fraction",
    default: 0.5,
    min: 0,
    max: 1,
    apply: (m, l) => {
      m.receptorSiteOccupancy = combine(m.receptorSiteOccupancy, l);
    },
  },
  {
    id: "neostigmine",
    name: "Neostigmine",
    description:
      "Reversible AChE inhibitor: ACh lingers in the cleft and rebinds, so the end-plate current lasts longer and the EPP grows.",
    levelMeaning: "fraction of AChE inhibited",
    unit: "fraction",
    default: 0.9,
    min: 0,
    max: 1,
    apply: (m, l) => {
      m.aChEInhibition = combine(m.aChEInhibition, l);
    },
  },
  {
    id: "organophosphate",
    name: "Organophosphate",
    description: "Irreversible AChE inhibitor (nerve agents, insecticides): ACh is cleared only by diffusion.",
    levelMeaning: "fraction of AChE inhibited",
    unit: "fraction",
    default: 1.0,
    min: 0,
    max: 1,
    apply: (m, l) => {
      m.aChEInhibition = combine(m.aChEInhibition, l);
    },
  },
  {
    id: "myasthenia-gravis",
    name: "Myasthenia gravis",
    description:
      "Autoantibodies remove postsynaptic AChRs: each quantum opens fewer channels (small MEPPs), so the safety factor is low and fails as release runs down.",
    levelMeaning: "fraction of AChRs lost",
    unit: "fraction",
    default: 0.6,
    min: 0,
    max: 1,
    apply: (m, l) => {
      m.receptorLoss = combine(m.receptorLoss, l);
    },
  },
  {
    id: "lambert-eaton",
    name: "Lambert–Eaton myasthenic syndrome",
    description:
      "Autoantibodies remove presynaptic Ca2+ channels: less Ca2+ enters, few quanta are released (MEPPs normal); residual Ca2+ builds up at high rates and release increases.",
    levelMeaning: "fraction of presynaptic Ca2+ channels lost",
    unit: "fraction",
    default: 0.3,
    min: 0,
    max: 1,
    apply: (m, l) => {
      m.caChannelLoss = combine(m.caChannelLoss, l);
    },
  },
  {
    id: "botulinum",
    name: "Botulinum toxin",
    description:
      "Cleaves SNARE proteins so vesicles cannot fuse: no evoked release, and MEPPs become rare (none in the model).",
    levelMeaning: "fraction of release blocked",
    unit: "fraction",
    default: 1,
    min: 0,
    max: 1,
    apply: (m, l) => {
      m.releaseBlock = combine(m.releaseBlock, l);
    },
  },
  {
    id: "tetrodotoxin",
    name: "Tetrodotoxin (TTX) on the muscle",
    description: "Blocks voltage-gated Na+ channels: the EPP is intact but cannot start a muscle action potential.",
    levelMeaning: "fraction of muscle Na+ channels blocked",
    unit: "fraction",
    default: 1,
    min: 0,
    max: 1,
    apply: (m, l) => {
      m.naChannelBlock = combine(m.naChannelBlock, l);
    },
  },
  {
    id: "succinylcholine",
    name: "Succinylcholine",
    description:
      "An agonist that AChE cannot hydrolyse: receptors stay open, the end plate stays depolarised, Na+ channels inactivate (depolarising block).",
    levelMeaning: "dose relative to the paralysing dose",
    unit: "× paralysing dose",
    default: 1,
    min: 0,
    max: 5,
    apply: (m, l) => {
      m.succinylcholineUM += l * P.suxParalysingUM;
    },
  },
  {
    id: "low-calcium",
    name: "Low extracellular Ca2+",
    description:
      "Less Ca2+ enters the terminal per impulse; release falls steeply (≈ 4th power), quantal size is unchanged.",
    levelMeaning: "[Ca2+]o",
    unit: "mM",
    default: 0.5,
    min: 0,
    max: 10,
    apply: (m, l) => {
      m.caOutMM = l;
    },
  },
  {
    id: "high-magnesium",
    name: "High extracellular Mg2+",
    description:
      "Mg2+ competes with Ca2+ at presynaptic Ca2+ channels: fewer quanta per impulse, quantal size unchanged.",
    levelMeaning: "[Mg2+]o",
    unit: "mM",
    default: 5,
    min: 0,
    max: 20,
    apply: (m, l) => {
      m.mgOutMM = l;
    },
  },
  {
    id: "hyperkalaemia",
    name: "Hyperkalaemia",
    description:
      "Raised [K+]o makes E_K less negative: the fibre rests depolarised, some Na+ channels inactivate and excitability falls.",
    levelMeaning: "[K+]o",
    unit: "mM",
    default: 8,
    min: 1,
    max: 20,
    apply: (m, l) => {
      m.kOutMM = l;
    },
  },
  {
    id: "ouabain",
    name: "Ouabain",
    description:
      "Blocks the Na+/K+-ATPase: its small outward current disappears at once; Na+ and K+ gradients run down only slowly.",
    levelMeaning: "fraction of pumps blocked",
    unit: "fraction",
    default: 1,
    min: 0,
    max: 1,
    apply: (m, l) => {
      m.pumpBlock = combine(m.pumpBlock, l);
    },
  },
];

/** The motor neuron's scenarios (neuronScenarios.ts), also listed in SCENARIOS after the muscle's. */
export const NEURON_SCENARIOS: readonly ScenarioInfo[] = NEURON_DEFS.map(({ apply: _apply, ...info }) => info);
/** Every scenario the game offers teachers: the junction's and muscle's, then the motor neuron's (issue 12). */
export const SCENARIOS: readonly ScenarioInfo[] = [
  ...DEFS.map(({ apply: _apply, ...info }) => info),
  ...NEURON_SCENARIOS,
];
const ALL_DEFS: readonly (ScenarioInfo & { apply: Apply })[] = [...DEFS, ...NEURON_DEFS];

export interface ScenarioChoice {
  id: string;
  level?: number;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Validates an unknown value as a scenario list without throwing (for network input). */
export function parseScenarioList(input: unknown): ParseResult<{ id: string; level: number }[]> {
  if (!Array.isArray(input)) return { ok: false, reason: "scenarios must be an array" };
  const out: { id: string; level: number }[] = [];
  for (const item of input as unknown[]) {
    if (typeof item !== "object" || item === null) return { ok: false, reason: "each scenario must be an object" };
    const { id, level } = item as { id?: unknown; level?: unknown };
    const def = ALL_DEFS.find((d) => d.id === id);
    if (typeof id !== "string" || !def) return { ok: false, reason: `unknown scenario id: ${String(id)}` };
    if (level !== undefined && (typeof level !== "number" || !Number.isFinite(level))) {
      return { ok: false, reason: `level of ${id} must be a finite number` };
    }
    const l = level ?? def.default;
    if (l < def.min || l > def.max) {
      return { ok: false, reason: `level of ${id} must be within ${def.min}–${def.max} ${def.unit}`.trim() };
    }
    out.push({ id, level: l });
  }
  return { ok: true, value: out };
}

/** Turns a validated list into model modifiers; throws on invalid input (lab API). */
export function buildModifiers(list: readonly ScenarioChoice[] | undefined): Modifiers {
  const parsed = parseScenarioList(list ?? []);
  if (!parsed.ok) throw new Error(`createJunction: ${parsed.reason}`);
  const m = controlModifiers();
  for (const choice of parsed.value) ALL_DEFS.find((d) => d.id === choice.id)?.apply(m, choice.level);
  return m;
}
