// The motor neuron's challenge presets, each checked against the engine: what bots achieve, and what a person's
// missed cue on the neuron's own stages costs (summation needs every EPSP; the veto needs the IPSP).
import { describe, expect, it } from "vitest";
import { type Challenge, challengeById } from "../../../shared/game/challenges";
import { applyInput, createGame, defaultSettings, tickGame } from "../../../shared/game/game";
import type { GoalSpec } from "../../../shared/game/goals";
import { diagnosisMatches } from "../../../shared/game/mystery";
import type { RoleId } from "../../../shared/game/roles";
import type { Game } from "../../../shared/game/state";
import { summariseRound } from "../../../shared/game/summary";
import { chainFromImpulses } from "../../../shared/game/view";

interface ScriptedStudent {
  seatId: string;
  role: RoleId;
  /** Answers every one of its cues at once (true) or none (false). */
  answers: boolean;
}

function preset(id: string): Challenge {
  const c = challengeById(id);
  if (!c) throw new Error(`no challenge ${id}`);
  return c;
}

/** Plays a preset (one team) to its debrief at 1000 ms per wall second, students answering or not. */
function play(c: Challenge, students: ScriptedStudent[] = [], over: { goal?: GoalSpec; scenario?: string } = {}): Game {
  const game = createGame(1, defaultSettings());
  const configured = applyInput(game, {
    kind: "host",
    command: {
      type: "configure",
      settings: {
        mode: "class",
        goal: over.goal ?? c.goal,
        scenarios: over.scenario ? [{ id: over.scenario, level: 1 }] : c.scenarios,
        roundLimitMs: c.roundLimitMs,
        msPerS: 1000,
        slowMotion: false,
      },
    },
  });
  expect(configured).toMatchObject({ ok: true });
  for (const s of students) {
    applyInput(game, { kind: "join", seatId: s.seatId, nickname: s.seatId });
    applyInput(game, { kind: "host", command: { type: "assignRole", seatId: s.seatId, role: s.role } });
  }
  expect(applyInput(game, { kind: "host", command: { type: "start" } })).toMatchObject({ ok: true });
  const answering = new Set(students.filter((s) => s.answers).map((s) => s.seatId));
  for (let i = 0; i < 20_000 && game.phase === "running"; i++) {
    for (const cue of tickGame(game).cues)
      if (cue.kind === "cue" && answering.has(cue.seatId))
        applyInput(game, { kind: "act", seatId: cue.seatId, action: cue.action });
  }
  expect(game.phase).toBe("debrief");
  return game;
}

const team = (game: Game) => {
  const tj = game.junctions[0];
  if (!tj) throw new Error("no junction");
  return tj;
};

describe("summation presets", () => {
  it("summation-in-space: bots fire every volley; with one of two excitatory holders missing, the neuron never fires", () => {
    const c = preset("summation-in-space");
    const bots = team(play(c));
    expect(bots.goal.achieved).toBe(true);
    expect(bots.goal.somaSpikes).toBe(bots.goal.volleys);
    const half = team(
      play(c, [
        { seatId: "a", role: "excitatorySynapse", answers: true },
        { seatId: "b", role: "excitatorySynapse", answers: false },
      ]),
    );
    expect(half.goal.volleys).toBeGreaterThanOrEqual(3);
    expect(half.goal.somaSpikes).toBe(0);
    expect(half.twitches).toBe(0);
    // Both answering: the whole volley sums again.
    const both = team(
      play(c, [
        { seatId: "a", role: "excitatorySynapse", answers: true },
        { seatId: "b", role: "excitatorySynapse", answers: true },
      ]),
    );
    expect(both.goal.achieved).toBe(true);
  });

  it("summation-in-time: two pairs 2 ms apart sum to threshold; 8 ms apart they do not", () => {
    const c = preset("summation-in-time");
    expect(team(play(c)).goal.achieved).toBe(true);
    const slow = team(
      play(c, [], { goal: { kind: "twitches", count: 3, input: { hz: 2, excitatory: 4, pairMs: 8 } } }),
    );
    expect(slow.goal.volleys).toBeGreaterThanOrEqual(3);
    expect(slow.goal.somaSpikes).toBe(0);
    // One person holding the synapses and missing every half: nothing is released, nothing fires.
    const missedGame = play(c, [{ seatId: "a", role: "excitatorySynapse", answers: false }]);
    expect(team(missedGame).goal.somaSpikes).toBe(0);
    expect(summariseRound(missedGame).teams[0]?.verdict).toMatch(/A volley arrives: excitatory synapses release/);
    // Pairs too far apart, nobody to blame: the physiology's own reason.
    const slowGame = play(c, [], { goal: { kind: "twitches", count: 3, input: { hz: 2, excitatory: 4, pairMs: 8 } } });
    expect(summariseRound(slowGame).teams[0]?.verdict).toBe(
      "Goal not met: the EPSPs did not sum to threshold, so the motor neuron never fired.",
    );
  });
});

describe("inhibition presets", () => {
  it("ipsp-veto: bots hold the neuron through four volleys; an inhibitory holder who misses loses it", () => {
    const c = preset("ipsp-veto");
    const bots = team(play(c));
    expect(bots.goal.achieved).toBe(true);
    expect(bots.goal.somaSpikes).toBe(0);
    const idleGame = play(c, [{ seatId: "i", role: "inhibitorySynapse", answers: false }]);
    const idle = team(idleGame);
    expect(idle.goal.achieved).toBe(false);
    // The verdict names the real cause: the neuron fired because the inhibition stage was missed.
    expect(summariseRound(idleGame).teams[0]?.verdict).toMatch(
      /^Goal not met: the motor neuron fired (once|\d+ times): the EPSPs beat the inhibition\. At the stage "Inhibitory synapses release glycine/,
    );
    expect(idle.goal.somaSpikes).toBeGreaterThanOrEqual(1);
    expect(idle.twitches).toBeGreaterThanOrEqual(1);
  });

  it("patellar-reflex (the knee-jerk): each of three taps fires the motor neuron once and twitches the muscle; Renshaw follows", () => {
    const game = play(preset("patellar-reflex"));
    const tj = team(game);
    expect(tj.goal.achieved).toBe(true);
    expect(tj.goal.somaSpikes).toBe(3);
    expect(tj.junction.neuron.soma.spikes).toBe(3);
  });

  it("spasm-or-paralysis: strychnine and tetanus toxin let the neuron fire (twitches); botulinum keeps the veto but no twitch", () => {
    const c = preset("spasm-or-paralysis");
    for (const toxin of ["strychnine", "tetanus-toxin"]) {
      const tj = team(play(c, [], { scenario: toxin }));
      expect(tj.goal.achieved, toxin).toBe(false);
      expect(tj.goal.somaSpikes, toxin).toBeGreaterThanOrEqual(3);
      expect(tj.twitches, toxin).toBeGreaterThanOrEqual(3);
    }
    const strychnine = play(c, [], { scenario: "strychnine" });
    expect(summariseRound(strychnine).teams[0]?.verdict).toMatch(/the IPSPs did not hold it below threshold/);
    const bot = team(play(c, [], { scenario: "botulinum" }));
    expect(bot.goal.somaSpikes).toBe(0);
    expect(bot.twitches).toBe(0);
    expect(diagnosisMatches("strychnine", "tetanus-toxin")).toBe(true);
    expect(diagnosisMatches("tetanus-toxin", "strychnine")).toBe(true);
    expect(diagnosisMatches("botulinum", "strychnine")).toBe(false);
    expect(diagnosisMatches("strychnine", null)).toBe(false);
  });
});

describe("the teacher's stimulator", () => {
  it("fires the nerve while a round runs, is refused otherwise, and the debrief says which impulses were its", () => {
    const game = createGame(2, defaultSettings());
    expect(applyInput(game, { kind: "host", command: { type: "stimulate" } })).toMatchObject({ ok: false });
    applyInput(game, { kind: "host", command: { type: "configure", settings: { msPerS: 1000, slowMotion: false } } });
    applyInput(game, { kind: "host", command: { type: "start" } });
    tickGame(game);
    expect(applyInput(game, { kind: "host", command: { type: "stimulate" } })).toMatchObject({
      ok: true,
      text: "Nerve stimulated on the motor axon: an impulse sets off 30 mm from the junction.",
    });
    for (let i = 0; i < 20_000 && game.phase === "running"; i++) tickGame(game);
    const outcome = summariseRound(game).teams[0];
    expect(outcome?.stimulatorImpulses).toBe(1);
    if (!outcome) throw new Error("no outcome");
    const step = chainFromImpulses(outcome).find((s) => s.id === "impulse");
    expect(step?.evidence).toMatch(/\(1 by the teacher's stimulator\)/);
  });
});
