// Question bank, part: Membrane potentials, ions and transport (exam question types 1–6).
// Numbers match the reference values in docs/physiology-sources.md and the model (docs/model.md).
import type { Question } from "./types";

export const MEMBRANE: readonly Question[] = [
  // 1. Direction of V when Na+, K+ or Cl− channels open, from E_ion.
  {
    id: "direction-na-opens",
    type: 1,
    level: "AP Biology",
    prompt:
      "A muscle fibre rests at −88 mV. Voltage-gated Na+ channels suddenly open. Which way does the membrane potential move?",
    choices: [
      "More negative, toward −95 mV",
      "Less negative, toward +67 mV",
      "It stays at −88 mV",
      "Toward 0 mV and no further",
    ],
    answer: 1,
    explanation:
      "An open channel pulls V toward that ion's equilibrium potential. E_Na = 26.7 mV × ln(145/12) ≈ +67 mV, so Na+ rushes in and V rises from −88 mV toward +67 mV: depolarisation. The AP peak (≈ +47 mV in the model) stays below E_Na because K+ and Cl− channels are open too.",
    scenarios: [],
    moment: "before-impulse",
  },
  {
    id: "direction-k-opens-at-peak",
    type: 1,
    level: "AP Biology",
    prompt:
      "At the peak of a muscle action potential (about +47 mV), delayed-rectifier K+ channels are open. Which way does K+ move, and what happens to V?",
    choices: [
      "K+ flows in; V rises further",
      "K+ flows in; V falls",
      "K+ flows out; V falls toward −95 mV",
      "K+ does not move because K+ channels are not voltage-gated",
    ],
    answer: 2,
    explanation:
      "E_K = 26.7 mV × ln(4.5/155) ≈ −95 mV. At +47 mV the membrane is ≈ 140 mV above E_K, so K+ is driven out of the fibre. Losing positive charge pulls V back down toward −95 mV: repolarisation.",
    scenarios: [],
    moment: "before-impulse",
  },
  {
    id: "direction-cl-opens-at-rest",
    type: 1,
    level: "College",
    prompt:
      "In skeletal muscle E_Cl lies within a few mV of rest (near −88 mV). What does opening many more Cl− channels at rest do to V?",
    choices: [
      "Depolarises it past threshold",
      "Hyperpolarises it to −95 mV",
      "Reverses it to about +67 mV",
      "Barely changes it, but holds V near rest against other currents",
    ],
    answer: 3,
    explanation:
      "V moves toward E_Cl, which is near rest (the model lets Cl− settle passively, so E_Cl = rest, −88 mV), so V hardly moves. Cl− is 70–85 % of muscle's resting conductance (≈ 60 % in the model), so it acts as a clamp near rest: small depolarising currents are opposed. That is why losing Cl− channels (myotonia) makes muscle hyperexcitable.",
    scenarios: [],
    moment: "any",
  },

  // 2. Nernst potential; why rest ≈ E_K in muscle.
  {
    id: "nernst-ek",
    type: 2,
    level: "College",
    prompt: "[K+] is 155 mM inside a muscle fibre and 4.5 mM outside. With RT/F = 26.7 mV at 37 °C, what is E_K?",
    choices: ["About −95 mV", "About +95 mV", "About −60 mV", "About 0 mV"],
    answer: 0,
    explanation:
      "E_K = (RT/zF) ln([K+]o/[K+]i) = 26.7 mV × ln(4.5/155) = 26.7 × (−3.54) ≈ −95 mV. It is negative because K+ is concentrated inside: the inside must be negative to hold K+ back.",
    scenarios: [],
    moment: "any",
  },
  {
    id: "nernst-ena",
    type: 2,
    level: "USMLE",
    prompt: "[Na+] is 12 mM inside a muscle fibre and 145 mM outside (37 °C, RT/F = 26.7 mV). What is E_Na?",
    choices: ["About −67 mV", "About +30 mV", "About +67 mV", "About +130 mV"],
    answer: 2,
    explanation:
      "E_Na = 26.7 mV × ln(145/12) = 26.7 × 2.49 ≈ +67 mV. Na+ is concentrated outside, so the inside would have to be +67 mV to stop net entry. (+130 mV is E_Ca, from a ≈ 20,000-fold Ca2+ gradient, 2 mM outside and ≈ 0.1 µM inside, with z = 2.)",
    scenarios: [],
    moment: "any",
  },
  {
    id: "rest-near-ek",
    type: 2,
    level: "AP Biology",
    prompt: "Why does a resting muscle fibre (−88 mV) sit close to E_K (−95 mV) and far from E_Na (+67 mV)?",
    choices: [
      "The Na+/K+ pump creates almost all of the resting potential",
      "At rest K+ and Cl− channels are open, but very few Na+ channels are",
      "Na+ cannot cross membranes at all",
      "The inside holds more negative proteins than positive ions",
    ],
    answer: 1,
    explanation:
      "The resting potential lies nearest the E of the ions the membrane is most permeable to. At rest inward-rectifier K+ and Cl− (E_Cl at rest, −88 mV, in the model) channels dominate, and the small Na+ leak pulls V only a few mV above E_K. The pump adds just ≈ 1 mV directly; its real job is keeping the gradients.",
    scenarios: [],
    moment: "before-round",
  },

  // 3. Ions of depolarisation and repolarisation; m, h, n gates.
  {
    id: "ions-upstroke",
    type: 3,
    level: "AP Biology",
    prompt: "Which ion movement produces the rising phase (upstroke) of the muscle action potential?",
    choices: ["K+ leaving the fibre", "Cl− entering the fibre", "Ca2+ released from the SR", "Na+ entering the fibre"],
    answer: 3,
    explanation:
      "Once the end-plate potential reaches threshold, voltage-gated Na+ channels (Nav1.4) open in a positive feedback loop: Na+ entry depolarises, which opens more channels. V races from rest toward E_Na (+67 mV), peaking near +47 mV (in the model) in under a millisecond.",
    scenarios: [],
    moment: "before-impulse",
  },
  {
    id: "ions-repolarisation",
    type: 3,
    level: "College",
    prompt: "What brings the muscle membrane back down after the action potential peak?",
    choices: [
      "Na+ channels inactivate and voltage-gated K+ channels let K+ out",
      "The Na+/K+ pump moves 3 Na+ out per cycle",
      "Na+ flows back out through the same Na+ channels",
      "Ca2+ enters and neutralises the inside",
    ],
    answer: 0,
    explanation:
      "Two things end the spike within ≈ 1–2 ms: h gates close Na+ channels (inactivation), and n gates open delayed-rectifier K+ channels so K+ leaves toward E_K (−95 mV). Cl− channels help. The pump is far too slow to repolarise a single spike.",
    scenarios: [],
    moment: "after-round",
  },
  {
    id: "gates-h-inactivation",
    type: 3,
    level: "College",
    prompt:
      "In the Hodgkin–Huxley description of a Na+ channel (m³h), which gate shuts during the AP and stays shut until the membrane repolarises?",
    choices: [
      "m, the activation gate",
      "n, the K+ channel activation gate",
      "h, the inactivation gate",
      "None: Na+ channels close only when V reaches E_Na",
    ],
    answer: 2,
    explanation:
      "m opens fast on depolarisation; h closes more slowly and ends Na+ entry. h reopens only after V returns near rest, which causes the absolute refractory period (≈ 2 ms in the model). n belongs to the delayed-rectifier K+ channel (n⁴).",
    scenarios: [],
    moment: "any",
  },

  // 4. Passive vs active transport; the electrogenic 3:2 pump; ATP loss; ouabain.
  {
    id: "pump-electrogenic",
    type: 4,
    level: "AP Biology",
    prompt: "Why is the Na+/K+-ATPase called electrogenic?",
    choices: [
      "It opens in response to voltage",
      "Each cycle moves 3 Na+ out and 2 K+ in: one net positive charge leaves",
      "It makes ATP from the Na+ gradient",
      "It carries Na+ and K+ in the same direction",
    ],
    answer: 1,
    explanation:
      "One ATP drives 3 Na+ out and 2 K+ in against their gradients (active transport). The unequal exchange carries one positive charge out per cycle, a small outward current that makes the inside ≈ 1 mV more negative in the model.",
    scenarios: ["ouabain"],
    moment: "any",
  },
  {
    id: "na-entry-passive",
    type: 4,
    level: "AP Biology",
    prompt: "During the action potential, Na+ enters through voltage-gated Na+ channels. This movement is…",
    choices: [
      "active transport, powered by ATP",
      "secondary active transport",
      "passive: down Na+'s electrochemical gradient, no ATP used",
      "endocytosis",
    ],
    answer: 2,
    explanation:
      "Channels only let ions run downhill. Na+ is at 145 mM outside and 12 mM inside, and the inside is negative, so both forces push it in. ATP is spent later by the Na+/K+ pump (3 Na+ out, 2 K+ in per ATP) to restore the gradient.",
    scenarios: [],
    moment: "any",
  },
  {
    id: "ouabain-first-seconds",
    type: 4,
    level: "College",
    prompt: "Ouabain blocks every Na+/K+ pump. What happens in the first second?",
    choices: [
      "The fibre depolarises by about 1 mV and still fires normal APs",
      "The resting potential collapses to 0 mV at once",
      "Action potentials stop immediately",
      "The fibre hyperpolarises toward E_K",
    ],
    answer: 0,
    explanation:
      "Only the pump's small outward current (≈ 4 µA/cm² in the model) disappears at once, so V rises by ≈ 1 mV. The Na+ and K+ gradients that power APs run down over minutes to hours: in the model [Na+]i rises ≈ 0.8 mM in the first minute and ≈ 8 mM in ten.",
    scenarios: ["ouabain"],
    moment: "before-round",
  },

  // 5. Ligand- vs voltage-gated; why two ACh per receptor.
  {
    id: "nachr-ligand-gated",
    type: 5,
    level: "AP Biology",
    prompt: "The nicotinic ACh receptor on the end plate is best described as…",
    choices: [
      "a voltage-gated Na+ channel",
      "a G-protein-coupled receptor",
      "a ligand-gated cation channel that lets Na+ in and K+ out",
      "a Cl− channel",
    ],
    answer: 2,
    explanation:
      "The nAChR opens when ACh binds, not when voltage changes. Its pore passes cations: Na+ in and K+ out about equally, with Na+ entry winning at rest. Voltage-gated Nav1.4 channels nearby then make the AP once the EPP reaches threshold.",
    scenarios: [],
    moment: "before-impulse",
  },
  {
    id: "two-ach-curare-squared",
    type: 5,
    level: "College",
    prompt:
      "An nAChR opens only with two ACh bound. If curare occupies 50 % of the ACh binding sites at random, what fraction of receptors can still open?",
    choices: ["About 75 %", "About 50 %", "About 25 %", "None"],
    answer: 2,
    explanation:
      "Both sites must be free: 0.5 × 0.5 = 0.25. Needing two ACh makes the receptor a coincidence detector: stray ACh rarely opens it, and blocking one site is enough to silence it. In the model 75 % of receptors are unavailable and the EPP falls below threshold.",
    scenarios: ["curare"],
    moment: "before-round",
  },

  // 6. Why the end-plate reversal potential is near 0 mV.
  {
    id: "reversal-near-zero",
    type: 6,
    level: "College",
    prompt: "Why does the end-plate current reverse near 0 mV (about −5 mV) and not at E_Na (+67 mV)?",
    choices: [
      "The nAChR passes Na+ and K+ about equally, so it reverses between E_Na and E_K",
      "ACh carries a positive charge",
      "Cl− flows through the nAChR",
      "Voltage-gated Na+ channels inactivate at 0 mV",
    ],
    answer: 0,
    explanation:
      "A channel permeable to two ions reverses where their currents cancel. With Na+ (E_Na +67 mV) and K+ (E_K −95 mV) passing about equally, that point is near 0 mV (≈ −5 mV). At rest (−88 mV) Na+ entry dominates, so the current is strongly inward.",
    scenarios: [],
    moment: "any",
  },
  {
    id: "reversal-clamp-zero",
    type: 6,
    level: "USMLE",
    prompt: "A muscle fibre is voltage-clamped at 0 mV and ACh is applied to the end plate. The end-plate current is…",
    choices: [
      "large and inward, larger than at −90 mV",
      "close to zero",
      "large and outward, carried by Cl−",
      "abolished because the receptors cannot bind ACh at 0 mV",
    ],
    answer: 1,
    explanation:
      "The receptors open normally, but at 0 mV the driving force (V − E_rev, with E_rev ≈ −5 mV) is only ≈ 5 mV: Na+ entry and K+ exit nearly cancel. At −90 mV the driving force is ≈ 85 mV and the current is large and inward.",
    scenarios: [],
    moment: "any",
  },
];
