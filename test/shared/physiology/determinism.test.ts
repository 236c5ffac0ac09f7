// Same seed + same inputs ⇒ identical observations (also across a cloned state); different seeds differ.

import { describe, expect, it } from "vitest";
import {
  advance,
  cloneJunction,
  createJunction,
  drainEvents,
  type Junction,
  observe,
  stimulateNerve,
} from "../../../shared/physiology";

function run(j: Junction, impulses: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < impulses; i++) {
    stimulateNerve(j);
    for (let k = 0; k < 10; k++) {
      advance(j, 2.37); // not a multiple of the substep: the remainder is carried
      out.push(JSON.stringify(observe(j)));
    }
  }
  out.push(JSON.stringify(drainEvents(j)));
  return out;
}

describe("determinism", () => {
  it("same seed and inputs give identical observations and events", () => {
    const a = run(createJunction({ seed: 123, scenarios: [{ id: "lambert-eaton" }] }), 6);
    const b = run(createJunction({ seed: 123, scenarios: [{ id: "lambert-eaton" }] }), 6);
    expect(a).toEqual(b);
  });

  it("a structuredClone'd or cloneJunction'd state continues identically", () => {
    const j = createJunction({ seed: 9 });
    run(j, 3);
    const viaStructured = structuredClone(j);
    const viaClone = cloneJunction(j);
    const ref = run(j, 4);
    expect(run(viaStructured, 4)).toEqual(ref);
    expect(run(viaClone, 4)).toEqual(ref);
  });

  it("different seeds give different quantal contents", () => {
    const quanta = (seed: number): number[] => {
      const j = createJunction({ seed });
      const q: number[] = [];
      for (let i = 0; i < 8; i++) {
        stimulateNerve(j);
        advance(j, 50);
        q.push(observe(j).quantaLastImpulse);
      }
      return q;
    };
    expect(quanta(1)).not.toEqual(quanta(2));
    expect(quanta(1)).toEqual(quanta(1));
  });

  it("advancing in odd chunks equals advancing in one go", () => {
    const a = createJunction({ seed: 4 });
    const b = createJunction({ seed: 4 });
    stimulateNerve(a);
    stimulateNerve(b);
    advance(a, 30);
    for (let i = 0; i < 30; i++) advance(b, 0.7 + (i % 3) * 0.1 - 0.1 * (i % 3));
    advance(b, 30 - 30 * 0.7);
    expect(observe(b).timeMs).toBeCloseTo(observe(a).timeMs, 9);
    expect(observe(b).membranePotentialMv).toBe(observe(a).membranePotentialMv);
  });
});
