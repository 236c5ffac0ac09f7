// The client's one reading of what the server sends: each message's payload, untrusted, parsed into its typed shape
// from shared/protocol/payloads (null when it is not one). Never throws; screens use these, never casts.
import { parseAction } from "../../../shared/game/actions";
import { isRoleId } from "../../../shared/game/roles";
import type { SeatScore } from "../../../shared/game/score";
import { STAGE_IDS, type StageId } from "../../../shared/game/stages";
import type { Learning, Phase } from "../../../shared/game/state";
import type {
  AckPayload,
  ClassScoresPayload,
  CueEndPayload,
  CuePayload,
  ErrorPayload,
  FeedbackPayload,
  NoticePayload,
  ScorePayload,
  StudentScorePayload,
} from "../../../shared/protocol/payloads";
import { decodeTracePoint, type TracePointValues } from "../../../shared/protocol/traceCodec";
import { bag, intOrNull, isBag, listOf, num, str, strOrNull, text } from "./fields";

export { type Debrief, type DebriefSeat, type DebriefTeam, readDebrief } from "./debrief";

/** The longest cue window a client believes, wall ms (a broken message cannot freeze a screen for ever). */
const MAX_CUE_WINDOW_MS = 60_000;
const PHASES: readonly Phase[] = ["lobby", "running", "paused", "debrief"];

const isStage = (v: unknown): v is StageId => typeof v === "string" && (STAGE_IDS as readonly string[]).includes(v);

/** `error`: null unless it carries a readable message. */
export function readError(p: unknown): ErrorPayload | null {
  if (!isBag(p) || typeof p.message !== "string") return null;
  return { code: str(p.code), message: p.message };
}

/** `ack`: null unless it carries its text; `mystery` only when it is a scenario id. */
export function readAck(p: unknown): AckPayload | null {
  if (!isBag(p) || typeof p.text !== "string") return null;
  return typeof p.mystery === "string" ? { text: p.text, mystery: p.mystery } : { text: p.text };
}

export function readFeedback(p: unknown): FeedbackPayload | null {
  return isBag(p) && typeof p.text === "string" ? { text: p.text } : null;
}

export function readNotice(p: unknown): NoticePayload | null {
  if (!isBag(p)) return null;
  switch (p.kind) {
    case "seated":
      return typeof p.seatId === "string"
        ? { kind: "seated", seatId: p.seatId, nickname: str(p.nickname), returning: p.returning === true }
        : null;
    case "removed":
    case "shutdown":
      return { kind: p.kind, reason: text(p.reason) };
    case "phase":
      return PHASES.includes(p.phase as Phase) ? { kind: "phase", phase: p.phase as Phase } : null;
    default:
      return null;
  }
}

function seatScore(v: unknown): SeatScore {
  const s = bag(v);
  return { game: num(s.game), cues: num(s.cues), answered: num(s.answered), refused: num(s.refused) };
}

function learning(v: unknown): Learning {
  const l = bag(v);
  return {
    predictions: num(l.predictions),
    correctPredictions: num(l.correctPredictions),
    diagnoses: num(l.diagnoses),
    correctDiagnoses: num(l.correctDiagnoses),
  };
}

function savedAnswer(v: unknown): StudentScorePayload["answer"] {
  if (!isBag(v) || typeof v.questionId !== "string") return null;
  const choice = intOrNull(v.choice);
  return choice === null ? null : { questionId: v.questionId, choice };
}

/** The `score` a student's device gets (null for the teacher's class scores, or anything else). */
export function readStudentScore(p: unknown): StudentScorePayload | null {
  if (!isBag(p) || Array.isArray(p.seats)) return null;
  return {
    ...seatScore(p),
    round: seatScore(p.round),
    learning: learning(p.learning),
    role: isRoleId(p.role) ? p.role : null,
    pumpStep: intOrNull(p.pumpStep),
    answer: savedAnswer(p.answer),
    diagnosis: strOrNull(p.diagnosis),
    extraTime: p.extraTime === true,
  };
}

/** The `score` the teacher's screens get: every seat's totals and the mystery's reminder (null for a student's). */
export function readClassScores(p: unknown): ClassScoresPayload | null {
  if (!isBag(p) || !Array.isArray(p.seats)) return null;
  return {
    seats: listOf(p.seats, (v) =>
      isBag(v) && typeof v.seatId === "string"
        ? { seatId: v.seatId, ...seatScore(v), learning: learning(v.learning) }
        : null,
    ),
    mystery: strOrNull(p.mystery),
  };
}

/** Either kind of `score`: the teacher's class scores (with `seats`) or a student's own. */
export function readScore(p: unknown): ScorePayload | null {
  return readClassScores(p) ?? readStudentScore(p);
}

/** `cue`: null unless its stage, its action and a positive window are all well formed. */
export function readCue(p: unknown): CuePayload | null {
  if (!isBag(p)) return null;
  const action = parseAction(p.action);
  const windowMs = Number(p.windowMs);
  if (!isStage(p.stage) || !action.ok || !Number.isFinite(windowMs) || windowMs <= 0) return null;
  return {
    stage: p.stage,
    action: action.value,
    windowMs: Math.min(windowMs, MAX_CUE_WINDOW_MS),
    senses: text(p.senses),
    todo: text(p.todo),
  };
}

export function readCueEnd(p: unknown): CueEndPayload | null {
  if (!isBag(p) || !isStage(p.stage)) return null;
  return { stage: p.stage, answered: p.answered === true, text: text(p.text) };
}

/** A `trace` message with its samples decoded (shared/protocol/traceCodec); elements that are not samples are left out. */
export interface TraceSamples {
  round: number;
  junctions: { team: number; samples: TracePointValues[] }[];
}

/** `trace`: null unless it names its round. */
export function readTrace(p: unknown): TraceSamples | null {
  if (!isBag(p) || typeof p.round !== "number") return null;
  return {
    round: p.round,
    junctions: listOf(p.junctions, (j) =>
      isBag(j) ? { team: num(j.team), samples: listOf(j.points, decodeTracePoint) } : null,
    ),
  };
}
