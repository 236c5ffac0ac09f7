// Who sees what (boardgame.io's playerView idea): every decision on what a viewer may be sent lives here, pure,
// and the server applies it at each place it sends. Running the round is a permission (rules elsewhere); seeing
// is decided here — a solo homework student runs their round, yet is a student, so a mystery stays hidden.
import type { Game } from "./state";
import type { RoundSummary } from "./summary";

/** Who is looking: the teacher's own screens, one student's device (alone in homework, or in a class), or
 *  everyone at once (the shared wire state and broadcasts, so only what every student may see). */
export type Viewer = { kind: "teacher" } | { kind: "student"; seatId: string; solo: boolean } | { kind: "everyone" };

export const EVERYONE: Viewer = { kind: "everyone" };
export const TEACHER: Viewer = { kind: "teacher" };

/** Whether the viewer may be told which scenario is in force: a mystery's is the teacher's until the debrief. */
export function seesScenario(game: Game, viewer: Viewer): boolean {
  return viewer.kind === "teacher" || game.settings.mysteryChoices === null || game.phase === "debrief";
}

/** The hidden scenario of this round's mystery for the viewer, or null (no mystery, or not theirs to know). */
export function mysteryAnswerFor(game: Game, viewer: Viewer): string | null {
  return game.mystery && seesScenario(game, viewer) ? game.mystery.answer : null;
}

/** The round's scenarios as the shared state shows them ("id:level,…"), or "hidden" while a mystery runs. */
export function scenariosFor(game: Game, viewer: Viewer): string {
  return seesScenario(game, viewer) ? game.settings.scenarios.map((s) => `${s.id}:${s.level}`).join(",") : "hidden";
}

/**
 * What the viewer is told besides the text when a command of theirs is done: the teacher, as a round starts, the
 * scenario it drew (their reminder of the mystery). Nobody else, even a solo student who started the round.
 */
export function commandExtrasFor(game: Game, viewer: Viewer, command: string): { mystery?: string } {
  const mystery = command === "start" && viewer.kind === "teacher" ? mysteryAnswerFor(game, viewer) : null;
  return mystery !== null ? { mystery } : {};
}

/** The oscilloscope samples go to the teacher's screens (the projector) and to a solo student, who has none;
 *  phones in a class draw their small trace from the 10 Hz state instead. */
export function seesTraces(viewer: Viewer): boolean {
  return viewer.kind === "teacher" || (viewer.kind === "student" && viewer.solo);
}

/** Every student's score side by side, and the mystery's reminder: the teacher's screens only. */
export function seesClassScores(viewer: Viewer): boolean {
  return viewer.kind === "teacher";
}

/** The debrief as the viewer gets it: the teacher the whole class; a student only their own contribution. */
export function debriefFor(summary: RoundSummary, viewer: Viewer): RoundSummary | null {
  if (viewer.kind === "teacher") return summary;
  if (viewer.kind === "student") return { ...summary, seats: summary.seats.filter((s) => s.seatId === viewer.seatId) };
  return null;
}
