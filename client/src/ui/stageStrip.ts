// The projector's strip naming the stage of the chain being played: which stage the junction is held at, who
// still has to answer (nicknames, so a teacher can say "Priya, your turn!"), their parts, and the window's
// countdown. It reads only the wire: a student is still to answer while the server marks them `active`.
import { STAGE_IDS, STAGES, type StageId } from "../../../shared/game/stages";
import type { Bridge } from "../net/bridge";
import type { WireJunction, WireState, WireStudent } from "../net/wireState";
import { h } from "./dom";

/** How many nicknames the strip names before "+N" (a projector line a class reads at a glance). */
export const NAMES_SHOWN = 4;

/** The nicknames of a team's students still to answer the held stage, in the roster's order. */
export function stillToAnswer(students: Iterable<WireStudent>, team: number): string[] {
  const names: string[] = [];
  for (const s of students) if (s.active && s.connected && s.team === team) names.push(s.nickname);
  return names;
}

/** "Priya, Sam, Leo K, Ana +3": the first few names, then how many more. */
export function namesLine(names: readonly string[], shown = NAMES_SHOWN): string {
  // Never "+1": the one more name takes no more room than "+1" would.
  const cut = names.length <= shown + 1 ? names.length : shown;
  const rest = names.length - cut;
  return `${names.slice(0, cut).join(", ")}${rest > 0 ? ` +${rest}` : ""}`;
}

/** The strip's words for one held junction: the stage, who is still to answer, and the parts they play. */
export function stageLine(
  j: Pick<WireJunction, "stage" | "stageParts" | "team">,
  students: Iterable<WireStudent>,
  teams: boolean,
): { team: string; stage: string; names: string; parts: string } | null {
  if (!(STAGE_IDS as readonly string[]).includes(j.stage)) return null;
  const names = stillToAnswer(students, j.team);
  return {
    team: teams ? `Team ${j.team + 1}` : "",
    stage: STAGES[j.stage as StageId].name,
    names: namesLine(names),
    parts: j.stageParts.split("; ").filter(Boolean).join(", "),
  };
}

type Line = NonNullable<ReturnType<typeof stageLine>>;

/** The whole class's junction: the stage on one line, then who is to answer and their parts. */
function classRow(line: Line, countdown: HTMLElement): HTMLElement {
  return h(
    "div",
    { class: "stage-strip-row" },
    h("span", { class: "stage-strip-mark", "aria-hidden": "true" }, "▶"),
    h("strong", { class: "stage-strip-name", title: line.stage }, line.stage),
    countdown,
    line.names
      ? h(
          "p",
          { class: "stage-strip-who" },
          h("span", { class: "stage-strip-names" }, `Your turn: ${line.names}`),
          line.parts ? h("span", { class: "stage-strip-parts" }, ` — ${line.parts}`) : "",
        )
      : h("p", { class: "stage-strip-who stage-strip-parts" }, line.parts ? `Waiting for ${line.parts}` : ""),
  );
}

/** One team's junction, on one line (several teams share the strip): the team, who is to answer, the stage. */
function teamRow(line: Line, countdown: HTMLElement): HTMLElement {
  return h(
    "div",
    { class: "stage-strip-row stage-strip-team" },
    h("span", { class: "stage-strip-mark", "aria-hidden": "true" }, "▶"),
    h(
      "p",
      { class: "stage-strip-who", title: line.stage },
      h("strong", {}, `${line.team} · `),
      h("span", { class: "stage-strip-names" }, line.names ? `Your turn: ${line.names}` : "Waiting"),
      h("span", { class: "stage-strip-parts" }, ` — ${line.stage}`),
    ),
    countdown,
  );
}

export function stageStrip(bridge: Bridge): { element: HTMLElement; dispose(): void } {
  const element = h("div", { class: "stage-strip", "aria-live": "polite" });
  let words = "";
  let countdowns: HTMLElement[] = [];
  const draw = (state: WireState | null) => {
    if (!state) return;
    const running = state.phase === "running" || state.phase === "paused";
    const students = Array.from(state.students.values());
    const held: { line: Line; leftMs: number }[] = [];
    for (const j of running ? state.junctions : []) {
      const line = stageLine(j, students, state.mode === "teams");
      if (line) held.push({ line, leftMs: j.stageLeftMs });
    }
    // The strip keeps its height as stages come and go (the drawing below would jump and be laid out again):
    // room for one two-line row for the class, a one-line row per team (up to three) in team mode.
    const teams = state.mode === "teams";
    element.classList.toggle("stage-strip-teams", teams);
    element.style.setProperty("--strip-rows", String(teams ? Math.min(3, state.junctions.length) : 1));
    const celebrating = Array.from(state.junctions).some((j) => j.goalAchieved);
    const idle = held.length === 0 && running && !celebrating;
    // Rebuilt only when the words change, so the polite live region speaks once per change; the countdowns
    // (hidden from screen readers, they change ten times a second) are updated in place.
    const next = idle ? "idle" : JSON.stringify(held.map((r) => r.line));
    if (next !== words) {
      words = next;
      countdowns = held.map(() => h("span", { class: "stage-strip-left", "aria-hidden": "true" }));
      const rows = held.map(({ line }, i) => (line.team ? teamRow : classRow)(line, countdowns[i] ?? h("span", {})));
      if (idle)
        rows.push(
          h(
            "div",
            { class: "stage-strip-row stage-strip-idle" },
            h("p", { class: "stage-strip-name" }, "The physiology is running…"),
            h("p", { class: "stage-strip-who" }, "Time stops when it reaches a part someone plays."),
          ),
        );
      element.replaceChildren(...rows);
      element.hidden = rows.length === 0;
    }
    held.forEach(({ leftMs }, i) => {
      const text = `${(leftMs / 1000).toFixed(1)} s`;
      const out = countdowns[i];
      if (out && out.textContent !== text) out.textContent = text;
    });
  };
  draw(bridge.state());
  const off = bridge.on("state", (s) => draw(s as WireState));
  return { element, dispose: off };
}
