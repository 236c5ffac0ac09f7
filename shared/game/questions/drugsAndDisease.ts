// Question bank, part: Refractoriness, myasthenia vs Lambert–Eaton, blockers, hyperkalaemia, toxins (types 11–16).
// Numbers match the reference values in docs/physiology-sources.md and the model (docs/model.md).
import type { Question } from "./types";

export const DRUGS_AND_DISEASE: readonly Question[] = [
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
      "During the absolute refractory period (2–4.6 ms in human muscle, ≈ 2 ms in the model) too few Na+ channels have recovered from inactivation (h gate shut), so no stimulus of any size can fire a second AP (in the model not even 10× threshold at 1.5 ms).",
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
      "After the absolute period (≈ 2 ms in the model) some Na+ channels have recovered but K+ channels are still open, so threshold is harder to reach. A stronger stimulus can fire a smaller AP. In the model threshold is ×3.8 at 2.5 ms, ×1.6 at 3 ms, ×1.2 at 4 ms and within 2 % of normal by 8 ms.",
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
      "In LEMS antibodies remove presynaptic Ca2+ channels, so each impulse releases few quanta (≈ 16 in the model). At high rates Ca2+ left from earlier impulses adds to the next, raising release: the CMAP increments (≈ 0.14 → 0.65 at 50 Hz in the model).",
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
      "LEMS is presynaptic: receptors are normal, so MEPPs are normal (≈ 0.9 mV in the model), but Ca2+ entry is low, so few quanta are released. MG is postsynaptic: fewer AChRs give small MEPPs with normal quantal content (40–60).",
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
      "Succinylcholine keeps the receptors open, holding the end plate near −46 mV in the model. Na+ channels inactivate and cannot recover while it stays depolarised, so impulses give no AP: depolarising (phase I) block. Within minutes in the model the receptors desensitise; the end plate repolarises, yet the block stays (phase II).",
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
      "Curare is a competitive antagonist: receptors are blocked, the end plate stays at rest (≈ −88 mV) and the EPP is small. Succinylcholine opens receptors and holds the end plate depolarised (≈ −46 mV in the model), inactivating Na+ channels — in phase I; once its receptors desensitise (minutes) the end plate repolarises.",
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
      "Curare competes with ACh for the sites, so letting ACh linger (AChE inhibited) tips the competition back and the EPP regains threshold. In a depolarising block the problem is depolarisation and inactivated Na+ channels, so more ACh cannot help; in patients it deepens it, partly because neostigmine also slows succinylcholine's breakdown, which the model leaves out.",
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
      "It becomes less negative (about −75 mV in the model), because E_K rises",
      "No change: the Na+/K+ pump fixes it",
      "It reverses to positive values",
    ],
    answer: 1,
    explanation:
      "E_K = 26.7 mV × ln(8/155) ≈ −79 mV instead of −95 mV. Cl− carries most of the resting conductance but redistributes to match within minutes, so rest follows E_K a few mV above it: ≈ −75 mV in the model at 8 mM, ≈ −67 mV at 10 mM.",
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
      "A depolarised fibre is nearer threshold, but its h gates (and, over seconds, slow inactivation) close. In the model the twitch survives 8 mM K+ (smaller AP), but at 10 mM (rest ≈ −67 mV, < 10 % of Na+ channels available) the AP fails: flaccid weakness (in the heart, arrhythmias).",
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
      "Unhydrolysed ACh keeps receptors open. In patients one impulse can fire the fibre repeatedly (fasciculations); the model does not show this (one AP per impulse). With repeated firing the end plate stays depolarised (≈ −55 mV at 50 Hz in the model), Na+ channels inactivate and transmission fails: a depolarising block.",
    scenarios: ["organophosphate"],
    moment: "after-round",
  },
];
