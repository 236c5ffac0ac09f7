// A solo homework round that failed with every cue of the student's answered: the result says their part did not
// break the chain by a missed cue, names the step where it broke and the parts that play there, and suggests one.
import { describe, expect, it } from "vitest";
import type { DebriefSeat, DebriefTeam } from "../../../client/src/net/read";
import { PICKER_LABELS } from "../../../client/src/pages/soloBar";
import { chainHint } from "../../../client/src/pages/soloResult";
import { ROLES } from "../../../shared/game/roles";
import type { ImpulseRecord } from "../../../shared/physiology/events";

/** An impulse that reached the terminal and released ACh; its EPP (mV above the pre-impulse level) and AP as given. */
const impulse = (eppPeakMv: number, apFired: boolean): ImpulseRecord => ({
  impulse: 1,
  stimulatedMs: 0,
  arrivedMs: 1,
  caEntry: 1,
  releaseProbability: 0.3,
  quanta: 40,
  peakOpenReceptors: 9000,
  eppPeakMv,
  preImpulseMv: -88,
  apFired,
  apTimeMs: apFired ? 2 : null,
  peakCaUM: apFired ? 1 : 0.1,
  peakForce: apFired ? 0.24 : 0,
  cmap: null,
});

const team = (chain: ImpulseRecord[], goalAchieved = false): DebriefTeam => ({
  team: 0,
  people: 1,
  goalProgress: 0,
  goalAchieved,
  twitches: chain.filter((r) => r.apFired).length,
  impulses: chain.length,
  actionPotentials: chain.filter((r) => r.apFired).length,
  verdict: "Goal not met.",
  chain,
  diagnosis: null,
  diagnosisCorrect: null,
  volleys: chain.length,
  somaSpikes: chain.length,
  stimulatorImpulses: 0,
});

const seat = (role: string, cues: number, answered: number): DebriefSeat => ({
  seatId: "s1",
  nickname: "Homer",
  team: 0,
  role,
  score: { game: 10 * answered, cues, answered, refused: 0 },
});

const curare = () => team([impulse(14.3, false), impulse(14.1, false)]); // the EPP stays below threshold (17 mV)
const ttx = () => team([impulse(30, false), impulse(30, false)]); // a full EPP, but no muscle AP

describe("the solo result's chain hint", () => {
  it("after every cue answered and a small EPP, points to the end plate's parts", () => {
    const hint = chainHint(curare(), seat("excitatorySynapse", 5, 5));
    expect(hint?.text).toBe(
      'You answered all 5 of your cues in time, so your part, the Excitatory synapse (Ia afferent), did not break the chain by a missed cue. The chain broke at "Muscle action potential", because the end-plate potential stayed below threshold: the Nicotinic ACh receptor and Acetylcholinesterase play there. Try the Nicotinic ACh receptor next round to see what goes wrong.',
    );
    expect(hint?.suggest).toBe("nAChR");
  });

  it("after a full EPP with no muscle AP, points to the muscle's Na+ channel; its own part is told so", () => {
    expect(chainHint(ttx(), seat("caChannel", 2, 2))?.suggest).toBe("naChannel");
    const own = chainHint(ttx(), seat("naChannel", 2, 2));
    expect(own?.text).toMatch(
      /"Muscle action potential", where your part plays: answering in time was not enough there/,
    );
    expect(own?.text).toMatch(/or try the Na\+ ion, which plays there too\.$/);
    expect(own?.suggest).toBe("naIon");
  });

  it("says when no part plays the step that broke (the muscle's own Ca2+ release)", () => {
    const noRelease = team([{ ...impulse(30, true), peakCaUM: 0, peakForce: 0 }]);
    expect(chainHint(noRelease, seat("naIon", 1, 1))).toEqual({
      text: 'You answered your one cue in time, so your part, the Na+ ion, did not break the chain by a missed cue. The chain broke at "Ca2+ released in the muscle", which no part plays: this junction\'s own physiology stopped it.',
      suggest: null,
    });
  });

  it("says so when the student's part had no cue", () => {
    expect(chainHint(curare(), seat("serca", 0, 0))?.text).toMatch(
      /^Your part, the SERCA \(SR Ca2\+ pump\), had no cue this round, so it did not break the chain\./,
    );
  });

  it("after a missed cue, does not clear the student's part: it asks them to answer every cue first", () => {
    expect(chainHint(curare(), seat("excitatorySynapse", 5, 3))).toEqual({
      text: 'You missed 2 of your 5 cues, so your part may have weakened the chain. Answer every cue next round to see whether it still breaks at "Muscle action potential".',
      suggest: null,
    });
  });

  it("says nothing when the goal was met or the role is unknown", () => {
    expect(chainHint(team([impulse(30, true)], true), seat("naIon", 3, 3))).toBeNull();
    expect(chainHint(curare(), seat("nobody", 5, 5))).toBeNull();
    expect(chainHint(curare(), undefined)).toBeNull();
  });
});

describe("the part picker", () => {
  it("labels every part short enough for a phone's closed select", () => {
    for (const role of ROLES) {
      const label = PICKER_LABELS[role.id];
      expect(label.length, role.id).toBeLessThanOrEqual(25);
    }
    expect(new Set(Object.values(PICKER_LABELS)).size).toBe(ROLES.length);
  });
});
