// What a class room writes down: finished rounds (with the debrief sent to every device), revealed answers,
// and, for a solo homework attempt, each round's role and outcome. Store failures are logged, never thrown.
import type { Client } from "colyseus";
import { type RoundSummary, summariseRound } from "../../shared/game/summary";
import { ServerMessage } from "../../shared/protocol";
import { getStore } from "../store";
import type { ClassRoom } from "./ClassRoom";

function attempt(room: ClassRoom, what: string, write: () => void): boolean {
  try {
    write();
    return true;
  } catch (error) {
    console.error(`[class ${room.roomId}] could not save ${what}:`, error);
    return false;
  }
}

/** The round's outcome and chain of events to everyone; each student sees only their own contribution. */
function sendDebrief(room: ClassRoom, summary: RoundSummary): void {
  for (const client of room.clients as Client[]) {
    const seatId = room.seatOf(client);
    if (room.isTeacher(client)) client.send(ServerMessage.debrief, summary);
    else if (seatId)
      client.send(ServerMessage.debrief, { ...summary, seats: summary.seats.filter((s) => s.seatId === seatId) });
  }
}

/** Called after every change: stores a newly finished round and newly revealed answers exactly once. */
export function recordProgress(room: ClassRoom): void {
  const game = room.game;
  if (game.phase === "debrief" && room.records.round !== game.round) {
    const summary = summariseRound(game);
    if (room.records.debriefSent !== game.round) {
      sendDebrief(room, summary);
      room.records.debriefSent = game.round;
    }
    const saved = room.homework
      ? attempt(room, "the homework round", () => {
          const seat = summary.seats[0];
          const team = summary.teams[seat?.team ?? 0];
          getStore().homework.recordRound(room.homework?.attemptId ?? 0, {
            round: summary.round,
            role: seat?.role ?? null,
            goalProgress: team?.goalProgress ?? 0,
            goalAchieved: team?.goalAchieved ?? false,
            twitches: team?.twitches ?? 0,
          });
        })
      : attempt(room, `round ${game.round}`, () => getStore().saveRound(room.sessionId, summary));
    if (saved) room.records.round = game.round;
  }
  if (!room.homework && game.answers.length > room.records.answers) {
    const fresh = game.answers.slice(room.records.answers);
    if (attempt(room, "answers", () => getStore().saveAnswers(room.sessionId, fresh))) {
      room.records.answers = game.answers.length;
    }
  }
}

export function closeSessionRecord(room: ClassRoom): void {
  if (room.sessionId > 0) attempt(room, "the session record", () => getStore().endSession(room.sessionId));
}
