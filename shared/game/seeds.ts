// Seeds derived from the game's one seed: each junction's and the mystery draw's, independent and reproducible.

/** A junction seed derived from the game's seed, the round and the team (independent, reproducible). */
export function junctionSeed(seed: number, round: number, team: number): number {
  let h = (seed ^ Math.imul(round + 1, 0x9e3779b1) ^ Math.imul(team + 1, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
  return (h ^ (h >>> 15)) >>> 0;
}
