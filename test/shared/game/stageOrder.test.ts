// Stages are played once per impulse even when impulses reach the terminal out of order (a stimulator's impulse can
// overtake soma impulses it did not annihilate on a long axon): the tracker remembers which impulses each stage
// played, not only the highest.
import { describe, expect, it } from "vitest";
import { dueStages, newTracker, openHold } from "../../../shared/game/hold";
import { newHolder } from "../../../shared/game/holders";
import { sense } from "../../../shared/game/senses";
import { createJunction } from "../../../shared/physiology";

describe("stage tracking", () => {
  it("cues the Ca2+ channel for impulse 1 after impulse 2 arrived first, and never twice for one impulse", () => {
    const j = createJunction({ seed: 1 });
    const tracker = newTracker();
    const holders = [newHolder("ca", "caChannel")];
    const held = new Set(["caEntry"] as const);
    // Impulse 2 arrives now; impulse 1 is still on its way.
    j.pre.arrivals = [j.step, j.step + 100];
    j.pre.arrivalImpulse = [2, 1];
    const first = dueStages(j, tracker, held, sense(j));
    expect(first).toEqual([{ stage: "caEntry", impulse: 2 }]);
    expect(openHold(j, tracker, holders, first, 3000, [])).not.toBeNull();
    expect(dueStages(j, tracker, held, sense(j))).toEqual([]); // played: not again
    // Impulse 1 arrives later: a lower index, still its own stage.
    j.pre.arrivals = [j.step];
    j.pre.arrivalImpulse = [1];
    expect(dueStages(j, tracker, held, sense(j))).toEqual([{ stage: "caEntry", impulse: 1 }]);
  });
});
