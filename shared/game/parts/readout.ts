// Small wording helpers the parts' readouts and cue texts share (signed millivolts, counts, Ca2+ entry).
import type { JunctionReadings } from "../junctionReadings";

/** A potential as people write it: "−70 mV", "+30 mV". */
export const mvText = (v: number) => `${v > 0 ? "+" : v < 0 ? "−" : ""}${Math.abs(Math.round(v))} mV`;

/** "1 impulse", "3 impulses". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Ca2+ entry of the last impulse, relative to a normal (control) impulse. */
export const entryText = (j: JunctionReadings) => `${(Number(j.caEntry) || 0).toFixed(2)}× normal`;
