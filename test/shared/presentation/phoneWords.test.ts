// What a phone says while its student waits and during a cue: waiting for its stage never reads as "act now", and
// the student's own part is "you" ("your turn!"), never named in the third person on their own screen.
import { describe, expect, it } from "vitest";
import type { WireJunction } from "../../../client/src/net/wireState";
import { nowLine } from "../../../client/src/ui/cuePanel";
import { describeSenses } from "../../../client/src/ui/senses";

const CA = "Presynaptic voltage-gated Ca2+ channel";
const STAGE = "The impulse reaches the terminal: Ca2+ channels open, Ca2+ enters";

/** A quiet junction at rest, as the wire shows it. */
function junction(): WireJunction {
  const zero = new Proxy({} as Record<string, number>, { get: () => 0 });
  return {
    ...zero,
    team: 0,
    timeMs: 120,
    membraneMv: -88,
    restMv: -88,
    endplateMv: 0,
    force: 0,
    twitches: 0,
    impulses: 0,
    goalProgress: 0,
    goalAchieved: false,
    stage: "",
    stageLeftMs: 0,
    stageParts: "",
    kOutMM: 4.5,
    naInMM: 12,
    kInMM: 155,
    eNaMv: 60,
    eKMv: -95,
  } as unknown as WireJunction;
}

describe("the phone while its part waits", () => {
  it("says the part waits for its moment, not that the class waits for the student", () => {
    const [first] = describeSenses("caChannel", junction(), false);
    expect(first).toBe("Your part: waiting for its moment");
    expect(first).not.toMatch(/waiting for you|idle/);
  });

  it("says it is the student's turn while the server waits for their answer", () => {
    expect(describeSenses("caChannel", junction(), true)[0]).toMatch(/your turn/);
  });
});

describe("the line under the cue", () => {
  const base = { paused: false, stage: STAGE, myPart: CA, myTurn: false };

  it("on the phone of the part being waited for: your turn, not the part's name", () => {
    const line = nowLine({ ...base, parts: CA, myTurn: true });
    expect(line).toBe(`Now: ${STAGE} — your turn!`);
    expect(line).not.toContain(CA);
  });

  it("names the other parts the stage also waits for", () => {
    const line = nowLine({ ...base, parts: `${CA}; Synaptic vesicles`, myTurn: true });
    expect(line).toBe(`Now: ${STAGE} — your turn! Also waiting for Synaptic vesicles.`);
  });

  it("after the student answered, the others playing the same part are 'the others', not the student", () => {
    const line = nowLine({ ...base, parts: CA });
    expect(line).toBe(`Now: ${STAGE} — waiting for the others playing your part.`);
  });

  it("on other phones names the parts waited for; paused and running lines are plain", () => {
    expect(nowLine({ ...base, myPart: "Synaptic vesicles", parts: CA })).toBe(`Now: ${STAGE} — waiting for ${CA}.`);
    expect(nowLine({ ...base, parts: "", stage: "" })).toBe("Now: the physiology is running.");
    expect(nowLine({ ...base, parts: CA, paused: true })).toBe("⏸ Paused by your teacher.");
  });
});
