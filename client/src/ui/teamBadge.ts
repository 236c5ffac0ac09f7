// A student's team on their device in team mode: a badge ("Team 2", words not colour) above every screen while
// waiting and playing, and at the debrief the team's result — goal met or not, and its place among the teams
// with people ("2nd of 3 teams") — from the server's debrief. In whole-class mode it stays hidden.
import type { Bridge } from "../net/bridge";
import { type RankableTeam, rankTeams } from "../net/lesson";
import { type Debrief, readDebrief } from "../net/read";
import type { WireState } from "../net/wireState";
import { h } from "./dom";
import "./teamBadge.css";

/** 1st, 2nd, 3rd, 4th, … 11th, 12th, 13th, 21st. */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

/** The team's result at the debrief ("Goal met · 2nd of 3 teams"), or null when it is not a team round. */
export function teamStanding(debrief: { teams: readonly RankableTeam[] }, team: number): string | null {
  if (debrief.teams.length < 2) return null;
  const ranked = rankTeams(debrief.teams);
  const mine = ranked.find((t) => t.team === team);
  if (!mine) return null;
  const goal = mine.goalAchieved ? "Goal met ✓" : "Goal not met";
  const withPeople = ranked.filter((t) => t.place !== null).length;
  if (mine.place === null) return goal;
  const place = withPeople === 1 ? "the only team with people" : `${ordinal(mine.place)} of ${withPeople} teams`;
  return `${goal} · ${place}`;
}

export function teamBadge(bridge: Bridge, myTeam: () => number | null): { remove(): void } {
  const badge = h("span", { class: "team-badge" });
  const result = h("p", { class: "team-result", role: "status", "aria-live": "polite" });
  const strip = h(
    "div",
    { class: "team-strip", role: "region", "aria-label": "Your team", hidden: true },
    badge,
    result,
  );
  const app = document.getElementById("app");
  if (app) app.before(strip);
  else document.body.prepend(strip);
  let debrief: Debrief | null = null;

  const draw = (state: WireState | null) => {
    const team = myTeam();
    const atDebrief = state?.phase === "debrief" && debrief?.round === state.round ? debrief : null;
    const teams = atDebrief ? atDebrief.teams.length > 1 : state?.mode === "teams";
    strip.hidden = !state || team === null || !teams;
    if (strip.hidden || team === null) return;
    const label = `Team ${team + 1}`;
    if (badge.textContent !== label) badge.textContent = label;
    const line = atDebrief ? (teamStanding(atDebrief, team) ?? "") : "";
    if (result.textContent !== line) result.textContent = line;
  };
  const offs = [
    bridge.on("state", (raw) => draw(raw as WireState)),
    bridge.on("debrief", (payload) => {
      debrief = readDebrief(payload);
      draw(bridge.state());
    }),
  ];
  draw(bridge.state());
  return {
    remove() {
      for (const off of offs) off();
      strip.remove();
    },
  };
}
