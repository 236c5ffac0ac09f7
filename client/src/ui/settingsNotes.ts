// The notes under the teacher's settings fields: where a refusal by the shared rules, or the server's answer,
// shows beside the control that sent it, and a number field read as typed.
import { h, messageBox } from "./dom";

/** How long after sending a setting the server's answer is still taken as its answer, ms. */
export const ANSWER_WAIT_MS = 5000;

/**
 * Runs work once no pointer is pressed. A field's change fires as the pointer goes down on Apply; a note shown
 * then would move Apply from under the pointer, and the click would be lost.
 */
export function afterPresses(): (work: () => void) => void {
  let pressed = false;
  const queued: (() => void)[] = [];
  const release = () => {
    pressed = false;
    setTimeout(() => {
      for (const work of queued.splice(0)) work(); // after the click that this release ends
    });
  };
  const press = () => {
    pressed = true;
  };
  document.addEventListener("pointerdown", press, true);
  for (const type of ["pointerup", "pointercancel"]) document.addEventListener(type, release, true);
  return (work) => (pressed ? queued.push(work) : work());
}

/**
 * The line under a field (or Apply) where its refusal or the server's answer shows: `say` marks the field invalid
 * for a refusal, scrolls the line into view (the panel scrolls) and, with `focus`, moves to the field.
 */
export function note(id: string, later: (work: () => void) => void, control?: HTMLElement) {
  const element = h("div", { class: "form-message settings-note", id, "aria-live": "polite" });
  control?.setAttribute("aria-describedby", id);
  const clear = () => {
    element.replaceChildren();
    control?.removeAttribute("aria-invalid");
  };
  control?.addEventListener("input", clear);
  return {
    element,
    clear,
    say: (kind: "error" | "info", text: string, focus = false) =>
      later(() => {
        element.replaceChildren(messageBox(kind, text));
        if (kind === "error") control?.setAttribute("aria-invalid", "true");
        if (focus) control?.focus();
        element.scrollIntoView?.({ block: "nearest" });
      }),
  };
}

export type Note = ReturnType<typeof note>;

/** A number field as typed: NaN when empty, so the shared check refuses it instead of a default standing in. */
export const typed = (input: HTMLInputElement): number =>
  input.value.trim() === "" ? Number.NaN : Number(input.value);
