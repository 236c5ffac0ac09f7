// Homework over HTTP: a teacher sets an assignment (challenge + deadline) from the dashboard; a student opens
// its link, gives a nickname, and gets a private solo room with bots in every other part.
import { matchMaker } from "colyseus";
import express, { type Request, type Router } from "express";
import { challengeById } from "../../shared/game/challenges";
import { normaliseJoinCode } from "../../shared/game/joinCode";
import { parseScenarioList, SCENARIOS, type ScenarioChoice } from "../../shared/physiology/scenarios";
import { CLASS_ROOM, deviceTokenSchema } from "../../shared/protocol";
import { obj, optional, parse, str } from "../../shared/protocol/validate";
import { vetNickname } from "../names/wordFilter";
import { hashSecret, newJoinCode, newSecret } from "../secrets";
import { addressLimiter } from "../security/addressLimits";
import { clientAddress } from "../security/clientAddress";
import { CLASSES_PER_ADDRESS } from "../security/limits";
import { badCodeLimiter, TOO_MANY_TRIES } from "../security/matchmaking";
import { getStore } from "../store";
import type { Assignment } from "../store/homework";
import { asyncRoute } from "./asyncRoute";
import { publicBaseUrl } from "./publicUrl";

const attemptLimiter = addressLimiter("homework-attempts", CLASSES_PER_ADDRESS);

export const assignmentSchema = obj({
  title: str({ min: 1, max: 80 }),
  challengeId: str({ min: 1, max: 60 }),
  /** ISO date-time; attempts after it are marked late (never refused). */
  deadline: str({ min: 10, max: 40 }),
  note: optional(str({ max: 300 })),
  /** Scenarios instead of the challenge's own (ids and levels checked like a teacher's configure). */
  scenarios: optional((input: unknown, path: string) => {
    const r = parseScenarioList(input);
    return r.ok ? r : { ok: false as const, reason: `${path}: ${r.reason}` };
  }),
});

/** Creates an assignment for a teacher; returns a refusal reason or the assignment. */
export function createAssignment(
  teacherHash: string,
  body: unknown,
): { ok: true; value: Assignment } | { ok: false; reason: string } {
  const parsed = parse(assignmentSchema, body);
  if (!parsed.ok) return parsed;
  const challenge = challengeById(parsed.value.challengeId);
  if (!challenge) return { ok: false, reason: "challengeId is not a known challenge" };
  const scenarios: ScenarioChoice[] | null = parsed.value.scenarios ?? null;
  if (scenarios && challenge.mystery) {
    return { ok: false, reason: "a mystery challenge draws its own hidden scenario; leave scenarios out" };
  }
  const deadline = Date.parse(parsed.value.deadline);
  if (!Number.isFinite(deadline)) return { ok: false, reason: "deadline must be a date" };
  let code = newJoinCode();
  for (let i = 0; i < 20 && getStore().homework.codeTaken(code); i++) code = newJoinCode();
  const assignment = getStore().homework.create(
    teacherHash,
    code,
    parsed.value.title,
    parsed.value.challengeId,
    scenarios && scenarios.length > 0 ? scenarios : null,
    new Date(deadline).toISOString(),
  );
  return { ok: true, value: assignment };
}

/**
 * The homework link to give students: the same address as class join links (PUBLIC_URL, or this machine's LAN
 * address when the teacher's page is on localhost), because a student's device cannot reach the teacher's localhost.
 */
export function homeworkUrl(req: Request, code: string): string {
  return `${publicBaseUrl(req, req.socket.localPort ?? 80)}/homework/${code}`;
}

function publicView(a: Assignment) {
  const challenge = challengeById(a.challengeId);
  return {
    code: a.code,
    title: a.title,
    deadline: a.deadline,
    late: Date.now() > Date.parse(a.deadline),
    challenge: challenge ? { id: challenge.id, name: challenge.name, summary: challenge.summary } : null,
    scenarios:
      a.scenarios?.map((s) => ({
        id: s.id,
        name: SCENARIOS.find((x) => x.id === s.id)?.name ?? s.id,
        level: s.level,
      })) ?? null,
  };
}

export function homeworkRoutes(): Router {
  const router = express.Router();
  router.use(express.json({ limit: "2kb" }));

  router.get(
    "/:code",
    asyncRoute(async (req, res) => {
      const address = clientAddress(req);
      const code = normaliseJoinCode(req.params.code);
      const assignment = code ? getStore().homework.byCode(code) : undefined;
      if (!assignment) {
        const limited = !(await badCodeLimiter.take(address));
        res
          .status(limited ? 429 : 404)
          .json({ error: limited ? TOO_MANY_TRIES : "There is no homework with that code." });
        return;
      }
      res.json(publicView(assignment));
    }),
  );

  router.post(
    "/:code/attempts",
    asyncRoute(async (req, res) => {
      if (!(await attemptLimiter.take(clientAddress(req)))) {
        res.status(429).json({ error: TOO_MANY_TRIES });
        return;
      }
      const code = normaliseJoinCode(req.params.code);
      const assignment = code ? getStore().homework.byCode(code) : undefined;
      if (!assignment) {
        res.status(404).json({ error: "There is no homework with that code." });
        return;
      }
      const body = parse(obj({ nickname: str({ max: 64 }), deviceToken: deviceTokenSchema }), req.body ?? {});
      if (!body.ok) {
        res.status(400).json({ error: body.reason });
        return;
      }
      const nickname = vetNickname(body.value.nickname);
      if (!nickname.ok) {
        res.status(400).json({ error: nickname.reason });
        return;
      }
      const attempt = getStore().homework.startAttempt(assignment, nickname.value, new Date());
      const roomCode = newJoinCode();
      const hostSecret = newSecret();
      await matchMaker.createRoom(CLASS_ROOM, {
        code: roomCode,
        hostSecretHash: hashSecret(hostSecret).toString("hex"),
        sessionId: 0, // no class-session row (roomOptions: the option key for sessionRowId)
        title: assignment.title,
        homework: {
          attemptId: attempt.id,
          challengeId: assignment.challengeId,
          ...(assignment.scenarios ? { scenarios: assignment.scenarios } : {}),
          deviceHash: hashSecret(body.value.deviceToken).toString("hex"),
        },
      });
      res.status(201).json({
        ...publicView(assignment),
        roomCode,
        nickname: nickname.value,
        attemptId: attempt.id,
        late: attempt.late,
      });
    }),
  );
  return router;
}
