// The student's screen once in a class: waiting in the lobby, their role screen during a round, the debrief
// after it — all from the class state — and a self-mending connection (reconnecting, never a dead screen).
import type { Room } from "colyseus.js";
import type { SeatScore } from "../../../shared/game/game";
import { roleInSentence } from "../../../shared/game/readable";
import { isRoleId } from "../../../shared/game/roles";
import { CloseCode } from "../../../shared/protocol";
import { Bridge } from "../net/bridge";
import { forgetSession, rememberSession } from "../net/device";
import { prefetchRoundAssets } from "../net/prefetch";
import { readError, readNotice, readStudentScore } from "../net/read";
import { StudentSession } from "../net/session";
import { RoundLog } from "../net/traces";
import type { WireState, WireStudent } from "../net/wireState";
import { announce, h, messageBox, show } from "../ui/dom";
import { connectionBanner } from "../ui/status";
import { studentLesson } from "../ui/studentLesson";
import { teamBadge } from "../ui/teamBadge";
import type { PlayScreen } from "./play";
import { studentDebrief } from "./studentDebrief";

/** A solo homework room: its own control bar (shown under every screen) and words for a room without a teacher. */
export interface SoloOptions {
  bar(bridge: Bridge, mySeat: () => string | null): HTMLElement;
  lobbyText: string;
  debriefText: string;
}

export function waitingRoom(room: Room<WireState>, code: string, nickname: string, solo?: SoloOptions): void {
  const bridge = new Bridge();
  const log = new RoundLog(bridge);
  const session = new StudentSession(code, nickname, room, bridge);
  rememberSession(code, nickname);
  let seatId: string | null = null;
  let view = "";
  let play: PlayScreen | null = null;
  let score: SeatScore = { game: 0, cues: 0, answered: 0, refused: 0 };
  const banner = connectionBanner(() => session.retryNow());
  const lessonStrip = studentLesson(bridge, () => {
    const state = bridge.state();
    return state ? (me(state)?.team ?? null) : null;
  });
  const count = h("p", { class: "count", "aria-live": "polite" });
  const notice = h("div", { class: "form-message" });

  bridge.on("notice", (p) => {
    const n = readNotice(p);
    if (n?.kind === "seated") seatId = n.seatId;
  });
  bridge.on("score", (p) => {
    // Students get their session totals and, under `round`, this round's; the debrief shows the round's.
    const round = readStudentScore(p)?.round;
    if (round) score = round;
  });
  bridge.on("error", (p) => {
    if (view === "lobby") notice.replaceChildren(messageBox("error", readError(p)?.message ?? ""));
  });
  const me = (state: WireState): WireStudent | undefined => {
    if (seatId && state.students.get(seatId)) return state.students.get(seatId);
    for (const [id, s] of state.students.entries()) {
      if (s.nickname === nickname) {
        seatId = id;
        return s;
      }
    }
    return undefined;
  };
  // After `me`: the badge draws at once if the state is already here.
  const teamStrip = teamBadge(bridge, () => {
    const state = bridge.state();
    return state ? (me(state)?.team ?? null) : null;
  });
  const soloBar = solo?.bar(bridge, () => {
    const state = bridge.state();
    if (state) me(state);
    return seatId;
  });
  const screen = (...content: Node[]) => show(...content, ...(soloBar ? [soloBar] : []));

  const lobby = () => {
    prefetchRoundAssets(); // while they wait, so the round's start does not wait on Phaser
    screen(
      h(
        "section",
        { class: "panel waiting" },
        h("h1", {}, `You're in, ${nickname}!`),
        h("p", { class: "lead" }, solo?.lobbyText ?? `Class ${code}. Waiting for your teacher to start the round.`),
        count,
        notice,
      ),
    );
  };

  const render = (state: WireState) => {
    const n = state.students?.size ?? 0;
    count.textContent = `${n} ${n === 1 ? "student" : "students"} in the class`;
    const self = me(state);
    const roleId = self?.role ?? "";
    const inRound = state.phase === "running" || state.phase === "paused";
    const next =
      inRound && isRoleId(roleId)
        ? `play:${roleId}:${state.round}`
        : state.phase === "debrief"
          ? `debrief:${state.round}`
          : "lobby";
    if (next === view) return;
    view = next;
    play?.dispose();
    play = null;
    if (next.startsWith("play:") && isRoleId(roleId)) {
      void import("./play").then(({ playScreen }) => {
        if (view !== next) return;
        play = playScreen({
          bridge,
          roleId,
          team: () => me(bridge.state() ?? state)?.team ?? 0,
          active: () => me(bridge.state() ?? state)?.active ?? false,
        });
        screen(play.element);
        void play.start();
        announce(`Round ${state.round}: you are the ${roleInSentence(roleId)}.`);
      });
    } else if (next.startsWith("debrief")) {
      const team = self?.team ?? 0;
      screen(studentDebrief(nickname, team, log.peaksOf(team), log.debriefOf(state.round), score, solo?.debriefText));
      announce("The round is over. Here is what happened.");
    } else lobby();
  };

  // The server's debrief may land after the screen changed: redraw it with the server's chain.
  bridge.on("debrief", () => {
    const state = bridge.state();
    if (!state || view !== `debrief:${state.round}`) return;
    const team = me(state)?.team ?? 0;
    screen(studentDebrief(nickname, team, log.peaksOf(team), log.debriefOf(state.round), score, solo?.debriefText));
  });

  lobby();
  announce(`You're in the class, ${nickname}.`);
  bridge.on("state", (s) => render(s as WireState));
  session.onStatus((status) => {
    banner.update(status);
    if (status.kind !== "closed") return;
    play?.dispose();
    forgetSession(code);
    banner.remove();
    lessonStrip.remove();
    teamStrip.remove();
    show(
      h(
        "section",
        { class: "panel" },
        h("h1", {}, status.code === CloseCode.removedByTeacher ? "Removed from the class" : "Disconnected"),
        messageBox("error", status.text),
        h("a", { href: "/", class: "button-link" }, "Back to the start"),
      ),
    );
    announce(status.text);
  });
}
