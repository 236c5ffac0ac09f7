// Game time: wall time maps to physiological time by a dilation the host sets, and slows around the moments
// that matter to the players (an impulse on its way, threshold). Pure: the caller supplies wall ms per tick.

/** Physiological ms per wall second, the host's speed control. */
export const MIN_MS_PER_S = 1;
export const MAX_MS_PER_S = 1000;
/**
 * Default: stage holds pace the fast events, so between them a twitch rises and relaxes over ≈ 3 s of wall time
 * and a 5 Hz train's next impulse is due ≈ 5 s later (measured: ≈ 10–18 s an impulse with a class, npm run bench).
 */
export const DEFAULT_MS_PER_S = 40;
/** While an impulse travels to the terminal (0.5 ms), 2 s of wall time, so the Ca2+ channel can open. */
export const IN_FLIGHT_MS_PER_S = 0.25;
/** Around release, the end-plate potential and threshold: each ms of physiology takes 2 s of wall time. */
export const EVENT_MS_PER_S = 0.5;

export interface SlowZone {
  /** Physiological time at which this zone ends, ms. */
  untilMs: number;
  msPerS: number;
}

export interface ClockSettings {
  msPerS: number;
  slowMotion: boolean;
}

/** The dilation in force at `nowMs`: the slowest zone still running, or the host's speed. */
export function rateAt(settings: ClockSettings, zones: readonly SlowZone[], nowMs: number): number {
  let rate = settings.msPerS;
  if (!settings.slowMotion) return rate;
  for (const zone of zones) if (zone.untilMs > nowMs && zone.msPerS < rate) rate = zone.msPerS;
  return rate;
}

/**
 * Physiological ms that pass in `wallMs` of wall time starting at `nowMs`, integrating across zone ends
 * (a zone that ends mid-tick hands the rest of the tick to the next rate).
 */
export function physiologicalMs(
  settings: ClockSettings,
  zones: readonly SlowZone[],
  nowMs: number,
  wallMs: number,
): number {
  let t = nowMs;
  let wallLeft = wallMs / 1000;
  for (let guard = 0; guard < 16 && wallLeft > 1e-12; guard++) {
    const rate = rateAt(settings, zones, t);
    let boundary = Number.POSITIVE_INFINITY;
    if (settings.slowMotion) for (const z of zones) if (z.untilMs > t && z.untilMs < boundary) boundary = z.untilMs;
    const reach = t + rate * wallLeft;
    if (reach <= boundary) return reach - nowMs;
    wallLeft -= (boundary - t) / rate;
    t = boundary;
  }
  return t - nowMs;
}

/** Drops zones that have ended. */
export function pruneZones(zones: SlowZone[], nowMs: number): SlowZone[] {
  return zones.filter((z) => z.untilMs > nowMs);
}
