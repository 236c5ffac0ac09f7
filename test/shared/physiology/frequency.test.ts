// Summation and tetanus as the stimulus frequency rises (twitch → unfused → fused tetanus), and refractoriness of
// the muscle AP (Hodgkin & Huxley 1952 for the mechanism). Full references: docs/physiology-sources.md.

import { describe, expect, it } from "vitest";
import { advance, createJunction, observe, PARAMS, stimulateMuscle, stimulateNerve } from "../../../shared/physiology";
import { max, train } from "./helpers";

/** Peak force and the ripple (peak-to-trough over the last two periods, relative) of a nerve train. */
function tetanus(hz: number) {
  const impulses = Math.max(1, Math.round((hz * 400) / 1000));
  const t = train([], hz, impulses, 5);
  const perPeriod = Math.round(1000 / hz / 0.1);
  const tail = t.force.slice(-2 * perPeriod);
  const peak = max(t.force);
  const ripple = (max(tail) - Math.min(...tail)) / max(tail);
  return { peak, ripple, aps: t.aps, impulses };
}

describe("stimulus frequency", () => {
  it("goes from single twitches through summation and unfused to fused tetanus", () => {
    const twitch = tetanus(1).peak;
    const f10 = tetanus(10);
    const f25 = tetanus(25);
    const f50 = tetanus(50);
    const f150 = tetanus(150);
    expect(f10.peak).toBeGreaterThan(twitch); // some summation
    expect(f25.peak).toBeGreaterThan(1.2 * twitch); // summation
    expect(f25.ripple).toBeGreaterThan(0.15); // unfused: each twitch still visible
    expect(f50.peak).toBeGreaterThan(f25.peak);
    expect(f150.peak).toBeGreaterThan(f50.peak);
    expect(f150.ripple).toBeLessThan(0.05); // fused
    expect(twitch / f150.peak).toBeGreaterThan(0.2); // twitch : tetanus 0.2–0.3
    expect(twitch / f150.peak).toBeLessThan(0.3);
    expect(f50.aps).toBe(f50.impulses); // every impulse transmitted at 50 Hz in control
  });
});

describe("refractoriness", () => {
  it("a second stimulus inside the absolute refractory period (≈ 2 ms; 2–4.6 ms in human muscle) gives no second AP", () => {
    const pair = (intervalMs: number, amplitudeUAPerCm2: number): number => {
      const j = createJunction();
      stimulateMuscle(j);
      advance(j, intervalMs);
      stimulateMuscle(j, { amplitudeUAPerCm2 });
      advance(j, 20);
      return observe(j).muscleActionPotentials;
    };
    expect(pair(1.5, 600)).toBe(1); // even 5× threshold cannot fire inside the absolute period
    expect(pair(1.8, 600)).toBe(1); // absolute period ≈ 1.9 ms at 37 °C (human 34–36.5 °C: 2–4.6 ms)
    expect(pair(2.5, 600)).toBe(2); // after it, a strong stimulus fires …
    expect(pair(2.5, 150)).toBe(1); // … while a weak one still fails (relative refractory period)
    expect(pair(8, 150)).toBe(2);
    // An AP is the membrane's own: the stimulator's largest stimulus (10× threshold) swings V far past −20 mV at
    // 1.5 ms, but the few open Na+ channels lose to the still-open K+ channels, and it does not count (nor spread).
    expect(pair(1.5, PARAMS.muscleStimMaxUAPerCm2)).toBe(1);
  });

  it("the same stimulus 10 ms later fires a second AP (APs do not summate; force does)", () => {
    const j = createJunction();
    stimulateMuscle(j);
    advance(j, 10);
    const forceAfterOne = observe(j).force;
    stimulateMuscle(j);
    advance(j, 10);
    expect(observe(j).muscleActionPotentials).toBe(2);
    expect(observe(j).force).toBeGreaterThan(forceAfterOne);
  });

  it("the motor axon refuses a second impulse within its 1 ms absolute refractory period", () => {
    const j = createJunction();
    expect(stimulateNerve(j).ok).toBe(true);
    advance(j, 0.5);
    const second = stimulateNerve(j);
    expect(second.ok).toBe(false);
    advance(j, 1);
    expect(stimulateNerve(j).ok).toBe(true);
  });
});
