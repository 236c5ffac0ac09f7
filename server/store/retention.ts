// The retention period: classes and homework are kept RETENTION_DAYS days (365 by default) from the day they were
// created, then deleted by a sweep that runs at start-up and every six hours (with old upgrade copies of the file).
import { removeOldUpgradeCopies } from "./database";
import type { Store } from "./store";

export const DEFAULT_RETENTION_DAYS = 365;
/** Ten years: a longer setting is almost certainly a typo (and no school policy asks for it). */
const MAX_RETENTION_DAYS = 3650;
const SWEEP_EVERY_MS = 6 * 60 * 60 * 1000;

/** RETENTION_DAYS as a whole number of days from 1 to 3650; unset means 365. */
export function retentionDays(value = process.env.RETENTION_DAYS): number {
  if (value === undefined || value.trim() === "") return DEFAULT_RETENTION_DAYS;
  const days = Number(value);
  if (!Number.isInteger(days) || days < 1 || days > MAX_RETENTION_DAYS) {
    throw new Error(`RETENTION_DAYS must be a whole number of days from 1 to ${MAX_RETENTION_DAYS}, got "${value}".`);
  }
  return days;
}

/** Deletes what is older than `days`; returns what went, for the log. */
export function sweep(store: Store, dataDir: string, days: number, now = Date.now()): string | null {
  const cutoff = new Date(now - days * 86_400_000).toISOString();
  const purged = store.erase.purgeBefore(cutoff);
  const copies = removeOldUpgradeCopies(dataDir, now);
  const parts = [
    purged.sessions && `${purged.sessions} class(es)`,
    purged.assignments && `${purged.assignments} homework assignment(s)`,
    purged.teachers && `${purged.teachers} idle teacher(s)`,
    purged.deviceKeys && `${purged.deviceKeys} unused sign-in(s)`,
    copies.length && `${copies.length} upgrade copy(ies) of the database`,
  ].filter(Boolean);
  return parts.length > 0 ? `Retention (${days} days): deleted ${parts.join(", ")}.` : null;
}

/** Sweeps now and every six hours until the returned function is called. */
export function startRetention(store: Store, dataDir: string, days: number): () => void {
  const run = () => {
    try {
      const line = sweep(store, dataDir, days);
      if (line) console.log(line);
    } catch (error) {
      console.error("Retention sweep failed:", error instanceof Error ? error.message : error);
    }
  };
  run();
  const timer = setInterval(run, SWEEP_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
