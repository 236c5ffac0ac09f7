// The projector view of a round: the Phaser figure (loaded on demand), live readouts with accessible names,
// and in team mode a leaderboard by goal progress. The code stays visible in small print for late joiners.
// The figure follows its box: when the teacher panel opens or closes (or a question band comes and goes), the box
// changes size and the scene is laid out again for it at once.
import type { Bridge } from "../net/bridge";
import { BOTS_ONLY, rankTeams } from "../net/lesson";
import type { RoundLog } from "../net/traces";
import type { WireState } from "../net/wireState";
import { prefersReducedMotion } from "../scenes/context";
import type { Mounted } from "../scenes/mount";
import { celebration } from "../ui/celebration";
import { h } from "../ui/dom";
import { stageStrip } from "../ui/stageStrip";

const READOUTS = [
  "Physiological time",
  "Membrane potential",
  "Force",
  "Peak force",
  "Impulses",
  "Action potentials",
  "Twitches",
  "Goal",
];

export interface ProjectorView {
  element: HTMLElement;
  start(): Promise<void>;
  dispose(): void;
}

export function projectorView(bridge: Bridge, log: RoundLog, code: string): ProjectorView {
  const title = h("h2", { class: "proj-title" }, "");
  const stage = h("div", { class: "stage projector-stage", role: "img", "aria-label": "The neuromuscular junction" });
  const values = new Map<string, HTMLOutputElement>();
  const readouts = h(
    "div",
    { class: "readouts" },
    ...READOUTS.map((name) => {
      const out = h("output", { "aria-label": name }, "–");
      values.set(name, out);
      return h("div", { class: "readout" }, h("span", { class: "readout-name", "aria-hidden": "true" }, name), out);
    }),
  );
  // In team mode the readings are team 1's junction: say so (the leaderboard gives every team's progress).
  const whose = h(
    "div",
    { class: "readout" },
    h("span", { class: "readout-name" }, "Readings of"),
    h("output", {}, "Team 1"),
  );
  whose.style.display = "none";
  readouts.prepend(whose);
  const board = h("ol", { class: "leaderboard", "aria-label": "Leaderboard" });
  const refresh = () => {
    const s = bridge.state() as WireState | null;
    if (!s) return;
    const j = bridge.junction(0);
    const peaks = log.peaksOf(0);
    title.textContent = `Round ${s.round} · ${s.phase === "paused" ? "paused" : "running"} · ${s.goal} · join ${code}`;
    const set = (name: string, text: string) => {
      const out = values.get(name);
      if (out && out.textContent !== text) out.textContent = text;
    };
    set("Physiological time", j ? `${Math.round(j.timeMs)} ms` : "–");
    set("Membrane potential", j ? `${j.membraneMv.toFixed(1).replace("-", "−")} mV` : "–");
    set("Force", j ? `${Math.round(j.force * 100)} %` : "–");
    set("Peak force", `${Math.round(peaks.peakForce * 100)} %`);
    set("Impulses", String(j?.impulses ?? 0));
    set("Action potentials", String(j?.actionPotentials ?? 0));
    set("Twitches", String(j?.twitches ?? 0));
    set("Goal", `${Math.round((j?.goalProgress ?? 0) * 100)} %${j?.goalAchieved ? " ✓" : ""}`);
    const junctions = Array.from(s.junctions ?? []);
    board.hidden = junctions.length < 2;
    whose.style.display = junctions.length < 2 ? "none" : "";
    if (junctions.length >= 2) {
      // Teams with people are ranked (the list's numbers); bots-only teams follow, unnumbered and marked.
      const students = Array.from(s.students.values());
      const ranked = rankTeams(
        junctions.map((j) => ({
          team: j.team,
          people: students.filter((st) => st.team === j.team).length,
          goalProgress: j.goalProgress,
          goalAchieved: j.goalAchieved,
          twitches: j.twitches,
        })),
      );
      board.replaceChildren(
        ...ranked.map((t) =>
          h(
            "li",
            {},
            `${t.place === null ? "" : `${t.place}. `}Team ${t.team + 1}: ${Math.round(t.goalProgress * 100)} %${
              t.goalAchieved ? " ✓ goal reached" : ""
            }${t.place === null ? ` — ${BOTS_ONLY}` : ""}`,
          ),
        ),
      );
    }
  };
  const timer = window.setInterval(refresh, 250);
  refresh();
  const strip = stageStrip(bridge);
  const party = celebration(bridge, () => Array.from(bridge.state()?.junctions ?? [], (j) => j.team));
  let mounted: Mounted | null = null;
  let disposed = false;
  // Phaser's RESIZE scale mode re-reads its parent on a window resize (and otherwise only every half second, after
  // painting a stretched frame): a change of the stage's own box is told to it the same way, once per frame.
  let resizeQueued = 0;
  const resized = new ResizeObserver(() => {
    if (resizeQueued || !mounted) return;
    resizeQueued = requestAnimationFrame(() => {
      resizeQueued = 0;
      if (!disposed) window.dispatchEvent(new Event("resize"));
    });
  });
  resized.observe(stage);
  return {
    element: h("section", { class: "projector" }, title, strip.element, stage, readouts, board, party.element),
    async start() {
      const { mountScene } = await import("../scenes/mount");
      if (disposed) return;
      mounted = mountScene(stage, "projector", {
        bridge,
        log,
        team: () => 0,
        roleId: () => "",
        active: () => false,
        reducedMotion: prefersReducedMotion(),
      });
    },
    dispose() {
      disposed = true;
      resized.disconnect();
      cancelAnimationFrame(resizeQueued);
      window.clearInterval(timer);
      strip.dispose();
      party.dispose();
      mounted?.destroy();
    },
  };
}
