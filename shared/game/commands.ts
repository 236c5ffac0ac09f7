// Host commands (teacher only) as typed values parsed from untrusted input.
import { parseScenarioList, SCENARIOS, type ScenarioChoice } from "../physiology/scenarios";
import { bool, inWords, num, obj, oneOf, optional, type Parsed, parse, type Schema, str } from "../protocol/validate";
import { MAX_MS_PER_S, MIN_MS_PER_S } from "./clock";
import { type GoalSpec, parseGoal } from "./goals";
import { ROLE_IDS, type RoleId } from "./roles";
import { MAX_CUE_WINDOW_MS, MIN_CUE_WINDOW_MS } from "./stages";

export const MAX_TEAMS = 8;
export const MIN_TEAMS = 2;
/** Longest round in physiological ms (a minute of physiology is far more than any goal needs). */
export const MAX_ROUND_MS = 60_000;
/** Shortest round in physiological ms a teacher may set. */
export const MIN_ROUND_MS = 10;

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

/** A scenario list, refused in words that name the scenario ("The level of … must be a number from 0 to 1."). */
function scenariosInWords(input: unknown): Parsed<ScenarioChoice[]> {
  const r = parseScenarioList(input);
  if (r.ok) return r;
  for (const item of Array.isArray(input) ? (input as unknown[]) : []) {
    const { id, level } = (item ?? {}) as { id?: unknown; level?: unknown };
    const info = SCENARIOS.find((s) => s.id === id);
    if (!info) return { ok: false, reason: `Scenario "${String(id).slice(0, 30)}" is not one the game knows.` };
    const l = level ?? info.default;
    if (typeof l !== "number" || !Number.isFinite(l) || l < info.min || l > info.max) {
      const unit = info.unit && info.unit !== "fraction" ? ` ${info.unit}` : "";
      return {
        ok: false,
        reason: `The level of ${info.name} must be a number from ${info.min} to ${info.max}${unit}.`,
      };
    }
  }
  return { ok: false, reason: `Scenario: ${r.reason}.` };
}

/**
 * Each round setting's check, refused in the words of the teacher's form (its label and unit), so the page can
 * show the refusal beside the field and a programmatic client reads the same sentence.
 */
export const SETTING_SCHEMAS: { [K in keyof Configuration]-?: Schema<NonNullable<Configuration[K]>> } = {
  mode: inWords(oneOf(["class", "teams"] as const), "Mode must be whole class or teams."),
  teamCount: inWords(
    num({ min: MIN_TEAMS, max: MAX_TEAMS, integer: true }),
    `Teams must be a whole number from ${MIN_TEAMS} to ${MAX_TEAMS}.`,
  ),
  goal: (input: unknown) => {
    const r = parseGoal(input);
    return r.ok ? r : { ok: false, reason: `Goal: ${r.reason}.` };
  },
  scenarios: scenariosInWords,
  msPerS: inWords(
    num({ min: MIN_MS_PER_S, max: MAX_MS_PER_S }),
    `Speed must be a number from ${MIN_MS_PER_S} to ${MAX_MS_PER_S} physiological ms per second.`,
  ),
  slowMotion: inWords(bool(), "Slow motion must be on or off (true or false)."),
  roundLimitMs: inWords(
    num({ min: MIN_ROUND_MS, max: MAX_ROUND_MS }),
    `Round length must be a number from ${MIN_ROUND_MS} to ${MAX_ROUND_MS} physiological ms.`,
  ),
  cueWindowMs: inWords(
    num({ min: MIN_CUE_WINDOW_MS, max: MAX_CUE_WINDOW_MS, integer: true }),
    `Time for each cue must be from ${MIN_CUE_WINDOW_MS / 1000} to ${MAX_CUE_WINDOW_MS / 1000} seconds ` +
      `(a whole number of ms from ${MIN_CUE_WINDOW_MS} to ${MAX_CUE_WINDOW_MS}).`,
  ),
};

/** The first of these settings that would be refused, with its field and the reason in words; null if none. */
export function settingProblem(
  settings: { [K in keyof Configuration]?: unknown },
): { field: keyof Configuration; reason: string } | null {
  for (const field of Object.keys(SETTING_SCHEMAS) as (keyof Configuration)[]) {
    if (settings[field] === undefined) continue;
    const r = (SETTING_SCHEMAS[field] as Schema<unknown>)(settings[field], `settings.${field}`);
    if (!r.ok) return { field, reason: r.reason };
  }
  return null;
}

/** The answer to settings the server took, in the form's words: what the one changed setting now is. */
export function settingsAnswer(settings: Configuration): string {
  if (Object.keys(settings).length > 1) return "Settings updated: the next round uses what the form shows.";
  if (settings.msPerS !== undefined) return `Speed set to ${settings.msPerS} physiological ms per second.`;
  if (settings.cueWindowMs !== undefined) return `Time for each cue set to ${settings.cueWindowMs / 1000} s.`;
  if (settings.slowMotion !== undefined) return `Slow motion ${settings.slowMotion ? "on" : "off"}.`;
  return "Settings updated.";
}

const configureFields = obj(
  Object.fromEntries(
    Object.entries(SETTING_SCHEMAS as Record<string, Schema<unknown>>).map(([key, schema]) => [key, optional(schema)]),
  ) as {
    [K in keyof Configuration]-?: Schema<Configuration[K]>;
  },
);

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
