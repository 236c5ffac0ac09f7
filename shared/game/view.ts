// Pure derivations for drawing the junction from its wire observables: ion pushes, gate states, and the debrief's
// chain of events. They describe what the server already decided; nothing here decides an outcome.
import type { ImpulseRecord } from "../physiology/events";
import { TWITCH_FORCE_MIN } from "./goals";
import type { ChannelObservables, GateState } from "./observables";
import { THRESHOLD_MV } from "./partRules";
import { countOf } from "./readable";
import { isRoleId, role } from "./roles";

export { THRESHOLD_MV };
/** The guide line's words on the oscilloscopes. */
export const THRESHOLD_LABEL = `threshold ≈ ${String(THRESHOLD_MV).replace("-", "−")} mV`;
/** A depolarisation from rest this large counts as an end-plate potential on the debrief, mV (game choice: above a
 * MEPP, 0.4–1 mV, Purves et al. 2001). */
export const EPP_SEEN_MV = 2;
/** Myoplasmic Ca2+ above this counts as Ca2+ released from the SR, µM (game choice: the model rests at 0.05 µM; twitch
 * peaks are ≈ 9–19 µM in mouse fibres, Baylor & Hollingworth 2003). */
export const CA_RELEASED_UM = 1;
export { BATH, type ChannelObservables, type Direction, type GateState, type IonPush, ionPush } from "./observables";

/** The channel population's gate as the observables show it (the part's own reading); null when it has none. */
export function gateState(roleId: string, j: ChannelObservables): GateState | null {
  return isRoleId(roleId) ? (role(roleId).gate?.(j) ?? null) : null;
}

/** Orthodromic impulses in the motor axon as the wire carries them: hundredths of the axon's length from the soma
 * (0–100, nearest the terminal first); empty when none is in flight (neuronDetail(j).impulsesInAxon, axonLengthMm). */
export function axonImpulseHundredths(
  impulses: readonly { positionMm: number; orthodromic: boolean }[],
  axonLengthMm: number,
): number[] {
  if (!(axonLengthMm > 0)) return [];
  return impulses
    .filter((imp) => imp.orthodromic)
    .map((imp) => Math.round(Math.min(1, Math.max(0, imp.positionMm / axonLengthMm)) * 100))
    .sort((a, b) => b - a);
}

/** Peaks and counts a client has seen in a junction's observables during a round (for the debrief). */
export interface RoundPeaks {
  impulses: number;
  quanta: number;
  peakOpenReceptors: number;
  peakAchUM: number;
  peakEndplateMv: number;
  actionPotentials: number;
  peakCaUM: number;
  peakForce: number;
  twitches: number;
}

export function emptyPeaks(): RoundPeaks {
  return {
    impulses: 0,
    quanta: 0,
    peakOpenReceptors: 0,
    peakAchUM: 0,
    peakEndplateMv: 0,
    actionPotentials: 0,
    peakCaUM: 0,
    peakForce: 0,
    twitches: 0,
  };
}

/** What one observation may carry (a state patch has all of it, a trace point only the membrane and force). */
export interface Observed {
  impulses?: number;
  quantaLastImpulse?: number;
  openReceptors?: number;
  achUM?: number;
  endplateMv?: number;
  actionPotentials?: number;
  caUM?: number;
  force?: number;
  twitches?: number;
}

/** Folds one observation (a state patch or a trace point) into the peaks: counts and peaks only grow. */
export function updatePeaks(r: RoundPeaks, o: Observed): void {
  r.impulses = Math.max(r.impulses, o.impulses ?? 0);
  r.quanta = Math.max(r.quanta, o.quantaLastImpulse ?? 0);
  r.peakOpenReceptors = Math.max(r.peakOpenReceptors, o.openReceptors ?? 0);
  r.peakAchUM = Math.max(r.peakAchUM, o.achUM ?? 0);
  r.peakEndplateMv = Math.max(r.peakEndplateMv, o.endplateMv ?? 0);
  r.actionPotentials = Math.max(r.actionPotentials, o.actionPotentials ?? 0);
  r.peakCaUM = Math.max(r.peakCaUM, o.caUM ?? 0);
  r.peakForce = Math.max(r.peakForce, o.force ?? 0);
  r.twitches = Math.max(r.twitches, o.twitches ?? 0);
}

/** "partly": it happened, but for fewer impulses than the step before it (the chain lost some here). */
export type StepStatus = "happened" | "partly" | "failed" | "not reached";
export interface ChainStep {
  id: string;
  label: string;
  status: StepStatus;
  evidence: string;
}

/**
 * The chain impulse → Ca2+ → release → binding → EPP → AP → Ca2+ → force, read from the round's peaks. A step whose
 * own observable was missed between patches counts as happened when a later step proves it (noted as inferred).
 */
export function chainOfEvents(r: RoundPeaks): ChainStep[] {
  const force = r.peakForce >= TWITCH_FORCE_MIN || r.twitches > 0;
  const caMuscle = r.peakCaUM >= CA_RELEASED_UM || force;
  const ap = r.actionPotentials > 0;
  const epp = r.peakEndplateMv >= EPP_SEEN_MV || ap;
  const binding = r.peakOpenReceptors >= 1 || r.peakEndplateMv >= EPP_SEEN_MV;
  const release = r.quanta > 0;
  const raw: [string, string, boolean, string][] = [
    ["impulse", "Nerve impulse", r.impulses > 0, `${countOf(r.impulses, "impulse")} reached the terminal`],
    ["caIn", "Ca2+ enters the terminal", release, release ? "inferred from ACh release" : "no release followed"],
    ["release", "ACh release", release, `${countOf(r.quanta, "quantum", "quanta")} (vesicles) on the last impulse`],
    ["binding", "ACh binds receptors", binding, `peak ${countOf(r.peakOpenReceptors, "receptor")} open`],
    [
      "epp",
      "End-plate potential",
      epp,
      `peak depolarisation ${r.peakEndplateMv.toFixed(1)} mV above rest (EPP, or the AP it triggered)`,
    ],
    ["ap", "Muscle action potential", ap, countOf(r.actionPotentials, "action potential")],
    ["caSr", "Ca2+ released in the muscle", caMuscle, `peak ${r.peakCaUM.toFixed(1)} µM`],
    [
      "force",
      "Contraction",
      force,
      `peak force ${Math.round(r.peakForce * 100)} %, ${countOf(r.twitches, "twitch", "twitches")}`,
    ],
  ];
  let broken = false;
  return raw.map(([id, label, ok, evidence]) => {
    const status: StepStatus = broken ? "not reached" : ok ? "happened" : "failed";
    if (!ok) broken = true;
    return { id, label, status, evidence };
  });
}

/** Ca2+ entry (relative to a control impulse) below which the terminal counts as having let no Ca2+ in (game choice). */
export const CA_ENTRY_SEEN = 0.05;

/** What the server reports of a team's round: totals and the last impulses followed down the chain. */
export interface ChainSource {
  impulses: number;
  actionPotentials: number;
  twitches: number;
  chain: ImpulseRecord[];
  /** Volleys of synaptic input and the motor neuron's spikes (absent from records older than the neuron). */
  volleys?: number;
  somaSpikes?: number;
  /** Impulses set off by the teacher's stimulator rather than the motor neuron. */
  stimulatorImpulses?: number;
}

/**
 * The chain of events from the server's per-impulse records: each step with how many of the recorded impulses
 * got that far. A step is "happened" if any impulse reached it, "partly" if fewer impulses reached it than the step before (where the chain lost
 * impulses), and the first step none reached is "failed".
 */
/** The EPP step's words: how often it reached threshold, and the largest EPP that stayed below it (never the AP). */
function eppDetail(records: readonly ImpulseRecord[], seen: string, ap: number): string {
  const below = records.filter((r) => !r.apFired && r.eppPeakMv >= EPP_SEEN_MV);
  const peakBelow = below.reduce((m, r) => Math.max(m, r.eppPeakMv), 0);
  const fired = ap > 0 ? `; reached threshold and fired an action potential ${countOf(ap, "time")}` : "";
  const sub =
    below.length > 0 ? `; largest below threshold ${peakBelow.toFixed(1)} mV above the pre-impulse level` : "";
  return `${seen}${fired}${sub}`;
}

export function chainFromImpulses(o: ChainSource): ChainStep[] {
  const records = o.chain;
  const n = records.length;
  const count = (ok: (r: ImpulseRecord) => boolean) => records.filter(ok).length;
  const peak = (get: (r: ImpulseRecord) => number) => records.reduce((m, r) => Math.max(m, get(r)), 0);
  const of = (k: number) =>
    n === o.impulses ? `${k} of ${countOf(n, "impulse")}` : `${k} of the last ${countOf(n, "impulse")}`;
  const arrived = count((r) => r.arrivedMs !== null);
  const caIn = count((r) => r.caEntry >= CA_ENTRY_SEEN);
  const released = count((r) => r.quanta > 0);
  // Receptors opened by the impulse's own ACh (a spontaneous quantum in the same window is not the chain).
  const bound = count((r) => r.quanta > 0 && r.peakOpenReceptors >= 1);
  const epp = count((r) => r.eppPeakMv >= EPP_SEEN_MV);
  const ap = count((r) => r.apFired);
  const caMuscle = count((r) => r.peakCaUM >= CA_RELEASED_UM);
  const force = count((r) => r.peakForce >= TWITCH_FORCE_MIN);
  const meanQuanta = released > 0 ? Math.round(records.reduce((a, r) => a + r.quanta, 0) / n) : 0;
  const neuron: [string, string, number, string][] =
    o.volleys === undefined || o.somaSpikes === undefined
      ? []
      : [
          [
            "neuron",
            "EPSPs sum: the motor neuron fires",
            // Impulses from the teacher's stimulator start in the axon: the chain goes on without the soma.
            o.somaSpikes > 0 || o.impulses > 0 ? 1 : 0,
            `${countOf(o.volleys, "volley")} of synaptic input; the motor neuron fired ${countOf(o.somaSpikes, "time")}`,
          ],
        ];
  const raw: [string, string, number, string][] = [
    ...neuron,
    [
      "impulse",
      "Nerve impulse",
      arrived,
      `${countOf(o.impulses, "impulse")} fired${o.stimulatorImpulses ? ` (${o.stimulatorImpulses} by the teacher's stimulator)` : ""}; ${of(arrived)} reached the terminal`,
    ],
    [
      "caIn",
      "Ca2+ enters the terminal",
      caIn,
      `${of(caIn)}; peak entry ${peak((r) => r.caEntry).toFixed(2)}× a normal impulse`,
    ],
    [
      "release",
      "ACh release",
      released,
      `${of(released)}; ${countOf(meanQuanta, "quantum", "quanta")} (vesicles) per impulse on average`,
    ],
    [
      "binding",
      "ACh binds receptors",
      bound,
      `${of(bound)}; peak ${countOf(Math.round(peak((r) => r.peakOpenReceptors)), "receptor")} open`,
    ],
    ["epp", "End-plate potential", epp, eppDetail(records, of(epp), ap)],
    ["ap", "Muscle action potential", ap, `${of(ap)}; ${countOf(o.actionPotentials, "action potential")} in the round`],
    ["caSr", "Ca2+ released in the muscle", caMuscle, `${of(caMuscle)}; peak ${peak((r) => r.peakCaUM).toFixed(1)} µM`],
    [
      "force",
      "Contraction",
      force,
      `${of(force)}; peak force ${Math.round(peak((r) => r.peakForce) * 100)} %, ${countOf(o.twitches, "twitch", "twitches")}`,
    ],
  ];
  let broken = false;
  let before = n; // the nerve impulse's step is measured against the impulses recorded
  return raw.map(([id, label, k, evidence]) => {
    const ok = k > 0;
    const fewer = id !== "neuron" && k < before;
    const status: StepStatus = broken ? "not reached" : !ok ? "failed" : fewer ? "partly" : "happened";
    if (!ok) broken = true;
    if (id !== "neuron") before = k;
    return {
      id,
      label,
      status,
      evidence: n === 0 && id === "impulse" && status !== "not reached" ? "no impulse reached the terminal" : evidence,
    };
  });
}
