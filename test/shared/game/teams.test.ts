// Teams in a real class: students who joined while the class was one junction are split evenly when the teacher
// switches to teams, the teacher's balanced moves are kept, and a team of bots only is never ranked.
import { describe, expect, it } from "vitest";
import { BOTS_ONLY, rankTeams } from "../../../client/src/net/lesson";
import { teamStanding } from "../../../client/src/ui/teamBadge";
import { balanceTeams } from "../../../shared/game/assignment";
import { applyInput } from "../../../shared/game/game";
import type { Game } from "../../../shared/game/state";
import { summariseRound } from "../../../shared/game/summary";
import { gameWith } from "./play";

const teamSizes = (game: Game, count: number) =>
  Array.from({ length: count }, (_, team) => game.seats.filter((s) => s.team === team).length);
const five = () => ["s1", "s2", "s3", "s4", "s5"].map((seatId) => ({ seatId }));

describe("team balance", () => {
  it("five students who joined a whole-class lesson make teams of 3 and 2 when the teacher switches to two teams", () => {
    const game = gameWith(1, { mode: "class" }, five());
    expect(teamSizes(game, 1)).toEqual([5]);
    applyInput(game, { kind: "host", command: { type: "configure", settings: { mode: "teams", teamCount: 2 } } });
    expect(applyInput(game, { kind: "host", command: { type: "start" } })).toMatchObject({ ok: true });
    expect(teamSizes(game, 2).sort()).toEqual([2, 3]);
    expect(game.junctions).toHaveLength(2);
    for (const tj of game.junctions) expect(tj.holders.length).toBeGreaterThanOrEqual(2);
  });

  it("rebalances after a round in one mode when the next is in teams, and after the team count changes", () => {
    const game = gameWith(2, { mode: "class" }, five());
    applyInput(game, { kind: "host", command: { type: "start" } });
    applyInput(game, { kind: "host", command: { type: "end" } });
    applyInput(game, { kind: "host", command: { type: "configure", settings: { mode: "teams", teamCount: 2 } } });
    applyInput(game, { kind: "host", command: { type: "start" } });
    expect(teamSizes(game, 2).sort()).toEqual([2, 3]);
    applyInput(game, { kind: "host", command: { type: "end" } });
    applyInput(game, { kind: "host", command: { type: "configure", settings: { teamCount: 3 } } });
    applyInput(game, { kind: "host", command: { type: "start" } });
    expect(teamSizes(game, 3).sort()).toEqual([1, 2, 2]);
  });

  it("keeps the teacher's moves when the teams stay within one of each other", () => {
    const game = gameWith(3, { mode: "teams", teamCount: 2 }, five());
    const before = new Map(game.seats.map((s) => [s.seatId, s.team]));
    // s1 and s2 start in different teams; swapping them keeps the sizes.
    const s1 = before.get("s1") ?? 0;
    const s2 = before.get("s2") ?? 0;
    expect(s1).not.toBe(s2);
    applyInput(game, { kind: "host", command: { type: "moveTeam", seatId: "s1", team: s2 } });
    applyInput(game, { kind: "host", command: { type: "moveTeam", seatId: "s2", team: s1 } });
    applyInput(game, { kind: "host", command: { type: "start" } });
    expect(game.seats.find((s) => s.seatId === "s1")?.team).toBe(s2);
    expect(game.seats.find((s) => s.seatId === "s2")?.team).toBe(s1);
    expect(teamSizes(game, 2).sort()).toEqual([2, 3]);
  });

  it("moves as few students as it can when a move leaves the teams uneven", () => {
    const current = new Map([
      ["a", 0],
      ["b", 1],
      ["c", 1],
      ["d", 1],
    ]);
    const teams = balanceTeams(["a", "b", "c", "d"], 2, current);
    expect(Array.from(teams.values()).filter((t) => t === 0)).toHaveLength(2);
    const moved = ["a", "b", "c", "d"].filter((id) => teams.get(id) !== current.get(id));
    expect(moved).toHaveLength(1);
  });
});

describe("ranking teams", () => {
  it("counts each team's people in the round's summary", () => {
    const game = gameWith(4, { mode: "teams", teamCount: 3 }, [{ seatId: "s1" }, { seatId: "s2" }]);
    applyInput(game, { kind: "host", command: { type: "start" } });
    applyInput(game, { kind: "host", command: { type: "end" } });
    const people = summariseRound(game).teams.map((t) => t.people);
    expect(people.sort()).toEqual([0, 1, 1]);
  });

  it("ranks teams with people first and marks a bots-only team as not ranked, even when its bots did best", () => {
    const teams = [
      { team: 0, people: 3, goalProgress: 0.4, goalAchieved: false, twitches: 2 },
      { team: 1, people: 0, goalProgress: 1, goalAchieved: true, twitches: 5 },
      { team: 2, people: 2, goalProgress: 1, goalAchieved: true, twitches: 5 },
      { team: 3, people: 2, goalProgress: 0.6, goalAchieved: false, twitches: 3 },
    ];
    const ranked = rankTeams(teams);
    expect(ranked.map((t) => [t.team, t.place])).toEqual([
      [2, 1],
      [3, 2],
      [0, 3],
      [1, null],
    ]);
    expect(BOTS_ONLY).toBe("not ranked (bots only)");
  });

  it("tells a student their team's result and place among the teams with people", () => {
    const debrief = {
      round: 1,
      goal: "3 twitches",
      challengeId: "",
      mystery: null,
      teams: [
        {
          team: 0,
          people: 2,
          goalProgress: 1,
          goalAchieved: true,
          twitches: 3,
          diagnosis: null,
          diagnosisCorrect: null,
        },
        {
          team: 1,
          people: 2,
          goalProgress: 0.3,
          goalAchieved: false,
          twitches: 1,
          diagnosis: null,
          diagnosisCorrect: null,
        },
        {
          team: 2,
          people: 0,
          goalProgress: 1,
          goalAchieved: true,
          twitches: 3,
          diagnosis: null,
          diagnosisCorrect: null,
        },
        {
          team: 3,
          people: 1,
          goalProgress: 0.6,
          goalAchieved: false,
          twitches: 2,
          diagnosis: null,
          diagnosisCorrect: null,
        },
      ],
    };
    expect(teamStanding(debrief, 0)).toBe("Goal met ✓ · 1st of 3 teams");
    expect(teamStanding(debrief, 3)).toBe("Goal not met · 2nd of 3 teams");
    expect(teamStanding(debrief, 1)).toBe("Goal not met · 3rd of 3 teams");
    expect(teamStanding({ ...debrief, teams: debrief.teams.slice(0, 1) }, 0)).toBeNull();
  });
});
