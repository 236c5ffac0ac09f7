// The projector's stage strip names people, not only parts: the nicknames of the students the held stage is still
// waiting for (so a teacher can say "Priya, your turn!"), a few at most and then how many more, per team.
import { describe, expect, it } from "vitest";
import type { WireStudent } from "../../../client/src/net/wireState";
import { namesLine, stageLine, stillToAnswer } from "../../../client/src/ui/stageStrip";

const student = (nickname: string, o: Partial<WireStudent> = {}): WireStudent => ({
  nickname,
  connected: true,
  team: 0,
  role: "caChannel",
  active: false,
  ...o,
});

describe("who the projector says is still to answer", () => {
  const roster = [
    student("Maya"),
    student("Priya", { active: true }),
    student("Sam", { active: true, team: 1 }),
    student("Leo K", { active: true, connected: false }),
    student("Ana", { active: true }),
  ];

  it("names the students of that team the server still waits for, in the roster's order", () => {
    expect(stillToAnswer(roster, 0)).toEqual(["Priya", "Ana"]);
    expect(stillToAnswer(roster, 1)).toEqual(["Sam"]);
  });

  it("shows the first few names and then how many more, never a bare +1", () => {
    const names = ["Priya", "Sam", "Leo K", "Ana", "Ben", "Zoe", "Kai"];
    expect(namesLine(names.slice(0, 2))).toBe("Priya, Sam");
    expect(namesLine(names.slice(0, 5))).toBe("Priya, Sam, Leo K, Ana, Ben");
    expect(namesLine(names)).toBe("Priya, Sam, Leo K, Ana +3");
    expect(namesLine([])).toBe("");
  });

  it("gives the stage by its name, the people and their parts, and the team in team mode", () => {
    const j = { team: 0, stage: "caEntry", stageParts: "Presynaptic voltage-gated Ca2+ channel; Synaptic vesicles" };
    const line = stageLine(j, roster, false);
    expect(line?.stage).toBe("The impulse reaches the terminal: Ca2+ channels open, Ca2+ enters");
    expect(line?.names).toBe("Priya, Ana");
    expect(line?.parts).toBe("Presynaptic voltage-gated Ca2+ channel, Synaptic vesicles");
    expect(line?.team).toBe("");
    expect(stageLine({ ...j, team: 1 }, roster, true)).toMatchObject({ team: "Team 2", names: "Sam" });
    expect(stageLine({ ...j, stage: "" }, roster, false)).toBeNull();
  });
});
