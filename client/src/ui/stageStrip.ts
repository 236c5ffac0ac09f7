// The projector's strip naming the stage of the chain being played: which stage the junction is held at,
// which parts still have to answer, and the window's countdown — so the class sees whose turn it is.
import { STAGE_IDS, STAGES, type StageId } from "../../../shared/game/stages";
import type { Bridge } from "../net/bridge";
import type { WireState } from "../net/wireState";
import { h } from "./dom";

export function stageStrip(bridge: Bridge): { element: HTMLElement; dispose(): void } {
  const element = h("div", { class: "stage-strip", "aria-live": "polite" });
  const draw = (state: WireState | null) => {
    if (!state) return;
    const running = state.phase === "running" || state.phase === "paused";
    const rows: HTMLElement[] = [];
    for (const j of running ? state.junctions : []) {
      if (!(STAGE_IDS as readonly string[]).includes(j.stage)) continue;
      const name = STAGES[j.stage as StageId].name;
      const team = state.mode === "teams" ? `Team ${j.team + 1} · ` : "";
      rows.push(
        h(
          "p",
          { class: "stage-strip-row" },
          h("span", { class: "stage-strip-mark", "aria-hidden": "true" }, "▶"),
          h("strong", {}, `${team}${name}`),
          j.stageParts ? ` — now: ${j.stageParts}` : "",
          h("span", { class: "stage-strip-left" }, `${(j.stageLeftMs / 1000).toFixed(1)} s`),
        ),
      );
    }
    const celebrating = Array.from(state.junctions).some((j) => j.goalAchieved);
    if (rows.length === 0 && running && !celebrating)
      rows.push(h("p", { class: "stage-strip-row stage-strip-idle" }, "The physiology is running…"));
    element.replaceChildren(...rows);
    element.hidden = rows.length === 0;
  };
  draw(bridge.state());
  const off = bridge.on("state", (s) => draw(s as WireState));
  return { element, dispose: off };
}
