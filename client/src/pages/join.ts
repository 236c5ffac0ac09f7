// Joining a class: the code (typed or from the /join/CODE link), then a nickname, then the waiting screen. The same
// page takes a homework code (its own field, or typed as a class code) and opens /homework/CODE.
import { normaliseJoinCode } from "../../../shared/game/joinCode";
import { NICKNAME_MAX_LENGTH, parseNickname, suggestNickname } from "../../../shared/game/nickname";
import { ApiError, lookUpClass, UNREACHABLE } from "../net/api";
import { deviceToken, forgetSession, lastNickname, rememberedSession, rememberNickname } from "../net/device";
import { homeworkInfo } from "../net/homeworkApi";
import type { WireState } from "../net/wireState";
import { h, messageBox, navigate, show } from "../ui/dom";

/** The Colyseus client and the waiting room, loaded once they are needed (see enterClass.ts). */
const classEntry = () => import("./enterClass");

export function cryptoIndex(n: number): number {
  const value = new Uint32Array(1);
  crypto.getRandomValues(value);
  return (value[0] ?? 0) % n;
}

/** A six-character code field (class or homework): capitals, no autocorrect, room for spaces and a dash. */
function codeInput(id: string, name: string): HTMLInputElement {
  return h("input", {
    id,
    name,
    autocomplete: "off",
    autocapitalize: "characters",
    spellcheck: "false",
    inputmode: "text",
    maxlength: 9,
    required: true,
    class: "code-input",
  });
}

/**
 * Step 1: type the class code. After a refused code, `typed` is what the student typed: kept in the field and
 * selected, so one wrong character is corrected (or the whole code replaced) without retyping all six.
 */
export function codePage(initialError?: string, typed = ""): void {
  const error = h("div", { class: "form-message" }, initialError ? messageBox("error", initialError) : null);
  const input = codeInput("class-code", "code");
  input.value = typed.slice(0, input.maxLength);
  const form = h(
    "form",
    { class: "panel", novalidate: true },
    h("h1", {}, "Join a class"),
    h("label", { for: "class-code" }, "Class code"),
    input,
    h("p", { class: "hint" }, "Six letters and digits, shown on the board."),
    error,
    h("button", { type: "submit", class: "big primary" }, "Continue"),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const code = normaliseJoinCode(input.value);
    if (!code) {
      error.replaceChildren(
        messageBox("error", "A class code has 6 letters and digits. Check the board and try again."),
      );
      return;
    }
    navigate(`/join/${code}`);
  });
  const homework = homeworkForm();
  show(form, homework.form);
  if (window.location.hash === "#homework") homework.input.focus();
  else if (input.value) {
    input.focus();
    input.select();
  }
}

/** A homework code typed by hand (the link's last six characters): opens that homework. */
function homeworkForm(): { form: HTMLFormElement; input: HTMLInputElement } {
  const error = h("div", { class: "form-message" });
  const input = codeInput("homework-code", "homework");
  const form = h(
    "form",
    { class: "panel", novalidate: true, "aria-labelledby": "homework-heading" },
    h("h2", { id: "homework-heading" }, "Homework"),
    h("label", { for: "homework-code" }, "Homework code"),
    input,
    h("p", { class: "hint" }, "Six letters and digits, from your teacher's homework link."),
    error,
    h("button", { type: "submit", class: "big" }, "Open homework"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const code = normaliseJoinCode(input.value);
    if (!code) {
      error.replaceChildren(messageBox("error", "A homework code has 6 letters and digits. Check it and try again."));
      return;
    }
    navigate(`/homework/${code}`);
  });
  return { form, input };
}

/** A homework code typed where a class code goes: true after opening that homework instead. */
async function openAsHomework(code: string): Promise<boolean> {
  try {
    await homeworkInfo(code);
  } catch {
    return false;
  }
  // Replace /join/CODE so Back does not land on a page that forwards again.
  window.history.replaceState({}, "", `/homework/${code}`);
  window.dispatchEvent(new PopStateEvent("popstate"));
  return true;
}

/** Step 2: the class exists; choose a nickname and join. */
export async function nicknamePage(rawCode: string): Promise<void> {
  const code = normaliseJoinCode(rawCode);
  if (!code) {
    codePage(`"${rawCode.slice(0, 12)}" is not a class code. A class code has 6 letters and digits.`, rawCode);
    return;
  }
  show(h("section", { class: "panel" }, h("h1", {}, `Class ${code}`), h("p", {}, "Finding your class…")));
  try {
    await lookUpClass(code);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404 && (await openAsHomework(code))) return;
    codePage(error instanceof ApiError ? error.message : String(error), code);
    return;
  }
  // A reload of this tab while in the class: take the seat back without asking again (same device, same name).
  const remembered = rememberedSession(code);
  if (remembered) {
    try {
      const { joinClass, waitingRoom } = await classEntry();
      const room = await joinClass<WireState>(code, { nickname: remembered, deviceToken: deviceToken() });
      waitingRoom(room, code, remembered);
      return;
    } catch {
      forgetSession(code);
    }
  }
  const message = h("div", { class: "form-message" });
  const input = h("input", {
    id: "nickname",
    name: "nickname",
    autocomplete: "nickname",
    maxlength: NICKNAME_MAX_LENGTH,
    required: true,
    value: lastNickname(),
  });
  const joinButton = h("button", { type: "submit", class: "big primary" }, "Join");
  const suggest = h(
    "button",
    {
      type: "button",
      class: "secondary",
      onclick: () => {
        input.value = suggestNickname(cryptoIndex);
        message.replaceChildren();
        input.focus();
      },
    },
    "Suggest a name",
  );
  const form = h(
    "form",
    { class: "panel", novalidate: true },
    h("h1", {}, `Class ${code}`),
    h("label", { for: "nickname" }, "Nickname"),
    h("div", { class: "row" }, input, suggest),
    h(
      "p",
      { class: "hint" },
      `Up to ${NICKNAME_MAX_LENGTH} letters, digits and spaces; an apostrophe or hyphen may join two letters ` +
        "(O'Neil, Mary-Jane). No real surnames needed. ",
      h("a", { href: "/privacy" }, "What is kept"),
    ),
    message,
    joinButton,
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const name = parseNickname(input.value);
    if (!name.ok) {
      message.replaceChildren(messageBox("error", name.reason));
      input.focus();
      return;
    }
    joinButton.disabled = true;
    message.replaceChildren(messageBox("info", "Joining…"));
    const entry = await classEntry().catch(() => null);
    try {
      if (!entry) throw new Error(UNREACHABLE);
      const room = await entry.joinClass<WireState>(code, { nickname: name.value, deviceToken: deviceToken() });
      rememberNickname(name.value);
      entry.waitingRoom(room, code, name.value);
    } catch (error) {
      joinButton.disabled = false;
      const known = !entry || error instanceof entry.JoinError;
      message.replaceChildren(messageBox("error", known && error instanceof Error ? error.message : String(error)));
      input.focus();
    }
  });
  // Start loading what Join needs at the student's first keystroke or tap, not with the join screen itself.
  for (const type of ["input", "pointerdown"]) form.addEventListener(type, () => void classEntry(), { once: true });
  show(form);
  input.focus();
}
