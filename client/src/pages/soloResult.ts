// What a solo homework student sees of their junction without a projector: its membrane trace (the samples the
// server sends a homework room's student) and, when a round ends, whether the challenge was met and if not, by how
// much the goal's own measure fell short — read from the server's round summary (the `debrief` message). Where the
// chain of events broke is the debrief screen's (the server's verdict and the chain list), not repeated here.
import type { GoalSpec } from "../../../shared/game/goals";
import { THRESHOLD_LABEL } from "../../../shared/game/view";
import type { Bridge } from "../net/bridge";
import { type DebriefTeam, readDebrief } from "../net/read";
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

export function soloResult(bridge: Bridge, goal: GoalSpec | null, myTeam: () => number): HTMLElement {
  const log = new RoundLog(bridge);
  const verdict = h("div", { class: "message message-info solo-verdict", role: "status", hidden: true });
  // A plain block, not a <figure>: the drawing gets the phone's whole width; the caption carries the units.
  const figure = h("div", { class: "solo-trace", hidden: true });
  // Hidden until the first round has something to show.
  const box = h("div", { class: "solo-result", hidden: true }, h("h2", {}, "Your junction"), verdict, figure);
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
    box.hidden = false;
    redraw();
  });
  bridge.on("state", (s) => {
    // A new round clears the last round's verdict.
    if ((s as WireState).phase === "running") verdict.hidden = true;
  });
  return box;
}
