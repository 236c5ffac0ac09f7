// Host commands (teacher only) as typed values parsed from untrusted input.
import { parseScenarioList, type ScenarioChoice } from "../physiology/scenarios";
import { bool, num, obj, oneOf, optional, type Parsed, parse, type Schema, str } from "../protocol/validate";
import { MAX_MS_PER_S, MIN_MS_PER_S } from "./clock";
import { type GoalSpec, parseGoal } from "./goals";
import { ROLE_IDS, type RoleId } from "./roles";
import { MAX_CUE_WINDOW_MS, MIN_CUE_WINDOW_MS } from "./stages";

export const MAX_TEAMS = 8;
export const MIN_TEAMS = 2;
/** Longest round in physiological ms (a minute of physiology is far more than any goal needs). */
export const MAX_ROUND_MS = 60_000;

export interface Configuration {
  mode?: "class" | "teams";
  teamCount?: number;
  goal?: GoalSpec;
  scenarios?: ScenarioChoice[];
  msPerS?: number;
  slowMotion?: boolean;
  roundLimitMs?: number;
  cueWindowMs?: number;
}

export type HostCommand =
  | { type: "start" }
  | { type: "pause" }
  | { type: "resume" }
  | { type: "end" }
  | { type: "configure"; settings: Configuration }
  | { type: "assignRole"; seatId: string; role: RoleId | null }
  | { type: "moveTeam"; seatId: string; team: number }
  | { type: "ask"; questionId: string }
  | { type: "reveal" }
  | { type: "closeQuestion" }
  | { type: "challenge"; challengeId: string }
  /** The teacher's lab stimulus: a shock to every team's motor axon near the junction. */
  | { type: "stimulate" };

const seatId = str({ min: 1, max: 16 });
const simple = (type: "start" | "pause" | "resume" | "end" | "reveal" | "closeQuestion" | "stimulate") =>
  obj({ type: oneOf([type] as const) });
const questionOrChallengeId = str({ min: 1, max: 60, pattern: /^[a-z0-9-]+$/ });

const configureFields = obj({
  mode: optional(oneOf(["class", "teams"] as const)),
  teamCount: optional(num({ min: MIN_TEAMS, max: MAX_TEAMS, integer: true })),
  goal: optional((input: unknown, path: string) => {
    const r = parseGoal(input);
    return r.ok ? r : { ok: false, reason: `${path} ${r.reason}` };
  }),
  scenarios: optional((input: unknown, path: string) => {
    const r = parseScenarioList(input);
    return r.ok ? r : { ok: false, reason: `${path}: ${r.reason}` };
  }),
  msPerS: optional(num({ min: MIN_MS_PER_S, max: MAX_MS_PER_S })),
  slowMotion: optional(bool()),
  roundLimitMs: optional(num({ min: 10, max: MAX_ROUND_MS })),
  cueWindowMs: optional(num({ min: MIN_CUE_WINDOW_MS, max: MAX_CUE_WINDOW_MS, integer: true })),
});

const schemas: Record<HostCommand["type"], Schema<HostCommand>> = {
  start: simple("start"),
  pause: simple("pause"),
  resume: simple("resume"),
  end: simple("end"),
  reveal: simple("reveal"),
  closeQuestion: simple("closeQuestion"),
  stimulate: simple("stimulate"),
  ask: obj({ type: oneOf(["ask"] as const), questionId: questionOrChallengeId }),
  challenge: obj({ type: oneOf(["challenge"] as const), challengeId: questionOrChallengeId }),
  configure: obj({ type: oneOf(["configure"] as const), settings: configureFields }) as Schema<HostCommand>,
  assignRole: obj({
    type: oneOf(["assignRole"] as const),
    seatId,
    role: (input: unknown, path: string) => (input === null ? { ok: true, value: null } : oneOf(ROLE_IDS)(input, path)),
  }) as Schema<HostCommand>,
  moveTeam: obj({
    type: oneOf(["moveTeam"] as const),
    seatId,
    team: num({ min: 0, max: MAX_TEAMS - 1, integer: true }),
  }),
};

export function parseHostCommand(input: unknown): Parsed<HostCommand> {
  const type = (input as { type?: unknown } | null)?.type;
  if (typeof type !== "string" || !Object.hasOwn(schemas, type)) {
    return { ok: false, reason: `Unknown teacher command "${String(type).slice(0, 20)}".` };
  }
  return parse(schemas[type as HostCommand["type"]], input);
}
