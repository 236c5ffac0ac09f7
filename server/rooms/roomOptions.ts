// Validates the options a class room is created with. Only the server's own HTTP route creates rooms.
import { normaliseJoinCode } from "../../shared/game/joinCode";
import { parseScenarioList, type ScenarioChoice } from "../../shared/physiology/scenarios";
import { num, obj, optional, parse, str } from "../../shared/protocol/validate";

const schema = obj({
  code: str({ min: 6, max: 6 }),
  hostSecretHash: str({ min: 64, max: 64, pattern: /^[0-9a-f]+$/ }),
  title: optional(str({ max: 60 })),
  /** The store's class-session row id (`sessionRowId`); the option keeps this key, which processes of two versions
   * behind one Redis still agree on. */
  sessionId: num({ min: 0, max: Number.MAX_SAFE_INTEGER, integer: true }),
  homework: optional(
    obj({
      attemptId: num({ min: 1, max: Number.MAX_SAFE_INTEGER, integer: true }),
      challengeId: str({ min: 1, max: 60 }),
      scenarios: optional((input: unknown, path: string) => {
        const r = parseScenarioList(input);
        return r.ok ? r : { ok: false as const, reason: `${path}: ${r.reason}` };
      }),
      deviceHash: str({ min: 64, max: 64, pattern: /^[0-9a-f]+$/ }),
    }),
  ),
});

export interface ClassRoomOptions {
  code: string;
  hostSecretHash: Buffer;
  title: string;
  /** The class session's row in the store (0 for a homework attempt, which is stored as an attempt). */
  sessionRowId: number;
  /** A solo homework attempt: its row, its challenge, and the one device that may play it. */
  homework: HomeworkOptions | null;
}

export interface HomeworkOptions {
  attemptId: number;
  challengeId: string;
  /** The teacher's scenarios instead of the challenge's own (absent: the challenge's). */
  scenarios?: ScenarioChoice[];
  deviceHash: string;
}

export function parseRoomOptions(input: unknown): ClassRoomOptions {
  const parsed = parse(schema, input);
  if (!parsed.ok) throw new Error(`Invalid class room options: ${parsed.reason}`);
  const code = normaliseJoinCode(parsed.value.code);
  if (code === null) throw new Error("Invalid class room options: bad join code");
  return {
    code,
    hostSecretHash: Buffer.from(parsed.value.hostSecretHash, "hex"),
    title: parsed.value.title ?? "",
    sessionRowId: parsed.value.sessionId,
    homework: parsed.value.homework ?? null,
  };
}
