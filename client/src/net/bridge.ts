// The one bridge through which scenes and overlays read the class: the live state, values interpolated between
// 10 Hz patches for smooth drawing, and the server's messages. It survives reconnection (attach a new room).
import type { Room } from "colyseus.js";
import { ServerMessage, type ServerMessageName } from "../../../shared/protocol";
import { SMOOTH_FIELDS, type SmoothField, type WireJunction, type WireState } from "./wireState";

export type Smooth = Record<SmoothField, number>;
/** A listener gets the payload untrusted: it reads it with client/src/net/read.ts. */
type Listener = (payload: unknown) => void;
/** What the bridge passes on: every server message, and "state" after each decoded patch. */
export type BridgeEvent = ServerMessageName | "state";

/** Patches arrive every 100 ms; drawing lags one interval so it always interpolates between two known values. */
const PATCH_MS = 100;
const MESSAGES = Object.values(ServerMessage);

function snapshot(j: WireJunction): Smooth {
  const s = {} as Smooth;
  for (const key of SMOOTH_FIELDS) s[key] = Number(j[key]) || 0;
  return s;
}

export class Bridge {
  private room: Room<WireState> | null = null;
  private readonly listeners = new Map<BridgeEvent, Set<Listener>>();
  private prev: Smooth[] = [];
  private curr: Smooth[] = [];
  private currAt = 0;
  /** The cue still open for this device (a screen mounted after it arrived shows it too), with when it came. */
  openCue: { payload: unknown; at: number } | null = null;
  /** When anything last came from the server (performance.now()), for the connection's watchdog. */
  lastHeardAt = performance.now();

  attach(room: Room<WireState>): void {
    this.room = room;
    this.openCue = null; // a cue from before a reconnection was released to a bot when the device dropped
    this.lastHeardAt = performance.now();
    room.onStateChange((state) => this.onState(state));
    for (const type of MESSAGES) room.onMessage(type, (payload: unknown) => this.emit(type, payload));
    if (room.state) this.onState(room.state);
  }

  get current(): Room<WireState> | null {
    return this.room;
  }

  /** The decoded class state, or null before the first full state of the current room (after a reconnection too). */
  state(): WireState | null {
    const state = this.room?.state;
    return state?.students ? state : null;
  }

  junction(team: number): WireJunction | undefined {
    const list = this.room?.state?.junctions;
    if (!list) return undefined;
    for (const j of list) if (j.team === team) return j;
    return undefined;
  }

  /** Observables of a team's junction, interpolated for `now` (performance.now()). */
  smooth(team: number, now = performance.now()): Smooth | null {
    const b = this.curr[team];
    if (!b) return null;
    const a = this.prev[team] ?? b;
    const f = Math.min(1, Math.max(0, (now - this.currAt) / PATCH_MS));
    const out = {} as Smooth;
    for (const key of SMOOTH_FIELDS) out[key] = a[key] + (b[key] - a[key]) * f;
    return out;
  }

  /** Whether messages can reach the server now (a press while offline would be lost). */
  online(): boolean {
    return this.room?.connection?.isOpen ?? false;
  }

  send(type: string, payload: unknown): void {
    this.room?.send(type, payload);
  }

  on(type: BridgeEvent, listener: Listener): () => void {
    let set = this.listeners.get(type);
    if (!set) {
      set = new Set();
      this.listeners.set(type, set);
    }
    set.add(listener);
    return () => set.delete(listener);
  }

  emit(type: BridgeEvent, payload: unknown): void {
    this.lastHeardAt = performance.now();
    if (type === ServerMessage.cue) this.openCue = { payload, at: this.lastHeardAt };
    else if (type === ServerMessage.cueEnd || type === ServerMessage.ack) this.openCue = null;
    for (const listener of this.listeners.get(type) ?? []) listener(payload);
  }

  private onState(state: WireState): void {
    if (!state?.students) return; // the first full state has not been decoded yet
    const now = performance.now();
    // Start interpolating from where the drawing is now, so a late patch never makes values jump back.
    const next: Smooth[] = [];
    for (const j of state.junctions ?? []) {
      this.prev[j.team] = this.smooth(j.team, now) ?? snapshot(j);
      next[j.team] = snapshot(j);
    }
    this.curr = next;
    this.currAt = now;
    this.emit("state", state);
  }
}
