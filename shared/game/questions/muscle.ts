// Question bank, part: From AP to force, amplification, quantal content, experiment design, concentrations (types 17–22).
// Numbers match the reference values in docs/physiology-sources.md and the model (docs/model.md).
import type { Question } from "./types";

export const MUSCLE: readonly Question[] = [
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
      "A normal EPP and muscle AP, but a much smaller twitch",
      "A larger twitch",
    ],
    answer: 2,
    explanation:
      "Everything up to the muscle AP is untouched: release, EPP and AP are normal. The failing step is SR Ca2+ release: less Ca2+ reaches troponin, fewer cross-bridges attach, and the twitch is much smaller (excitation–contraction uncoupling). Dantrolene inhibits RyR1 only partly, so muscle is weakened, not paralysed; a full block of the release channel would give excitation without contraction.",
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
      "Fusion happens in the force, not in the membrane. Each impulse 12.5 ms apart gives one brief AP (≈ 2 ms), and the membrane is back at rest in between; each AP releases a new pulse of Ca2+ before the force from the last one has decayed.",
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
      "Each quantum floods a small patch of receptors; in the model (≈ 2,500 receptors per patch) it opens several hundred of them, so ≈ 55 quanta open ≈ 35,000 channels. Measured, one quantum opens ≈ 1,000–2,000 channels (Katz & Miledi 1972), hence the textbooks' ≈ 10^5 per impulse. That is a small fraction of the ≈ 4 × 10^7 receptors, but enough for a ≈ 38 mV EPP.",
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
      "Quantal content m = EPP ÷ MEPP = 40 ÷ 0.8 = 50 quanta, inside the normal 40–60. (Large EPPs underestimate m, because the driving force shrinks as the membrane depolarises toward the reversal potential near 0 mV: in the model EPP ÷ MEPP gives 42 for 52 quanta released, ≈ 20 % low.)",
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
      "Each MEPP is one vesicle's worth of ACh on the receptors (≈ 0.9 mV in the model, ≈ 1 per second). Smaller MEPPs at a normal rate point to the receptors (postsynaptic); absent or rare MEPPs of normal size point to release (presynaptic). Twitch force cannot tell the two apart.",
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
      "Charging 1 µF/cm² of membrane by ≈ 130 mV takes only ≈ 8,000 ions per µm² (C·ΔV), a tiny amount next to the ions in the fibre's volume. In the model one AP lets in about twice that (Na+ and K+ currents overlap) and raises [Na+]i by ≈ 0.002 mM: the gradients barely move, which is why thousands of APs can fire before they run down.",
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
