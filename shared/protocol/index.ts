// The wire protocol: room names, message names, payload schemas and close codes shared by server and client.
import type { ServerMessageName } from "./payloads";
import { bool, num, obj, optional, str } from "./validate";

export type * from "./payloads";
export { decodeTracePoint, encodeTracePoint, type TracePoint, type TracePointValues } from "./traceCodec";

export const CLASS_ROOM = "class";

/** A device token: random, URL-safe, generated once per browser and kept in local storage. */
export const deviceTokenSchema = str({ min: 16, max: 64, pattern: /^[A-Za-z0-9_-]+$/ });
/** The host secret handed to the teacher's browser when a class is created. */
export const hostSecretSchema = str({ min: 32, max: 128, pattern: /^[A-Za-z0-9_-]+$/ });

/** Options a browser sends when it joins a class room: either a student or the host. */
export const studentJoinSchema = obj({ nickname: str({ max: 64 }), deviceToken: deviceTokenSchema });
export const hostJoinSchema = obj({ hostSecret: hostSecretSchema });

/** Messages from clients, by name, with the payload each must have. */
export const ClientMessage = {
  lock: "lock",
  /** The teacher's "generated names only": `{ generatedOnly }`; new students then join with suggested names. */
  names: "names",
  remove: "remove",
  /** A student's action on their part: payload parsed by shared/game/actions. */
  act: "act",
  /** A teacher's command: payload parsed by shared/game/commands. */
  host: "host",
  /** A student's answer to the question on the screen: `{ questionId, choice }`. */
  answer: "answer",
  /** A student's diagnosis in mystery mode: `{ scenarioId }`. */
  diagnose: "diagnose",
  /** A student's own pace: `{ extraTime }` (true: their cues wait longer; an accessibility setting). */
  pace: "pace",
} as const;

export const clientMessageSchemas = {
  [ClientMessage.lock]: obj({ locked: bool() }),
  [ClientMessage.names]: obj({ generatedOnly: bool() }),
  [ClientMessage.remove]: obj({ seatId: str({ min: 1, max: 16 }) }),
  [ClientMessage.answer]: obj({
    questionId: str({ min: 1, max: 60, pattern: /^[a-z0-9-]+$/ }),
    choice: num({ min: 0, max: 9, integer: true }),
  }),
  [ClientMessage.diagnose]: obj({ scenarioId: str({ min: 1, max: 40, pattern: /^[a-z0-9-]+$/ }) }),
  [ClientMessage.pace]: obj({ extraTime: bool() }),
} as const;

/** Messages from the server; what each carries is ServerPayloads (./payloads), which must name exactly these. */
export const ServerMessage = {
  /** `{ code, message }`: something the client asked was refused; the state is unchanged. */
  error: "error",
  /** `{ kind, … }`: seated, removed, round started/ended. */
  notice: "notice",
  /** `{ text, mystery? }`: an accepted action or command, with what it did (`mystery`: the scenario a round has
   *  drawn, to the teacher only, as it starts: shared/game/visibility). */
  ack: "ack",
  /** `{ text }`: what a student's part did, when the model has shown it. */
  feedback: "feedback",
  /**
   * `{ stage, action, windowMs, senses, todo }` to one holder: the model has reached their part's stage and
   * holds time. `action` is exactly the payload to send back as `act`; `windowMs` is wall ms; `senses` is what
   * the part senses, `todo` what to do, both readable text.
   */
  cue: "cue",
  /** `{ stage, answered, text }` to one holder: their cue is over (answered in time or not) and what it meant. */
  cueEnd: "cueEnd",
  /**
   * `{ round, junctions: { team, points }[] }`: oscilloscope samples (each point encoded by ./traceCodec), to the
   * teacher's screens and to a solo homework student.
   */
  trace: "trace",
  /**
   * Once a second. To a student: `{ game, cues, answered, refused, round: {…}, learning, role, pumpStep, answer,
   * diagnosis }` (session totals; `round`: this round's; `cues`: cues received, `answered`: cues answered in time,
   * `refused`: refused presses; `answer`/`diagnosis`: what the server holds for them, so a reloaded page shows it
   * again). To the teacher:
   * `{ seats: {seatId, …}[], mystery }` (`mystery`: the hidden scenario id, teacher only).
   */
  score: "score",
  /** A RoundSummary (shared/game/summary) when a round ends; a student's copy lists only their own seat. */
  debrief: "debrief",
} as const satisfies { [K in ServerMessageName]: K };

/** WebSocket close codes the room uses on purpose (4000–4999 are the application's own range). */
export const CloseCode = {
  removedByTeacher: 4001,
  classEnded: 4002,
  protocolAbuse: 4003,
  /** The server is restarting (results saved); clients reconnect by code once it is back. */
  serverRestart: 4004,
} as const;

/** Body of `POST /api/classes` and its answer. */
/**
 * The teacher's dashboard token: for scripts (`Authorization: Bearer …`) and from browsers of earlier releases,
 * which kept it; a browser now signs in with an HttpOnly cookie instead and never sees it again.
 */
export const teacherTokenSchema = str({ min: 32, max: 128, pattern: /^[A-Za-z0-9_-]+$/ });
export const createClassSchema = obj({ title: optional(str({ max: 60 })), teacherToken: optional(teacherTokenSchema) });
export interface CreatedClass {
  code: string;
  hostSecret: string;
  joinUrl: string;
  /**
   * The dashboard token, only when this request made a new teacher or sent the token itself (for scripts: send it
   * as `Authorization: Bearer …`). The browser is signed in by cookie; it does not keep this.
   */
  teacherToken?: string;
  /** The private dashboard page ("/teacher"; never shown on the projector). */
  dashboardUrl: string;
}

/** Codes of refused joins (sent with a readable message), so a client can react to each. */
export const JoinErrorCode = {
  badRequest: 4600,
  locked: 4601,
  full: 4602,
  nicknameInvalid: 4603,
  nicknameTaken: 4604,
  removed: 4605,
  notHost: 4606,
  rateLimited: 4607,
} as const;
