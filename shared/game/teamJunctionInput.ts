// What drives one team's junction: the synaptic input to its motor neuron (bots' shares fired at once, people's
// held until their hold ends), the teacher's stimulator, and the slow motion around the chain's fast events.
import { stimulateNerve } from "../physiology";
import { EVENT_MS_PER_S, IN_FLIGHT_MS_PER_S } from "./clock";
import { type GoalSpec, onVolley, roundInput } from "./goals";
import { heldStages, noteVolley } from "./hold";
import type { StageId } from "./stages";
import { dueInput, dueScheduled, fireShare, type InputDue, schedule, startInput } from "./synapticInput";
import { nowMs, type TeamJunction } from "./teamJunctionState";

/** Slow zone after an impulse reaches the terminal (all-bot junctions): release, EPP and the AP upstroke, ms. */
const EVENT_ZONE_MS = 3;

/** Releases the synaptic input held for people, each in the share its holders gave (a bot's share is whole). */
export function releasePending(tj: TeamJunction, share: (d: InputDue) => number): void {
  const pending = tj.pendingInput;
  tj.pendingInput = [];
  for (const d of pending) release(tj, d, share(d));
}

function release(tj: TeamJunction, d: InputDue, share: number): void {
  const t = nowMs(tj);
  if (d.atMs > t + 1e-9) schedule(tj.input, d, share);
  else if (fireShare(tj.junction, d, share) > 0 && d.kind === "excitatory") noteVolley(tj.tracker, d.index, t);
}

/** Slow motion around the chain's fast events only where nobody plays a stage (people's holds pace it instead). */
export function nobodyPlays(tj: TeamJunction): boolean {
  return heldStages(tj.holders).size === 0;
}

/** The teacher's lab stimulus: an electrical shock to the motor axon near the junction (a physiologist's stimulator). */
export function stimulate(tj: TeamJunction): { ok: true } | { ok: false; reason: string } {
  const result = stimulateNerve(tj.junction);
  if (!result.ok) return { ok: false, reason: result.reason };
  tj.stimulatorImpulses += 1;
  if (nobodyPlays(tj)) slowUntilArrival(tj, result.arrivesAtMs);
  return { ok: true };
}

/**
 * Slow motion from now until the impulse reaches the terminal, then through release, the EPP and the AP. The
 * stimulator's 0.5 ms flight runs at IN_FLIGHT_MS_PER_S (2 s on the projector); the soma's 1.7 ms flight down the
 * whole axon at EVENT_MS_PER_S (≈ 3 s: long enough to watch it jump node to node, short enough for a round).
 */
export function slowUntilArrival(tj: TeamJunction, arrivesAtMs: number, flightMsPerS = IN_FLIGHT_MS_PER_S): void {
  tj.zones.push({ untilMs: arrivesAtMs, msPerS: flightMsPerS });
  tj.zones.push({ untilMs: arrivesAtMs + EVENT_ZONE_MS, msPerS: EVENT_MS_PER_S });
}

/** Starts the motor neuron's synaptic input for a round, as the goal sets it (a person holding a synapse is cued). */
export function startNerve(tj: TeamJunction, goal: GoalSpec): void {
  const spec = roundInput(goal);
  // Teams start their volleys a few ms apart, so that one server's junctions do not all fire in one tick.
  const offset = 1 + ((tj.team * 7) % Math.max(1, Math.floor(1000 / Math.max(1, spec.hz))));
  startInput(tj.input, spec, nowMs(tj), offset);
}

/** The input due now: bots fire theirs; a person's part is cued (its stage returned) and fires when the hold ends. */
export function inputTurn(tj: TeamJunction, held: ReadonlySet<StageId>): { stage: StageId; impulse: number }[] {
  const t = nowMs(tj);
  const before = tj.input.started;
  const due = dueInput(tj.input, t);
  if (tj.input.started > before) onVolley(tj.goal, t);
  for (const { due: d, share } of dueScheduled(tj.input, t)) release(tj, d, share);
  const cued: { stage: StageId; impulse: number }[] = [];
  for (const d of due) {
    if (held.has(d.stage)) {
      tj.pendingInput.push(d);
      cued.push({ stage: d.stage, impulse: d.index });
    } else release(tj, d, 1);
  }
  return cued;
}
