// The student's feedback log: every answer to their actions, newest first — the acknowledgement, the
// server's physiological reason for a refusal, and what the action did to the membrane in mV.
import type { Bridge } from "../net/bridge";
import { announce, h } from "./dom";

const KEEP = 6;

export function feedbackLog(bridge: Bridge): { element: HTMLElement; dispose(): void } {
  const list = h("ol", { class: "feedback", "aria-label": "What your actions did", "aria-live": "polite" });
  const add = (kind: "ack" | "refused" | "effect", text: string) => {
    const mark = kind === "ack" ? "✓" : kind === "refused" ? "✗" : "→";
    const item = h("li", { class: `fb fb-${kind}` }, h("span", { class: "mark", "aria-hidden": "true" }, mark), text);
    list.prepend(item);
    while (list.children.length > KEEP) list.lastElementChild?.remove();
    if (kind !== "ack") announce(text);
  };
  const offs = [
    bridge.on("ack", (p) => add("ack", String((p as { text?: unknown })?.text ?? "Done."))),
    bridge.on("error", (p) => add("refused", `Refused: ${String((p as { message?: unknown })?.message ?? "")}`)),
    bridge.on("feedback", (p) => add("effect", String((p as { text?: unknown })?.text ?? ""))),
  ];
  return {
    element: list,
    dispose: () => {
      for (const off of offs) off();
    },
  };
}
