// Why a round went the way it did, in one sentence for phones and the debrief: the goal met, or the first
// place the chain broke — a stage nobody answered in time, or where the physiology itself stopped.
import type { ImpulseRecord } from "../physiology/events";
import { TWITCH_FORCE_MIN } from "./goals";
import { THRESHOLD_MV } from "./rules";
import { STAGES, type StageId } from "./stages";
import type { StageOutcome } from "./teamJunction";
import { EPP_SEEN_MV } from "./view";

export interface VerdictInput {
  goal: string;
  achieved: boolean;
  stageLog: readonly StageOutcome[];
  chain: readonly ImpulseRecord[];
  /** The motor neuron's round: volleys received, spikes fired, and whether the goal was to keep it silent. */
  neuron?: { volleys: number; somaSpikes: number; veto: boolean };
}

/** The stage people missed most often (every holder late or silent), with how many impulses it broke. */
function mostMissed(log: readonly StageOutcome[]): { stage: StageId; times: number } | null {
  const counts = new Map<StageId, number>();
  for (const s of log) if (s.cued > 0 && s.answered === 0) counts.set(s.stage, (counts.get(s.stage) ?? 0) + 1);
  let best: { stage: StageId; times: number } | null = null;
  for (const [stage, times] of counts) if (!best || times > best.times) best = { stage, times };
  return best;
}

/** Where the physiology stopped for most impulses (no bots or people to blame: the scenario's mechanism). */
function physiologicalBreak(chain: readonly ImpulseRecord[]): string | null {
  const arrived = chain.filter((r) => r.arrivedMs !== null);
  if (arrived.length === 0) return "no impulse reached the nerve terminal";
  const majority = (f: (r: ImpulseRecord) => boolean) => arrived.filter(f).length > arrived.length / 2;
  if (majority((r) => r.quanta === 0)) return "the terminal released no ACh";
  if (majority((r) => !r.apFired && r.eppPeakMv < EPP_SEEN_MV))
    return "ACh was released but the end plate barely depolarised";
  if (majority((r) => !r.apFired && r.eppPeakMv < THRESHOLD_MV - r.preImpulseMv))
    return "the end-plate potential did not reach threshold, so no action potential fired";
  if (majority((r) => !r.apFired))
    return "the end-plate potential reached threshold, but no action potential fired: the Na+ channels did not open";
  if (majority((r) => r.peakForce < TWITCH_FORCE_MIN)) return "action potentials fired but the fibre did not contract";
  return null;
}

/** A veto lost: the neuron fired; said with the inhibition stage people missed, if they did. */
function vetoLost(v: VerdictInput, spikes: number): string {
  const fired = `the motor neuron fired ${spikes === 1 ? "once" : `${spikes} times`}: the EPSPs beat the inhibition`;
  const inhibition = v.stageLog.filter((s) => s.stage === "inhibition" && s.cued > 0 && s.answered === 0).length;
  if (inhibition > 0) {
    const times = inhibition === 1 ? "once" : `${inhibition} times`;
    return `Goal not met: ${fired}. At the stage "${STAGES.inhibition.name}" nobody answered in time (${times}).`;
  }
  return `Goal not met: ${fired} — the IPSPs did not hold it below threshold.`;
}

export function verdict(v: VerdictInput): string {
  if (v.achieved) return `Goal met (${v.goal.replace(/\.$/, "")}).`;
  if (v.neuron?.veto && v.neuron.somaSpikes > 0) return vetoLost(v, v.neuron.somaSpikes);
  if (v.neuron && v.neuron.volleys > 0 && v.neuron.somaSpikes === 0 && !mostMissed(v.stageLog)) {
    if (v.chain.every((r) => r.arrivedMs === null))
      return "Goal not met: the EPSPs did not sum to threshold, so the motor neuron never fired.";
  }
  const missed = mostMissed(v.stageLog);
  if (missed) {
    const s = STAGES[missed.stage];
    const times = missed.times === 1 ? "once" : `${missed.times} times`;
    return `Goal not met. At the stage "${s.name}" nobody answered in time (${times}): ${s.ifMissed}`;
  }
  const stop = physiologicalBreak(v.chain);
  return stop ? `Goal not met: ${stop}.` : "Goal not met: the round's time ran out first.";
}
