// The parts of the junction a student can be: what each is, what it does, which model input it drives,
// and how long one action keeps that input on. The physiological rules that limit actions live in rules.ts.
import type { ControlName } from "../physiology/controls";

export type RoleGroup = "ions" | "channels" | "pumps" | "other";

export const ROLE_IDS = [
  "motorNeuron",
  "caChannel",
  "caIon",
  "vesicles",
  "nAChR",
  "aChE",
  "naChannel",
  "naIon",
  "kChannel",
  "kIon",
  "naKPump",
  "serca",
] as const;
export type RoleId = (typeof ROLE_IDS)[number];

export interface RoleCard {
  /** "You are a voltage-gated Na+ channel" — what you are. */
  youAre: string;
  /** What you do, in one sentence. */
  youDo: string;
  /** What happens to the junction if you don't. */
  ifYouDont: string;
}

export interface RoleDef {
  id: RoleId;
  name: string;
  /** Short label drawn on tokens (shape and label, never colour alone). */
  label: string;
  group: RoleGroup;
  /** The engine input this part governs; the motor neuron drives the nerve itself instead. */
  control: ControlName | "nerve";
  /**
   * Physiological ms this part's stage lasts: a missed cue leaves the student's share of the input at 0 this
   * long. Chosen to cover the event the part takes part in (values and sources in the comments of ROLES).
   */
  stageMs: number;
  card: RoleCard;
}

/**
 * Listed in the order of the chain (nerve → Ca2+ entry → release → receptors → clearance → AP → repolarisation →
 * pumps → ions). Automatic assignment has its own order, critical stages first (SLOT_ORDER in assignment.ts).
 */
export const ROLES: readonly RoleDef[] = [
  {
    id: "motorNeuron",
    name: "Motor neuron",
    label: "MN",
    group: "other",
    control: "nerve",
    stageMs: 0, // a missed cue means no impulse this time; nothing else to silence
    card: {
      youAre: "You are the motor neuron whose axon ends at this junction.",
      youDo: "Fire nerve impulses, one at a time or at a rhythm you choose (Hz).",
      ifYouDont: "No impulse reaches the terminal: no ACh release, no end-plate potential, no contraction.",
    },
  },
  {
    id: "caChannel",
    name: "Presynaptic voltage-gated Ca2+ channel",
    label: "CaV",
    group: "channels",
    control: "caChannel",
    stageMs: 3, // the presynaptic AP and Ca2+ current last ≈ 1–2 ms (Borst & Sakmann 1998, scaled to 37 °C)
    card: {
      youAre: "You are a voltage-gated Ca2+ channel (CaV2.1) in the nerve terminal.",
      youDo: "Open when the nerve impulse depolarises the terminal, so Ca2+ can rush in.",
      ifYouDont: "Ca2+ cannot enter, so vesicles do not fuse: like Lambert–Eaton, less ACh is released.",
    },
  },
  {
    id: "caIon",
    name: "Ca2+ ion (nerve terminal)",
    label: "Ca2+",
    group: "ions",
    control: "caIon",
    stageMs: 3,
    card: {
      youAre: "You are a Ca2+ ion outside the nerve terminal (about 2 mM outside, 0.0001 mM inside).",
      youDo: "Cross into the terminal through an open Ca2+ channel, pushed by a huge gradient.",
      ifYouDont: "Less Ca2+ enters, release falls steeply (about the 4th power of Ca2+ entry).",
    },
  },
  {
    id: "vesicles",
    name: "Synaptic vesicles",
    label: "ACh",
    group: "other",
    control: "vesicles",
    stageMs: 3,
    card: {
      youAre: "You are the synaptic vesicles, each packed with about 7,000 ACh molecules.",
      youDo: "Fuse with the membrane and release ACh when Ca2+ has entered the terminal.",
      ifYouDont: "No ACh reaches the receptors: like botulinum toxin, no end-plate potential.",
    },
  },
  {
    id: "nAChR",
    name: "Nicotinic ACh receptor",
    label: "nAChR",
    group: "channels",
    control: "nAChR",
    stageMs: 3, // the end-plate current rises in ≈ 0.5 ms and decays with τ ≈ 1 ms (Wathey 1979)
    card: {
      youAre: "You are a nicotinic ACh receptor on the muscle's end plate, a ligand-gated cation channel.",
      youDo: "Open when two ACh molecules are bound, letting Na+ in (and some K+ out).",
      ifYouDont: "The end plate stays silent: like curare, no end-plate potential and no muscle action potential.",
    },
  },
  {
    id: "aChE",
    name: "Acetylcholinesterase",
    label: "AChE",
    group: "other",
    control: "aChE",
    stageMs: 10, // with AChE, ACh is gone within ≈ 1 ms (Purves); without it only diffusion clears it (k_diff 0.3 /ms in parameters.ts, τ ≈ 3 ms), so a miss spans ≈ 3 τ
    card: {
      youAre: "You are acetylcholinesterase, the enzyme in the synaptic cleft.",
      youDo: "Break down ACh in the cleft, about 10,000 molecules per second each.",
      ifYouDont: "ACh lingers and keeps opening receptors: the end-plate potential is prolonged, like neostigmine.",
    },
  },
  {
    id: "naChannel",
    name: "Voltage-gated Na+ channel (Nav1.4)",
    label: "Nav",
    group: "channels",
    control: "naChannel",
    stageMs: 3, // activation then inactivation within ≈ 1–2 ms of the upstroke
    card: {
      youAre: "You are a voltage-gated Na+ channel in the muscle membrane.",
      youDo: "Open when the end-plate potential reaches threshold; then your inactivation gate shuts you.",
      ifYouDont:
        "No action potential: like tetrodotoxin, the end-plate potential stays local and the muscle never fires.",
    },
  },
  {
    id: "naIon",
    name: "Na+ ion",
    label: "Na+",
    group: "ions",
    control: "naIon",
    stageMs: 3,
    card: {
      youAre: "You are a Na+ ion outside the muscle fibre (145 mM outside, 12 mM inside).",
      youDo: "Rush in through open Na+ channels and receptors, pulled by the gradient and the negative inside.",
      ifYouDont: "Fewer charges cross: the end-plate potential and the action potential's upstroke shrink.",
    },
  },
  {
    id: "kChannel",
    name: "Voltage-gated K+ channel",
    label: "Kv",
    group: "channels",
    control: "kChannel",
    stageMs: 6, // delayed rectifier: opens over ≈ 1 ms, stays open a few ms into repolarisation
    card: {
      youAre: "You are a delayed-rectifier voltage-gated K+ channel in the muscle membrane.",
      youDo: "Open after the membrane depolarises, letting K+ out to bring the potential back down.",
      ifYouDont: "Repolarisation is slower: the action potential is broader (Cl− and inward-rectifier K+ still help).",
    },
  },
  {
    id: "kIon",
    name: "K+ ion",
    label: "K+",
    group: "ions",
    control: "kIon",
    stageMs: 6,
    card: {
      youAre: "You are a K+ ion inside the muscle fibre (155 mM inside, 4.5 mM outside).",
      youDo: "Leave through open K+ channels when the membrane is above E_K (−95 mV).",
      ifYouDont: "Less K+ leaves: the membrane repolarises slowly and rests less negative.",
    },
  },
  {
    id: "naKPump",
    name: "Na+/K+-ATPase",
    label: "Pump",
    group: "pumps",
    control: "naKPump",
    stageMs: 100, // a missed cue stops this share of the pump population for 100 ms (≈ half an impulse interval at 5 Hz)
    card: {
      youAre: "You are the Na+/K+ pump (Na+/K+-ATPase) in the muscle membrane.",
      youDo: "Run cycles: bind 3 Na+ inside, spend one ATP, release them outside, bind 2 K+, bring them in.",
      ifYouDont: "Gradients run down slowly and the pump's small hyperpolarising current is lost, like ouabain.",
    },
  },
  {
    id: "serca",
    name: "SERCA (SR Ca2+ pump)",
    label: "SERCA",
    group: "pumps",
    control: "serca",
    stageMs: 60, // myoplasmic Ca2+ falls with τ of tens of ms after a twitch (Baylor & Hollingworth 2003)
    card: {
      youAre: "You are SERCA, the Ca2+ pump of the sarcoplasmic reticulum.",
      youDo: "Pump Ca2+ back into the SR (2 Ca2+ per ATP) so the muscle can relax.",
      ifYouDont: "Ca2+ stays high in the cytoplasm and the muscle relaxes slowly.",
    },
  },
];

const BY_ID = new Map<RoleId, RoleDef>(ROLES.map((r) => [r.id, r]));

export function role(id: RoleId): RoleDef {
  const def = BY_ID.get(id);
  if (!def) throw new Error(`unknown role ${id}`);
  return def;
}

export function isRoleId(value: unknown): value is RoleId {
  return typeof value === "string" && BY_ID.has(value as RoleId);
}
