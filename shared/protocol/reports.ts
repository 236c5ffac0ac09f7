import type { ScenarioChoice } from "../physiology/scenarios";

// The shapes the teacher's dashboard API and the homework API send: written by server/store and server/http,
// read (and shape-checked field by field) by client/src/net. One definition for both ends.

/** A class session in the dashboard's list. */
export interface SessionSummary {
  id: number;
  code: string;
  title: string;
  createdAt: string;
  endedAt: string | null;
  rounds: number;
  students: number;
}

/** One team's result in a stored round (the server may send more of the round's outcome). */
export interface TeamResult {
  team: number;
  /** Students seated on the team (0: a bots-only team, not ranked against teams with people). */
  people: number;
  goalProgress: number;
  goalAchieved: boolean;
  twitches: number;
  impulses: number;
  actionPotentials: number;
}

export interface ReportRound<Team extends TeamResult = TeamResult> {
  round: number;
  mode: string;
  teamCount: number;
  goal: string;
  scenarios: string;
  endedAt: string;
  teams: Team[];
}

/** A student's part in one round: team, role and that round's scores (see SeatScore in shared/game/game). */
export interface StudentRound {
  round: number;
  team: number;
  role: string | null;
  /** Game score: 10 per cue answered in time, minus 1 per refused press, plus the goal bonus. */
  game: number;
  /** Cues the student's part received: moments it had to act (one per stage it holds, per impulse). */
  cues: number;
  /** Cues answered in time with the part's action. */
  answered: number;
  /** Presses refused: outside a cue, or against the physiology. */
  refused: number;
}

/** A student's answer to a revealed question. */
export interface StudentAnswer {
  round: number;
  questionId: string;
  choice: number;
  correct: boolean;
}

/** A question asked in the session: how many answered, how many were right, and how many chose each option. */
export interface QuestionResult {
  questionId: string;
  answered: number;
  correct: number;
  counts: number[];
}

export interface SessionReport<Team extends TeamResult = TeamResult> {
  session: Omit<SessionSummary, "rounds" | "students">;
  rounds: ReportRound<Team>[];
  students: { nickname: string; rounds: StudentRound[]; answers: StudentAnswer[] }[];
  questions: QuestionResult[];
}

/** One round of a homework attempt. */
export interface AttemptRound {
  round: number;
  role: string | null;
  goalProgress: number;
  goalAchieved: boolean;
  twitches: number;
}

/** A student's homework attempt as the teacher sees it. */
export interface Attempt {
  id: number;
  nickname: string;
  startedAt: string;
  late: boolean;
  achieved: boolean;
  bestProgress: number;
  rounds: AttemptRound[];
}

/** Homework a teacher set: a challenge and a deadline, played at /homework/CODE. */
export interface Assignment {
  id: number;
  code: string;
  title: string;
  challengeId: string;
  /** Scenarios the teacher chose instead of the challenge's own (null: the challenge's). */
  scenarios: ScenarioChoice[] | null;
  deadline: string;
  createdAt: string;
}

/** An assignment with its attempts, as the dashboard lists it. */
export interface AssignmentWithAttempts extends Assignment {
  attempts: Attempt[];
}

/** What a student's homework page is told about the assignment. */
export interface HomeworkInfo {
  code: string;
  title: string;
  deadline: string;
  late: boolean;
  challenge: { id: string; name: string; summary: string } | null;
  /** The scenarios the student's junction runs (names and levels), when the teacher chose them. */
  scenarios: { id: string; name: string; level: number }[] | null;
}
