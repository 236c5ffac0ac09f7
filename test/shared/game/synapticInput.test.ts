// The round's synaptic input: volleys at the rhythm (halves for summation in time), coincident IPSPs, and the
// Renshaw IPSP cued at the spike but reaching the soma RENSHAW_LATENCY_MS later.
import { describe, expect, it } from "vitest";
import {
  dueInput,
  dueScheduled,
  newInputState,
  nextInputMs,
  onSpike,
  RENSHAW_LATENCY_MS,
  schedule,
  startInput,
} from "../../../shared/game/synapticInput";

const spec = { hz: 5, maxVolleys: 2, excitatory: 6, pairMs: 2, inhibitory: 1, renshaw: 2 };

describe("synaptic input schedule", () => {
  it("splits each volley in two halves pairMs apart, adds the coincident IPSP, and stops after maxVolleys", () => {
    const input = newInputState();
    startInput(input, spec, 0, 1);
    expect(nextInputMs(input)).toBe(1);
    const first = dueInput(input, 1);
    expect(first.map((d) => [d.stage, d.count, d.atMs])).toEqual([
      ["excitation", 3, 1],
      ["inhibition", 1, 1],
    ]);
    expect(nextInputMs(input)).toBe(3);
    expect(dueInput(input, 3).map((d) => [d.stage, d.count])).toEqual([["excitation", 3]]);
    expect(nextInputMs(input)).toBe(201);
    dueInput(input, 201);
    dueInput(input, 203);
    expect(nextInputMs(input)).toBe(Number.POSITIVE_INFINITY); // two volleys, then none
  });

  it("cues the Renshaw cell at the spike and releases its IPSP after the latency", () => {
    const input = newInputState();
    startInput(input, { ...spec, maxVolleys: 0 }, 0, 1);
    onSpike(input, 10);
    expect(nextInputMs(input)).toBe(10);
    const [renshaw] = dueInput(input, 10);
    expect(renshaw).toMatchObject({ stage: "inhibition", count: 2, atMs: 10 + RENSHAW_LATENCY_MS });
    if (!renshaw) throw new Error("no Renshaw input");
    schedule(input, renshaw, 0.5);
    expect(nextInputMs(input)).toBe(10 + RENSHAW_LATENCY_MS);
    expect(dueScheduled(input, 11)).toEqual([]);
    expect(dueScheduled(input, 10 + RENSHAW_LATENCY_MS)).toEqual([{ due: renshaw, share: 0.5 }]);
    expect(nextInputMs(input)).toBe(Number.POSITIVE_INFINITY);
  });
});
