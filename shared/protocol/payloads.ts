// What each server→client message carries, one type per message name (the map ServerPayloads): the room's outbox is
// typed against it, so a wrong shape is a compile error, and client/src/net/read.ts parses each back from `unknown`.
import type { Action } from "../game/actions";
import type { RoleId } from "../game/roles";
import type { SeatScore } from "../game/score";
import type { StageId } from "../game/stages";
import type { Learning, Phase } from "../game/state";
import type { RoundSummary } from "../game/summary";
import type { TracePoint } from "./traceCodec";

/** `error`: something the client asked was refused (a readable message); the state is unchanged. */
export interface ErrorPayload {
  code: string;
  message: string;
}

/** `notice`: a seat was given (or given back), the device was removed, the server restarts, the phase changed. */
export type NoticePayload =
  | { kind: "seated"; seatId: string; nickname: string; returning: boolean }
  | { kind: "removed"; reason: string }
  | { kind: "shutdown"; reason: string }
  | { kind: "phase"; phase: Phase };

/** `ack`: an accepted action or command and what it did; `mystery` to the teacher only (shared/game/visibility). */
export interface AckPayload {
  text: string;
  mystery?: string;
}

/** `feedback`: what a student's part did, when the model has shown it. */
export interface FeedbackPayload {
  text: string;
}

/**
 * `cue`, to one holder: the model reached their part's stage and holds time. `action` is exactly what to send back as
 * `act`; `windowMs` is wall ms; `senses` what the part senses and `todo` what to do, readable text.
 */
export interface CuePayload {
  stage: StageId;
  action: Action;
  windowMs: number;
  senses: string;
  todo: string;
}

/** `cueEnd`, to one holder: their cue is over (answered in time or not) and what it meant. */
export interface CueEndPayload {
  stage: StageId;
  answered: boolean;
  text: string;
}

/** `trace`: oscilloscope samples of each team's junction (codec in ./traceCodec), to the teacher and a solo student. */
export interface TracePayload {
  round: number;
  junctions: { team: number; points: TracePoint[] }[];
}

/**
 * `score` to a student, once a second: session totals (the SeatScore fields), this round's under `round`, and what
 * the server holds for them (`answer`, `diagnosis`, `extraTime`), so a reloaded page shows it again.
 */
export interface StudentScorePayload extends SeatScore {
  round: SeatScore;
  learning: Learning;
  role: RoleId | null;
  /** A pump part's next step in its cycle (null for other parts). */
  pumpStep: number | null;
  answer: { questionId: string; choice: number } | null;
  diagnosis: string | null;
  extraTime: boolean;
}

/** `score` to the teacher's screens: every seat's session totals; `mystery` the hidden scenario (teacher only). */
export interface ClassScoresPayload {
  seats: (SeatScore & { seatId: string; learning: Learning })[];
  mystery: string | null;
}

export type ScorePayload = StudentScorePayload | ClassScoresPayload;

/** `debrief`: the finished round's summary; a student's copy lists only their own seat. */
export type DebriefPayload = RoundSummary;

/** Every server→client message by name (shared/protocol's ServerMessage), with the payload it carries. */
export interface ServerPayloads {
  error: ErrorPayload;
  notice: NoticePayload;
  ack: AckPayload;
  feedback: FeedbackPayload;
  cue: CuePayload;
  cueEnd: CueEndPayload;
  trace: TracePayload;
  score: ScorePayload;
  debrief: DebriefPayload;
}

export type ServerMessageName = keyof ServerPayloads;
