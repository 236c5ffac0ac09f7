// What a class room writes down: finished rounds (with the debrief sent to every device), revealed answers,
// and, for a solo homework attempt, each round's role and outcome. Store failures are logged, never thrown.
import { type RoundSummary, summariseRound } from "../../shared/game/summary";
import { debriefFor } from "../../shared/game/visibility";
import { ServerMessage } from "../../shared/protocol";
import { getStore } from "../store";
import type { ClassSession, Outbox } from "./classSession";

function attempt(session: ClassSession, what: string, write: () => void): boolean {
  try {
    write();
    return true;
  } catch (error) {
    console.error(`[class ${session.code}] could not save ${what}:`, error);
    return false;
  }
}

/** The round's outcome and chain of events to everyone; each student sees only their own contribution. */
function sendDebrief(outbox: Outbox, summary: RoundSummary): void {
  outbox.toEach(ServerMessage.debrief, (viewer) => debriefFor(summary, viewer));
}

/** Called after every change: stores a newly finished round and newly revealed answers exactly once. */
export function saveProgress(session: ClassSession, outbox: Outbox): void {
  const { game, saved, homework } = session;
  if (game.phase === "debrief" && saved.round !== game.round) {
    const summary = summariseRound(game);
    if (saved.debriefSent !== game.round) {
      sendDebrief(outbox, summary);
      saved.debriefSent = game.round;
    }
    const roundSaved = homework
      ? attempt(session, "the homework round", () => {
          const seat = summary.seats[0];
          const team = summary.teams[seat?.team ?? 0];
          getStore().homework.saveRound(homework.attemptId, {
            round: summary.round,
            role: seat?.role ?? null,
            goalProgress: team?.goalProgress ?? 0,
            goalAchieved: team?.goalAchieved ?? false,
            twitches: team?.twitches ?? 0,
          });
        })
      : attempt(session, `round ${game.round}`, () => getStore().saveRound(session.sessionRowId, summary));
    if (roundSaved) saved.round = game.round;
  }
  if (!homework && game.answers.length > saved.answers) {
    const fresh = game.answers.slice(saved.answers);
    if (attempt(session, "answers", () => getStore().saveAnswers(session.sessionRowId, fresh))) {
      saved.answers = game.answers.length;
    }
  }
}

/** Marks the class session ended in the store (a homework attempt has no session row). */
export function endStoredSession(session: ClassSession): void {
  if (session.sessionRowId > 0)
    attempt(session, "the end of the session", () => getStore().endSession(session.sessionRowId));
}
