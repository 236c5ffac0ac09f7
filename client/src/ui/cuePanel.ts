// The student's cue: while the model runs on, what their part waits for; when the server holds time at their
// stage, an unmistakable "your turn" (colour, shape, words, a vibration where the device allows), what the part
// senses, one button that sends the cued action, and the window's countdown; then whether it was in time.
import { cueOf } from "../../../shared/game/cues";
import { type RoleId, role } from "../../../shared/game/roles";
import { STAGE_IDS, STAGES, type StageId } from "../../../shared/game/stages";
import type { CuePayload } from "../../../shared/protocol/payloads";
import type { Bridge } from "../net/bridge";
import { readCue, readCueEnd } from "../net/read";
import type { WireState } from "../net/wireState";
import { announce, h } from "./dom";

type Mode = "idle" | "cue" | "done" | "missed";
const ICON: Record<Mode, string> = { idle: "○", cue: "▶", done: "✓", missed: "✗" };

export interface CuePanel {
  element: HTMLElement;
  /** The cue's one button (play binds Space to it). */
  button: HTMLButtonElement;
  dispose(): void;
}

const stageName = (id: string): string =>
  (STAGE_IDS as readonly string[]).includes(id) ? STAGES[id as StageId].name : "";

/**
 * The line under the cue: the stage being played and whom it waits for, in the second person on the phone of a
 * student whose part is among them ("your turn!"), never their own part's name in the third person.
 * `parts` is the wire's `stageParts` (readable part names joined by "; ").
 */
export function nowLine(o: { paused: boolean; stage: string; parts: string; myPart: string; myTurn: boolean }): string {
  if (o.paused) return "⏸ Paused by your teacher.";
  if (!o.stage) return "Now: the physiology is running.";
  const parts = o.parts.split("; ").filter(Boolean);
  const others = parts.filter((p) => p !== o.myPart).join(", ");
  if (o.myTurn) return `Now: ${o.stage} — your turn!${others ? ` Also waiting for ${others}.` : ""}`;
  if (parts.includes(o.myPart))
    return `Now: ${o.stage} — waiting for the others playing your part${others ? ` and for ${others}` : ""}.`;
  return `Now: ${o.stage}${others ? ` — waiting for ${others}` : ""}.`;
}

export function cuePanel(o: { bridge: Bridge; roleId: RoleId; team(): number }): CuePanel {
  const mine = STAGES[cueOf(o.roleId).stage];
  const icon = h("span", { class: "cue-icon", "aria-hidden": "true" });
  const title = h("h2", { class: "cue-title" });
  const body = h("p", { class: "cue-body" });
  const now = h("p", { class: "cue-now-line" });
  const button = h("button", { type: "button", class: "cue-button" }, cueOf(o.roleId).todo);
  const bar = h("div", { class: "cue-bar" });
  const seconds = h("span", { class: "cue-seconds" });
  const countdown = h("div", { class: "cue-countdown", "aria-hidden": "true" }, bar, seconds);
  const element = h("section", { class: "cue", "aria-label": "Your cue" }, icon, title, body, button, countdown, now);
  let mode: Mode = "idle";
  let cue: CuePayload | null = null;
  let deadline = 0;
  let frozenLeft = 0;
  let paused = false;

  const set = (next: Mode, heading: string, text: string) => {
    mode = next;
    element.className = `cue cue-${next}`;
    icon.textContent = ICON[next];
    title.textContent = heading;
    body.textContent = text;
    countdown.hidden = next !== "cue";
    refreshButton();
  };
  const refreshButton = () => {
    const online = o.bridge.online();
    button.disabled = mode !== "cue" || !online || paused;
    button.textContent = !online ? "Reconnecting… wait" : cue && mode === "cue" ? cue.todo : cueOf(o.roleId).todo;
  };
  const idle = () => set("idle", "Wait for your stage", `Your stage: ${mine.name}.`);
  idle();

  button.addEventListener("click", () => {
    if (!cue || mode !== "cue" || !o.bridge.online()) return;
    o.bridge.send("act", cue.action);
  });
  const open = (p: unknown, at: number) => {
    const next = readCue(p);
    if (!next) return;
    cue = next;
    deadline = at + next.windowMs;
    set("cue", "Your turn!", next.senses);
    navigator.vibrate?.([120, 60, 120]);
    announce(`Your turn: ${next.senses} ${next.todo}.`);
    button.focus({ preventScroll: true });
  };
  // A cue that came while this screen was still loading (the round's first stage) is shown at once.
  if (o.bridge.openCue) open(o.bridge.openCue.payload, o.bridge.openCue.at);
  const offs = [
    o.bridge.on("cue", (p) => open(p, performance.now())),
    o.bridge.on("cueEnd", (p) => {
      const end = readCueEnd(p);
      if (!end) return;
      cue = null;
      set(end.answered ? "done" : "missed", end.answered ? "Done in time" : "Missed", end.text);
    }),
    o.bridge.on("ack", () => {
      if (mode === "cue" && cue) {
        set("done", "Done in time", cueOf(o.roleId).done);
        cue = null;
      }
    }),
    o.bridge.on("state", (s) => {
      const state = s as WireState;
      const wasPaused = paused;
      paused = state.phase === "paused";
      const j = o.bridge.junction(o.team());
      if (cue && j && j.stage === cue.stage && !paused) deadline = performance.now() + j.stageLeftMs;
      if (paused && !wasPaused) frozenLeft = Math.max(0, deadline - performance.now());
      if (!paused && wasPaused) deadline = performance.now() + frozenLeft;
      const line = nowLine({
        paused,
        stage: j ? stageName(j.stage) : "",
        parts: j?.stageParts ?? "",
        myPart: role(o.roleId).name,
        myTurn: mode === "cue",
      });
      if (now.textContent !== line) now.textContent = line;
      refreshButton();
    }),
  ];
  const timer = window.setInterval(() => {
    if (mode !== "cue") return;
    const left = paused ? frozenLeft : Math.max(0, deadline - performance.now());
    const total = cue?.windowMs ?? 1;
    bar.style.width = `${Math.round((100 * left) / total)}%`;
    seconds.textContent = `${(left / 1000).toFixed(1)} s`;
    refreshButton();
  }, 100);
  return {
    element,
    button,
    dispose() {
      window.clearInterval(timer);
      for (const off of offs) off();
    },
  };
}
