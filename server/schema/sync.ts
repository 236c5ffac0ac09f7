// Copies the plain lobby (shared/game) onto the wire state: the one place the two meet.
import type { Lobby } from "../../shared/game/lobby";
import { type ClassState, StudentView } from "./ClassState";

export function syncLobby(lobby: Lobby, state: ClassState): void {
  state.locked = lobby.locked;
  const present = new Set<string>();
  for (const student of lobby.students) {
    present.add(student.seatId);
    let view = state.students.get(student.seatId);
    if (!view) {
      view = new StudentView();
      state.students.set(student.seatId, view);
    }
    view.nickname = student.nickname;
    view.connected = student.connected;
  }
  for (const seatId of Array.from(state.students.keys())) {
    if (!present.has(seatId)) state.students.delete(seatId);
  }
}
