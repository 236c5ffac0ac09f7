// A teacher's account on the dashboard: signing a browser in (with a recovery code, or the dashboard token of an
// earlier release's private link), signing out, making a recovery code, revoking every old link and sign-in, and
// deleting everything the teacher has stored.
import express, { type Router } from "express";
import { teacherTokenSchema } from "../../shared/protocol";
import { parse } from "../../shared/protocol/validate";
import { hashSecret, newRecoveryCode, newSecret, normaliseRecoveryCode } from "../secrets";
import { addressLimiter } from "../security/addressLimits";
import { clientAddress } from "../security/clientAddress";
import { RECOVERY_TRIES_PER_ADDRESS } from "../security/limits";
import { TOO_MANY_TRIES } from "../security/matchmaking";
import { getStore } from "../store";
import { asyncRoute } from "./asyncRoute";
import { endIfOpen } from "./liveClass";
import { requireTeacher, signedIn, signIn, signOut } from "./teacherAuth";

const hex = (secret: string) => hashSecret(secret).toString("hex");
const signInTries = addressLimiter("teacher-sign-in", RECOVERY_TRIES_PER_ADDRESS);

const NOT_RECOGNISED =
  "That recovery code or link is not valid (it may have been replaced). Check it, or host a new class from this browser.";

/** A fresh recovery code for the teacher (the earlier one stops working); shown once, stored as a hash. */
function makeRecoveryCode(teacher: string): string {
  const code = newRecoveryCode();
  getStore().teachers.replaceRecovery(teacher, hex(code.replace(/-/g, "")));
  return code;
}

export function teacherAccountRoutes(): Router {
  const router = express.Router();

  // Sign this browser in: `{ recoveryCode }` typed by the teacher, or `{ token }` from an earlier release's link.
  router.post(
    "/sign-in",
    asyncRoute(async (req, res) => {
      if (!(await signInTries.take(clientAddress(req)))) {
        res.status(429).json({ error: TOO_MANY_TRIES });
        return;
      }
      const body = (req.body ?? {}) as { recoveryCode?: unknown; token?: unknown };
      const recovery = normaliseRecoveryCode(body.recoveryCode);
      const token = parse(teacherTokenSchema, body.token);
      const teacher = recovery
        ? getStore().teachers.teacherBy(hex(recovery), ["recovery"])
        : token.ok
          ? getStore().teachers.teacherBy(hex(token.value), ["link"])
          : null;
      if (!teacher) {
        res.status(404).json({ error: NOT_RECOGNISED });
        return;
      }
      signIn(req, res, teacher);
      res.status(204).end();
    }),
  );

  router.post("/sign-out", (req, res) => {
    signOut(req, res);
    res.status(204).end();
  });

  router.post("/recovery-code", requireTeacher, (_req, res) => {
    res.status(201).json({ recoveryCode: makeRecoveryCode(signedIn(res)) });
  });

  // Revokes every credential: old links, other browsers' sign-ins, the recovery code. This browser stays signed
  // in, with a new recovery code to write down (and a new dashboard token, for scripts).
  router.post("/revoke", requireTeacher, (req, res) => {
    const teacher = signedIn(res);
    const token = newSecret();
    getStore().teachers.revokeAll(teacher);
    getStore().teachers.addKey(teacher, "link", hex(token));
    signIn(req, res, teacher);
    res.json({ recoveryCode: makeRecoveryCode(teacher), teacherToken: token });
  });

  // Deletes everything of this teacher: classes (open ones are closed), homework, sign-ins, the teacher.
  router.delete(
    "/",
    requireTeacher,
    asyncRoute(async (req, res) => {
      const teacher = signedIn(res);
      for (const session of getStore().sessionsOf(teacher)) {
        if (!session.endedAt) await endIfOpen(session.id, session.code);
      }
      getStore().erase.deleteTeacher(teacher);
      signOut(req, res);
      res.status(204).end();
    }),
  );
  return router;
}
