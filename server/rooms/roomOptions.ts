// Validates the options a class room is created with. Only the server's own HTTP route creates rooms.
import { normaliseJoinCode } from "../../shared/game/joinCode";
import { num, obj, optional, parse, str } from "../../shared/protocol/validate";

const schema = obj({
  code: str({ min: 6, max: 6 }),
  hostSecretHash: str({ min: 64, max: 64, pattern: /^[0-9a-f]+$/ }),
  title: optional(str({ max: 60 })),
  sessionId: num({ min: 1, max: Number.MAX_SAFE_INTEGER, integer: true }),
});

export interface ClassRoomOptions {
  code: string;
  hostSecretHash: Buffer;
  title: string;
  /** The class session's row in the store. */
  sessionId: number;
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
    sessionId: parsed.value.sessionId,
  };
}
