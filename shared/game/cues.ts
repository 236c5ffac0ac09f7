// What each part is cued to do at its stage: the stage it plays, the action that answers the cue (the client
// echoes it as `act`), what the part senses then (readable text with the model's own numbers), and what an
// answer or a miss means physiologically. One entry per role: the compiler lists every part.
import { type Action, NA_K_PUMP_STEPS, type PumpStep, SERCA_STEPS } from "./actions";
import type { RoleId } from "./roles";
import type { Senses } from "./senses";
import type { StageId } from "./stages";

export interface CueSpec {
  stage: StageId;
  /** The action that answers the cue; for a pump, the next step of its own cycle. */
  action(nextPumpStep: number): Action;
  /** What the part senses at its stage, in words a student reads. */
  senses(s: Senses): string;
  /** What to do, as the cue's button says it. */
  todo: string;
  /** Shown after an answer in time: what the part's share now does. */
  done: string;
  /** Shown when the cue was missed: the physiological consequence. */
  missed: string;
}

const mv = (v: number) => `${v > 0 ? "+" : v < 0 ? "−" : ""}${Math.abs(Math.round(v))} mV`;
const open: Action = { kind: "gate", open: true };

const PUMP_STEP_TEXT: Record<PumpStep, string> = {
  bindNa: "Bind 3 Na+ from inside",
  atp: "Spend one ATP",
  releaseNa: "Release 3 Na+ outside",
  bindK: "Bind 2 K+ from outside",
  releaseK: "Release 2 K+ inside",
  bindCa: "Bind 2 Ca2+ from the cytoplasm",
  releaseCa: "Release 2 Ca2+ into the SR",
};

/** The readable name of a pump step (never the id). */
export function pumpStepText(step: PumpStep): string {
  return PUMP_STEP_TEXT[step];
}

function pumpAction(steps: readonly PumpStep[], next: number): Action {
  return { kind: "pump", step: steps[next % steps.length] ?? (steps[0] as PumpStep) };
}

export const CUES: Record<RoleId, CueSpec> = {
  motorNeuron: {
    stage: "impulse",
    action: () => ({ kind: "fire" }),
    senses: () => "The next impulse is due: your axon has recovered from the last one and is ready to fire.",
    todo: "Fire the impulse",
    done: "Impulse fired: it runs down the axon and reaches the terminal in 0.5 ms.",
    missed: "No impulse left: nothing reaches the terminal this time.",
  },
  caChannel: {
    stage: "caEntry",
    action: () => open,
    senses: () => "The impulse has reached the terminal and depolarises it: your voltage sensor moves.",
    todo: "Open your Ca2+ channel",
    done: "Your Ca2+ channels opened: Ca2+ rushes into the terminal.",
    missed:
      "Your Ca2+ channels stayed shut: less (or no) Ca2+ entered, and release falls with about the 4th power of entry — like Lambert–Eaton syndrome.",
  },
  caIon: {
    stage: "caEntry",
    action: () => ({ kind: "cross", direction: "in" }),
    senses: () => "Ca2+ channels are opening: about 2 mM Ca2+ outside and 0.0001 mM inside push you in.",
    todo: "Cross into the terminal",
    done: "You crossed in: Ca2+ entry carries the signal for release.",
    missed: "Your share of Ca2+ stayed outside: less Ca2+ entered, so fewer vesicles could fuse.",
  },
  vesicles: {
    stage: "fusion",
    action: () => ({ kind: "fuse" }),
    senses: (s) =>
      `Ca2+ has entered the terminal (${s.lastEntry.toFixed(2)} × a normal impulse's entry): your Ca2+ sensors bind it.`,
    todo: "Fuse and release ACh",
    done: "Vesicles fused: ACh pours into the cleft.",
    missed: "Your vesicles did not fuse: no ACh from them reached the receptors — like botulinum toxin.",
  },
  nAChR: {
    stage: "binding",
    action: () => open,
    senses: (s) =>
      `ACh floods the cleft: ${Math.round(s.doublyBoundReceptors).toLocaleString("en")} receptors have two ACh bound.`,
    todo: "Open your channel",
    done: "Receptors opened: Na+ flows in and the end plate depolarises.",
    missed: "Your receptors stayed shut: less end-plate current, a smaller end-plate potential — like curare.",
  },
  aChE: {
    stage: "binding",
    action: () => ({ kind: "hydrolyse" }),
    senses: (s) => `ACh in the cleft: about ${Math.round(s.achInCleftUM)} µM, and rising.`,
    todo: "Break down ACh",
    done: "You are breaking down ACh: the end-plate current stays brief.",
    missed: "You did not break down ACh: it lingers and keeps opening receptors, like an AChE inhibitor.",
  },
  naChannel: {
    stage: "threshold",
    action: () => open,
    senses: (s) => `The end plate has depolarised to ${mv(s.vMv)}: your voltage sensors move toward opening.`,
    todo: "Open your Na+ channel",
    done: "Na+ channels opened: the action potential's upstroke begins.",
    missed:
      "Your Na+ channels stayed shut: with too few open, the end-plate potential stays local and no action potential fires — like tetrodotoxin.",
  },
  naIon: {
    stage: "threshold",
    action: () => ({ kind: "cross", direction: "in" }),
    senses: (s) => `Na+ channels are opening at ${mv(s.vMv)}; E_Na is ${mv(s.eNaMv)}, so Na+ is pulled in.`,
    todo: "Rush in",
    done: "You rushed in: the inward Na+ current drives the upstroke.",
    missed: "Your share of Na+ stayed outside: the upstroke is weaker and may fail.",
  },
  kChannel: {
    stage: "repolarisation",
    action: () => open,
    senses: (s) => `An action potential: the membrane is at ${mv(s.vMv)} and your slow voltage sensor has moved.`,
    todo: "Open your K+ channel",
    done: "K+ channels opened: K+ leaves and the membrane repolarises.",
    missed: "Your K+ channels stayed shut: repolarisation is slower and the action potential broader.",
  },
  kIon: {
    stage: "repolarisation",
    action: () => ({ kind: "cross", direction: "out" }),
    senses: (s) => `The membrane is at ${mv(s.vMv)}, far above E_K (${mv(s.eKMv)}): you are pushed out.`,
    todo: "Leave the fibre",
    done: "You left the fibre: the outward K+ current brings the membrane back down.",
    missed: "Your share of K+ stayed in: repolarisation is slower.",
  },
  serca: {
    stage: "caRelease",
    action: (next) => pumpAction(SERCA_STEPS, next),
    senses: () => "The action potential has released Ca2+ from the SR: myoplasmic Ca2+ is far above rest.",
    todo: "Do the next step of your cycle",
    done: "SERCA pumping: Ca2+ goes back into the SR and the muscle can relax.",
    missed: "SERCA did not pump: Ca2+ stays high for longer and the muscle relaxes slowly.",
  },
  naKPump: {
    stage: "recovery",
    action: (next) => pumpAction(NA_K_PUMP_STEPS, next),
    senses: () => "The impulse has passed: Na+ came in and K+ went out. Your cycle restores them.",
    todo: "Do the next step of your cycle",
    done: "Pump cycling: 3 Na+ out and 2 K+ in per ATP, a small outward current.",
    missed: "The pump did not cycle for a while: its small hyperpolarising current was lost.",
  },
};

/** Whether two actions are the same (the answer echoes the cue). */
export function sameAction(a: Action, b: Action): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case "gate":
      return a.open === (b as typeof a).open;
    case "cross":
      return a.direction === (b as typeof a).direction;
    case "pump":
      return a.step === (b as typeof a).step;
    case "rhythm":
      return a.hz === (b as typeof a).hz;
    default:
      return true;
  }
}

/** The roles that play a stage. */
export function rolesOf(stage: StageId): RoleId[] {
  return (Object.keys(CUES) as RoleId[]).filter((r) => CUES[r].stage === stage);
}
