// What a finished round leaves behind for the debrief and the teacher's reports: each team's outcome and
// chain of events, and each student's role and contribution. Plain data, ready to store as JSON.
import type { ImpulseRecord } from "../physiology/events";
import type { ScenarioChoice } from "../physiology/scenarios";
import type { TeamResult } from "../protocol/reports";
import { describeGoal } from "./goals";
import { diagnosisMatches, teamDiagnosis } from "./mystery";
import type { RoleId } from "./roles";
import type { SeatScore } from "./score";
import type { Game, Learning } from "./state";
import type { StageOutcome } from "./teamJunction";
import { verdict } from "./verdict";

/** A team's whole outcome: the result the reports list (TeamResult), plus what the debrief shows. */
export interface TeamOutcome extends TeamResult {
  physiologicalMs: number;
  /** The last impulses followed down the chain (impulse → Ca2+ → release → EPP → AP → force). */
  chain: ImpulseRecord[];
  /** Mystery mode: the team's diagnosis (most common among its members) and whether it was right. */
  diagnosis: string | null;
  diagnosisCorrect: boolean | null;
  /** One sentence: the goal met, or where the chain broke (a stage nobody answered, or the physiology). */
  verdict: string;
  /** How each stage people played went, impulse by impulse (the last few). */
  stages: StageOutcome[];
  /** Volleys of synaptic input the motor neuron received, and how often it fired. */
  volleys: number;
  somaSpikes: number;
  /** Impulses the teacher's stimulator set off (the debrief says so: they were not the students'). */
  stimulatorImpulses: number;
}

export interface RoundSummary {
  round: number;
  mode: "class" | "teams";
  teamCount: number;
  goal: string;
  scenarios: ScenarioChoice[];
  teams: TeamOutcome[];
  seats: {
    seatId: string;
    nickname: string;
    team: number;
    role: RoleId | null;
    score: SeatScore;
    learning: Learning;
  }[];
  /** Mystery mode: the hidden scenario, revealed at the debrief. */
  mystery: { answer: string; choices: string[] } | null;
  challengeId: string;
}

export function summariseRound(game: Game): RoundSummary {
  return {
    round: game.round,
    mode: game.settings.mode,
    teamCount: game.junctions.length,
    goal: describeGoal(game.settings.goal),
    scenarios: game.settings.scenarios.map((s) => ({ ...s })),
    teams: game.junctions.map((tj) => ({
      team: tj.team,
      people: game.seats.filter((s) => s.team === tj.team).length,
      goalProgress: tj.goal.progress,
      goalAchieved: tj.goal.achieved,
      twitches: tj.twitches,
      impulses: tj.junction.pre.impulses,
      actionPotentials: tj.junction.det.apCount,
      physiologicalMs: tj.junction.step * tj.junction.dtMs,
      chain: tj.junction.chain.map((r) => ({ ...r })),
      diagnosis: teamDiagnosis(game, tj.team),
      diagnosisCorrect: game.mystery ? diagnosisMatches(game.mystery.answer, teamDiagnosis(game, tj.team)) : null,
      verdict: verdict({
        goal: describeGoal(game.settings.goal),
        achieved: tj.goal.achieved,
        stageLog: tj.stageLog,
        chain: tj.junction.chain,
        neuron: {
          volleys: tj.goal.volleys,
          somaSpikes: tj.goal.somaSpikes,
          veto: game.settings.goal.kind === "veto",
        },
      }),
      stages: tj.stageLog.map((s) => ({ ...s })),
      volleys: tj.goal.volleys,
      somaSpikes: tj.goal.somaSpikes,
      stimulatorImpulses: tj.stimulatorImpulses,
    })),
    seats: game.seats.map((s) => ({
      seatId: s.seatId,
      nickname: s.nickname,
      team: s.team,
      role: s.role,
      score: { ...s.roundScore },
      learning: { ...s.learning },
    })),
    mystery: game.mystery ? { answer: game.mystery.answer, choices: [...game.mystery.choices] } : null,
    challengeId: game.settings.challengeId,
  };
}
