// Who a dashboard request comes from, without a secret in any URL: a browser shows its HttpOnly, SameSite=Strict
// cookie (one key per signed-in browser); a script sends the dashboard token as `Authorization: Bearer …`.
import type { IncomingMessage } from "node:http";
import type { Request, RequestHandler, Response } from "express";
import { teacherTokenSchema } from "../../shared/protocol";
import { parse } from "../../shared/protocol/validate";
import { hashSecret, newSecret } from "../secrets";
import { getStore } from "../store";

export const TEACHER_COOKIE = "endplate_teacher";
/** Browsers keep a cookie at most 400 days (Chrome's cap); the retention period is 365 days by default. */
const COOKIE_MAX_AGE_S = 400 * 24 * 60 * 60;

export const SIGNED_OUT =
  "This browser is not signed in to a teacher dashboard. Host a class here, or open your dashboard with your recovery code.";

const hex = (secret: string) => hashSecret(secret).toString("hex");

/** The value of one cookie in the request, or null. */
function cookie(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=");
  }
  return null;
}

/** This browser's sign-in key (the cookie's value), if it has the right shape. */
export function deviceKey(req: IncomingMessage): string | null {
  const value = cookie(req, TEACHER_COOKIE);
  return value && parse(teacherTokenSchema, value).ok ? value : null;
}

/** The teacher a request is signed in as (cookie first, then a bearer token), or null. */
export function teacherOf(req: Request): string | null {
  const device = deviceKey(req);
  if (device) {
    const teacher = getStore().teachers.teacherBy(hex(device), ["device"]);
    if (teacher) return teacher;
  }
  const bearer = /^Bearer ([A-Za-z0-9_-]{32,128})$/.exec(req.get("Authorization") ?? "")?.[1];
  return bearer ? getStore().teachers.teacherBy(hex(bearer), ["link"]) : null;
}

/** Signs this browser in as `teacherHash`: a new device key, kept only in an HttpOnly cookie. */
export function signIn(req: Request, res: Response, teacherHash: string): void {
  const key = newSecret();
  getStore().teachers.addKey(teacherHash, "device", hex(key));
  res.cookie(TEACHER_COOKIE, key, {
    httpOnly: true,
    sameSite: "strict",
    secure: req.secure,
    path: "/api",
    maxAge: COOKIE_MAX_AGE_S * 1000,
  });
}

/** Forgets this browser's sign-in (the key and the cookie). */
export function signOut(req: Request, res: Response): void {
  const device = deviceKey(req);
  if (device) getStore().teachers.removeKey(hex(device));
  res.clearCookie(TEACHER_COOKIE, { httpOnly: true, sameSite: "strict", secure: req.secure, path: "/api" });
}

/** Routes behind it see the teacher in `res.locals.teacher`; others get 401 with a sentence to act on. */
export const requireTeacher: RequestHandler = (req, res, next) => {
  const teacher = teacherOf(req);
  if (!teacher) {
    res.status(401).json({ error: SIGNED_OUT });
    return;
  }
  res.locals.teacher = teacher;
  next();
};

/**
 * Changes (sign-in, deletion, recovery codes) only from this site's own pages: a browser sends `Origin` with them,
 * and a page on another host (even a sibling subdomain, which SameSite lets the cookie reach) is refused.
 */
export const sameOriginWrites: RequestHandler = (req, res, next) => {
  const origin = req.get("Origin");
  if (req.method === "GET" || req.method === "HEAD" || !origin) {
    next();
    return;
  }
  let host = "";
  try {
    host = new URL(origin).host;
  } catch {
    // An Origin that is not a URL ("null" from a sandboxed frame) is not this site.
  }
  if (host !== req.get("Host")) {
    res.status(403).json({ error: "The dashboard can be changed only from its own pages." });
    return;
  }
  next();
};

/** The teacher `requireTeacher` found. */
export const signedIn = (res: Response): string => res.locals.teacher as string;

/**
 * The teacher a new class belongs to: this browser's if it is signed in; else the one whose dashboard token it
 * sent (a browser of an earlier release kept one); else a new teacher. A browser not yet signed in is signed in.
 * `token` is the dashboard token when this request made or sent one (for scripts); a browser does not keep it.
 */
export function teacherForHosting(
  req: Request,
  res: Response,
  sentToken?: string,
): { teacher: string; token?: string } {
  const device = deviceKey(req);
  const signedInAs = device ? getStore().teachers.teacherBy(hex(device), ["device"]) : null;
  if (signedInAs) return { teacher: signedInAs };
  let teacher = sentToken ? getStore().teachers.teacherBy(hex(sentToken), ["link"]) : null;
  let token = teacher ? sentToken : undefined;
  if (!teacher) {
    // A fresh random id: a revoked token sent again must not lead back to its old teacher.
    token = newSecret();
    teacher = hex(token);
    getStore().teachers.create(teacher, teacher);
  }
  signIn(req, res, teacher);
  return token ? { teacher, token } : { teacher };
}
