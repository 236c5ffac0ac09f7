// The moment a junction reaches its goal: a banner on phones and the projector while the server holds the
// junction still for the celebration (a few seconds), before the debrief takes over.
import type { Bridge } from "../net/bridge";
import type { WireState } from "../net/wireState";
import { announce, h } from "./dom";

/** `teams()`: the teams this screen celebrates (a phone: its own; the projector: every team). */
export function celebration(bridge: Bridge, teams: () => number[]): { element: HTMLElement; dispose(): void } {
  const text = h("p", { class: "celebration-text" });
  const element = h(
    "div",
    { class: "celebration", role: "status", hidden: true },
    h("span", { class: "celebration-star", "aria-hidden": "true" }, "★"),
    text,
  );
  let shown = "";
  const draw = (state: WireState | null) => {
    if (!state) return;
    const running = state.phase === "running" || state.phase === "paused";
    const reached = running ? teams().filter((t) => bridge.junction(t)?.goalAchieved) : [];
    const key = reached.length > 0 ? `${state.round}:${reached.join(",")}` : "";
    element.hidden = key === "";
    if (key === "" || key === shown) return;
    shown = key;
    const who = state.mode === "teams" ? `Team ${reached.map((t) => t + 1).join(", ")}: ` : "";
    text.textContent = `${who}Goal reached! (${state.goal.replace(/\.$/, "")})`;
    announce(text.textContent);
    navigator.vibrate?.([200, 100, 200, 100, 400]);
  };
  draw(bridge.state());
  const off = bridge.on("state", (s) => draw(s as WireState));
  return { element, dispose: off };
}
