// The teacher's record of a round: oscilloscope samples per team (from `trace` messages) and the peaks and
// counts the debrief's chain of events is read from (from state patches and trace points).
import { emptyRecord, type RoundRecord, recordObservation } from "../../../shared/game/view";
import type { Bridge } from "./bridge";
import type { ClassStateView } from "./stateView";

/** Samples kept per team: a round of 60 s at 80 samples/s, with room to spare. */
const MAX_POINTS = 8000;

export class TeamTrace {
  t = new Float64Array(MAX_POINTS);
  v = new Float32Array(MAX_POINTS);
  f = new Float32Array(MAX_POINTS);
  length = 0;

  push(tMs: number, mV: number, force: number): void {
    if (this.length === MAX_POINTS) {
      // Keep the newest half: the projector shows the last few hundred ms, the debrief the whole shape.
      const half = MAX_POINTS / 2;
      this.t.copyWithin(0, half);
      this.v.copyWithin(0, half);
      this.f.copyWithin(0, half);
      this.length = half;
    }
    this.t[this.length] = tMs;
    this.v[this.length] = mV;
    this.f[this.length] = force;
    this.length += 1;
  }

  lastTime(): number {
    return this.length > 0 ? (this.t[this.length - 1] ?? 0) : 0;
  }
}

interface TracePayload {
  junctions?: { team?: number; points?: number[][] }[];
}

export class RoundLog {
  round = 0;
  /** Grows with every batch of samples and every reset, so a drawing knows when its trace is stale. */
  version = 0;
  traces: TeamTrace[] = [];
  records: RoundRecord[] = [];
  private restMv: number[] = [];

  constructor(bridge: Bridge) {
    bridge.on("trace", (payload) => this.onTrace(payload as TracePayload));
    bridge.on("state", (state) => this.onState(state as ClassStateView));
  }

  trace(team: number): TeamTrace {
    let trace = this.traces[team];
    if (!trace) {
      trace = new TeamTrace();
      this.traces[team] = trace;
    }
    return trace;
  }

  record(team: number): RoundRecord {
    let record = this.records[team];
    if (!record) {
      record = emptyRecord();
      this.records[team] = record;
    }
    return record;
  }

  private onState(state: ClassStateView): void {
    if (state.round !== this.round && state.phase === "running") {
      this.round = state.round;
      this.traces = [];
      this.records = [];
      this.version += 1;
    }
    if (state.phase !== "running" && state.phase !== "paused") return;
    for (const j of state.junctions ?? []) {
      this.restMv[j.team] = j.restMv;
      recordObservation(this.record(j.team), j);
    }
  }

  private onTrace(payload: TracePayload): void {
    for (const junction of payload?.junctions ?? []) {
      const team = Number(junction.team) || 0;
      const trace = this.trace(team);
      const rest = this.restMv[team] ?? -85;
      for (const point of junction.points ?? []) {
        const [t100 = 0, mv10 = 0, f1000 = 0] = point;
        const mV = mv10 / 10;
        const force = f1000 / 1000;
        if (t100 / 100 < trace.lastTime() - 1) trace.length = 0; // a new round started
        trace.push(t100 / 100, mV, force);
        recordObservation(this.record(team), { endplateMv: mV - rest, force });
      }
    }
    this.version += 1;
  }
}
