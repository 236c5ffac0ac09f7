// The teacher's round settings are refused in the form's words, with units (never a field id such as
// "settings.msPerS"), field by field so the page can show the refusal beside the field; good settings pass.
import { describe, expect, it } from "vitest";
import { parseHostCommand, settingProblem } from "../../../shared/game/commands";
import { inWords, num, parse } from "../../../shared/protocol/validate";

const configure = (settings: object) => parseHostCommand({ type: "configure", settings });

describe("teacher settings", () => {
  it("are refused in words with units, whoever sends them", () => {
    expect(configure({ msPerS: 5000 })).toEqual({
      ok: false,
      reason: "Speed must be a number from 1 to 1000 physiological ms per second.",
    });
    expect(configure({ cueWindowMs: 60_000 })).toEqual({
      ok: false,
      reason: "Time for each cue must be from 1 to 10 seconds (a whole number of ms from 1000 to 10000).",
    });
    expect(configure({ teamCount: 9 })).toEqual({ ok: false, reason: "Teams must be a whole number from 2 to 8." });
    expect(configure({ roundLimitMs: 5 })).toEqual({
      ok: false,
      reason: "Round length must be a number from 10 to 60000 physiological ms.",
    });
    expect(configure({ scenarios: [{ id: "curare", level: 5 }] })).toEqual({
      ok: false,
      reason: expect.stringMatching(/^The level of .*curare.* must be a number from 0 to 1\.$/),
    });
    for (const settings of [{ msPerS: 5000 }, { cueWindowMs: 0 }, { mode: "solo" }, { slowMotion: "yes" }]) {
      const r = configure(settings);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason, JSON.stringify(settings)).not.toMatch(/settings\.|msPerS|cueWindowMs/);
    }
  });

  it("name the field that is refused, empty or out of range, so the page can show it beside that field", () => {
    expect(settingProblem({ msPerS: 40, cueWindowMs: 0 })).toEqual({
      field: "cueWindowMs",
      reason: expect.stringMatching(/^Time for each cue must be from 1 to 10 seconds/),
    });
    expect(settingProblem({ cueWindowMs: Number.NaN })?.field).toBe("cueWindowMs"); // an empty field
    expect(settingProblem({ msPerS: Number.NaN })?.field).toBe("msPerS");
    expect(settingProblem({ roundLimitMs: 100_000, msPerS: 40 })?.field).toBe("roundLimitMs");
    expect(settingProblem({ msPerS: 40, cueWindowMs: 3000, teamCount: 2, roundLimitMs: 3000 })).toBeNull();
  });

  it("in range are accepted as before", () => {
    expect(
      configure({
        mode: "teams",
        teamCount: 4,
        msPerS: 1000,
        cueWindowMs: 1000,
        roundLimitMs: 60_000,
        slowMotion: false,
      }),
    ).toEqual({
      ok: true,
      value: {
        type: "configure",
        settings: {
          mode: "teams",
          teamCount: 4,
          msPerS: 1000,
          cueWindowMs: 1000,
          roundLimitMs: 60_000,
          slowMotion: false,
        },
      },
    });
    expect(configure({ cueWindowMs: 2500 }).ok).toBe(true);
    expect(configure({ surprise: 1 })).toEqual({ ok: false, reason: "settings.surprise is not expected" });
  });

  it("inWords keeps the value and replaces only the refusal", () => {
    const speed = inWords(num({ min: 1, max: 10 }), "Speed must be from 1 to 10.");
    expect(parse(speed, 5)).toEqual({ ok: true, value: 5 });
    expect(parse(speed, 50)).toEqual({ ok: false, reason: "Speed must be from 1 to 10." });
  });
});
