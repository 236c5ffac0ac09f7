// The teacher's host page, made for the projector: big code and QR, who has joined, the junction and its traces;
// the teacher's controls live in a panel that stays closed (and out of the page) until the teacher opens it.
import type { Room } from "colyseus.js";
import { ClientMessage } from "../../../shared/protocol";
import { ApiError, createClass } from "../net/api";
import { Bridge } from "../net/bridge";
import { describeClose, JoinError, joinClass } from "../net/connection";
import { hostSecret, saveHostSecret } from "../net/device";
import { readAck, readClassScores, readError } from "../net/read";
import { RoundLog } from "../net/traces";
import type { WireState } from "../net/wireState";
import { announce, h, messageBox, navigate, show } from "../ui/dom";
import { lessonControls } from "../ui/lessonControls";
import { takeNextPeriod } from "../ui/nextPeriod";
import { projectorLesson } from "../ui/projectorLesson";
import { joinedRow, type RosterRow, rosterRow } from "../ui/roster";
import { dashboardLink, teacherControls } from "../ui/teacher";
import { hostDebrief, type SeatScores } from "./hostDebrief";
import { type ProjectorView, projectorView } from "./projector";

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
  let room: Room<WireState>;
  try {
    room = await joinClass<WireState>(code, { hostSecret: secret });
  } catch (error) {
    failure(`Class ${code}`, error instanceof JoinError ? error.message : String(error));
    return;
  }
  renderHost(room, code);
}

/**
 * The teacher panel: closed on every load, so the page a teacher projects shows only the class; one discreet
 * "Teacher controls" button opens it beside the projected area and closes it again (or Escape does).
 * Why a panel on the same page rather than a separate presenter page: most classroom laptops mirror their
 * screen to the projector, so a second window would be projected too, and another device would need this
 * browser's host secret. A toggle works on every setup with one click. While closed the panel is not in the
 * document at all, so the Remove buttons, the teacher's notes, a mystery's hidden scenario and the private
 * dashboard link (built only when it opens) cannot reach the projected page, not even hidden.
 */
function teacherPanel(content: HTMLElement[]): { element: HTMLElement; toggle: HTMLButtonElement } {
  const panel = h("aside", { class: "host-panel", id: "teacher-panel", "aria-label": "Teacher controls" });
  const toggle = h(
    "button",
    { type: "button", class: "small controls-toggle", "aria-expanded": "false", "aria-controls": "teacher-panel" },
    "Teacher controls",
  );
  const side = h("div", { class: "host-side" }, toggle);
  const setOpen = (open: boolean) => {
    toggle.setAttribute("aria-expanded", String(open));
    side.closest(".host")?.classList.toggle("controls-open", open);
    if (open) {
      panel.replaceChildren(...content, dashboardLink() ?? "");
      side.append(panel);
    } else {
      panel.remove();
      panel.replaceChildren();
    }
  };
  toggle.addEventListener("click", () => setOpen(toggle.getAttribute("aria-expanded") !== "true"));
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && toggle.getAttribute("aria-expanded") === "true" && side.isConnected) {
      setOpen(false);
      toggle.focus();
    }
  });
  return { element: side, toggle };
}

function renderHost(room: Room<WireState>, code: string): void {
  const bridge = new Bridge();
  const log = new RoundLog(bridge);
  const scores: SeatScores = new Map();
  const joinUrl = `${window.location.origin}/join/${code}`;
  const urlText = h("span", { class: "join-url" }, joinUrl);
  const count = h("p", { class: "count", "aria-live": "polite" }, "0 students");
  const list = h("ul", { class: "roster", "aria-label": "Students in the class" });
  const manageList = h("ul", { class: "manage-roster", "aria-label": "Manage students" });
  const status = h("div", { class: "form-message" });
  const lockButton = h("button", { type: "button", class: "secondary small", "aria-pressed": "false" }, "Lock class");
  lockButton.addEventListener("click", () => {
    room.send(ClientMessage.lock, { locked: lockButton.getAttribute("aria-pressed") !== "true" });
  });
  // "Suggested names only": new students join with a generated name ("Swift Sodium"), never their own.
  const namesButton = h(
    "button",
    { type: "button", class: "secondary small", "aria-pressed": "false" },
    "Suggested names only",
  );
  namesButton.addEventListener("click", () => {
    room.send(ClientMessage.names, { generatedOnly: namesButton.getAttribute("aria-pressed") !== "true" });
  });
  const toggle = h("button", { type: "button", class: "small" }, "Show join code");
  const joinPanel = h(
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
  );
  const main = h("div", { class: "host-main" }, joinPanel);
  document.getElementById("app")?.classList.add("wide");
  const controls = teacherControls(bridge, [lockButton, namesButton, toggle]);
  // The lesson band (challenge, mystery note, question and its spread, results) is projected above the junction;
  // the lesson tools are in the teacher panel.
  const lesson = projectorLesson(bridge);
  const tools = lessonControls(bridge);
  const joined = h(
    "section",
    { class: "host-joined", "aria-label": "Who has joined" },
    h("h2", {}, "Students"),
    count,
    list,
  );
  const projected = h("div", { class: "host-projected", "data-view": "join" }, lesson.element, main, joined);
  const panel = teacherPanel([
    status,
    controls.element,
    h(
      "section",
      { class: "teacher", "aria-labelledby": "manage-title" },
      h("h2", { id: "manage-title" }, "Students"),
      manageList,
    ),
    tools.element,
  ]);
  show(h("section", { class: "host" }, projected, panel.element));

  // The QR and link show the address the server says students can reach (the LAN address, not localhost).
  fetch(`/api/classes/${code}`)
    .then((r) => (r.ok ? r.json() : null))
    .then((info: { joinUrl?: string } | null) => {
      if (info?.joinUrl) urlText.textContent = info.joinUrl;
    })
    .catch(() => {});

  let view = "";
  let showCode = false;
  let projector: ProjectorView | null = null;
  const setView = (state: WireState) => {
    const inRound = state.phase === "running" || state.phase === "paused";
    const next =
      showCode || state.phase === "lobby" ? "join" : inRound ? `round:${state.round}` : `debrief:${state.round}`;
    toggle.textContent = showCode ? "Show junction" : "Show join code";
    toggle.hidden = state.phase === "lobby";
    if (next === view) return;
    view = next;
    projected.dataset.view = next.split(":")[0] ?? "join";
    projector?.dispose();
    projector = null;
    if (next === "join") main.replaceChildren(joinPanel);
    else if (inRound) {
      projector = projectorView(bridge, log, code);
      main.replaceChildren(projector.element);
      void projector.start();
      announce(`Round ${state.round} started.`);
    } else {
      main.replaceChildren(hostDebrief(state, log, scores));
      announce(`Round ${state.round} is over: the debrief is on screen.`);
    }
  };
  // The server's debrief may land after the screen changed: redraw it with the server's chain and scores.
  bridge.on("debrief", () => {
    const state = bridge.state();
    if (state && view === `debrief:${state.round}`) main.replaceChildren(hostDebrief(state, log, scores));
  });
  toggle.addEventListener("click", () => {
    showCode = !showCode;
    const state = bridge.state();
    if (state) setView(state);
  });

  // Rows are kept per seat and updated in place, so a pending "Remove?" confirmation survives state patches.
  const rows = new Map<string, { joined: RosterRow; managed: RosterRow }>();
  bridge.on("state", (raw) => {
    const state = raw as WireState;
    const students = Array.from(state.students.entries());
    count.textContent = `${students.length} ${students.length === 1 ? "student" : "students"}`;
    lockButton.textContent = state.locked ? "Unlock class" : "Lock class";
    lockButton.setAttribute("aria-pressed", String(state.locked));
    namesButton.setAttribute("aria-pressed", String(state.generatedNamesOnly));
    for (const [seatId, student] of students) {
      let row = rows.get(seatId);
      if (!row) {
        row = { joined: joinedRow(student.nickname), managed: rosterRow(bridge, seatId, student.nickname) };
        rows.set(seatId, row);
        list.append(row.joined.element);
        manageList.append(row.managed.element);
        announce(`${student.nickname} joined`);
      }
      row.joined.update(student, state.mode === "teams");
      row.managed.update(student, state.mode === "teams");
    }
    for (const [seatId, row] of rows) {
      if (!state.students.has(seatId)) {
        row.joined.element.remove();
        row.managed.element.remove();
        rows.delete(seatId);
      }
    }
    controls.update(state);
    tools.update(state);
    setView(state);
  });
  bridge.on("score", (payload) => {
    for (const s of readClassScores(payload)?.seats ?? [])
      scores.set(s.seatId, { game: s.game, cues: s.cues, answered: s.answered, refused: s.refused });
  });
  bridge.on("ack", (payload) => {
    status.replaceChildren(messageBox("info", readAck(payload)?.text ?? "Done."));
  });
  bridge.on("error", (payload) => {
    status.replaceChildren(messageBox("error", readError(payload)?.message ?? "That was refused."));
  });
  bridge.attach(room);
  // Opened with "Next period": this class takes the previous one's challenge and round settings.
  const carried = takeNextPeriod();
  if (carried) {
    if (carried.challenge) room.send(ClientMessage.host, { type: "challenge", challengeId: carried.challenge });
    else controls.adopt(carried.settings);
  }
  room.onLeave((closeCode) => {
    projector?.dispose();
    lesson.dispose();
    failure(`Class ${code}`, describeClose(closeCode));
  });
}
