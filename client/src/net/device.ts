// What this browser remembers: its device token (to get a seat back) and host secrets of classes it created. The
// teacher's dashboard sign-in is an HttpOnly cookie the page cannot read (server/http/teacherAuth.ts).

const DEVICE_KEY = "endplate.device";
const HOST_KEY_PREFIX = "endplate.host.";
const NICKNAME_KEY = "endplate.nickname";

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function randomToken(): string {
  const bytes = new Uint8Array(24);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

/** A random token kept by this browser; private browsing without storage gets a fresh one per page. */
export function deviceToken(): string {
  const store = storage();
  const existing = store?.getItem(DEVICE_KEY);
  if (existing && /^[A-Za-z0-9_-]{16,64}$/.test(existing)) return existing;
  const token = randomToken();
  store?.setItem(DEVICE_KEY, token);
  return token;
}

export function saveHostSecret(code: string, secret: string): void {
  storage()?.setItem(HOST_KEY_PREFIX + code, secret);
}

export function hostSecret(code: string): string | null {
  return storage()?.getItem(HOST_KEY_PREFIX + code) ?? null;
}

/** Where earlier releases kept the teacher's dashboard token; read once to sign in by cookie, then removed. */
const LEGACY_TEACHER_KEY = "endplate.teacher";
/** The shape the server accepts for a teacher token (shared/protocol teacherTokenSchema). */
const TEACHER_TOKEN = /^[A-Za-z0-9_-]{32,128}$/;

/** The dashboard token an earlier release left in this browser, if any. */
export function legacyTeacherToken(): string | null {
  const token = storage()?.getItem(LEGACY_TEACHER_KEY) ?? null;
  return token && TEACHER_TOKEN.test(token) ? token : null;
}

export function forgetLegacyTeacherToken(): void {
  storage()?.removeItem(LEGACY_TEACHER_KEY);
}

/** The teacher's private dashboard page (the browser that hosts is signed in to it by cookie). */
export function dashboardPath(): string {
  return "/teacher";
}

export function lastNickname(): string {
  return storage()?.getItem(NICKNAME_KEY) ?? "";
}

export function rememberNickname(name: string): void {
  storage()?.setItem(NICKNAME_KEY, name);
}

const SESSION_PREFIX = "endplate.session.";

/** Remembers, for this tab, that it is in class `code` as `nickname` (a reload then takes the seat back). */
export function rememberSession(code: string, nickname: string): void {
  try {
    window.sessionStorage.setItem(SESSION_PREFIX + code, nickname);
  } catch {
    // Storage blocked: a reload shows the nickname form instead.
  }
}

export function rememberedSession(code: string): string | null {
  try {
    return window.sessionStorage.getItem(SESSION_PREFIX + code);
  } catch {
    return null;
  }
}

export function forgetSession(code: string): void {
  try {
    window.sessionStorage.removeItem(SESSION_PREFIX + code);
  } catch {
    // Nothing to forget.
  }
}
