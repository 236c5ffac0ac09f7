// The predict → run → explain question bank: multiple-choice questions mapped to the exam question types of
// physiology.md section D, with numbers that match the reference values and the game's model (docs/model.md).

export type QuestionLevel = "AP Biology" | "College" | "USMLE";

export interface Question {
  /** Stable, kebab-case, unique (stored with students' answers). */
  id: string;
  /** The physiology.md section D question type, 1–22. */
  type: number;
  level: QuestionLevel;
  /** ≤ 220 characters, readable on a phone. */
  prompt: string;
  /** 2–5 choices, each ≤ 90 characters. */
  choices: string[];
  /** Index into `choices`. */
  answer: number;
  /** ≤ 400 characters: why, with the numbers. */
  explanation: string;
  /** Scenario ids where asking it makes sense during a round ([] = any scenario). */
  scenarios: string[];
  /** When a teacher would push it. */
  moment: "before-round" | "before-impulse" | "after-round" | "any";
}

export const QUESTIONS: readonly Question[] = [
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
      "An open channel pulls V toward that ion's equilibrium potential. E_Na = 26.7 mV × ln(145/12) ≈ +67 mV, so Na+ rushes in and V rises from −88 mV toward +67 mV: depolarisation. The AP peak (≈ +35 mV) stays below E_Na because K+ and Cl− channels are open too.",
    scenarios: [],
    moment: "before-impulse",
  },
  {
    id: "direction-k-opens-at-peak",
    type: 1,
    level: "AP Biology",
    prompt:
      "At the peak of a muscle action potential (about +35 mV), delayed-rectifier K+ channels are open. Which way does K+ move, and what happens to V?",
    choices: [
      "K+ flows in; V rises further",
      "K+ flows in; V falls",
      "K+ flows out; V falls toward −95 mV",
      "K+ does not move because K+ channels are not voltage-gated",
    ],
    answer: 2,
    explanation:
      "E_K = 26.7 mV × ln(4.5/155) ≈ −95 mV. At +35 mV the membrane is 130 mV above E_K, so K+ is driven out of the fibre. Losing positive charge pulls V back down toward −95 mV: repolarisation.",
    scenarios: [],
    moment: "before-impulse",
  },
  {
    id: "direction-cl-opens-at-rest",
    type: 1,
    level: "College",
    prompt:
      "In skeletal muscle E_Cl ≈ −85 mV and the fibre rests near −88 mV. What does opening many more Cl− channels at rest do to V?",
    choices: [
      "Depolarises it past threshold",
      "Hyperpolarises it to −95 mV",
      "Reverses it to about +67 mV",
      "Barely changes it, but holds V near −85 mV against other currents",
    ],
    answer: 3,
    explanation:
      "V moves toward E_Cl, and E_Cl (≈ −85 mV) is only ≈ 3 mV from rest, so V hardly moves. Cl− is 70–85 % of muscle's resting conductance, so it acts as a clamp near rest: small depolarising currents are opposed. That is why losing Cl− channels (myotonia) makes muscle hyperexcitable.",
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
      "E_Na = 26.7 mV × ln(145/12) = 26.7 × 2.49 ≈ +67 mV. Na+ is concentrated outside, so the inside would have to be +67 mV to stop net entry. (+130 mV is E_Ca, from a 10,000-fold Ca2+ gradient with z = 2.)",
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
      "The resting potential lies nearest the E of the ions the membrane is most permeable to. At rest inward-rectifier K+ and Cl− (E_Cl ≈ −85 mV) channels dominate, and the small Na+ leak pulls V only a few mV above E_K. The pump adds just ≈ 1 mV directly; its real job is keeping the gradients.",
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
      "Once the end-plate potential reaches threshold, voltage-gated Na+ channels (Nav1.4) open in a positive feedback loop: Na+ entry depolarises, which opens more channels. V races from rest toward E_Na (+67 mV), peaking near +35 mV in under a millisecond.",
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
      "m opens fast on depolarisation; h closes more slowly and ends Na+ entry. h reopens only after V returns near rest, which causes the absolute refractory period (≈ 2–2.5 ms in the model). n belongs to the delayed-rectifier K+ channel (n⁴).",
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
      "Only the pump's small outward current (≈ 4 µA/cm² in the model) disappears at once, so V rises by ≈ 1 mV. The Na+ and K+ gradients that power APs run down over minutes, because each AP moves only a tiny fraction of the ions.",
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

  // 7. Graded EPP vs all-or-none AP; safety factor.
  {
    id: "graded-epp",
    type: 7,
    level: "AP Biology",
    prompt:
      "If twice as many ACh vesicles were released, what would happen to the end-plate potential (EPP) and the muscle action potential?",
    choices: [
      "Both would double",
      "Neither would change",
      "The AP would double; the EPP would not change",
      "The EPP would grow; the AP would stay the same size",
    ],
    answer: 3,
    explanation:
      "The EPP is graded: its size follows how many receptors open (≈ 0.8 mV per quantum, ≈ 38 mV for ≈ 55 quanta in the model). The AP is all-or-none: once threshold is crossed, Na+ channels drive it to ≈ +35 mV regardless of how big the trigger was.",
    scenarios: [],
    moment: "before-impulse",
  },
  {
    id: "safety-factor-meaning",
    type: 7,
    level: "College",
    prompt:
      "In the model the EPP is ≈ 38 mV but only ≈ 17 mV is needed to reach threshold: a safety factor of ≈ 2.3. What does that predict?",
    choices: [
      "Transmission still works if the EPP falls by half",
      "Any drug that lowers the EPP at all stops the muscle",
      "The muscle fires 2–3 APs per nerve impulse",
      "The EPP itself makes the muscle contract",
    ],
    answer: 0,
    explanation:
      "Safety factor = EPP ÷ depolarisation needed to fire (2–5 in real muscle). A large margin means the EPP can shrink a lot and still trigger one AP, which is why ≈ 70 % of receptors must be blocked before transmission fails.",
    scenarios: ["control", "curare"],
    moment: "before-round",
  },
  {
    id: "safety-factor-mg-fatigue",
    type: 7,
    level: "USMLE",
    prompt:
      "Why do patients with myasthenia gravis get weaker with repeated use (a sustained upward gaze) rather than being weak from the start?",
    choices: [
      "ACh accumulates and causes depolarising block",
      "Their muscle fibres run out of ATP faster",
      "A low safety factor fails as release runs down with each impulse",
      "Their action potentials get smaller with each impulse",
    ],
    answer: 2,
    explanation:
      "With fewer AChRs each quantum gives a smaller response, so the EPP is only just above threshold. During repeated firing the releasable pool runs down (ACh per impulse falls), and in more and more fibres the EPP drops below threshold: fatigable weakness and a decrement on 3 Hz stimulation.",
    scenarios: ["myasthenia-gravis"],
    moment: "after-round",
  },

  // 8. Block the receptor vs AChE vs release.
  {
    id: "block-long-epc",
    type: 8,
    level: "College",
    prompt:
      "A drug makes the end-plate current decay about 3× more slowly and the EPP larger. MEPP frequency is unchanged. What does it most likely block?",
    choices: ["Presynaptic Ca2+ channels", "Acetylcholinesterase", "Nicotinic receptors", "Vesicle fusion"],
    answer: 1,
    explanation:
      "When AChE is inhibited, ACh stays in the cleft and binds again and again, so receptors keep opening: in the model the current's decay τ goes from ≈ 1.1 ms to ≈ 3.4 ms with neostigmine (≈ 13 ms with an organophosphate). A receptor blocker would shrink the EPP; a release blocker would shrink it or abolish it.",
    scenarios: ["neostigmine", "organophosphate"],
    moment: "after-round",
  },
  {
    id: "block-release-botulinum",
    type: 8,
    level: "College",
    prompt:
      "Botulinum toxin cleaves the SNARE proteins that let vesicles fuse. What would a microelectrode in the end plate record?",
    choices: [
      "Normal MEPPs, but no EPP",
      "Small MEPPs and a small EPP",
      "No EPP and no MEPPs",
      "A normal EPP but no action potential",
    ],
    answer: 2,
    explanation:
      "Both the evoked EPP (≈ 55 quanta) and the spontaneous MEPPs (≈ 1 per second) need vesicle fusion, so both vanish. The receptors are still fine: ACh applied directly would still depolarise the end plate. A normal EPP with no AP is tetrodotoxin; small MEPPs point to the receptors.",
    scenarios: ["botulinum"],
    moment: "before-impulse",
  },
  {
    id: "idle-ache-player",
    type: 8,
    level: "AP Biology",
    prompt:
      "In the game, the student playing acetylcholinesterase stops breaking down ACh. What happens to the end-plate potential?",
    choices: [
      "It gets larger and lasts longer",
      "It disappears",
      "It gets smaller and shorter",
      "Nothing: AChE only matters for the nerve",
    ],
    answer: 0,
    explanation:
      "AChE normally clears ACh from the cleft within ≈ 1 ms. Without it ACh lingers and reopens receptors, so more Na+ enters for longer: a bigger, longer EPP, just like neostigmine. It can even rescue a curare-weakened or myasthenic junction.",
    scenarios: ["curare", "myasthenia-gravis", "neostigmine"],
    moment: "before-round",
  },

  // 9. Pre- vs post-synaptic lesion from MEPP size and frequency.
  {
    id: "mepp-small-postsynaptic",
    type: 9,
    level: "College",
    prompt:
      "A recording shows MEPPs at the normal rate (≈ 1 per second) but about half the normal amplitude. Where is the lesion?",
    choices: [
      "Presynaptic: fewer vesicles are released",
      "Postsynaptic: fewer functional ACh receptors",
      "In the motor axon: slowed conduction",
      "In the sarcoplasmic reticulum",
    ],
    answer: 1,
    explanation:
      "One MEPP is the response to one vesicle (≈ 7,000 ACh). A normal MEPP rate means vesicles fuse normally; a smaller MEPP (≈ 0.4 instead of ≈ 0.8 mV) means each quantum opens fewer channels, as in myasthenia gravis or with curare.",
    scenarios: ["myasthenia-gravis", "curare"],
    moment: "after-round",
  },
  {
    id: "mepp-normal-few-quanta",
    type: 9,
    level: "USMLE",
    prompt:
      "MEPPs are normal in size (≈ 0.8 mV), but the EPP is only ≈ 13 mV because few quanta are released per impulse. The defect is most likely…",
    choices: [
      "presynaptic: too little Ca2+-triggered release",
      "postsynaptic: fewer nAChRs",
      "in AChE",
      "in muscle Na+ channels",
    ],
    answer: 0,
    explanation:
      "Normal MEPPs show the receptors and the vesicle contents are fine. EPP ÷ MEPP = 13 ÷ 0.8 ≈ 16 quanta instead of 40–60: release per impulse is low. Lambert–Eaton (fewer presynaptic Ca2+ channels), low Ca2+ and high Mg2+ all do this.",
    scenarios: ["lambert-eaton", "low-calcium", "high-magnesium"],
    moment: "after-round",
  },

  // 10. Ca2+/Mg2+ and quantal content.
  {
    id: "low-calcium-release",
    type: 10,
    level: "College",
    prompt:
      "Bath Ca2+ is lowered from 2 mM to 1 mM. What happens to the number of quanta released per impulse and to MEPP size?",
    choices: [
      "Quanta halve; MEPPs halve",
      "Quanta fall several-fold; MEPPs unchanged",
      "Quanta unchanged; MEPPs shrink",
      "Both unchanged: Ca2+ only matters inside the muscle",
    ],
    answer: 1,
    explanation:
      "Release rises with about the 4th power of Ca2+ entry (Dodge & Rahamimoff), so a modest drop in entry cuts quantal content several-fold (in the model ≈ 55 → ≈ 16 quanta at 1 mM, and the EPP falls below threshold). Each vesicle still holds the same ACh, so MEPPs stay ≈ 0.8 mV.",
    scenarios: ["low-calcium"],
    moment: "before-round",
  },
  {
    id: "magnesium-competes",
    type: 10,
    level: "AP Biology",
    prompt: "Extra Mg2+ in the bath (5 mM instead of 1 mM) weakens transmission at the neuromuscular junction. Why?",
    choices: [
      "Mg2+ blocks the ACh receptor pore",
      "Mg2+ speeds up AChE",
      "Mg2+ makes the vesicles smaller",
      "Mg2+ competes with Ca2+ entry into the nerve terminal, so fewer vesicles fuse",
    ],
    answer: 3,
    explanation:
      "Vesicle fusion is triggered by Ca2+ entering through presynaptic Ca2+ channels. Mg2+ competes with Ca2+ there, so less Ca2+ enters and fewer quanta are released (≈ 55 → ≈ 19 in the model). MEPP size is unchanged. This is why magnesium sulfate can cause weakness.",
    scenarios: ["high-magnesium"],
    moment: "before-round",
  },

  // 11. Absolute vs relative refractory; why force summates and APs do not.
  {
    id: "absolute-refractory",
    type: 11,
    level: "College",
    prompt: "A second stimulus arrives 1.5 ms after the start of a muscle action potential. What happens?",
    choices: [
      "A second AP on top of the first, reaching twice the height",
      "No second AP: most Na+ channels are still inactivated",
      "A normal second AP, because the stimulus is strong",
      "The first AP is cut short",
    ],
    answer: 1,
    explanation:
      "During the absolute refractory period (2–4.6 ms in human muscle, ≈ 2.5 ms in the model) too few Na+ channels have recovered from inactivation (h gate shut), so no stimulus of any size can fire a second AP.",
    scenarios: [],
    moment: "before-impulse",
  },
  {
    id: "relative-refractory",
    type: 11,
    level: "College",
    prompt: "During the relative refractory period, a second action potential…",
    choices: [
      "cannot occur under any conditions",
      "needs a weaker stimulus than normal",
      "can fire, but needs a stronger stimulus and is often smaller",
      "is always larger than the first",
    ],
    answer: 2,
    explanation:
      "After the absolute period (≈ 2.5 ms in the model) some Na+ channels have recovered but K+ channels are still open, so threshold is harder to reach. A stronger stimulus can fire a smaller AP. This lasts several ms more (up to ≈ 8 ms in the model).",
    scenarios: [],
    moment: "any",
  },
  {
    id: "force-summates-aps-do-not",
    type: 11,
    level: "USMLE",
    prompt:
      "At 80 Hz the force of a fast muscle fibre summates into a tetanus, yet its action potentials never add up. Why?",
    choices: [
      "Each AP lasts ≈ 2 ms and is followed by refractoriness; each twitch lasts tens of ms",
      "APs summate too, but the trace is too slow to show it",
      "High frequencies make the Na+ channels larger",
      "Force is made by the nerve, not by the muscle APs",
    ],
    answer: 0,
    explanation:
      "An AP is over in ≈ 2 ms, and refractoriness stops the next one from starting on top of it. A twitch takes ≈ 10 ms to peak and longer to relax, so at 80 Hz (12.5 ms apart) each new Ca2+ release adds to force that has not yet decayed.",
    scenarios: ["control"],
    moment: "after-round",
  },

  // 12. MG vs LEMS on repetitive stimulation.
  {
    id: "mg-3hz-decrement",
    type: 12,
    level: "USMLE",
    prompt:
      "Repetitive nerve stimulation at 3 Hz is performed on a patient with myasthenia gravis. The compound muscle action potential (CMAP)…",
    choices: [
      "decrements over the first few stimuli",
      "increments by more than 100 %",
      "stays exactly constant",
      "is absent from the first stimulus",
    ],
    answer: 0,
    explanation:
      "Each impulse releases a little less ACh as the releasable pool runs down. Normal junctions have a safety factor of 2–5 and absorb this; with AChRs lost, more fibres fall below threshold on each stimulus, so the CMAP falls (≈ 0.86 → 0.67 in the model).",
    scenarios: ["myasthenia-gravis"],
    moment: "before-round",
  },
  {
    id: "lems-high-rate-increment",
    type: 12,
    level: "USMLE",
    prompt:
      "A patient has a small resting CMAP that grows markedly after 10 s of maximal exercise or during 50 Hz stimulation. Which diagnosis and mechanism fit?",
    choices: [
      "Myasthenia gravis: antibodies against AChRs",
      "Botulism: SNARE cleavage",
      "Lambert–Eaton: fewer presynaptic Ca2+ channels; residual Ca2+ builds up",
      "Organophosphate poisoning: AChE inhibition",
    ],
    answer: 2,
    explanation:
      "In LEMS antibodies remove presynaptic Ca2+ channels, so each impulse releases few quanta (≈ 16 in the model). At high rates Ca2+ left from earlier impulses adds to the next, raising release: the CMAP increments (≈ 0.14 → 0.7 at 50 Hz in the model).",
    scenarios: ["lambert-eaton"],
    moment: "after-round",
  },
  {
    id: "mg-vs-lems-mepp",
    type: 12,
    level: "USMLE",
    prompt: "Which finding favours Lambert–Eaton syndrome over myasthenia gravis?",
    choices: [
      "Small MEPPs with normal quantal content",
      "Decrement on 3 Hz stimulation only",
      "Weakness that worsens with exercise",
      "Normal MEPPs with low quantal content",
    ],
    answer: 3,
    explanation:
      "LEMS is presynaptic: receptors are normal, so MEPPs are normal (≈ 0.8 mV), but Ca2+ entry is low, so few quanta are released. MG is postsynaptic: fewer AChRs give small MEPPs with normal quantal content (40–60).",
    scenarios: ["lambert-eaton", "myasthenia-gravis"],
    moment: "any",
  },

  // 13. Depolarising vs non-depolarising blockers.
  {
    id: "sux-mechanism",
    type: 13,
    level: "College",
    prompt: "Succinylcholine is an nAChR agonist that AChE cannot break down. Why does it paralyse?",
    choices: [
      "It competes with ACh without opening the receptor",
      "It keeps the end plate depolarised, so Na+ channels stay inactivated",
      "It stops vesicles from fusing",
      "It blocks the SR Ca2+ release channel",
    ],
    answer: 1,
    explanation:
      "Succinylcholine opens the receptors and keeps them open, holding the end plate near −46 mV in the model. Na+ channels inactivate (h ≈ 0) and cannot recover while the membrane stays depolarised, so nerve impulses give no AP: depolarising (phase I) block, usually after brief fasciculations.",
    scenarios: ["succinylcholine"],
    moment: "before-impulse",
  },
  {
    id: "sux-vs-curare-rest",
    type: 13,
    level: "College",
    prompt: "Both curare and succinylcholine stop the twitch. Which measurement at the end plate tells them apart?",
    choices: [
      "The size of the muscle AP when it fires",
      "The number of vesicles in the terminal",
      "The resting membrane potential: depolarised with succinylcholine, normal with curare",
      "Whether the nerve conducts",
    ],
    answer: 2,
    explanation:
      "Curare is a competitive antagonist: receptors are blocked, the end plate stays at rest (≈ −88 mV) and the EPP is small. Succinylcholine opens receptors and holds the end plate depolarised (≈ −46 mV in the model), inactivating Na+ channels.",
    scenarios: ["succinylcholine", "curare"],
    moment: "after-round",
  },
  {
    id: "neostigmine-curare-vs-sux",
    type: 13,
    level: "USMLE",
    prompt:
      "Neostigmine is given to reverse a neuromuscular block. It reverses curare, but not a phase I succinylcholine block. Why?",
    choices: [
      "Neostigmine destroys curare molecules",
      "More ACh outcompetes curare, but only adds depolarisation under succinylcholine",
      "Succinylcholine blocks AChE already",
      "Neostigmine only works on the nerve terminal",
    ],
    answer: 1,
    explanation:
      "Curare competes with ACh for the binding sites, so letting ACh linger (AChE inhibited) tips the competition back and the EPP regains threshold. In a depolarising block the problem is too much depolarisation and inactivated Na+ channels; more ACh deepens it.",
    scenarios: ["curare", "succinylcholine", "neostigmine"],
    moment: "after-round",
  },

  // 14. Hyperkalaemia.
  {
    id: "hyperkalaemia-rest",
    type: 14,
    level: "College",
    prompt: "Plasma [K+] rises from 4.5 mM to 8 mM. What happens to the muscle resting potential?",
    choices: [
      "It becomes more negative, because more K+ is available to leave",
      "It becomes less negative (about −74 mV in the model), because E_K rises",
      "No change: the Na+/K+ pump fixes it",
      "It reverses to positive values",
    ],
    answer: 1,
    explanation:
      "E_K = 26.7 mV × ln(8/155) ≈ −79 mV instead of −95 mV. Because rest is dominated by K+ conductance, the fibre depolarises with E_K: ≈ −74 mV in the model (and ≈ −52 mV at 10 mM).",
    scenarios: ["hyperkalaemia"],
    moment: "before-round",
  },
  {
    id: "hyperkalaemia-weakness",
    type: 14,
    level: "USMLE",
    prompt: "Severe hyperkalaemia depolarises the muscle membrane, yet patients become weak, not hyperexcitable. Why?",
    choices: [
      "Sustained depolarisation inactivates Na+ channels, so fewer are available to fire",
      "K+ blocks the nicotinic receptor",
      "K+ stops vesicle release",
      "The pump stops working at high K+",
    ],
    answer: 0,
    explanation:
      "At first a depolarised fibre is nearer threshold, but the h gates close with sustained depolarisation. With fewer Na+ channels available the AP is smaller or fails altogether, and the fibre becomes inexcitable: flaccid weakness (and, in the heart, arrhythmias).",
    scenarios: ["hyperkalaemia"],
    moment: "after-round",
  },

  // 15. TTX vs curare.
  {
    id: "ttx-epp-remains",
    type: 15,
    level: "College",
    prompt:
      "Tetrodotoxin (TTX) is applied only to the muscle. A nerve impulse arrives. What does the end-plate recording show?",
    choices: [
      "No EPP and no AP",
      "A small EPP and no AP",
      "A normal EPP and an AP, but no twitch",
      "A normal EPP but no action potential",
    ],
    answer: 3,
    explanation:
      "TTX blocks voltage-gated Na+ channels, not nicotinic receptors. ACh release and the end-plate current are untouched, so the EPP is full size (≈ 38 mV in the model), but without Nav channels it cannot become an AP, so there is no twitch.",
    scenarios: ["tetrodotoxin"],
    moment: "before-impulse",
  },
  {
    id: "curare-vs-ttx-epp",
    type: 15,
    level: "College",
    prompt: "Curare and TTX on the muscle both prevent the twitch. Which observation tells you the drug is curare?",
    choices: [
      "The EPP and the MEPPs are much smaller than normal",
      "The EPP is normal but there is no AP",
      "MEPPs are absent",
      "The membrane is depolarised at rest",
    ],
    answer: 0,
    explanation:
      "Curare occupies ACh binding sites, so each quantum and each impulse opens fewer receptors: MEPPs and the EPP shrink and the EPP stays below threshold. TTX leaves the EPP full size (≈ 38 mV) but blocks the Na+ channels that would turn it into an AP.",
    scenarios: ["curare", "tetrodotoxin"],
    moment: "after-round",
  },
  {
    id: "ttx-neostigmine-no-rescue",
    type: 15,
    level: "USMLE",
    prompt: "Would neostigmine bring back the twitch in a muscle treated with tetrodotoxin?",
    choices: [
      "Yes: a larger EPP always reaches threshold",
      "No: without Na+ channels, no EPP can start an action potential",
      "Yes: neostigmine unblocks Na+ channels",
      "No: neostigmine stops ACh release",
    ],
    answer: 1,
    explanation:
      "Neostigmine enlarges and prolongs the EPP by slowing ACh breakdown. That rescues curare, where the problem is a too-small EPP. Under TTX the EPP is already normal: the missing part is the voltage-gated Na+ current, and no EPP, however big, can replace it.",
    scenarios: ["tetrodotoxin"],
    moment: "after-round",
  },

  // 16. Organophosphate poisoning.
  {
    id: "organophosphate-epc",
    type: 16,
    level: "College",
    prompt:
      "An organophosphate irreversibly inhibits all AChE. How is ACh removed from the cleft, and what happens to the end-plate current?",
    choices: [
      "By diffusion only; the current decays many times more slowly",
      "By reuptake into the nerve; the current is unchanged",
      "By the Na+/K+ pump; the current shrinks",
      "It is not removed; the current never ends",
    ],
    answer: 0,
    explanation:
      "Without AChE, ACh leaves only by diffusing away, and on its way out it keeps rebinding receptors. In the model the decay time constant goes from ≈ 1.1 ms to ≈ 13 ms and the EPP grows.",
    scenarios: ["organophosphate"],
    moment: "before-impulse",
  },
  {
    id: "organophosphate-weakness",
    type: 16,
    level: "USMLE",
    prompt:
      "A farm worker exposed to an organophosphate has fasciculations followed by flaccid weakness. What explains the weakness?",
    choices: [
      "Antibodies against the nicotinic receptor",
      "Block of ACh release",
      "ACh accumulates, the end plate stays depolarised and Na+ channels inactivate",
      "Loss of Na+ channels in the motor axon",
    ],
    answer: 2,
    explanation:
      "ACh that cannot be hydrolysed keeps receptors open. Single impulses give extra firing (fasciculations), but with repeated firing the end plate stays depolarised (≈ −54 mV at 50 Hz in the model), Na+ channels inactivate and transmission fails: a depolarising block.",
    scenarios: ["organophosphate"],
    moment: "after-round",
  },

  // 17. The excitation–contraction sequence and which step fails.
  {
    id: "ecc-sequence",
    type: 17,
    level: "AP Biology",
    prompt: "Put the steps after the muscle action potential in order.",
    choices: [
      "SR releases Ca2+ → t-tubule sensor → troponin → cross-bridges",
      "t-tubule sensor → SR releases Ca2+ → Ca2+ binds troponin → cross-bridges",
      "Ca2+ binds troponin → t-tubule sensor → SR releases Ca2+ → cross-bridges",
      "Cross-bridges → Ca2+ binds troponin → SR releases Ca2+",
    ],
    answer: 1,
    explanation:
      "The AP runs into the t-tubules, where voltage sensors (DHPRs) open ryanodine receptors in the SR. Ca2+ rises from ≈ 0.05 to ≈ 11 µM, binds troponin C, tropomyosin moves, and myosin cross-bridges attach and pull. The twitch peaks ≈ 10–15 ms after the AP.",
    scenarios: [],
    moment: "any",
  },
  {
    id: "ecc-dantrolene",
    type: 17,
    level: "USMLE",
    prompt:
      "Dantrolene blocks the ryanodine receptor (the SR Ca2+ release channel). After a nerve impulse, what do you expect?",
    choices: [
      "No EPP",
      "An EPP but no muscle action potential",
      "A normal EPP and muscle AP, but little or no twitch",
      "A larger twitch",
    ],
    answer: 2,
    explanation:
      "Everything up to the muscle AP is untouched: release, EPP and AP are normal. The failing step is SR Ca2+ release, so cytoplasmic Ca2+ barely rises from ≈ 0.05 µM, troponin stays free and cross-bridges do not attach: excitation without contraction.",
    scenarios: [],
    moment: "any",
  },
  {
    id: "serca-relaxation",
    type: 17,
    level: "AP Biology",
    prompt: "In the game, the SERCA pump player stops pumping. What happens after each twitch?",
    choices: [
      "The muscle cannot fire another AP",
      "The muscle relaxes slowly because Ca2+ stays high in the cytoplasm",
      "The twitch becomes smaller and faster",
      "The resting potential becomes positive",
    ],
    answer: 1,
    explanation:
      "Relaxation needs Ca2+ to be pumped back into the SR (2 Ca2+ per ATP). If SERCA slows, cytoplasmic Ca2+ stays above its resting ≈ 0.05–0.1 µM, troponin keeps Ca2+ bound and cross-bridges keep cycling: force decays slowly.",
    scenarios: [],
    moment: "any",
  },

  // 18. Twitch vs tetanus.
  {
    id: "tetanus-frequency",
    type: 18,
    level: "AP Biology",
    prompt: "The motor neuron fires at 5 Hz and then at 80 Hz. How does muscle force change?",
    choices: [
      "Separate twitches at 5 Hz; at 80 Hz they fuse into a much stronger tetanus",
      "Force is the same at both rates",
      "At 80 Hz the muscle cannot contract at all",
      "At 80 Hz each twitch becomes smaller",
    ],
    answer: 0,
    explanation:
      "At 5 Hz (200 ms apart) each twitch relaxes before the next. At 80 Hz (12.5 ms apart) Ca2+ stays high and force fuses: in the model a twitch reaches ≈ 0.24 of maximal tetanic force, while 80 Hz holds above ≈ 0.6.",
    scenarios: ["control"],
    moment: "before-round",
  },
  {
    id: "twitch-tetanus-ratio",
    type: 18,
    level: "College",
    prompt: "A single twitch reaches only 20–30 % of maximal tetanic force. Why?",
    choices: [
      "Only 20–30 % of the fibres fire on a single impulse",
      "One AP releases too little ACh",
      "One brief Ca2+ transient is removed before the cross-bridges are fully active",
      "The muscle AP is smaller during a twitch",
    ],
    answer: 2,
    explanation:
      "After one AP the SR releases Ca2+ for only a few ms, and SERCA and parvalbumin take it back up, so cross-bridges never reach full activation (twitch:tetanus ≈ 0.24 in the model). Repeated APs keep Ca2+ up long enough for force to reach its maximum.",
    scenarios: ["control"],
    moment: "after-round",
  },
  {
    id: "tetanus-one-ap-each",
    type: 18,
    level: "College",
    prompt: "During a fused tetanus at 80 Hz, what does the muscle membrane do?",
    choices: [
      "It stays depolarised for the whole tetanus",
      "It fires one all-or-none action potential for each nerve impulse",
      "It fires a single long action potential",
      "It fires only on the first impulse",
    ],
    answer: 1,
    explanation:
      "Fusion happens in the force, not in the membrane. Each impulse 12.5 ms apart gives one brief AP (≈ 2 ms) with full recovery in between; each AP releases a new pulse of Ca2+ before the force from the last one has decayed.",
    scenarios: ["control"],
    moment: "before-impulse",
  },

  // 19. Amplification.
  {
    id: "amplification-vesicles",
    type: 19,
    level: "AP Biology",
    prompt:
      "About how many synaptic vesicles does one nerve action potential release at a mammalian neuromuscular junction?",
    choices: ["1", "About 50", "About 5,000", "About 1 million"],
    answer: 1,
    explanation:
      "The quantal content is ≈ 40–60 vesicles per impulse (≈ 55 in the model), each carrying ≈ 6,000–10,000 ACh molecules. That is why a single nerve impulse reliably fires the muscle.",
    scenarios: [],
    moment: "before-impulse",
  },
  {
    id: "amplification-channels",
    type: 19,
    level: "College",
    prompt:
      "One nerve impulse releases ≈ 55 vesicles of ≈ 7,000 ACh each. About how many nicotinic channels are open at the peak of the end-plate current?",
    choices: [
      "About 55, one per vesicle",
      "About 350",
      "Tens of thousands (≈ 35,000 in the model, up to ≈ 10^5)",
      "All ≈ 4 × 10^7 receptors of the end plate",
    ],
    answer: 2,
    explanation:
      "Each quantum floods a small patch of ≈ 2,500 receptors and opens several hundred of them, so ≈ 55 quanta open ≈ 35,000 channels (textbooks: ≈ 10^5). That is a small fraction of the ≈ 4 × 10^7 receptors, but enough for a ≈ 38 mV EPP.",
    scenarios: ["control"],
    moment: "after-round",
  },

  // 20. Quantal content = EPP / MEPP.
  {
    id: "quantal-content-calc",
    type: 20,
    level: "College",
    prompt:
      "With the muscle's Na+ channels blocked, the EPP is 40 mV and the average MEPP is 0.8 mV. What is the quantal content (ignoring nonlinear summation)?",
    choices: ["About 0.02", "About 32", "About 50", "About 320"],
    answer: 2,
    explanation:
      "Quantal content m = EPP ÷ MEPP = 40 ÷ 0.8 = 50 quanta, inside the normal 40–60. (Large EPPs slightly underestimate m, because the driving force shrinks as the membrane depolarises toward the reversal potential near 0 mV.)",
    scenarios: ["tetrodotoxin", "control"],
    moment: "after-round",
  },
  {
    id: "quantal-content-low-calcium",
    type: 20,
    level: "USMLE",
    prompt:
      "In low-Ca2+ solution the EPP averages 2.4 mV and MEPPs average 0.8 mV. What is the quantal content, and is the defect pre- or postsynaptic?",
    choices: ["3; presynaptic", "3; postsynaptic", "30; presynaptic", "0.3; postsynaptic"],
    answer: 0,
    explanation:
      "m = 2.4 ÷ 0.8 = 3 quanta instead of 40–60. MEPP size is normal, so the receptors are fine: the defect is in release, which falls with about the 4th power of Ca2+ entry (≈ 3 quanta at 0.5 mM Ca2+ in the model).",
    scenarios: ["low-calcium"],
    moment: "after-round",
  },

  // 21. Design an experiment to tell a pre- from a post-synaptic toxin.
  {
    id: "experiment-apply-ach",
    type: 21,
    level: "USMLE",
    prompt:
      "An unknown toxin abolishes the EPP. You apply ACh directly onto the end plate and it depolarises normally. Where does the toxin act?",
    choices: ["On the nicotinic receptors", "On the muscle Na+ channels", "Presynaptically, on ACh release", "On AChE"],
    answer: 2,
    explanation:
      "Applied ACh bypasses the nerve terminal. A normal response shows the receptors and the end plate work, so the block is before the cleft: release (like botulinum) or Ca2+ entry. A receptor blocker such as curare would shrink the response to applied ACh as well.",
    scenarios: ["botulinum", "curare"],
    moment: "after-round",
  },
  {
    id: "experiment-record-mepps",
    type: 21,
    level: "College",
    prompt:
      "To tell a presynaptic toxin from a postsynaptic one without adding any drug, what is the most useful thing to record at the end plate?",
    choices: [
      "The muscle's twitch force",
      "The speed of the motor nerve",
      "The resting potential of the nerve",
      "Spontaneous MEPPs: their size and their frequency",
    ],
    answer: 3,
    explanation:
      "Each MEPP is one vesicle's worth of ACh on the receptors (≈ 0.8 mV, ≈ 1 per second). Smaller MEPPs at a normal rate point to the receptors (postsynaptic); absent or rare MEPPs of normal size point to release (presynaptic). Twitch force cannot tell the two apart.",
    scenarios: ["botulinum", "curare", "myasthenia-gravis", "lambert-eaton"],
    moment: "before-round",
  },

  // 22. Why one AP barely changes concentrations.
  {
    id: "one-ap-concentrations",
    type: 22,
    level: "College",
    prompt:
      "One muscle action potential lets Na+ into the fibre. By roughly how much does [Na+] inside (≈ 12 mM) rise?",
    choices: ["By about 12 mM (it doubles)", "By about 1 mM", "By about 0.002 mM", "By about 145 mM"],
    answer: 2,
    explanation:
      "Charging the membrane by ≈ 100 mV moves only ≈ 7,500 ions per µm² (C·ΔV), a tiny amount next to the ions in the fibre's volume. In the model one AP raises [Na+]i by ≈ 0.002 mM: the gradients barely move, which is why thousands of APs can fire before they run down.",
    scenarios: [],
    moment: "after-round",
  },
  {
    id: "ouabain-still-fires",
    type: 22,
    level: "College",
    prompt:
      "With every Na+/K+ pump blocked by ouabain, the muscle still fires a long train of normal action potentials. How is that possible?",
    choices: [
      "Each AP moves so few ions that the gradients take many APs to run down",
      "Ouabain also blocks the Na+ channels, so no Na+ enters",
      "The Na+/K+ pump is what makes the action potential",
      "K+ channels pump Na+ out instead",
    ],
    answer: 0,
    explanation:
      "APs run on gradients that already exist, not on ATP spent during the spike. One AP changes [Na+]i by only ≈ 0.002 mM, so a train of hundreds of APs barely dents 12 mM inside vs 145 mM outside. The pump matters over minutes, not milliseconds.",
    scenarios: ["ouabain"],
    moment: "after-round",
  },
];

const BY_ID = new Map<string, Question>(QUESTIONS.map((q) => [q.id, q]));

export function questionById(id: string): Question | undefined {
  return BY_ID.get(id);
}

/**
 * Questions for a round with these scenarios: those tagged with any of them first (bank order), then the
 * general ones (tagged with no scenario). Questions tagged only for other scenarios are left out.
 */
export function questionsFor(scenarioIds: readonly string[]): Question[] {
  const relevant = QUESTIONS.filter((q) => q.scenarios.some((s) => scenarioIds.includes(s)));
  const general = QUESTIONS.filter((q) => q.scenarios.length === 0);
  return [...relevant, ...general];
}
