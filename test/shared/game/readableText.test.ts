// Every text a student or the projector sees that the game builds from shared data — role cards and names, the
// action buttons, refusals, cues, stages, scenarios with their levels, challenges, goals, questions, the chain of
// events — reads as people write: no internal id (naKPump, bindNa, myasthenia-gravis, graded-epp) and no "1 impulses".
import { describe, expect, it } from "vitest";
import { actionsFor } from "../../../client/src/ui/actions";
import { type Action, NA_K_PUMP_STEPS, SERCA_STEPS } from "../../../shared/game/actions";
import { CHALLENGES } from "../../../shared/game/challenges";
import { cueOf } from "../../../shared/game/cues";
import { describeGoal } from "../../../shared/game/goals";
import { QUESTIONS } from "../../../shared/game/questions";
import { countOf, roleLabel, scenarioLabel, scenarioListLabel } from "../../../shared/game/readable";
import { ROLES } from "../../../shared/game/roles";
import { checkAction, pumpStep } from "../../../shared/game/rules";
import { sense } from "../../../shared/game/senses";
import { STAGES } from "../../../shared/game/stages";
import { chainFromImpulses, chainOfEvents, emptyPeaks } from "../../../shared/game/view";
import { createJunction } from "../../../shared/physiology/create";
import type { ImpulseRecord } from "../../../shared/physiology/events";
import { SCENARIOS } from "../../../shared/physiology/scenarios";
import { INTERNAL_IDS, internalIdsIn, wrongPlurals } from "../../helpers/internalIds";

/** One action of every kind a part could try (the refusals name the part and the action). */
const EVERY_ACTION: Action[] = [
  { kind: "release" },
  { kind: "rhythm", hz: 5 },
  { kind: "gate", open: true },
  { kind: "gate", open: false },
  { kind: "cross", direction: "in" },
  { kind: "cross", direction: "out" },
  { kind: "fuse" },
  { kind: "hydrolyse" },
  ...[...NA_K_PUMP_STEPS, ...SERCA_STEPS].map((step): Action => ({ kind: "pump", step })),
];

function impulse(overrides: Partial<ImpulseRecord> = {}): ImpulseRecord {
  return {
    impulse: 1,
    stimulatedMs: 1,
    arrivedMs: 1.5,
    caEntry: 1,
    releaseProbability: 0.3,
    quanta: 1,
    peakOpenReceptors: 1,
    eppPeakMv: 120,
    preImpulseMv: -88,
    apFired: true,
    apTimeMs: 3,
    peakCaUM: 10,
    peakForce: 0.2,
    cmap: null,
    ...overrides,
  };
}

/** Every shown string built from shared data, each with where it comes from (for a readable failure). */
function shownTexts(): [string, string][] {
  const out: [string, string][] = [];
  const add = (where: string, text: string | undefined) => {
    if (text) out.push([where, text]);
  };
  const senses = sense(createJunction());
  for (const r of ROLES) {
    add(`role ${r.id} name`, r.name);
    add(`role ${r.id} label`, r.label);
    add(`role ${r.id} card`, `${r.card.youAre} ${r.card.youDo} ${r.card.ifYouDont}`);
    add(`role ${r.id} roleLabel`, roleLabel(r.id));
    for (const b of actionsFor(r.id)) add(`role ${r.id} button`, b.label);
    for (const action of EVERY_ACTION) {
      const result = checkAction(r.id, action, senses);
      if (!result.ok) add(`role ${r.id} refused ${action.kind}`, result.reason);
    }
    const cue = cueOf(r.id);
    add(`cue ${r.id}`, `${cue.todo} ${cue.done} ${cue.missed} ${cue.senses(senses)}`);
  }
  for (const [pump, steps] of [
    ["naKPump", NA_K_PUMP_STEPS],
    ["serca", SERCA_STEPS],
  ] as const) {
    for (const step of steps) {
      const result = pumpStep(pump, { next: 0 }, step, senses);
      if (!result.ok) add(`${pump} step ${step} refused`, result.reason);
    }
  }
  for (const s of Object.values(STAGES)) add(`stage ${s.id}`, `${s.name} ${s.ifMissed}`);
  for (const s of SCENARIOS) {
    add(`scenario ${s.id}`, `${s.name} ${s.description} ${s.levelMeaning}`);
    add(`scenario ${s.id} with level`, scenarioLabel(s.id, s.default));
  }
  for (const c of CHALLENGES) {
    add(`challenge ${c.id}`, `${c.name} ${c.summary} ${c.teacherNotes}`);
    add(`challenge ${c.id} goal`, describeGoal(c.goal));
    add(
      `challenge ${c.id} scenarios (wire)`,
      scenarioListLabel(c.scenarios.map((s) => `${s.id}:${s.level}`).join(",")),
    );
    add(
      `challenge ${c.id} scenarios (report)`,
      scenarioListLabel(c.scenarios.map((s) => `${s.id} ${s.level}`).join("; ")),
    );
    for (const id of c.mysteryChoices ?? []) add(`challenge ${c.id} diagnosis`, scenarioLabel(id));
  }
  for (const q of QUESTIONS) add(`question ${q.id}`, `${q.prompt} ${q.choices.join(" ")} ${q.explanation}`);
  add("goal of one twitch", describeGoal({ kind: "twitches", count: 1 }));
  add("goal of one impulse", describeGoal({ kind: "restore", trainImpulses: 1, toleranceMv: 2 }));
  const one = { ...emptyPeaks(), impulses: 1, quanta: 1, peakOpenReceptors: 1, actionPotentials: 1, twitches: 1 };
  for (const step of chainOfEvents(one)) add(`chain (projector) ${step.id}`, `${step.label}: ${step.evidence}`);
  const fromServer = chainFromImpulses({ impulses: 1, actionPotentials: 1, twitches: 1, chain: [impulse()] });
  for (const step of fromServer) add(`chain (server) ${step.id}`, `${step.label}: ${step.evidence}`);
  const lastOfMany = chainFromImpulses({ impulses: 9, actionPotentials: 9, twitches: 9, chain: [impulse()] });
  for (const step of lastOfMany) add(`chain (last one of many) ${step.id}`, `${step.label}: ${step.evidence}`);
  const silent = chainFromImpulses({
    impulses: 0,
    actionPotentials: 0,
    twitches: 0,
    chain: [],
    volleys: 1,
    somaSpikes: 0,
  });
  for (const step of silent) add(`chain (silent neuron) ${step.id}`, `${step.label}: ${step.evidence}`);
  return out;
}

describe("the debrief's chain of events", () => {
  it("starts at the motor neuron: a neuron that never reached threshold is where the chain broke", () => {
    const silent = chainFromImpulses({
      impulses: 0,
      actionPotentials: 0,
      twitches: 0,
      chain: [],
      volleys: 3,
      somaSpikes: 0,
    });
    expect(silent[0]).toMatchObject({ id: "neuron", status: "failed" });
    expect(silent[0]?.evidence).toBe("3 volleys of synaptic input; the motor neuron fired 0 times");
    expect(silent.slice(1).every((s) => s.status === "not reached")).toBe(true);
    const fired = chainFromImpulses({
      impulses: 1,
      actionPotentials: 1,
      twitches: 1,
      chain: [impulse()],
      volleys: 1,
      somaSpikes: 1,
    });
    expect(fired.map((s) => s.status)).toEqual(fired.map(() => "happened"));
    expect(fired[0]?.evidence).toBe("1 volley of synaptic input; the motor neuron fired 1 time");
  });

  it("marks the step where the chain lost impulses 'partly', and counts binding only from the impulse's own ACh", () => {
    // 4 impulses reach the terminal; Ca2+ enters on 2, ACh is released on 1; a spontaneous quantum opens
    // receptors on an impulse that released nothing — that is not the chain's binding.
    const none = { caEntry: 0, quanta: 0, eppPeakMv: 0.5, apFired: false, peakCaUM: 0, peakForce: 0 };
    const steps = chainFromImpulses({
      impulses: 4,
      actionPotentials: 1,
      twitches: 1,
      chain: [impulse(), impulse({ ...none, caEntry: 1 }), impulse({ ...none, peakOpenReceptors: 400 }), impulse(none)],
    });
    const status = Object.fromEntries(steps.map((s) => [s.id, s.status]));
    expect(status).toMatchObject({ impulse: "happened", caIn: "partly", release: "partly", binding: "happened" });
    expect(steps.find((s) => s.id === "binding")?.evidence).toMatch(/^1 of 4 impulses/);
  });
});

describe("text people see", () => {
  it("knows the ids it looks for, and finds them as whole words only", () => {
    expect(INTERNAL_IDS).toEqual(
      expect.arrayContaining(["naKPump", "aChE", "bindNa", "myasthenia-gravis", "graded-epp"]),
    );
    expect(INTERNAL_IDS).not.toContain("nAChR");
    expect(internalIdsIn("you are the naKPump")).toEqual(["naKPump"]);
    expect(internalIdsIn("Myasthenia gravis (60 % of AChRs lost); AChE clears ACh; nAChR opens")).toEqual([]);
    expect(internalIdsIn("myasthenia-gravis 0.6")).toEqual(["myasthenia-gravis"]);
    expect(wrongPlurals("1 impulses, 11 twitches, 0.1 receptors, 1 twitch")).toEqual(["1 impulses"]);
  });

  it("never carries an internal id or a singular count with a plural noun", () => {
    const texts = shownTexts();
    expect(texts.length).toBeGreaterThan(200);
    const found = texts.flatMap(([where, text]) => [
      ...internalIdsIn(text).map((id) => `${where}: "${id}" in "${text}"`),
      ...wrongPlurals(text).map((p) => `${where}: "${p}" in "${text}"`),
    ]);
    expect(found).toEqual([]);
  });

  it("names a part by its name in a refusal, and a scenario with its level in the scenario's own terms", () => {
    const senses = sense(createJunction());
    expect(checkAction("kIon", { kind: "release" }, senses)).toEqual({
      ok: false,
      reason: 'A K+ ion cannot do "release".',
    });
    expect(checkAction("nodeOfRanvier", { kind: "hydrolyse" }, senses)).toMatchObject({
      reason: expect.stringMatching(/^A node of Ranvier cannot/),
    });
    expect(checkAction("excitatorySynapse", { kind: "hydrolyse" }, senses)).toMatchObject({
      reason: expect.stringMatching(/^An excitatory synapse \(Ia afferent\) cannot/),
    });
    expect(scenarioLabel("myasthenia-gravis", 0.6)).toBe("Myasthenia gravis (60 % of AChRs lost)");
    expect(scenarioLabel("low-calcium", 1)).toBe("Low extracellular Ca2+ ([Ca2+]o 1 mM)");
    expect(scenarioListLabel("myasthenia-gravis 0.6; curare 0.3")).toBe(
      "Myasthenia gravis (60 % of AChRs lost) + d-Tubocurarine (curare), 30 % of receptor sites occupied",
    );
    expect(scenarioListLabel("")).toBe("Control");
    expect(countOf(1, "impulse")).toBe("1 impulse");
    expect(countOf(3, "quantum", "quanta")).toBe("3 quanta");
  });
});
