// The calm connection banner: "Reconnecting…" while the session mends itself, with a "Try now" button.
// It lives outside the page content so that screens can change underneath it.
import type { SessionStatus } from "../net/session";
import { announce, h } from "./dom";

export function connectionBanner(onRetry: () => void): { update(status: SessionStatus): void; remove(): void } {
  const text = h("span", {}, "");
  const banner = h(
    "div",
    { class: "reconnect", role: "status", hidden: true },
    h("span", { class: "spinner", "aria-hidden": "true" }),
    text,
    h("button", { type: "button", class: "small", onclick: onRetry }, "Try now"),
  );
  document.body.prepend(banner);
  let shown = false;
  return {
    update(status) {
      const reconnecting = status.kind === "reconnecting";
      banner.hidden = !reconnecting;
      if (reconnecting) {
        text.textContent =
          status.attempt > 3
            ? "Reconnecting… Your seat, role and score are kept; a bot plays your part meanwhile."
            : "Reconnecting…";
        if (!shown) announce("Connection lost. Reconnecting…");
      } else if (shown && status.kind === "connected") announce("Reconnected. You are back in the class.");
      shown = reconnecting;
    },
    remove: () => banner.remove(),
  };
}
