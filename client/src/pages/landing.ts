// The landing page: two clear choices, host a class or join one, and a way in for homework.
import { h, navigate, show } from "../ui/dom";

export function landingPage(): void {
  show(
    h(
      "section",
      { class: "panel landing" },
      h("h1", { class: "brand" }, "Endplate"),
      h(
        "p",
        { class: "lead" },
        "Be part of the neuromuscular junction: an ion, a channel, a pump. Together, make a muscle twitch.",
      ),
      h(
        "div",
        { class: "choices" },
        h("button", { type: "button", class: "big primary", onclick: () => navigate("/host") }, "Host a class"),
        h("button", { type: "button", class: "big", onclick: () => navigate("/join") }, "Join a class"),
      ),
      h(
        "p",
        { class: "hint" },
        "Homework from your teacher? Open its link, or ",
        h("a", { href: "/join#homework" }, "type its homework code"),
        ".",
      ),
      h(
        "p",
        { class: "hint" },
        h("a", { href: "/privacy" }, "Privacy"),
        " · ",
        h("a", { href: "/accessibility" }, "Accessibility"),
      ),
    ),
  );
}
