// Why a round went the way it did, in one sentence for phones and the debrief: the goal met, or the place the
// chain broke for most impulses — and there, a stage nobody answered in time, or the physiology itself.
// The break is read from the impulses' own records first and only then matched to missed stages, so a stage
// that comes up often (a volley at every pulse of the input) is not blamed for a break further down the chain.
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

/** A link of the chain: the stages people play there, and its physiological reason when nobody is to blame. */
interface Link {
  stages: readonly StageId[];
  /** Did this impulse stop here? (Asked in chain order, so every earlier link was passed.) */
  stopsHere: (r: ImpulseRecord) => boolean;
  reason: (r: readonly ImpulseRecord[]) => string;
}

const LINKS: readonly Link[] = [
  {
    stages: ["excitation", "somaThreshold", "somaRepolarisation"],
    stopsHere: (r) => r.arrivedMs === null,
    reason: () => "no impulse reached the nerve terminal",
  },
  {
    stages: ["caEntry", "fusion"],
    stopsHere: (r) => r.quanta === 0,
    reason: () => "the terminal released no ACh",
  },
  {
    stages: ["binding"],
    stopsHere: (r) => !r.apFired && r.eppPeakMv < THRESHOLD_MV - r.preImpulseMv,
    reason: (stopped) =>
      stopped.filter((r) => r.eppPeakMv < EPP_SEEN_MV).length > stopped.length / 2
        ? "ACh was released but the end plate barely depolarised"
        : "the end-plate potential did not reach threshold, so no action potential fired",
  },
  {
    stages: ["threshold"],
    stopsHere: (r) => !r.apFired,
    reason: () =>
      "the end-plate potential reached threshold, but no action potential fired: the Na+ channels did not open",
  },
  {
    stages: ["caRelease"],
    stopsHere: (r) => r.peakForce < TWITCH_FORCE_MIN,
    reason: () => "action potentials fired but the fibre did not contract",
  },
];

/** Where each impulse stopped: the link that stopped most of the impulses that did not twitch, if any did not. */
function weakestLink(chain: readonly ImpulseRecord[]): { link: Link; stopped: ImpulseRecord[] } | null {
  const stopped = LINKS.map(() => [] as ImpulseRecord[]);
  for (const r of chain) {
    const at = LINKS.findIndex((l) => l.stopsHere(r));
    if (at >= 0) stopped[at]?.push(r);
  }
  let best = -1;
  for (let i = 0; i < LINKS.length; i++) if ((stopped[i]?.length ?? 0) > (stopped[best]?.length ?? 0)) best = i;
  return best >= 0 ? { link: LINKS[best] as Link, stopped: stopped[best] as ImpulseRecord[] } : null;
}

/** Of these stages, the one people missed most often (every holder late or silent), with how many times. */
function mostMissed(
  log: readonly StageOutcome[],
  stages: readonly StageId[],
): { stage: StageId; times: number } | null {
  let best: { stage: StageId; times: number } | null = null;
  for (const stage of stages) {
    const times = log.filter((s) => s.stage === stage && s.cued > 0 && s.answered === 0).length;
    if (times > 0 && (!best || times > best.times)) best = { stage, times };
  }
  return best;
}

const timesText = (n: number) => (n === 1 ? "once" : `${n} times`);

function missedText(missed: { stage: StageId; times: number }): string {
  const s = STAGES[missed.stage];
  return `Goal not met. At the stage "${s.name}" nobody answered in time (${timesText(missed.times)}): ${s.ifMissed}`;
}

/** A veto lost: the neuron fired; said with the inhibition stage people missed, if they did. */
function vetoLost(v: VerdictInput, spikes: number): string {
  const fired = `the motor neuron fired ${timesText(spikes)}: the EPSPs beat the inhibition`;
  const inhibition = mostMissed(v.stageLog, ["inhibition"]);
  if (inhibition)
    return `Goal not met: ${fired}. At the stage "${STAGES.inhibition.name}" nobody answered in time (${timesText(inhibition.times)}).`;
  return `Goal not met: ${fired} — the IPSPs did not hold it below threshold.`;
}

export function verdict(v: VerdictInput): string {
  if (v.achieved) return `Goal met (${v.goal.replace(/\.$/, "")}).`;
  if (v.neuron?.veto && v.neuron.somaSpikes > 0) return vetoLost(v, v.neuron.somaSpikes);
  const neuronStages = LINKS[0]?.stages ?? [];
  if (v.chain.length === 0) {
    // Nothing left the motor neuron: its synaptic input, if people held it, or its own physiology.
    const missed = mostMissed(v.stageLog, neuronStages);
    if (missed) return missedText(missed);
    if (v.neuron && v.neuron.volleys > 0 && v.neuron.somaSpikes === 0)
      return "Goal not met: the EPSPs did not sum to threshold, so the motor neuron never fired.";
    return "Goal not met: no impulse reached the nerve terminal.";
  }
  const weakest = weakestLink(v.chain);
  if (weakest) {
    const missed = mostMissed(v.stageLog, weakest.link.stages);
    return missed ? missedText(missed) : `Goal not met: ${weakest.link.reason(weakest.stopped)}.`;
  }
  // Every impulse twitched, too few of them: the neuron fired too seldom, or time ran out.
  const missed = mostMissed(v.stageLog, neuronStages);
  if (missed && v.neuron && v.neuron.volleys > v.neuron.somaSpikes) return missedText(missed);
  return "Goal not met: the round's time ran out first.";
}
