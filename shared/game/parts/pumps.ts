// The two pumps a student can be: the Na+/K+-ATPase (3 Na+ out, 2 K+ in per ATP: Skou 1957; Glitsch 2001) and
// SERCA (2 Ca2+ into the SR per ATP). Each plays its transport cycle step by step (shared/game/pumps.ts).
import { NA_K_PUMP_STEPS, type PumpStep, SERCA_STEPS } from "../actions";
import type { ActionButton, PartDef } from "../part";
import { ok } from "../partRules";
import { pumpAction } from "../pumps";

const step = (label: string, key: string, s: PumpStep): ActionButton => ({
  label,
  key,
  action: { kind: "pump", step: s },
});

export const naKPump: PartDef = {
  id: "naKPump",
  name: "Na+/K+-ATPase",
  label: "Pump",
  group: "pumps",
  scene: "pump",
  coupling: { kind: "control", control: "naKPump" },
  stageMs: 100, // a missed cue stops this share of the pump population for 100 ms (≈ half an impulse interval at 5 Hz)
  assignment: { slot: 16, shareWeight: 1 },
  card: {
    youAre: "You are the Na+/K+ pump (Na+/K+-ATPase) in the muscle membrane.",
    youDo: "Run cycles: bind 3 Na+ inside, spend one ATP, release them outside, bind 2 K+, bring them in.",
    ifYouDont: "Gradients run down slowly and the pump's small hyperpolarising current is lost, like ouabain.",
  },
  actions: ["pump"],
  rule: () => ok, // the order of the cycle is checked by the pump's own state (pumps.ts pumpStep)
  cue: {
    stage: "recovery",
    action: (next) => pumpAction(NA_K_PUMP_STEPS, next),
    senses: () => "The impulse has passed: Na+ came in and K+ went out. Your cycle restores them.",
    todo: "Do the next step of your cycle",
    done: "Pump cycling: 3 Na+ out and 2 K+ in per ATP, a small outward current.",
    missed: "The pump did not cycle for a while: its small hyperpolarising current was lost.",
  },
  buttons: [
    step("Bind 3 Na+", "1", "bindNa"),
    step("Spend ATP", "2", "atp"),
    step("Release 3 Na+ outside", "3", "releaseNa"),
    step("Bind 2 K+", "4", "bindK"),
    step("Release 2 K+ inside", "5", "releaseK"),
  ],
  readout: (j) => [
    `Na+ inside ${j.naInMM.toFixed(1)} mM, K+ inside ${Math.round(j.kInMM)} mM, K+ outside ${j.kOutMM.toFixed(1)} mM`,
  ],
};

export const serca: PartDef = {
  id: "serca",
  name: "SERCA (SR Ca2+ pump)",
  label: "SERCA",
  group: "pumps",
  scene: "pump",
  coupling: { kind: "control", control: "serca" },
  stageMs: 60, // myoplasmic Ca2+ falls with τ of tens of ms after a twitch (Baylor & Hollingworth 2003)
  assignment: { slot: 15, shareWeight: 1 },
  card: {
    youAre: "You are SERCA, the Ca2+ pump of the sarcoplasmic reticulum.",
    youDo: "Pump Ca2+ back into the SR (2 Ca2+ per ATP) so the muscle can relax.",
    ifYouDont: "Ca2+ stays high in the cytoplasm and the muscle relaxes slowly.",
  },
  actions: ["pump"],
  rule: () => ok,
  cue: {
    stage: "caRelease",
    action: (next) => pumpAction(SERCA_STEPS, next),
    senses: () => "The action potential has released Ca2+ from the SR: myoplasmic Ca2+ is far above rest.",
    todo: "Do the next step of your cycle",
    done: "SERCA pumping: Ca2+ goes back into the SR and the muscle can relax.",
    missed: "SERCA did not pump: Ca2+ stays high for longer and the muscle relaxes slowly.",
  },
  buttons: [
    step("Bind 2 Ca2+", "1", "bindCa"),
    step("Spend ATP", "2", "atp"),
    step("Release 2 Ca2+ into the SR", "3", "releaseCa"),
  ],
  readout: (j) => [`Muscle force: ${Math.round(j.force * 100)} % (relaxes as Ca2+ goes back into the SR)`],
};
