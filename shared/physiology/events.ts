// Typed events the game layer drains (to slow time and draw the debrief chain) and per-impulse records
// of the whole chain: impulse → Ca2+ → release → binding → EPP → AP → Ca2+ → force.

import { PARAMS as P } from "./parameters";

export type JunctionEvent =
  | { type: "nerve-stimulated"; timeMs: number; impulse: number }
  | { type: "soma-spike"; timeMs: number; impulse: number } // the impulse it set off down the axon, −1 if none
  | { type: "impulse-arrived"; timeMs: number; impulse: number; caEntry: number }
  | { type: "quanta-released"; timeMs: number; impulse: number; quanta: number; releaseProbability: number }
  | { type: "mepp"; timeMs: number }
  | { type: "muscle-ap"; timeMs: number }
  | { type: "twitch-peak"; timeMs: number; force: number }
  | { type: "cmap"; timeMs: number; impulse: number; fraction: number };

/** One nerve impulse followed down the chain; fields fill in as the impulse's effects happen. */
export interface ImpulseRecord {
  impulse: number;
  stimulatedMs: number;
  arrivedMs: number | null;
  caEntry: number; // Ca2+ entry relative to a control impulse
  releaseProbability: number;
  quanta: number;
  peakOpenReceptors: number;
  eppPeakMv: number; // peak synaptic depolarisation from the pre-impulse potential, up to the AP it fires (AP excluded)
  preImpulseMv: number;
  apFired: boolean;
  apTimeMs: number | null;
  peakCaUM: number;
  peakForce: number;
  cmap: number | null;
}

export function pushEvent(j: { events: JunctionEvent[] }, e: JunctionEvent): void {
  j.events.push(e);
  if (j.events.length > P.eventCap) j.events.shift();
}

/** Returns and clears the undrained events, oldest first. */
export function drainEvents(j: { events: JunctionEvent[] }): JunctionEvent[] {
  const out = j.events;
  j.events = [];
  return out;
}

export function newImpulseRecord(impulse: number, stimulatedMs: number, vMv: number): ImpulseRecord {
  return {
    impulse,
    stimulatedMs,
    arrivedMs: null,
    caEntry: 0,
    releaseProbability: 0,
    quanta: 0,
    peakOpenReceptors: 0,
    eppPeakMv: 0,
    preImpulseMv: vMv,
    apFired: false,
    apTimeMs: null,
    peakCaUM: 0,
    peakForce: 0,
    cmap: null,
  };
}

export function pushRecord(j: { chain: ImpulseRecord[] }, r: ImpulseRecord): void {
  j.chain.push(r);
  if (j.chain.length > P.chainCap) j.chain.shift();
}

/** The record of the given impulse, if still kept. */
export function recordOf(j: { chain: ImpulseRecord[] }, impulse: number): ImpulseRecord | undefined {
  for (let i = j.chain.length - 1; i >= 0; i--) {
    const r = j.chain[i];
    if (r && r.impulse === impulse) return r;
  }
  return undefined;
}
