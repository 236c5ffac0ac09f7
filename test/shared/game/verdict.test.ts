// The debrief's one-sentence "why": read from where the impulses stopped, then matched to the stage people
// missed there — not to whichever stage came up most often.
import { describe, expect, it } from "vitest";
import { STAGES, type StageId } from "../../../shared/game/stages";
import type { StageOutcome } from "../../../shared/game/teamJunction";
import { verdict } from "../../../shared/game/verdict";
import type { ImpulseRecord } from "../../../shared/physiology/events";

/** A control impulse that went all the way to a twitch; each test breaks it where it needs. */
function record(over: Partial<ImpulseRecord> = {}): ImpulseRecord {
  return {
    impulse: 1,
    stimulatedMs: 0,
    arrivedMs: 1,
    caEntry: 1,
    releaseProbability: 0.09,
    quanta: 55,
    peakOpenReceptors: 35_000,
    eppPeakMv: 38,
    preImpulseMv: -88,
    apFired: true,
    apTimeMs: 2,
    peakCaUM: 11,
    peakForce: 0.21,
    cmap: 1,
    ...over,
  };
}
const stopped = (over: Partial<ImpulseRecord>) => record({ ...over, apFired: false, peakCaUM: 0, peakForce: 0 });
const log = (stage: StageId, missed: number, answered = 0): StageOutcome[] => [
  ...Array.from({ length: missed }, (_, i) => ({ impulse: i, stage, cued: 1, answered: 0 })),
  ...Array.from({ length: answered }, (_, i) => ({ impulse: i, stage, cued: 1, answered: 1 })),
];
const base = { goal: "Make the muscle twitch 3 times.", achieved: false };

describe("verdict: why the goal was not met", () => {
  it("blames the stage where the chain broke, not the stage missed most often (a volley at every input pulse)", () => {
    const chain = [
      record(),
      record(),
      stopped({ quanta: 0, caEntry: 0.1 }),
      stopped({ quanta: 0, caEntry: 0.1 }),
      stopped({ quanta: 0, caEntry: 0.1 }),
      stopped({ quanta: 0 }),
      stopped({ quanta: 0 }),
    ];
    const stageLog = [...log("excitation", 8, 7), ...log("caEntry", 3, 4), ...log("fusion", 2, 5)];
    const why = verdict({ ...base, chain, stageLog, neuron: { volleys: 15, somaSpikes: 7, veto: false } });
    expect(why).toBe(
      `Goal not met. At the stage "${STAGES.caEntry.name}" nobody answered in time (3 times): ${STAGES.caEntry.ifMissed}`,
    );
    expect(why).not.toContain(STAGES.excitation.name);
  });

  it("gives the physiology's reason when nobody missed the stage where the chain broke (curare)", () => {
    const chain = [stopped({ eppPeakMv: 9 }), stopped({ eppPeakMv: 8 }), record()];
    const stageLog = [...log("caRelease", 2), ...log("binding", 0, 3)];
    expect(verdict({ ...base, chain, stageLog })).toBe(
      "Goal not met: the end-plate potential did not reach threshold, so no action potential fired.",
    );
    expect(verdict({ ...base, chain: [stopped({ eppPeakMv: 0.3 }), stopped({ eppPeakMv: 0.2 })], stageLog: [] })).toBe(
      "Goal not met: ACh was released but the end plate barely depolarised.",
    );
  });

  it("names a missed Na+ channel stage when the EPP reached threshold but no AP fired", () => {
    const chain = [stopped({ eppPeakMv: 30 }), stopped({ eppPeakMv: 31 })];
    expect(verdict({ ...base, chain, stageLog: log("threshold", 2) })).toContain(`"${STAGES.threshold.name}"`);
    expect(verdict({ ...base, chain, stageLog: [] })).toMatch(/reached threshold, but no action potential fired/);
  });

  it("with no impulse at all: the neuron's missed input, else the EPSPs that did not sum", () => {
    const neuron = { volleys: 4, somaSpikes: 0, veto: false };
    expect(verdict({ ...base, chain: [], stageLog: log("excitation", 4), neuron })).toContain(
      `"${STAGES.excitation.name}" nobody answered in time (4 times)`,
    );
    expect(verdict({ ...base, chain: [], stageLog: [], neuron })).toBe(
      "Goal not met: the EPSPs did not sum to threshold, so the motor neuron never fired.",
    );
  });

  it("every impulse twitched but too few: time ran out (or the input people missed kept the neuron quiet)", () => {
    expect(verdict({ ...base, chain: [record()], stageLog: log("recovery", 1) })).toBe(
      "Goal not met: the round's time ran out first.",
    );
    const neuron = { volleys: 9, somaSpikes: 1, veto: false };
    expect(verdict({ ...base, chain: [record()], stageLog: log("excitation", 6, 3), neuron })).toContain(
      `"${STAGES.excitation.name}" nobody answered in time (6 times)`,
    );
  });

  it("a goal met says so, and a lost veto names the missed inhibition", () => {
    expect(verdict({ ...base, achieved: true, chain: [record()], stageLog: [] })).toBe(
      "Goal met (Make the muscle twitch 3 times).",
    );
    const why = verdict({
      ...base,
      chain: [record()],
      stageLog: log("inhibition", 2),
      neuron: { volleys: 4, somaSpikes: 1, veto: true },
    });
    expect(why).toBe(
      `Goal not met: the motor neuron fired once: the EPSPs beat the inhibition. At the stage "${STAGES.inhibition.name}" nobody answered in time (2 times).`,
    );
  });
});
