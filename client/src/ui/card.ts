// The role card a round opens with: what you are, what you do, what happens if you don't. It folds away
// after "Got it" and can be opened again.
import type { RoleDef } from "../../../shared/game/roles";
import { h } from "./dom";

export function roleCard(def: RoleDef): HTMLElement {
  const details = h(
    "details",
    { class: "role-card", open: true },
    h("summary", {}, `Your role card: ${def.name}`),
    h("p", { class: "you-are" }, def.card.youAre),
    h("p", {}, h("strong", {}, "You do: "), def.card.youDo),
    h("p", {}, h("strong", {}, "If you don't: "), def.card.ifYouDont),
  );
  const gotIt = h("button", { type: "button", class: "small" }, "Got it");
  gotIt.addEventListener("click", () => {
    details.open = false;
  });
  details.append(gotIt);
  return details;
}
