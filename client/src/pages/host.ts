// The teacher's host page, made for the projector: big code and QR, who has joined, discreet controls.
import type { Room } from "colyseus.js";
import { ClientMessage, ServerMessage } from "../../../shared/protocol";
import { ApiError, createClass } from "../net/api";
import { describeClose, JoinError, joinClass } from "../net/connection";
import { hostSecret, saveHostSecret } from "../net/device";
import type { ClassStateView } from "../net/stateView";
import { announce, h, messageBox, navigate, show } from "../ui/dom";

/** "Host a class": creates the class on the server, keeps its host secret in this browser, opens its page. */
export async function createAndHost(): Promise<void> {
  show(h("section", { class: "panel" }, h("h1", {}, "Host a class"), h("p", {}, "Creating your class…")));
  try {
    const created = await createClass();
    saveHostSecret(created.code, created.hostSecret);
    window.history.replaceState({}, "", `/host/${created.code}`);
    await hostPage(created.code);
  } catch (error) {
    show(
      h(
        "section",
        { class: "panel" },
        h("h1", {}, "Host a class"),
        messageBox("error", error instanceof ApiError ? error.message : String(error)),
        h("button", { type: "button", class: "big primary", onclick: () => void createAndHost() }, "Try again"),
      ),
    );
  }
}

function failure(title: string, text: string): void {
  show(
    h(
      "section",
      { class: "panel" },
      h("h1", {}, title),
      messageBox("error", text),
      h("button", { type: "button", class: "big primary", onclick: () => navigate("/host") }, "Host a new class"),
    ),
  );
}

export async function hostPage(code: string): Promise<void> {
  const secret = hostSecret(code);
  if (!secret) {
    failure(`Class ${code}`, `This browser did not create class ${code}, so it cannot host it.`);
    return;
  }
  let room: Room<ClassStateView>;
  try {
    room = await joinClass<ClassStateView>(code, { hostSecret: secret });
  } catch (error) {
    failure(`Class ${code}`, error instanceof JoinError ? error.message : String(error));
    return;
  }
  renderHost(room, code);
}

function renderHost(room: Room<ClassStateView>, code: string): void {
  const joinUrl = `${window.location.origin}/join/${code}`;
  const urlText = h("span", { class: "join-url" }, joinUrl);
  const count = h("p", { class: "count", "aria-live": "polite" }, "0 students");
  const list = h("ul", { class: "roster", "aria-label": "Students in the class" });
  const status = h("div", { class: "form-message" });
  const lockButton = h("button", { type: "button", class: "secondary", "aria-pressed": "false" }, "Lock class");
  lockButton.addEventListener("click", () => {
    room.send(ClientMessage.lock, { locked: lockButton.getAttribute("aria-pressed") !== "true" });
  });

  show(
    h(
      "section",
      { class: "host" },
      h(
        "div",
        { class: "host-join" },
        h("h1", {}, "Join at ", urlText),
        h("p", { class: "big-code", "aria-label": `Class code ${code.split("").join(" ")}` }, code),
        h("img", {
          class: "qr",
          src: `/api/classes/${code}/qr.svg`,
          alt: `QR code for ${joinUrl}`,
          width: 280,
          height: 280,
        }),
      ),
      h(
        "div",
        { class: "host-roster" },
        h("h2", {}, "Students"),
        count,
        list,
        h("div", { class: "host-controls", "aria-label": "Teacher controls" }, lockButton),
        status,
      ),
    ),
  );

  // The QR and link show the address the server says students can reach (the LAN address, not localhost).
  fetch(`/api/classes/${code}`)
    .then((r) => (r.ok ? r.json() : null))
    .then((info: { joinUrl?: string } | null) => {
      if (info?.joinUrl) urlText.textContent = info.joinUrl;
    })
    .catch(() => {});

  // Rows are kept per seat and updated in place, so a pending "Remove?" confirmation survives state patches.
  const rows = new Map<string, RosterRow>();
  room.onStateChange((state) => {
    const students = Array.from(state.students.entries());
    count.textContent = `${students.length} ${students.length === 1 ? "student" : "students"}`;
    lockButton.textContent = state.locked ? "Unlock class" : "Lock class";
    lockButton.setAttribute("aria-pressed", String(state.locked));
    for (const [seatId, student] of students) {
      let row = rows.get(seatId);
      if (!row) {
        row = rosterRow(room, seatId, student.nickname);
        rows.set(seatId, row);
        list.append(row.element);
        announce(`${student.nickname} joined`);
      }
      row.update(student.connected);
    }
    for (const [seatId, row] of rows) {
      if (!state.students.has(seatId)) {
        row.element.remove();
        rows.delete(seatId);
      }
    }
  });
  room.onMessage(ServerMessage.error, (payload: { message?: string }) => {
    status.replaceChildren(messageBox("error", String(payload?.message ?? "That was refused.")));
  });
  room.onMessage(ServerMessage.notice, () => {});
  room.onLeave((closeCode) => failure(`Class ${code}`, describeClose(closeCode)));
}

interface RosterRow {
  element: HTMLLIElement;
  update(connected: boolean): void;
}

function rosterRow(room: Room<ClassStateView>, seatId: string, nickname: string): RosterRow {
  const actions = h("span", { class: "row-actions" });
  const removeButton = h("button", { type: "button", class: "small", "aria-label": `Remove ${nickname}` }, "Remove");
  removeButton.addEventListener("click", () => {
    actions.replaceChildren(
      h("span", {}, `Remove ${nickname}?`),
      h(
        "button",
        { type: "button", class: "danger small", onclick: () => room.send(ClientMessage.remove, { seatId }) },
        "Yes, remove",
      ),
      h("button", { type: "button", class: "small", onclick: () => actions.replaceChildren(removeButton) }, "Cancel"),
    );
  });
  actions.append(removeButton);
  const badge = h("span", { class: "badge", hidden: true }, "reconnecting");
  const element = h("li", { class: "student" }, h("span", { class: "name" }, nickname), badge, actions);
  return {
    element,
    update(connected) {
      element.classList.toggle("away", !connected);
      badge.hidden = connected;
    },
  };
}
