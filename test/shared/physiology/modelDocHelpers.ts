// Helpers of the docs/model.md claim tests (modelDoc*.test.ts): tolerances, half-widths, quanta.

import { expect } from "vitest";
import { advance, createJunction, observe, type ScenarioChoice, stimulateNerve } from "../../../shared/physiology";
import { argmax } from "./helpers";

export const near = (x: number, target: number, tol: number): void => {
  expect(Math.abs(x - target), `${x} vs ${target} ± ${tol}`).toBeLessThanOrEqual(tol);
};

/** Width (ms) of a trace at half its amplitude above `base`. */
export function halfWidth(t: number[], v: number[], base: number): number {
  const k = argmax(v);
  const half = ((v[k] as number) + base) / 2;
  let a = k;
  while (a > 0 && (v[a] as number) > half) a--;
  let b = k;
  while (b < v.length - 1 && (v[b] as number) > half) b++;
  return (t[b] as number) - (t[a] as number);
}

export function quantaOf(scenarios: ScenarioChoice[], seed: number): number {
  const j = createJunction({ seed, scenarios });
  stimulateNerve(j);
  advance(j, 3);
  return observe(j).quantaLastImpulse;
}
