// Who is behind a connection, from its join-time identity: the seat it plays, the teacher or not, who may run the
// round, and the viewer shared/game/visibility decides for.
import type { Client } from "colyseus";
import { TEACHER, type Viewer } from "../../shared/game/visibility";
import type { ClassSession, Identity } from "./classSession";

export function seatOf(client: Client): string | null {
  const identity = client.auth as Identity | undefined;
  return identity?.kind === "student" && identity.seatId ? identity.seatId : null;
}

/** Who is looking through this connection, for shared/game/visibility (null while a student is still joining). */
export function viewerOf(session: ClassSession, client: Client): Viewer | null {
  if (isTeacher(client)) return TEACHER;
  const seatId = seatOf(client);
  return seatId ? { kind: "student", seatId, solo: session.homework !== null } : null;
}

/** The teacher's own connections (projector, laptop). */
export function isTeacher(client: Client): boolean {
  return (client.auth as Identity | undefined)?.kind === "host";
}

/** Who may run the round: the teacher, or in solo homework the one student playing it. */
export function isHost(session: ClassSession, client: Client): boolean {
  return isTeacher(client) || (session.homework !== null && seatOf(client) !== null);
}
