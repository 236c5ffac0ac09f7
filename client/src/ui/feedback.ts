// The student's feedback log: every answer to their presses, newest first — the acknowledgement, the server's
// physiological reason for a refusal, and what their part did. The same line again is counted, not stacked.
import type { Bridge } from "../net/bridge";
import { readAck, readError, readFeedback } from "../net/read";
import { announce, h } from "./dom";

const KEEP = 6;

export function feedbackLog(bridge: Bridge): { element: HTMLElement; dispose(): void } {
  const list = h("ol", { class: "feedback", "aria-label": "What your actions did", "aria-live": "polite" });
  const add = (kind: "ack" | "refused" | "effect", text: string) => {
    const first = list.firstElementChild as HTMLElement | null;
    if (first && first.dataset.text === `${kind}:${text}`) {
      const times = Number(first.dataset.times ?? "1") + 1;
      first.dataset.times = String(times);
      const count = first.querySelector(".times");
      if (count) count.textContent = ` (×${times})`;
      return;
    }
    const mark = kind === "ack" ? "✓" : kind === "refused" ? "✗" : "→";
    const item = h(
      "li",
      { class: `fb fb-${kind}` },
      h("span", { class: "mark", "aria-hidden": "true" }, mark),
      text,
      h("span", { class: "times" }),
    );
    item.dataset.text = `${kind}:${text}`;
    list.prepend(item);
    while (list.children.length > KEEP) list.lastElementChild?.remove();
    if (kind !== "ack") announce(text);
  };
  const offs = [
    bridge.on("ack", (p) => add("ack", readAck(p)?.text ?? "Done.")),
    bridge.on("error", (p) => add("refused", `Refused: ${readError(p)?.message ?? ""}`)),
    bridge.on("feedback", (p) => add("effect", readFeedback(p)?.text ?? "")),
  ];
  return {
    element: list,
    dispose: () => {
      for (const off of offs) off();
    },
  };
}
