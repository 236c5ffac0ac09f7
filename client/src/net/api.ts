// Calls to the Endplate HTTP API, with every failure turned into a sentence a student or teacher can act on.
import type { CreatedClass } from "../../../shared/protocol";
import { forgetLegacyTeacherToken, legacyTeacherToken } from "./device";

export const UNREACHABLE =
  "Can't reach the Endplate server. Check that you are on the school Wi-Fi and that the address is right, then try again.";

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export async function request<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { "Content-Type": "application/json", ...init?.headers } });
  } catch {
    throw new ApiError(UNREACHABLE, 0);
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // A proxy error page or an empty body: fall through to the status check.
  }
  if (!response.ok) {
    const message =
      body && typeof body === "object" && "error" in body && typeof body.error === "string"
        ? body.error
        : response.status >= 500
          ? "The server had a problem. Try again in a moment."
          : UNREACHABLE;
    throw new ApiError(message, response.status);
  }
  return body as T;
}

/**
 * Creates a class. The server signs this browser in to the teacher's dashboard with an HttpOnly cookie (the same
 * dashboard for every class it hosts); a dashboard token an earlier release kept here is sent once, then removed.
 */
export async function createClass(): Promise<CreatedClass> {
  const token = legacyTeacherToken();
  const created = await request<CreatedClass>("/api/classes", {
    method: "POST",
    body: JSON.stringify(token ? { teacherToken: token } : {}),
  });
  forgetLegacyTeacherToken();
  return created;
}

export interface ClassInfo {
  code: string;
  joinUrl: string;
  maxStudents: number;
}

export function lookUpClass(code: string): Promise<ClassInfo> {
  return request<ClassInfo>(`/api/classes/${encodeURIComponent(code)}`);
}
