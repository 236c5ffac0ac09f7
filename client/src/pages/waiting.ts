// The student's screen once in a class: who they are, that they are in, and what the class is doing.
import type { Room } from "colyseus.js";
import { CloseCode, ServerMessage } from "../../../shared/protocol";
import { describeClose } from "../net/connection";
import type { ClassStateView } from "../net/stateView";
import { announce, h, messageBox, show } from "../ui/dom";

export function waitingRoom(room: Room<ClassStateView>, code: string, nickname: string): void {
  const count = h("p", { class: "count", "aria-live": "polite" });
  const notice = h("div", { class: "form-message" });
  show(
    h(
      "section",
      { class: "panel waiting" },
      h("h1", {}, `You're in, ${nickname}!`),
      h("p", { class: "lead" }, `Class ${code}. Waiting for your teacher to start the round.`),
      count,
      notice,
    ),
  );
  announce(`You're in the class, ${nickname}.`);
  room.onStateChange((state) => {
    const n = state.students?.size ?? 0;
    count.textContent = `${n} ${n === 1 ? "student" : "students"} in the class`;
  });
  room.onMessage(ServerMessage.error, (payload: { message?: string }) => {
    notice.replaceChildren(messageBox("error", String(payload?.message ?? "That was refused.")));
  });
  room.onMessage(ServerMessage.notice, () => {});
  room.onLeave((closeCode) => {
    const text = describeClose(closeCode);
    show(
      h(
        "section",
        { class: "panel" },
        h("h1", {}, closeCode === CloseCode.removedByTeacher ? "Removed from the class" : "Disconnected"),
        messageBox("error", text),
        h("a", { href: "/", class: "button-link" }, "Back to the start"),
      ),
    );
    announce(text);
  });
}
