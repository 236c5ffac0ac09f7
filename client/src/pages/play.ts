// The student's role screen during a round: the cue (what the part waits for, and its turn when the stage is
// held for it), the role card, the role family's Phaser scene (loaded on demand), what the part senses, the
// part's other buttons (touch and keyboard) and the feedback on every press.
import { type RoleId, role } from "../../../shared/game/roles";
import type { Bridge } from "../net/bridge";
import { readStudentScore } from "../net/read";
import { prefersReducedMotion } from "../scenes/context";
import type { Mounted } from "../scenes/mount";
import { actionsFor, keyName } from "../ui/actions";
import { roleCard } from "../ui/card";
import { celebration } from "../ui/celebration";
import { cuePanel } from "../ui/cuePanel";
import { h } from "../ui/dom";
import { feedbackLog } from "../ui/feedback";
import { bindKeys } from "../ui/keyboard";
import { scenarioLine } from "../ui/scenarioLine";
import { describeSenses } from "../ui/senses";

export interface PlayOptions {
  bridge: Bridge;
  roleId: RoleId;
  team(): number;
  active(): boolean;
}

export interface PlayScreen {
  element: HTMLElement;
  start(): Promise<void>;
  dispose(): void;
}

export function playScreen(o: PlayOptions): PlayScreen {
  const def = role(o.roleId);
  const stage = h("div", { class: "stage", role: "img", "aria-label": `Drawing of your part: ${def.name}` });
  const senses = h("ul", { class: "senses", "aria-label": "What your part senses" });
  const feedback = feedbackLog(o.bridge);
  const buttons = new Map<string, HTMLButtonElement>();
  const pumpButtons = actionsFor(o.roleId);
  let pumpDone = -1;
  let pendingPump = -1;
  const cue = cuePanel({ bridge: o.bridge, roleId: o.roleId, team: o.team });
  buttons.set(" ", cue.button);
  const actions = h("div", { class: "actions", role: "group", "aria-label": "Your part's other actions" });
  for (const button of actionsFor(o.roleId)) {
    const element = h(
      "button",
      { type: "button", class: "action", "aria-keyshortcuts": keyName(button.key) },
      button.label,
      h("kbd", { "aria-hidden": "true" }, keyName(button.key)),
    );
    element.setAttribute("aria-label", button.label);
    element.addEventListener("click", () => {
      if (button.action.kind === "pump") pendingPump = pumpButtons.findIndex((b) => b.label === button.label);
      o.bridge.send("act", button.action);
    });
    buttons.set(button.key, element);
    actions.append(element);
  }
  // The pump figure shows the step the server last accepted (never a guess of what it will accept): at once from
  // the answer to this device's step, and once a second from the server's own count (`pumpStep`, the next step).
  const offAck = o.bridge.on("ack", () => {
    if (pendingPump >= 0) pumpDone = pendingPump === pumpButtons.length - 1 ? -1 : pendingPump;
    pendingPump = -1;
  });
  const offError = o.bridge.on("error", () => {
    pendingPump = -1;
  });
  const unbindKeys = bindKeys(buttons);
  const score = h("p", { class: "score", "aria-live": "off" });
  // More time on this student's cues (an accessibility setting the server keeps for their seat).
  const moreTime = h("input", { type: "checkbox" });
  moreTime.addEventListener("change", () => o.bridge.send("pace", { extraTime: moreTime.checked }));
  const offScore = o.bridge.on("score", (p) => {
    const s = readStudentScore(p);
    if (!s) return;
    if (document.activeElement !== moreTime) moreTime.checked = s.extraTime;
    if (s.pumpStep !== null && pendingPump < 0)
      pumpDone = s.pumpStep > 0 ? Math.min(s.pumpStep, pumpButtons.length) - 1 : -1;
    const r = s.round;
    score.textContent = `This round: cues answered in time ${r.answered} of ${r.cues} · refused presses ${r.refused} · game score ${r.game}`;
  });
  const scenario = scenarioLine(o.bridge);
  const party = celebration(o.bridge, () => [o.team()]);
  const refresh = () => {
    const lines = describeSenses(o.roleId, o.bridge.junction(o.team()), o.active());
    senses.replaceChildren(...lines.map((line) => h("li", {}, line)));
    // Offline, a press would be lost: the buttons say so instead of dropping it silently.
    const online = o.bridge.online();
    for (const [key, button] of buttons) if (key !== " ") button.disabled = !online;
  };
  refresh();
  const timer = window.setInterval(refresh, 250);
  const element = h(
    "section",
    { class: `play play-${def.group}` },
    h("h1", {}, def.name),
    scenario.element,
    cue.element,
    party.element,
    roleCard(def),
    h(
      "div",
      { class: "play-grid" },
      stage,
      h(
        "div",
        { class: "play-side" },
        feedback.element,
        senses,
        h("details", { class: "more-actions" }, h("summary", {}, "Your part's other actions"), actions),
        h("label", { class: "check more-time" }, moreTime, "Give me more time for my cues"),
        score,
      ),
    ),
  );
  let mounted: Mounted | null = null;
  let disposed = false;
  return {
    element,
    async start() {
      const { mountScene } = await import("../scenes/mount");
      if (disposed) return;
      mounted = mountScene(stage, def.scene, {
        bridge: o.bridge,
        team: o.team,
        roleId: () => o.roleId,
        active: o.active,
        pumpStep: () => pumpDone,
        reducedMotion: prefersReducedMotion(),
      });
    },
    dispose() {
      disposed = true;
      mounted?.destroy();
      window.clearInterval(timer);
      cue.dispose();
      scenario.dispose();
      party.dispose();
      unbindKeys();
      feedback.dispose();
      offAck();
      offError();
      offScore();
    },
  };
}
