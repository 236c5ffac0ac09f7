// The solo homework controls under every screen: which part the student plays ("Your part"), a fast-forward
// switch, Start round / End round, and after a round "Try another role", with the junction's trace and whether
// the challenge was met (soloResult). It sends the host commands the server allows the one student of a homework
// room; what happens is decided there and drawn from the state.
import { DEFAULT_MS_PER_S } from "../../../shared/game/clock";
import type { GoalSpec } from "../../../shared/game/goals";
import { isRoleId, ROLES, type RoleId } from "../../../shared/game/roles";
import type { Bridge } from "../net/bridge";
import { readError } from "../net/read";
import type { WireState } from "../net/wireState";
import { h, messageBox } from "../ui/dom";
import { soloResult } from "./soloResult";

/** Fast-forward: physiology at 1 s per wall second with no slow motion (a round lasts a few seconds). */
const FAST = { msPerS: 1000, slowMotion: false };
const NORMAL = { msPerS: DEFAULT_MS_PER_S, slowMotion: true };

/**
 * Each part's name in the picker, short enough for a phone's closed select (≈ 25 characters at 360 px); the full
 * name shows under it, where it wraps.
 */
export const PICKER_LABELS: Record<RoleId, string> = {
  excitatorySynapse: "Excitatory synapse",
  inhibitorySynapse: "Inhibitory synapse",
  neuronNaChannel: "Neuron Na+ channel",
  neuronKChannel: "Neuron K+ channel",
  nodeOfRanvier: "Node of Ranvier",
  caChannel: "Terminal Ca2+ channel",
  caIon: "Ca2+ ion",
  vesicles: "Synaptic vesicles",
  nAChR: "ACh receptor",
  aChE: "Acetylcholinesterase",
  naChannel: "Muscle Na+ channel",
  naIon: "Na+ ion",
  kChannel: "Muscle K+ channel",
  kIon: "K+ ion",
  naKPump: "Na+/K+ pump",
  serca: "SERCA pump",
};

/**
 * Hides the lobby's "1 student in the class": waiting.ts draws that count for every room, and a homework room
 * only ever holds this student (the lobby text already says they play alone with bots).
 */
function hideClassCount(): void {
  for (const count of document.querySelectorAll<HTMLElement>(".waiting .count")) count.hidden = true;
}

/** `goal`: the challenge's goal, to say by how much a round missed it (null: only the server's summary). */
export function soloBar(bridge: Bridge, mySeat: () => string | null, goal: GoalSpec | null = null): HTMLElement {
  const tried = new Set<RoleId>();
  const picker = h(
    "select",
    { id: "solo-role", name: "role", "aria-describedby": "solo-role-name" },
    ...ROLES.map((r) => h("option", { value: r.id }, PICKER_LABELS[r.id])),
  );
  // The chosen part's full name, where it wraps ("Excitatory synapse (Ia afferent)").
  const fullName = h("p", { class: "hint", id: "solo-role-name" });
  const showName = () => {
    const text = `You play the ${ROLES.find((r) => r.id === picker.value)?.name ?? ""}.`;
    if (fullName.textContent !== text) fullName.textContent = text;
  };
  const fast = h("input", { id: "solo-fast", type: "checkbox" });
  const start = h("button", { type: "button", class: "primary" }, "Start round");
  const end = h("button", { type: "button", class: "secondary" }, "End round");
  // Kept out of the row until a round has been played (a button's display rule would override `hidden`).
  const another = h("button", { type: "button", class: "secondary" }, "Try another role");
  const buttons = h("div", { class: "row" }, start, end);
  const status = h("p", { class: "hint", "aria-live": "polite" });
  const message = h("div", { class: "form-message" });
  let chosen = false;
  let phase = "";

  const assign = () => {
    const seatId = mySeat();
    if (!seatId || !isRoleId(picker.value)) {
      message.replaceChildren(messageBox("error", "Still connecting to your homework room. Try again in a moment."));
      return false;
    }
    chosen = true;
    bridge.send("host", { type: "assignRole", seatId, role: picker.value });
    return true;
  };
  picker.addEventListener("change", () => {
    message.replaceChildren();
    showName();
    assign();
  });
  start.addEventListener("click", () => {
    message.replaceChildren();
    if (!assign() || !isRoleId(picker.value)) return;
    tried.add(picker.value);
    bridge.send("host", { type: "configure", settings: fast.checked ? FAST : NORMAL });
    bridge.send("host", { type: "start" });
  });
  end.addEventListener("click", () => bridge.send("host", { type: "end" }));
  another.addEventListener("click", () => {
    // The part the round's result suggests (where the chain broke), else the next one not tried yet.
    const suggested = result.suggestion();
    const next =
      ROLES.find((r) => r.id === suggested) ?? ROLES.find((r) => !tried.has(r.id) && r.id !== picker.value) ?? ROLES[0];
    if (next) picker.value = next.id;
    showName();
    assign();
    picker.focus();
    status.textContent = `Your part for the next round: ${next?.name ?? ""}. Press Start round when ready.`;
  });
  bridge.on("error", (p) => {
    const text = readError(p)?.message;
    if (typeof text === "string" && text) message.replaceChildren(messageBox("error", text));
  });

  const render = (state: WireState) => {
    const inRound = state.phase === "running" || state.phase === "paused";
    picker.disabled = inRound;
    start.disabled = inRound;
    end.disabled = !inRound;
    if ((state.phase === "debrief") !== (another.parentElement === buttons))
      buttons.replaceChildren(start, end, ...(state.phase === "debrief" ? [another] : []));
    if (state.phase === "lobby") hideClassCount();
    const seatId = mySeat();
    const mine = seatId ? state.students.get(seatId)?.role : undefined;
    // Show the part the server gave this seat until the student picks one themselves.
    if (!chosen && mine && isRoleId(mine)) picker.value = mine;
    showName();
    if (state.phase !== phase) {
      phase = state.phase;
      if (inRound) status.textContent = `Round ${state.round} is running. End it whenever you like.`;
      else if (phase === "debrief")
        status.textContent = `Round ${state.round} is over. Try another role, or play again.`;
      else status.textContent = "Choose your part, then start the round.";
    }
  };
  // The round's result: right under the debrief, before the controls for the next round.
  const result = soloResult(
    bridge,
    goal,
    () => {
      const seatId = mySeat();
      return (seatId ? bridge.state()?.students.get(seatId)?.team : undefined) ?? 0;
    },
    mySeat,
  );
  bridge.on("state", (s) => render(s as WireState));
  const current = bridge.state();
  if (current) render(current);
  showName();
  // The lobby is drawn with this bar just after it is made (waiting.ts), before any state may arrive.
  queueMicrotask(hideClassCount);

  return h(
    "section",
    { class: "panel solo-bar", "aria-label": "Homework controls" },
    result.element,
    h("div", { class: "field" }, h("label", { for: "solo-role" }, "Your part"), picker, fullName),
    h("label", { class: "check" }, fast, " Fast-forward (no slow motion)"),
    buttons,
    status,
    message,
  );
}
