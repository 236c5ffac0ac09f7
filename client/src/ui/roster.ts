// The class roster, twice: on the projected page only who has joined (a name, "reconnecting" when away); in the
// teacher panel one row per student with their part this round, a role override (pin) and removal with a
// confirmation. Rows are updated in place so a pending confirmation survives state patches.
import { ROLES } from "../../../shared/game/roles";
import { ClientMessage } from "../../../shared/protocol";
import type { Bridge } from "../net/bridge";
import type { WireStudent } from "../net/wireState";
import { h } from "./dom";

export interface RosterRow {
  element: HTMLLIElement;
  update(student: WireStudent, teams: boolean): void;
}

/**
 * One projected name: nothing in it acts on the class, so the whole room may see it. During a round a student the
 * server is waiting for is marked (▶ and a frame, not colour alone), like the stage strip's "Your turn: …".
 */
export function joinedRow(nickname: string): RosterRow {
  const badge = h("span", { class: "badge", hidden: true }, "reconnecting");
  const team = h("span", { class: "part" });
  const turn = h("span", { class: "turn-mark", hidden: true }, h("span", { "aria-hidden": "true" }, "▶"));
  turn.append(h("span", { class: "visually-hidden" }, "to answer now"));
  const element = h("li", { class: "student" }, turn, h("span", { class: "name" }, nickname), team, badge);
  return {
    element,
    update(student, teams) {
      element.classList.toggle("to-answer", student.active);
      turn.hidden = !student.active;
      element.classList.toggle("away", !student.connected);
      badge.hidden = student.connected;
      const text = teams ? `Team ${student.team + 1}` : "";
      if (team.textContent !== text) team.textContent = text;
    },
  };
}

/** One student in the teacher panel: part, pin and Remove. */
export function rosterRow(bridge: Bridge, seatId: string, nickname: string): RosterRow {
  const actions = h("span", { class: "row-actions" });
  const removeButton = h("button", { type: "button", class: "small", "aria-label": `Remove ${nickname}` }, "Remove");
  removeButton.addEventListener("click", () => {
    actions.replaceChildren(
      h("span", {}, `Remove ${nickname}?`),
      h(
        "button",
        { type: "button", class: "danger small", onclick: () => bridge.send(ClientMessage.remove, { seatId }) },
        "Yes, remove",
      ),
      h("button", { type: "button", class: "small", onclick: () => actions.replaceChildren(removeButton) }, "Cancel"),
    );
  });
  actions.append(removeButton);
  const pin = h(
    "select",
    { class: "role-pin", "aria-label": `Role for ${nickname}` },
    h("option", { value: "" }, "Role: automatic"),
    ...ROLES.map((r) => h("option", { value: r.id }, r.name)),
  );
  pin.addEventListener("change", () => {
    bridge.send(ClientMessage.host, { type: "assignRole", seatId, role: pin.value || null });
  });
  const badge = h("span", { class: "badge", hidden: true }, "reconnecting");
  const part = h("span", { class: "part" });
  const element = h("li", { class: "student" }, h("span", { class: "name" }, nickname), badge, part, pin, actions);
  return {
    element,
    update(student, teams) {
      element.classList.toggle("away", !student.connected);
      badge.hidden = student.connected;
      const def = ROLES.find((r) => r.id === student.role);
      part.textContent = [teams ? `Team ${student.team + 1}` : "", def ? def.name : ""].filter(Boolean).join(" · ");
      part.classList.toggle("working", student.active);
    },
  };
}
