// Question bank, part: Transmission at the junction: graded EPP, safety factor, release and quanta (types 7–10).
// Numbers match the reference values in docs/physiology-sources.md and the model (docs/model.md).
import type { Question } from "./types";

export const TRANSMISSION: readonly Question[] = [
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
      "The EPP is graded: its size follows how many receptors open (a MEPP ≈ 0.9 mV, ≈ 38 mV for ≈ 55 quanta in the model). The AP is all-or-none: once threshold is crossed, Na+ channels drive it to ≈ +47 mV regardless of how big the trigger was.",
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
      "Both the evoked EPP (≈ 55 quanta) and the spontaneous MEPPs (≈ 1 per second) need vesicle fusion: the EPP fails and MEPPs become rare (more than 90 % fewer in poisoned muscle, Kim et al. 1984; none in the model). The receptors are still fine: ACh applied directly would still depolarise the end plate. A normal EPP with no AP is tetrodotoxin; small MEPPs point to the receptors.",
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
      "One MEPP is the response to one vesicle (≈ 7,000 ACh). A normal MEPP rate means vesicles fuse normally; a smaller MEPP (≈ 0.45 instead of ≈ 0.9 mV in the model with 60 % of AChRs lost) means each quantum opens fewer channels, as in myasthenia gravis or with curare.",
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
      "Release rises with about the 4th power of Ca2+ entry (Dodge & Rahamimoff), so a modest drop in entry cuts quantal content several-fold (in the model ≈ 55 → ≈ 16 quanta at 1 mM, and the EPP falls below threshold). Each vesicle still holds the same ACh, so MEPPs stay ≈ 0.9 mV.",
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
];
