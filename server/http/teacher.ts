// The teacher's private dashboard API, reached only with the unguessable teacher token from hosting:
// past classes, a report per class (per round, per student) and a CSV of students.
import express, { type Router } from "express";
import { isRoleId, role } from "../../shared/game/roles";
import { teacherTokenSchema } from "../../shared/protocol";
import { parse } from "../../shared/protocol/validate";
import { hashSecret } from "../secrets";
import { getStore } from "../store";
import type { SessionReport } from "../store/store";
import { toCsv } from "./csv";
import { createAssignment, homeworkUrl } from "./homework";

const NOT_FOUND = "This dashboard link is not valid. Use the private link you got when you hosted a class.";

function teacherHash(token: unknown): string | null {
  const parsed = parse(teacherTokenSchema, token);
  if (!parsed.ok) return null;
  const hash = hashSecret(parsed.value).toString("hex");
  return getStore().teacherExists(hash) ? hash : null;
}

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

  router.get("/:token", (req, res) => {
    const hash = teacherHash(req.params.token);
    if (!hash) {
      res.status(404).json({ error: NOT_FOUND });
      return;
    }
    const assignments = getStore()
      .homework.ofTeacher(hash)
      .map((a) => ({ ...a, url: homeworkUrl(req, a.code) }));
    res.json({ sessions: getStore().sessionsOf(hash), assignments });
  });

  router.post("/:token/assignments", express.json({ limit: "2kb" }), (req, res) => {
    const hash = teacherHash(req.params.token);
    if (!hash) {
      res.status(404).json({ error: NOT_FOUND });
      return;
    }
    const created = createAssignment(hash, req.body ?? {});
    if (!created.ok) {
      res.status(400).json({ error: created.reason });
      return;
    }
    res.status(201).json({ ...created.value, url: homeworkUrl(req, created.value.code) });
  });

  router.get("/:token/sessions/:id", (req, res) => {
    const hash = teacherHash(req.params.token);
    const report = hash ? getStore().report(hash, Number(req.params.id)) : null;
    if (!report) {
      res.status(404).json({ error: NOT_FOUND });
      return;
    }
    res.json(report);
  });

  router.get("/:token/sessions/:id/students.csv", (req, res) => {
    const hash = teacherHash(req.params.token);
    const report = hash ? getStore().report(hash, Number(req.params.id)) : null;
    if (!report) {
      res.status(404).json({ error: NOT_FOUND });
      return;
    }
    const filename = `endplate-${report.session.code}-${report.session.createdAt.slice(0, 10)}.csv`;
    res.type("text/csv; charset=utf-8").attachment(filename).send(studentsCsv(report));
  });
  return router;
}
