// Question bank, part: the motor neuron (issue 12) — PSPs and their summation, threshold, the spike's ions, refractory
// periods, the undershoot, myelin, why neuron and muscle rest apart, and the drugs and toxins that act on the neuron.
// Numbers match the model (docs/model.md, "The motor neuron"); test/shared/game/neuronQuestions.test.ts checks each.
import type { Question } from "./types";

export const NEURON: readonly Question[] = [
  // Summation, EPSPs and IPSPs (types 7, 6, 1).
  {
    id: "neuron-spatial-summation",
    type: 7,
    level: "AP Biology",
    prompt:
      "In the model one excitatory input on the motor neuron (a group of synapses) gives an EPSP of about 2.5 mV, far below threshold. What happens when four inputs fire at the same moment?",
    choices: [
      "Each gives its own 2.5 mV EPSP and nothing more",
      "The neuron fires four action potentials",
      "Their EPSPs add up to threshold and the neuron fires one action potential",
      "The potential creeps up to +40 mV without a spike",
    ],
    answer: 2,
    explanation:
      "EPSPs are graded and add (spatial summation: many synapses at once). In the model one input gives ≈ 2.5 mV; three together stay below threshold, four reach it (≈ 10 mV above the −70 mV rest) and fire one all-or-none AP. One Ia fibre in the body gives only ≈ 0.1 mV: hundreds must sum.",
    scenarios: [],
    moment: "before-impulse",
  },
  {
    id: "neuron-temporal-summation",
    type: 7,
    level: "College",
    prompt:
      "Five EPSPs from one excitatory input, 2 ms apart, fire the motor neuron. The same five EPSPs 10 ms apart do not. Why?",
    choices: [
      "Each EPSP lasts several ms, so at 2 ms intervals each adds to what is left of the last",
      "The input releases more transmitter at high rates",
      "At 10 ms intervals the neuron is refractory",
      "The 10 ms EPSPs are inhibitory",
    ],
    answer: 0,
    explanation:
      "Temporal summation: an EPSP decays with the membrane time constant (≈ 7 ms in the model, 4–10 ms in motoneurones). 2 ms later most of it is still there, so two EPSPs reach ≈ 1.9× one and five reach threshold; 10 ms apart each has largely decayed before the next arrives.",
    scenarios: [],
    moment: "before-impulse",
  },
  {
    id: "neuron-epsp-reversal",
    type: 6,
    level: "College",
    prompt:
      "The excitatory (glutamate) synapse opens channels that pass both Na+ and K+, with a reversal potential near 0 mV. What does one do to a motor neuron resting at −70 mV?",
    choices: [
      "K+ leaves and V falls toward −90 mV",
      "Net inward current, mostly Na+: V rises a few mV toward 0 mV (an EPSP)",
      "V jumps to 0 mV and stays there",
      "Nothing until a second synapse opens",
    ],
    answer: 1,
    explanation:
      "A channel pulls V toward its reversal potential. At −70 mV the driving force on the mixed cation channel is inward (−70 − 0 < 0): Na+ entry outweighs K+ exit and V rises ≈ 2.5 mV. The EPSP grows as the cell is held more negative and, extrapolated, vanishes near 0 mV, as at the end plate.",
    scenarios: [],
    moment: "any",
  },
  {
    id: "neuron-ipsp-reversal",
    type: 1,
    level: "College",
    prompt:
      "Glycine opens Cl− channels on the motor neuron; their reversal potential is about −80 mV. What does a glycinergic IPSP do at rest (−70 mV), and in a cell first held at −85 mV?",
    choices: [
      "Hyperpolarises in both cases",
      "Depolarises in both cases",
      "No change at −70 mV; hyperpolarises at −85 mV",
      "Hyperpolarises at −70 mV; depolarises slightly at −85 mV",
    ],
    answer: 3,
    explanation:
      "V moves toward the channel's reversal potential, ≈ −80 mV (Coombs, Eccles & Fatt 1955). From −70 mV that is down (an IPSP of ≈ 3 mV in the model); from −85 mV it is up. The IPSP reverses at −80 mV: it is inhibitory because it holds V away from threshold, not because it always hyperpolarises.",
    scenarios: [],
    moment: "any",
  },
  {
    id: "neuron-shunting-inhibition",
    type: 1,
    level: "USMLE",
    prompt:
      "A motor neuron is held at −80 mV, the reversal potential of its glycinergic IPSP, so an IPSP barely moves V. Does that IPSP still inhibit?",
    choices: [
      "No: an IPSP that does not hyperpolarise has no effect",
      "Yes: the open Cl− channels shunt, so a coincident EPSP is smaller",
      "Yes, because Cl− channels block the glutamate receptors",
      "No: at −80 mV glycine becomes excitatory",
    ],
    answer: 1,
    explanation:
      "Open Cl− channels add conductance that holds V near −80 mV: current from an excitatory synapse leaks out through them. In the model, at −80 mV three IPSPs move V by < 0.5 mV, yet a coincident EPSP shrinks from ≈ 5.5 to ≈ 4.4 mV. Shunting inhibition needs no hyperpolarisation.",
    scenarios: [],
    moment: "after-round",
  },
  {
    id: "neuron-ipsp-veto",
    type: 7,
    level: "AP Biology",
    prompt:
      "Five excitatory inputs firing together make the motor neuron fire. What happens if three inhibitory inputs (from Renshaw cells) fire 1 ms before them?",
    choices: [
      "The neuron fires, but later",
      "The neuron fires twice",
      "The EPSPs and IPSPs sum below threshold: no action potential, no twitch",
      "The IPSPs make the action potential smaller",
    ],
    answer: 2,
    explanation:
      "The soma sums every input, excitatory and inhibitory. In the model five EPSPs reach threshold (≈ −55 mV) and the muscle twitches; with three IPSPs just before, the sum stays below threshold and nothing happens downstream. An action potential is all-or-none: inhibition prevents it, never shrinks it.",
    scenarios: ["strychnine", "tetanus-toxin"],
    moment: "before-impulse",
  },

  // The spike: threshold, ions, undershoot, refractory periods (types 7, 3, 11).
  {
    id: "neuron-threshold-all-or-none",
    type: 7,
    level: "AP Biology",
    prompt: "Current pulses of rising strength are injected into a motor neuron resting at −70 mV. What do you record?",
    choices: [
      "Graded depolarisations, then, once V reaches about −55 mV, full-size action potentials",
      "Action potentials that grow with the current",
      "One action potential per pulse, however weak",
      "A depolarisation that rises smoothly to +40 mV",
    ],
    answer: 0,
    explanation:
      "Below threshold the response is graded. When V reaches ≈ −55 mV (−56 mV in the model for a long pulse), voltage-gated Na+ channels open faster than K+ can oppose them and the spike runs to ≈ +40 mV. A pulse 1.02×, 1.5× or 3× threshold gives the same spike: all-or-none.",
    scenarios: [],
    moment: "before-impulse",
  },
  {
    id: "neuron-ions-of-the-spike",
    type: 3,
    level: "AP Biology",
    prompt:
      "A ligand-gated channel lets cations into the motor neuron; V reaches threshold and voltage-gated channels open. Which ion enters to make the upstroke, and which leaves to repolarise?",
    choices: ["Ca2+ enters; Na+ leaves", "K+ enters; Na+ leaves", "Cl− enters; K+ leaves", "Na+ enters; K+ leaves"],
    answer: 3,
    explanation:
      "Voltage-gated Na+ channels open first: Na+ rushes in toward E_Na (+50 mV) and V overshoots to ≈ +40 mV. Then Na+ channels inactivate and voltage-gated K+ channels open: K+ flows out toward E_K (−90 mV) and V falls. Block the Na+ channels and no spike starts; block K+ channels and the AP broadens.",
    scenarios: ["tetrodotoxin-nerve", "4-aminopyridine"],
    moment: "before-impulse",
  },
  {
    id: "neuron-undershoot",
    type: 3,
    level: "College",
    prompt:
      "After its action potential the motor neuron falls to about −80 mV, below its −70 mV rest, and takes tens of ms to recover. What causes this undershoot?",
    choices: [
      "The Na+/K+ pump moving 3 Na+ out for 2 K+ in",
      "K+ channels that stay open after the spike pull V toward E_K (−90 mV)",
      "Cl− rushing in through glycine receptors",
      "Na+ channels opening a second time",
    ],
    answer: 1,
    explanation:
      "At rest Na+ leak keeps V above E_K. After the spike, K+ channels (in motoneurones mostly Ca2+-activated ones) stay open, so K+ dominates and V heads toward E_K = −90 mV: −80 mV at 3 ms in the model, −76 mV at 10 ms, back within 1 mV of rest after ≈ 65 ms (50–100 ms in fast motoneurones).",
    scenarios: [],
    moment: "after-round",
  },
  {
    id: "neuron-absolute-refractory",
    type: 11,
    level: "College",
    prompt:
      "The motor neuron has just fired. 1.5 ms later a stimulus 50 times its normal threshold is given. What happens?",
    choices: [
      "A second, full action potential",
      "A second, smaller action potential",
      "No second action potential: the neuron is absolutely refractory",
      "A second spike only if the stimulus lasts longer",
    ],
    answer: 2,
    explanation:
      "During and just after the spike most Na+ channels are inactivated; no stimulus can open them until their inactivation gates recover. In the model nothing fires a second spike within ≈ 1.8 ms, not even 50× threshold (textbook 1–2 ms); at 2.5 ms the same stimulus does.",
    scenarios: [],
    moment: "any",
  },
  {
    id: "neuron-relative-refractory",
    type: 11,
    level: "USMLE",
    prompt:
      "10 ms after a spike the motor neuron needs about twice the usual current to fire again, and by 100 ms it is back to normal. What sets this relative refractory period?",
    choices: [
      "Its Na+ channels are all still inactivated",
      "The neuron has run out of Na+",
      "K+ channels still open hold V below rest, so more charge is needed to reach threshold",
      "Glycine released by the spike itself",
    ],
    answer: 2,
    explanation:
      "After the absolute period, Na+ channels are available again, but the after-hyperpolarisation's K+ channels are still open: V sits below rest (−76 mV at 10 ms in the model) and the extra conductance opposes depolarisation. Threshold is ×2.7 at 3 ms, ×1.9 at 10 ms, ×1.04 at 100 ms. This sets a motoneurone's firing rate.",
    scenarios: [],
    moment: "after-round",
  },

  // Rest: the neuron against the muscle, and the pump (types 2, 4).
  {
    id: "neuron-rest-vs-muscle",
    type: 2,
    level: "College",
    prompt:
      "In this model the motor neuron rests at about −70 mV and the muscle fibre it drives at about −88 mV. Why the difference?",
    choices: [
      "The neuron has no K+ channels open at rest",
      "The neuron rests on K+ with some Na+ leak; the muscle mostly on Cl− and Kir channels",
      "The muscle's Na+/K+ pump works ten times harder",
      "The neuron rests closer to E_Na because it has more Na+ channels open at rest than K+",
    ],
    answer: 1,
    explanation:
      "Rest is the conductance-weighted average of the E_ions. In the model's neuron ≈ 16 % of the resting conductance is Na+ leak (E_Na +50 mV), the rest K+ (E_K −90 mV): ≈ −70 mV. The muscle's is dominated by Cl− (E_Cl at rest in the model) and inward-rectifier K+ (E_K ≈ −95 mV), with little Na+: ≈ −88 mV.",
    scenarios: [],
    moment: "before-round",
  },
  {
    id: "neuron-pump-role",
    type: 4,
    level: "College",
    prompt:
      "The motor neuron's Na+/K+ pump moves 3 Na+ out and 2 K+ in per ATP. What is its main contribution to the −70 mV resting potential?",
    choices: [
      "It builds and keeps the Na+ and K+ gradients; its own outward current adds only ≈ 2 mV",
      "It generates the whole −70 mV directly",
      "It pumps Cl− out to make the inside negative",
      "None: neurons have no Na+/K+ pump",
    ],
    answer: 0,
    explanation:
      "The resting potential comes from ions leaking down gradients the pump built (K+ out, some Na+ in). Being 3:2, the pump is electrogenic, but its net current is small: in the model 0.3 µA/cm² against ≈ 0.14 mS/cm² of resting conductance, ≈ 2 mV. Stopping it would move V by only ≈ 2 mV at once.",
    scenarios: [],
    moment: "any",
  },

  // The axon: myelin, saltatory conduction, demyelination (types 7, 17).
  {
    id: "neuron-saltatory-conduction",
    type: 7,
    level: "AP Biology",
    prompt:
      "The motor axon from the spinal cord to the muscle is 100 mm long and myelinated; its action potential jumps from node to node at about 60 m/s. How long does the impulse take to arrive?",
    choices: ["About 0.17 ms", "About 1.7 ms", "About 17 ms", "About 170 ms"],
    answer: 1,
    explanation:
      "100 mm ÷ 60 m/s = 0.1 m ÷ 60 m/s ≈ 1.7 ms. Myelin insulates the internodes, so the AP is regenerated, all-or-none, only at the nodes of Ranvier (≈ 20 µs per internode): saltatory conduction. Speed grows with diameter, ≈ 6 m/s per µm: the thickest α-motor axons of the cat reach ≈ 100–120 m/s, and human motor nerves conduct at ≈ 50–65 m/s; thin unmyelinated C fibres at ≈ 1 m/s.",
    scenarios: ["demyelination"],
    moment: "before-impulse",
  },
  {
    id: "neuron-demyelination",
    type: 17,
    level: "College",
    prompt:
      "In a demyelinating neuropathy the motor axon loses myelin. What happens to the impulse on its way to the muscle?",
    choices: [
      "It travels faster, as the axon is now bare",
      "Nothing changes: myelin only protects the axon",
      "It slows down and, when enough myelin is lost, fails: no release and no twitch",
      "It arrives on time but releases no ACh",
    ],
    answer: 2,
    explanation:
      "Without myelin each internode leaks and takes more charge, so the next node reaches threshold later. In the model half the myelin lost slows the axon from 60 to ≈ 52 m/s (the twitch is unchanged); 90 % lost, ≈ 29 m/s; from ≈ 97 % the impulse fails to reach the next node: conduction block.",
    scenarios: ["demyelination"],
    moment: "after-round",
  },

  // Drugs and toxins on the neuron (types 8, 21, 15, 10).
  {
    id: "neuron-strychnine",
    type: 8,
    level: "College",
    prompt:
      "Strychnine blocks glycine receptors. A volley of EPSPs that Renshaw-cell IPSPs would normally veto arrives at a motor neuron poisoned with strychnine. What happens?",
    choices: [
      "The motor neuron fires: its inhibition is gone and excitation goes unopposed",
      "The motor neuron cannot fire at all",
      "The EPSPs become smaller",
      "The muscle's end plate stops responding to ACh",
    ],
    answer: 0,
    explanation:
      "Strychnine leaves the EPSPs exactly as they were but abolishes the glycinergic IPSP, so the volley that three IPSPs vetoed now fires the neuron and the muscle twitches. Motor neurons fire unchecked: muscle spasms and convulsions, while the neuromuscular junction itself is normal.",
    scenarios: ["strychnine"],
    moment: "after-round",
  },
  {
    id: "neuron-tetanus-vs-botulinum",
    type: 8,
    level: "USMLE",
    prompt:
      "Tetanus and botulinum toxins both cleave SNARE proteins and stop vesicle release. Why does tetanus toxin cause spastic paralysis and botulinum toxin flaccid paralysis?",
    choices: [
      "Tetanus toxin blocks nicotinic receptors; botulinum blocks AChE",
      "Tetanus toxin silences spinal inhibitory interneurons; botulinum the NMJ's ACh release",
      "Tetanus toxin acts on the muscle, botulinum on the brain",
      "Tetanus toxin releases more ACh; botulinum less",
    ],
    answer: 1,
    explanation:
      "Tetanus toxin travels back up the motor axon to the spinal cord and silences inhibitory interneurons: the motor neuron loses its IPSPs and fires unchecked. Botulinum toxin stays in the motor terminal: the neuron fires, but no ACh is released, no EPP, no twitch. In the model the TeNT junction releases ≈ 48 quanta, the botulinum one 0.",
    scenarios: ["tetanus-toxin", "botulinum"],
    moment: "after-round",
  },
  {
    id: "neuron-toxin-experiment",
    type: 21,
    level: "USMLE",
    prompt:
      "A patient's muscles are paralysed by tetanus toxin or by botulinum toxin. You stimulate the motor nerve electrically close to the muscle. Which result points to tetanus toxin?",
    choices: [
      "No twitch and no EPP",
      "A normal EPP but no muscle action potential",
      "Small MEPPs of normal frequency",
      "A normal EPP and a normal twitch",
    ],
    answer: 3,
    explanation:
      "Stimulating the nerve near the muscle bypasses the spinal cord. Tetanus toxin's block is in the cord (inhibitory interneurons), so the junction gives a normal EPP and twitch (≈ 48 quanta in the model). Botulinum blocks release in the terminal itself: 0 quanta, no EPP, no twitch, and MEPPs all but vanish (none in the model).",
    scenarios: ["tetanus-toxin", "botulinum", "strychnine"],
    moment: "before-round",
  },
  {
    id: "neuron-lidocaine",
    type: 15,
    level: "College",
    prompt:
      "Lidocaine blocks the nerve's voltage-gated Na+ channels. What happens to the motor axon with 30 % of them blocked, and with 70 %?",
    choices: [
      "30 %: nothing; 70 %: the AP is smaller but still releases ACh",
      "30 %: a higher threshold and slower conduction; 70 %: no impulse gets through, no twitch",
      "30 %: faster conduction; 70 %: repetitive firing",
      "Both block the nicotinic receptors of the end plate",
    ],
    answer: 1,
    explanation:
      "Fewer Na+ channels means less inward current: more depolarisation is needed to fire, and each node takes longer to excite the next. In the model 30 % blocked raises the threshold ≈ 11 % and slows the axon to ≈ 47 m/s; from ≈ 60 % the axon stops conducting. The end plate is untouched: MEPPs go on.",
    scenarios: ["lidocaine"],
    moment: "before-impulse",
  },
  {
    id: "neuron-ttx-nerve-vs-muscle",
    type: 15,
    level: "USMLE",
    prompt:
      "Tetrodotoxin is applied to the motor nerve only, or to the muscle only. The nerve is stimulated and the end plate recorded. What do you see in each case?",
    choices: [
      "Nerve only: EPP normal, no muscle AP. Muscle only: no EPP",
      "Both: no EPP and no MEPPs",
      "Nerve only: no EPP, MEPPs go on. Muscle only: EPP intact, no muscle AP",
      "Both: a normal twitch, as TTX acts only on the brain",
    ],
    answer: 2,
    explanation:
      "TTX blocks voltage-gated Na+ channels wherever it reaches. On the nerve no impulse travels, so nothing is released by impulses, but spontaneous quanta still give MEPPs. On the muscle the nerve releases ≈ 48 quanta and the EPP is intact, but the fibre cannot fire an AP. The receptors are never involved, unlike curare.",
    scenarios: ["tetrodotoxin-nerve", "tetrodotoxin"],
    moment: "after-round",
  },
  {
    id: "neuron-4ap-release",
    type: 10,
    level: "USMLE",
    prompt:
      "4-Aminopyridine blocks K+ channels of the motor nerve terminal. What happens to transmitter release, and why does 3,4-diaminopyridine help in Lambert–Eaton syndrome?",
    choices: [
      "Release falls, because the terminal cannot repolarise",
      "Release is unchanged; the drug acts on the muscle",
      "The terminal AP broadens, more Ca2+ enters and release rises steeply",
      "Release rises because AChE is blocked",
    ],
    answer: 2,
    explanation:
      "K+ repolarises the terminal; with half its K+ channels blocked the model's terminal AP widens from 0.40 to ≈ 0.50 ms, Ca2+ entry rises ≈ 1.2× and, by the ≈ 4th-power rule, quanta ≈ 2.4×. In Lambert–Eaton fewer Ca2+ channels remain; a longer AP lets more Ca2+ through them, and release comes back toward normal.",
    scenarios: ["4-aminopyridine", "lambert-eaton"],
    moment: "before-impulse",
  },
];
