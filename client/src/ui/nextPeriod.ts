// "Next period": the teacher's next class gets a new code and an empty roster but keeps this class's round
// settings. They travel in this tab's sessionStorage to the new host page, which applies them once.
import type { Configuration } from "../../../shared/game/commands";

const KEY = "endplate.nextPeriod";

export interface PeriodSettings {
  settings: Configuration;
  /** The challenge preset in use ("" for none), applied before the settings. */
  challenge: string;
}

export function saveForNextPeriod(carried: PeriodSettings): void {
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify(carried));
  } catch {
    // Storage off (private mode): the next class simply starts with the defaults.
  }
}

/** The settings carried from the previous period, once (they are removed as they are read). */
export function takeNextPeriod(): PeriodSettings | null {
  let text: string | null = null;
  try {
    text = window.sessionStorage.getItem(KEY);
    window.sessionStorage.removeItem(KEY);
  } catch {
    return null;
  }
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<PeriodSettings>;
    if (typeof value !== "object" || value === null || typeof value.settings !== "object" || !value.settings) {
      return null;
    }
    // The server validates every field of `configure`; this only checks the shape it was saved in.
    return { settings: value.settings, challenge: typeof value.challenge === "string" ? value.challenge : "" };
  } catch {
    return null;
  }
}
