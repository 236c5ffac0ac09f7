// Team-challenge presets: scenario, goal and round length, with notes for the teacher on what each teaches and
// what students can change. Every all-bot outcome stated here is checked against the engine in the tests.
import type { Challenge } from "./challenge";
import { NEURON_CHALLENGES } from "./neuronChallenges";

export type { Challenge } from "./challenge";

const JUNCTION_CHALLENGES: readonly Challenge[] = [
  {
    id: "fire-through-curare",
    name: "Fire the muscle through curare",
    summary: "Half the ACh binding sites are blocked by curare: make the muscle twitch three times anyway.",
    teacherNotes:
      "Curare 0.5 leaves 25 % of receptors able to bind two ACh; with bots the EPP stays below threshold, no twitch. Rescues: the AChE player holds back (ACh lingers, like neostigmine), or the excitatory synapses drive the motor neuron in a fast burst (≈ 100 Hz): residual Ca2+ lifts the first few impulses over threshold, then the tetanus fades (curare also blocks the terminal's autoreceptors that keep vesicles coming). Discuss competitive antagonism, fade, and neostigmine.",
    scenarios: [{ id: "curare", level: 0.5 }],
    goal: { kind: "twitches", count: 3 },
    mode: "teams",
    teamCount: 4,
    mystery: false,
    questionIds: ["two-ach-curare-squared", "idle-ache-player", "neostigmine-curare-vs-sux"],
    roundLimitMs: 1000,
  },
  {
    id: "tetanus-race",
    name: "Tetanus race",
    summary: "Healthy junction: be the first team to hold a fused tetanus above 60 % of maximal force for 200 ms.",
    teacherNotes:
      "Control junction. Single twitches reach only ≈ 0.24 of maximal force; a fast rhythm summates them. Bots fire at 80 Hz and win in ≈ 240 ms; excitatory synapses driving the motor neuron at 60 Hz or slower never hold 60 % (ripples), 80–100 Hz do. Discuss twitch vs tetanus, why force summates while each AP stays separate (refractory period), and how the Ca2+ transient is kept up.",
    scenarios: [{ id: "control", level: 0 }],
    goal: { kind: "tetanus", forceFraction: 0.6, holdMs: 200 },
    mode: "teams",
    teamCount: 4,
    mystery: false,
    questionIds: ["tetanus-frequency", "force-summates-aps-do-not", "tetanus-one-ap-each"],
    roundLimitMs: 1500,
  },
  {
    id: "rescue-myasthenic-junction",
    name: "Rescue the myasthenic junction",
    summary: "70 % of the ACh receptors are gone: get five twitches out of this junction.",
    teacherNotes:
      "Myasthenia gravis at 0.7: MEPPs are small and the safety factor is low. Played by bots at 5 Hz the first twitch or two succeed, then transmission fails as release runs down (the clinical decrement). Rescue: the AChE player holds back, as pyridostigmine does in patients; ACh lingers and reopens the remaining receptors. Discuss fatigable weakness, the 3 Hz decrement, and why MEPPs are small.",
    scenarios: [{ id: "myasthenia-gravis", level: 0.7 }],
    goal: { kind: "twitches", count: 5 },
    mode: "class",
    mystery: false,
    questionIds: ["safety-factor-mg-fatigue", "mg-3hz-decrement", "mepp-small-postsynaptic"],
    roundLimitMs: 2000,
  },
  {
    id: "lambert-eaton-warm-up",
    name: "Lambert–Eaton warm-up",
    summary: "Too few Ca2+ channels in the nerve terminal: find a way to get five twitches.",
    teacherNotes:
      "Lambert–Eaton at 0.3: ≈ 15 quanta per impulse instead of ≈ 55, MEPPs normal. Bots firing single impulses at 5 Hz never reach threshold. The excitatory synapses can warm the junction up: driving the motor neuron at ≈ 50 Hz, residual Ca2+ builds from impulse to impulse and release grows until the muscle fires (the increment after exercise). Holding back AChE also helps. Contrast with MG: presynaptic vs postsynaptic.",
    scenarios: [{ id: "lambert-eaton", level: 0.3 }],
    goal: { kind: "twitches", count: 5 },
    mode: "teams",
    teamCount: 3,
    mystery: false,
    questionIds: ["lems-high-rate-increment", "mg-vs-lems-mepp", "mepp-normal-few-quanta"],
    roundLimitMs: 1500,
  },
  {
    id: "low-calcium-day",
    name: "Low calcium day",
    summary: "The bath has only 1 mM Ca2+ instead of 2 mM: make the muscle twitch three times.",
    teacherNotes:
      "Release depends on about the 4th power of Ca2+ entry: halving bath Ca2+ cuts release from ≈ 55 to ≈ 16 quanta, below threshold, so bots at 5 Hz fail. MEPP size is unchanged. Rescues: a fast nerve rhythm (≈ 50 Hz) lets residual Ca2+ facilitate release, or the AChE player holds back. Discuss quantal content = EPP ÷ MEPP, and Mg2+ competing with Ca2+.",
    scenarios: [{ id: "low-calcium", level: 1 }],
    goal: { kind: "twitches", count: 3 },
    mode: "teams",
    teamCount: 2,
    mystery: false,
    questionIds: ["low-calcium-release", "quantal-content-low-calcium", "magnesium-competes"],
    roundLimitMs: 1000,
  },
  {
    id: "bring-it-back-to-rest",
    name: "Bring it back to rest",
    summary:
      "Every Na+/K+ pump is blocked by ouabain: fire a train of 20 impulses, then get the membrane back to rest.",
    teacherNotes:
      "Ouabain removes the pump's small outward current (≈ 1 mV) but the fibre still fires and repolarises after every AP: bots complete the train and return to within 2 mV of rest. Repolarisation is Na+ inactivation plus K+ and Cl− currents, not the pump; one AP moves [Na+]i by only ≈ 0.002 mM. Discuss what the pump is for (gradients over minutes) and what the K+ and Kv players contribute instead.",
    scenarios: [{ id: "ouabain", level: 1 }],
    goal: { kind: "restore", trainImpulses: 20, toleranceMv: 2 },
    mode: "class",
    mystery: false,
    questionIds: ["ouabain-still-fires", "ions-repolarisation", "one-ap-concentrations"],
    roundLimitMs: 2000,
  },
  {
    id: "safety-margin",
    name: "Half the receptors, still firing",
    summary: "Curare blocks 30 % of the binding sites: does the muscle still twitch five times?",
    teacherNotes:
      "Curare 0.3 leaves ≈ half the receptors (0.7² ≈ 0.49) able to open, yet bots still get every twitch: the EPP (≈ 38 mV) is ≈ 2.3× the depolarisation needed, so it can lose half and still fire. Compare with curare 0.5 (the “Fire the muscle through curare” challenge), which fails. Discuss safety factor (2–5), graded EPP vs all-or-none AP, and why ≈ 70 % of receptors must be blocked before transmission fails.",
    scenarios: [{ id: "curare", level: 0.3 }],
    goal: { kind: "twitches", count: 5 },
    mode: "class",
    mystery: false,
    questionIds: ["safety-factor-meaning", "graded-epp"],
    roundLimitMs: 1500,
  },
  {
    id: "find-the-toxin",
    name: "Find the toxin",
    summary: "Something has paralysed your junction: watch the traces and diagnose the toxin.",
    teacherNotes:
      "Mystery: one of curare, botulinum, TTX or succinylcholine is drawn each round at its default level; none lets the bots twitch. Clues: curare = small EPP and MEPPs; botulinum = no EPP, no MEPPs (in the model; poisoned muscle keeps a few); TTX = full EPP, no AP; succinylcholine = end plate held near −46 mV. Fallback without a draw: curare 0.5. Discuss receptor vs release vs Na+ channel block, and depolarising vs competitive block.",
    scenarios: [{ id: "curare", level: 0.5 }],
    goal: { kind: "twitches", count: 3 },
    mode: "teams",
    teamCount: 4,
    mystery: true,
    mysteryChoices: ["curare", "botulinum", "tetrodotoxin", "succinylcholine"],
    questionIds: ["curare-vs-ttx-epp", "sux-vs-curare-rest", "experiment-record-mepps"],
    roundLimitMs: 1500,
  },
  {
    id: "pre-or-post",
    name: "Pre- or postsynaptic?",
    summary:
      "This junction is sick: use MEPPs and nerve rhythms to find out whether the problem is before or after the cleft.",
    teacherNotes:
      "Mystery: myasthenia gravis, Lambert–Eaton, high Mg2+ or curare at default levels. Small MEPPs point after the cleft (MG, curare); normal MEPPs with weak EPPs point before it (LEMS, Mg2+). Let the excitatory synapses try 3 Hz and 50 Hz: MG decrements, LEMS increments. Fallback without a draw: myasthenia gravis 0.6. Discuss the MEPP as a test of the receptors.",
    scenarios: [{ id: "myasthenia-gravis", level: 0.6 }],
    goal: { kind: "twitches", count: 10 },
    mode: "teams",
    teamCount: 3,
    mystery: true,
    mysteryChoices: ["myasthenia-gravis", "lambert-eaton", "high-magnesium", "curare"],
    questionIds: ["mepp-small-postsynaptic", "mg-vs-lems-mepp", "experiment-record-mepps"],
    roundLimitMs: 3000,
  },
  {
    id: "check-the-bath",
    name: "Check the bath",
    summary: "Someone made up the bath solution wrong: diagnose which ion is off from what the junction does.",
    teacherNotes:
      "Mystery: high K+ (8 mM), low Ca2+ (0.5 mM), high Mg2+ (5 mM) or ouabain, at default levels. Clues: high K+ = resting potential ≈ −75 mV, weaker twitches; low Ca2+ = only ≈ 3 quanta; high Mg2+ = ≈ 20 quanta, normal rest; ouabain = rest ≈ 1 mV less negative, transmission normal. Fallback: hyperkalaemia 8 mM. Discuss Nernst and rest, and Ca2+/Mg2+ in release.",
    scenarios: [{ id: "hyperkalaemia", level: 8 }],
    goal: { kind: "twitches", count: 3 },
    mode: "teams",
    teamCount: 2,
    mystery: true,
    mysteryChoices: ["hyperkalaemia", "low-calcium", "high-magnesium", "ouabain"],
    questionIds: ["hyperkalaemia-rest", "low-calcium-release", "ouabain-first-seconds"],
    roundLimitMs: 1500,
  },
];

/** The junction's challenges, then the motor neuron's (neuronChallenges.ts). */
export const CHALLENGES: readonly Challenge[] = [...JUNCTION_CHALLENGES, ...NEURON_CHALLENGES];

const BY_ID = new Map<string, Challenge>(CHALLENGES.map((c) => [c.id, c]));

export function challengeById(id: string): Challenge | undefined {
  return BY_ID.get(id);
}
