// What a solo homework student sees of their junction without a projector: its membrane trace (the samples the
// server sends a homework room's student) and, when a round ends, whether the challenge was met and if not, by how
// much the goal's own measure fell short — read from the server's round summary (the `debrief` message). The
// debrief screen lists the chain of events; here, once the round failed with every cue of the student's answered,
// a line says so, names the step where the chain broke and the parts that play there, and suggests one to try.
import type { GoalSpec } from "../../../shared/game/goals";
import { THRESHOLD_MV } from "../../../shared/game/partRules";
import { isRoleId, ROLES, type RoleDef, type RoleId } from "../../../shared/game/roles";
import type { StageId } from "../../../shared/game/stages";
import { chainFromImpulses, THRESHOLD_LABEL } from "../../../shared/game/view";
import type { Bridge } from "../net/bridge";
import { type DebriefSeat, type DebriefTeam, readDebrief } from "../net/read";
import { RoundLog } from "../net/traces";
import type { WireState } from "../net/wireState";
import { h } from "../ui/dom";
import { traceSvg } from "../ui/traceSvg";

/** How often the live trace is redrawn while samples arrive, ms (a few times a second is enough to watch). */
const REDRAW_MS = 250;
const TRACE_TITLE = "Membrane potential of your junction (mV) and muscle force, against physiological ms";

const times = (n: number) => `${n} ${n === 1 ? "time" : "times"}`;

/** The goal's own measure of how far the junction got (what the goal counts), as a clause after "because". */
function shortfall(goal: GoalSpec | null, team: DebriefTeam, goalText: string): string {
  const progress = Math.max(0, Math.min(1, team.goalProgress));
  switch (goal?.kind) {
    case "twitches":
      return `the muscle twitched ${times(team.twitches)} of the ${goal.count} needed`;
    case "tetanus":
      return `force stayed above ${Math.round(goal.forceFraction * 100)} % for ${Math.round(progress * goal.holdMs)} ms at most, of the ${goal.holdMs} ms needed`;
    case "restore":
      return progress < 0.5
        ? `only ${Math.round(progress * 2 * goal.trainImpulses)} of the ${goal.trainImpulses} impulses of the train arrived`
        : `the membrane did not settle back within ±${goal.toleranceMv} mV of rest with the muscle relaxed`;
    default:
      return `the goal (${goalText}) was reached to ${Math.round(progress * 100)} %`;
  }
}

/** "Challenge met: …" or "Not met, because …" (the goal's measure of how far the junction got). */
export function verdictText(goal: GoalSpec | null, team: DebriefTeam, goalText: string): string {
  return team.goalAchieved ? `Challenge met: ${goalText}` : `Not met, because ${shortfall(goal, team, goalText)}.`;
}

/**
 * The stages people play at each step of the chain (shared/game/view's step ids): who could have made that step
 * happen. A muscle AP that did not fire is the end plate's when no EPP reached threshold (receptors, AChE), and
 * the muscle's Na+ channels' when one did. The muscle's own Ca2+ release and contraction are played by nobody.
 */
function stagesAt(stepId: string, smallEpp: boolean): readonly StageId[] {
  switch (stepId) {
    case "neuron":
      return ["excitation"];
    case "impulse":
      return ["somaThreshold"];
    case "caIn":
      return ["caEntry"];
    case "release":
      return ["fusion"];
    case "binding":
    case "epp":
      return ["binding"];
    case "ap":
      return smallEpp ? ["binding"] : ["threshold"];
    default:
      return [];
  }
}

const listOf = (parts: readonly RoleDef[]) =>
  parts.length < 2
    ? (parts[0]?.name ?? "")
    : `${parts
        .slice(0, -1)
        .map((p) => p.name)
        .join(", ")} and ${parts.at(-1)?.name}`;

export interface ChainHint {
  text: string;
  /** The part to try next: one that plays where the chain broke, not the student's own. */
  suggest: RoleId | null;
}

/**
 * After a round that missed its goal with every cue of the student's answered in time (bots play every other part
 * of a homework room, on time): where the chain broke, from the server's per-impulse records, and who plays there.
 * With a cue missed, only that: answer them all to find out. Null when the goal was met or the chain ran through.
 */
export function chainHint(team: DebriefTeam, seat: DebriefSeat | undefined): ChainHint | null {
  if (team.goalAchieved || !seat || !isRoleId(seat.role)) return null;
  const steps = chainFromImpulses(team);
  const step = steps.find((s) => s.status === "failed") ?? steps.find((s) => s.status === "partly");
  if (!step) return null;
  const mine = ROLES.find((r) => r.id === seat.role);
  const { cues, answered } = seat.score;
  // A missed cue may weaken every step after the part's own: only a round with all of them answered tells.
  if (answered < cues)
    return {
      text: `You missed ${cues - answered} of your ${cues} cues, so your part may have weakened the chain. Answer every cue next round to see whether it still breaks at "${step.label}".`,
      suggest: null,
    };
  const lead =
    cues > 0
      ? `You answered ${cues === 1 ? "your one cue" : `all ${cues} of your cues`} in time, so your part, the ${mine?.name}, did not break the chain by a missed cue.`
      : `Your part, the ${mine?.name}, had no cue this round, so it did not break the chain.`;
  // No muscle AP and no EPP that reached threshold: the end plate's receptors and AChE, not its Na+ channels.
  const smallEpp = step.id === "ap" && !team.chain.some((r) => r.eppPeakMv >= THRESHOLD_MV - r.preImpulseMv);
  const where = `The chain ${step.status === "failed" ? "broke" : "lost impulses"} at "${step.label}"${
    smallEpp ? ", because the end-plate potential stayed below threshold" : ""
  }`;
  const stages = stagesAt(step.id, smallEpp);
  const players = ROLES.filter((r) => stages.includes(r.cue.stage));
  const others = players.filter((r) => r.id !== seat.role);
  const next = others[0] ?? null;
  const verb = (parts: readonly RoleDef[]) => (parts.length > 1 ? "play" : "plays");
  if (players.length === 0)
    return { text: `${lead} ${where}, which no part plays: this junction's own physiology stopped it.`, suggest: null };
  if (others.length < players.length) {
    const rest = next ? `, or try the ${listOf(others)}, which ${verb(others)} there too` : "";
    return {
      text: `${lead} ${where}, where your part plays: answering in time was not enough there. Watch what your part senses next round${rest}.`,
      suggest: next?.id ?? null,
    };
  }
  return {
    text: `${lead} ${where}: the ${listOf(players)} ${verb(players)} there. Try the ${next?.name} next round to see what goes wrong.`,
    suggest: next?.id ?? null,
  };
}

export interface SoloResult {
  element: HTMLElement;
  /** The part the last round's hint suggests trying (null when there is none). */
  suggestion(): RoleId | null;
}

export function soloResult(
  bridge: Bridge,
  goal: GoalSpec | null,
  myTeam: () => number,
  mySeat: () => string | null,
): SoloResult {
  const log = new RoundLog(bridge);
  const verdict = h("div", { class: "message message-info solo-verdict", role: "status", hidden: true });
  const hint = h("p", { class: "solo-hint", hidden: true });
  let suggestion: RoleId | null = null;
  // A plain block, not a <figure>: the drawing gets the phone's whole width; the caption carries the units.
  const figure = h("div", { class: "solo-trace", hidden: true });
  // Hidden until the first round has something to show.
  const box = h("div", { class: "solo-result", hidden: true }, h("h2", {}, "Your junction"), verdict, hint, figure);
  let drawn = -1;
  let shown = false;
  const redraw = () => {
    // Once the page has moved on (the room closed, another page shown), stop for good.
    if (!box.isConnected) {
      if (shown) clearInterval(timer);
      return;
    }
    shown = true;
    const trace = log.traces[myTeam()];
    if (drawn === log.version || !trace || trace.length < 2) return;
    drawn = log.version;
    const rest = bridge.junction(myTeam())?.restMv ?? -85;
    const fromMs = Math.round(trace.t[0] ?? 0);
    const toMs = Math.round(trace.lastTime());
    figure.replaceChildren(
      traceSvg(trace, rest, TRACE_TITLE),
      h(
        "p",
        { class: "hint" },
        `Round ${log.round}, ${fromMs}–${toMs} physiological ms: membrane potential (mV, with ${THRESHOLD_LABEL}) ` +
          "and muscle force (% of maximal).",
      ),
    );
    figure.hidden = false;
    box.hidden = false;
  };
  const timer = setInterval(redraw, REDRAW_MS);

  bridge.on("debrief", (payload) => {
    const debrief = readDebrief(payload);
    const team = debrief?.teams.find((t) => t.team === myTeam());
    if (!debrief || !team) return;
    verdict.textContent = `Round ${debrief.round}: ${verdictText(goal, team, debrief.goal)}`;
    verdict.hidden = false;
    // A homework room's debrief carries only this student's seat.
    const seatId = mySeat();
    const found = chainHint(team, debrief.seats.find((x) => x.seatId === seatId) ?? debrief.seats[0]);
    hint.textContent = found?.text ?? "";
    hint.hidden = !found;
    suggestion = found?.suggest ?? null;
    box.hidden = false;
    redraw();
  });
  bridge.on("state", (s) => {
    // A new round clears the last round's verdict.
    if ((s as WireState).phase === "running") {
      verdict.hidden = true;
      hint.hidden = true;
      suggestion = null;
    }
  });
  return { element: box, suggestion: () => suggestion };
}
