// The teacher's private dashboard API, for a signed-in teacher only (teacherAuth.ts; no secret in any URL): past
// classes, a report per class (per round, per student), a CSV of students, re-hosting an open class on this
// device, and deleting a class or an assignment for real. The account routes (sign-in, recovery) are in
// teacherAccount.ts.
import express, { type Router } from "express";
import { isRoleId, role } from "../../shared/game/roles";
import { getStore } from "../store";
import type { SessionReport } from "../store/store";
import { asyncRoute } from "./asyncRoute";
import { toCsv } from "./csv";
import { createAssignment, homeworkUrl } from "./homework";
import { endIfOpen, rehost } from "./liveClass";
import { teacherAccountRoutes } from "./teacherAccount";
import { requireTeacher, sameOriginWrites, signedIn } from "./teacherAuth";

const NOT_FOUND = "There is no such class on your dashboard.";

function roleName(id: string | null): string {
  return id && isRoleId(id) ? role(id).name : "";
}

/**
 * One row per student, totals over the session. A cue is a moment the student's part had to act; "answered %" is
 * cues answered in time out of cues received (empty when none was received); refused presses are taps outside a
 * cue or against the physiology.
 */
export function studentsCsv(report: SessionReport): string {
  const header = [
    "nickname",
    "rounds played",
    "roles",
    "game score",
    "cues received",
    "cues answered in time",
    "answered %",
    "refused presses",
    "predictions answered",
    "predictions correct",
  ];
  const rows = report.students.map((s) => {
    const sum = (key: "game" | "cues" | "answered" | "refused") => s.rounds.reduce((a, r) => a + r[key], 0);
    const cues = sum("cues");
    return [
      s.nickname,
      s.rounds.length,
      s.rounds.map((r) => `R${r.round}: ${roleName(r.role)}`).join("; "),
      sum("game"),
      cues,
      sum("answered"),
      cues > 0 ? Math.round((100 * sum("answered")) / cues) : null,
      sum("refused"),
      s.answers.length,
      s.answers.filter((a) => a.correct).length,
    ];
  });
  return toCsv(header, rows);
}

export function teacherRoutes(): Router {
  const router = express.Router();
  router.use((_req, res, next) => {
    res.set("Cache-Control", "no-store");
    next();
  });
  router.use(sameOriginWrites);
  router.use(express.json({ limit: "2kb" }));
  router.use(teacherAccountRoutes());
  router.use(requireTeacher);

  router.get("/", (req, res) => {
    const teacher = signedIn(res);
    const assignments = getStore()
      .homework.ofTeacher(teacher)
      .map((a) => ({ ...a, url: homeworkUrl(req, a.code) }));
    res.json({
      sessions: getStore().sessionsOf(teacher),
      assignments,
      account: {
        recoveryCodeSince: getStore().teachers.recoverySince(teacher),
        signedInBrowsers: getStore().teachers.deviceCount(teacher),
      },
    });
  });

  router.post("/assignments", (req, res) => {
    const created = createAssignment(signedIn(res), req.body ?? {});
    if (!created.ok) {
      res.status(400).json({ error: created.reason });
      return;
    }
    res.status(201).json({ ...created.value, url: homeworkUrl(req, created.value.code) });
  });

  router.delete("/assignments/:id", (req, res) => {
    if (!getStore().erase.deleteAssignment(signedIn(res), Number(req.params.id))) {
      res.status(404).json({ error: "There is no such homework on your dashboard." });
      return;
    }
    res.status(204).end();
  });

  router.get("/sessions/:id", (req, res) => {
    const report = getStore().report(signedIn(res), Number(req.params.id));
    if (!report) {
      res.status(404).json({ error: NOT_FOUND });
      return;
    }
    res.json(report);
  });

  router.get("/sessions/:id/students.csv", (req, res) => {
    const report = getStore().report(signedIn(res), Number(req.params.id));
    if (!report) {
      res.status(404).json({ error: NOT_FOUND });
      return;
    }
    const filename = `endplate-${report.session.code}-${report.session.createdAt.slice(0, 10)}.csv`;
    res.type("text/csv; charset=utf-8").attachment(filename).send(studentsCsv(report));
  });

  // Re-host: a class still open (started on another device) gets a host secret for this browser.
  router.post(
    "/sessions/:id/host",
    asyncRoute(async (req, res) => {
      const session = getStore().sessionOf(signedIn(res), Number(req.params.id));
      const hostSecret = session && !session.endedAt ? await rehost(session.id, session.code) : null;
      if (!session || !hostSecret) {
        res.status(409).json({ error: "This class is not open any more. Host a new class instead." });
        return;
      }
      res.json({ code: session.code, hostSecret });
    }),
  );

  // Deletes the class, its students, rounds and answers; a class still open is closed first.
  router.delete(
    "/sessions/:id",
    asyncRoute(async (req, res) => {
      const teacher = signedIn(res);
      const session = getStore().sessionOf(teacher, Number(req.params.id));
      if (!session) {
        res.status(404).json({ error: NOT_FOUND });
        return;
      }
      if (!session.endedAt) await endIfOpen(session.id, session.code);
      getStore().erase.deleteSession(teacher, session.id);
      res.status(204).end();
    }),
  );
  return router;
}
