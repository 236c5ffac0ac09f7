// Team-challenge presets on the motor neuron: summation in space and in time, an IPSP's veto, the knee-jerk with
// Renshaw feedback, and a mystery of spasm or paralysis. Every all-bot outcome stated here is checked against the
// engine in test/shared/game/neuronChallenges.test.ts.
import type { Challenge } from "./challenge";

export const NEURON_CHALLENGES: readonly Challenge[] = [
  {
    id: "summation-in-space",
    name: "Fire the motor neuron: summation in space",
    summary: "Each volley brings just four EPSPs at once: release together so the motor neuron fires, three times.",
    teacherNotes:
      "Each volley fires four excitatory synapses at once; each EPSP is ≈ 2.5 mV, so only all four together lift the soma from −70 mV to threshold (≈ −55 mV). Bots always fire. If the excitatory synapse players miss and only two or three EPSPs sum, the soma stays below threshold: no spike, no twitch. Discuss spatial summation, graded PSPs vs the all-or-none spike, and why a motor neuron needs many inputs at once.",
    scenarios: [{ id: "control", level: 0 }],
    goal: { kind: "twitches", count: 3, input: { hz: 2, excitatory: 4 } },
    mode: "class",
    mystery: false,
    questionIds: ["neuron-spatial-summation", "neuron-threshold-all-or-none"],
    roundLimitMs: 2000,
  },
  {
    id: "summation-in-time",
    name: "Fire the motor neuron: summation in time",
    summary: "Each volley comes as two pairs of EPSPs 2 ms apart: the second must arrive before the first fades.",
    teacherNotes:
      "Two EPSPs alone never reach threshold; two more 2 ms later ride on the first pair's decaying EPSP and sum to threshold, so bots fire every volley (in this model pairs 4 ms or more apart no longer reach threshold). If either half is missed, the motor neuron stays silent. Compare with summation in space (all four at once). Discuss the membrane time constant and why a fast afferent burst can fire a neuron that single impulses cannot.",
    scenarios: [{ id: "control", level: 0 }],
    goal: { kind: "twitches", count: 3, input: { hz: 2, excitatory: 4, pairMs: 2 } },
    mode: "class",
    mystery: false,
    questionIds: ["neuron-temporal-summation", "neuron-spatial-summation"],
    roundLimitMs: 2000,
  },
  {
    id: "ipsp-veto",
    name: "One IPSP vetoes",
    summary: "Five EPSPs arrive with every volley: hold the motor neuron back with glycine, four volleys in a row.",
    teacherNotes:
      "Five coincident EPSPs fire the motor neuron on their own; two coincident glycinergic IPSPs (Cl−, E ≈ −80 mV) pull the soma down and shunt the EPSPs, so bots keep it below threshold through all four volleys. If the inhibitory synapse players miss, the neuron fires and the muscle twitches: the goal is lost. Discuss EPSP vs IPSP, shunting inhibition, and reciprocal inhibition of antagonist muscles.",
    scenarios: [{ id: "control", level: 0 }],
    goal: { kind: "veto", volleys: 4 },
    mode: "class",
    mystery: false,
    questionIds: ["neuron-ipsp-veto", "neuron-ipsp-reversal", "neuron-shunting-inhibition"],
    roundLimitMs: 2500,
  },
  {
    id: "patellar-reflex",
    name: "The knee-jerk",
    summary: "Tap the patellar tendon: the spindle's Ia volley must fire the motor neuron and twitch the quadriceps.",
    teacherNotes:
      "A tap stretches the muscle spindle; its Ia afferents fire a synchronous volley (eight EPSPs here) onto the motor neuron, which fires once; the impulse jumps node to node down the axon (≈ 60 m/s) and the muscle twitches — the monosynaptic stretch reflex. Each spike also excites Renshaw cells, whose IPSP follows ≈ 1.5 ms later (recurrent inhibition). Three taps, 0.5 s apart. Discuss the reflex arc, conduction time, and Renshaw feedback.",
    scenarios: [{ id: "control", level: 0 }],
    goal: { kind: "twitches", count: 3, input: { hz: 2, maxVolleys: 3, excitatory: 8, renshaw: 2 } },
    mode: "class",
    mystery: false,
    questionIds: ["neuron-saltatory-conduction", "neuron-ions-of-the-spike", "neuron-undershoot"],
    roundLimitMs: 2000,
  },
  {
    id: "spasm-or-paralysis",
    name: "Spasm or paralysis?",
    summary: "Hold the motor neuron back as in “One IPSP vetoes” — but something is wrong: diagnose the toxin.",
    teacherNotes:
      "Mystery: strychnine (blocks glycine receptors), tetanus toxin (stops glycine release) or botulinum toxin (stops ACh release), at full effect. Strychnine and tetanus toxin remove the IPSP: the neuron fires every volley, the muscle twitches (spasm); in this model the two look alike, so either answer counts. Botulinum leaves the veto intact but the junction is silent: no MEPPs in the model (a poisoned junction keeps a rare few), and your nerve stimulus gives no twitch (flaccid paralysis).",
    scenarios: [{ id: "strychnine", level: 1 }],
    goal: { kind: "veto", volleys: 4 },
    mode: "teams",
    teamCount: 3,
    mystery: true,
    mysteryChoices: ["strychnine", "tetanus-toxin", "botulinum"],
    questionIds: ["neuron-strychnine", "neuron-tetanus-vs-botulinum", "neuron-toxin-experiment"],
    roundLimitMs: 2500,
  },
];
