// What a client keeps of a round: oscilloscope samples per team (from `trace` messages, teacher only), the peaks and
// counts seen in state patches (a fallback chain of events), and the server's debrief when the round ends.
// Everything resets when a new round number appears, in the state or in a trace message.
import { emptyPeaks, type RoundPeaks, updatePeaks } from "../../../shared/game/view";
import type { Bridge } from "./bridge";
import { type Debrief, readDebrief, readTrace, type TraceSamples } from "./read";
import type { WireState } from "./wireState";

/** Samples kept per team: a round of 60 s at 80 samples/s, with room to spare. */
const MAX_POINTS = 8000;

export class TeamTrace {
  t = new Float64Array(MAX_POINTS);
  v = new Float32Array(MAX_POINTS);
  f = new Float32Array(MAX_POINTS);
  /** The motor neuron's soma potential, mV. */
  s = new Float32Array(MAX_POINTS);
  length = 0;

  push(tMs: number, mV: number, force: number, somaMv = Number.NaN): void {
    if (this.length === MAX_POINTS) {
      // Keep the newest half: the projector shows the last few hundred ms, the debrief the whole shape.
      const half = MAX_POINTS / 2;
      this.t.copyWithin(0, half);
      this.v.copyWithin(0, half);
      this.f.copyWithin(0, half);
      this.s.copyWithin(0, half);
      this.length = half;
    }
    this.t[this.length] = tMs;
    this.v[this.length] = mV;
    this.f[this.length] = force;
    this.s[this.length] = somaMv;
    this.length += 1;
  }

  lastTime(): number {
    return this.length > 0 ? (this.t[this.length - 1] ?? 0) : 0;
  }
}

export class RoundLog {
  round = 0;
  /** Grows with every batch of samples and every reset, so a drawing knows when its trace is stale. */
  version = 0;
  traces: TeamTrace[] = [];
  peaks: RoundPeaks[] = [];
  /** The server's account of the last finished round (null until its `debrief` message arrives). */
  debrief: Debrief | null = null;
  private restMv: number[] = [];

  constructor(bridge: Bridge) {
    bridge.on("trace", (payload) => {
      const trace = readTrace(payload);
      if (trace) this.onTrace(trace);
    });
    bridge.on("state", (state) => this.onState(state as WireState));
    bridge.on("debrief", (payload) => {
      const debrief = readDebrief(payload);
      if (debrief) this.debrief = debrief;
    });
  }

  /** The server's debrief of round `round`, if it has arrived. */
  debriefOf(round: number): Debrief | null {
    return this.debrief?.round === round ? this.debrief : null;
  }

  private startRound(round: number): void {
    this.round = round;
    this.traces = [];
    this.peaks = [];
    this.version += 1;
  }

  trace(team: number): TeamTrace {
    let trace = this.traces[team];
    if (!trace) {
      trace = new TeamTrace();
      this.traces[team] = trace;
    }
    return trace;
  }

  peaksOf(team: number): RoundPeaks {
    let peaks = this.peaks[team];
    if (!peaks) {
      peaks = emptyPeaks();
      this.peaks[team] = peaks;
    }
    return peaks;
  }

  private onState(state: WireState): void {
    if (state.round !== this.round && state.phase === "running") this.startRound(state.round);
    if (state.phase !== "running" && state.phase !== "paused") return;
    for (const j of state.junctions ?? []) {
      this.restMv[j.team] = j.restMv;
      updatePeaks(this.peaksOf(j.team), j);
    }
  }

  private onTrace(payload: TraceSamples): void {
    if (payload.round !== this.round) this.startRound(payload.round);
    for (const { team, samples } of payload.junctions) {
      const trace = this.trace(team);
      const rest = this.restMv[team] ?? -85;
      for (const { tMs, vMv, force, somaMv } of samples) {
        trace.push(tMs, vMv, force, somaMv);
        updatePeaks(this.peaksOf(team), { endplateMv: vMv - rest, force });
      }
    }
    this.version += 1;
  }
}
