// A student's score: cues answered in time out of cues received, and presses refused. Mashing never pays.

export interface SeatScore {
  /** Game score: 10 per cue answered in time, minus 1 per refused press (never below 0), plus the goal bonus. */
  game: number;
  /** Cues this student's part received (one per stage they hold, per impulse). */
  cues: number;
  /** Cues answered in time with the part's action. */
  answered: number;
  /** Presses refused: outside a cue, or against the physiology. */
  refused: number;
}

/** Game points for a cue answered in time; a refused press costs one (so mashing never pays). */
export const POINTS_PER_CUE = 10;
export const REFUSED_PRESS_COST = 1;

export function emptyScore(): SeatScore {
  return { game: 0, cues: 0, answered: 0, refused: 0 };
}
