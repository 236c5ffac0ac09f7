// Game time: wall time maps to physiological time by the host's dilation, slowing inside slow-motion zones.
import { describe, expect, it } from "vitest";
import { physiologicalMs, rateAt } from "../../../shared/game/clock";

describe("game clock", () => {
  const settings = { msPerS: 20, slowMotion: true };

  it("maps 50 ms of wall time to 1 physiological ms at 20 ms/s", () => {
    expect(physiologicalMs(settings, [], 0, 50)).toBeCloseTo(1, 12);
  });

  it("slows inside a zone and speeds up again when the zone ends mid-tick", () => {
    const zones = [{ untilMs: 0.1, msPerS: 0.5 }];
    expect(rateAt(settings, zones, 0)).toBe(0.5);
    // 0.1 ms at 0.5 ms/s takes 200 ms of wall time; a 50 ms tick stays inside the zone.
    expect(physiologicalMs(settings, zones, 0, 50)).toBeCloseTo(0.025, 12);
    // From 0.09 ms: 0.01 ms in the zone (20 ms wall), then 30 ms wall at 20 ms/s = 0.6 ms.
    expect(physiologicalMs(settings, zones, 0.09, 50)).toBeCloseTo(0.61, 9);
  });

  it("ignores zones when the teacher turns slow motion off", () => {
    expect(physiologicalMs({ msPerS: 20, slowMotion: false }, [{ untilMs: 5, msPerS: 0.25 }], 0, 50)).toBeCloseTo(
      1,
      12,
    );
  });
});
