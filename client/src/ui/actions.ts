// The buttons each role has, with their accessible names, keyboard keys and the action each sends. Whether an
// action is allowed is the server's decision: every button is pressable and the answer is shown. The cue's own
// button (Space) is the one that plays a stage; these are the part's full set, for trying things out.
import type { Action } from "../../../shared/game/actions";
import type { RoleId } from "../../../shared/game/roles";

export interface ActionButton {
  label: string;
  /** Key that presses it on a laptop (shown on the button, announced via aria-keyshortcuts). */
  key: string;
  action: Action;
}

const pump = (label: string, key: string, step: Extract<Action, { kind: "pump" }>["step"]): ActionButton => ({
  label,
  key,
  action: { kind: "pump", step },
});

export const NA_K_PUMP_BUTTONS: ActionButton[] = [
  pump("Bind 3 Na+", "1", "bindNa"),
  pump("Spend ATP", "2", "atp"),
  pump("Release 3 Na+ outside", "3", "releaseNa"),
  pump("Bind 2 K+", "4", "bindK"),
  pump("Release 2 K+ inside", "5", "releaseK"),
];

export const SERCA_BUTTONS: ActionButton[] = [
  pump("Bind 2 Ca2+", "1", "bindCa"),
  pump("Spend ATP", "2", "atp"),
  pump("Release 2 Ca2+ into the SR", "3", "releaseCa"),
];

export function actionsFor(roleId: RoleId): ActionButton[] {
  switch (roleId) {
    case "motorNeuron":
      return [
        { label: "Fire", key: "f", action: { kind: "fire" } },
        { label: "Rhythm 5 Hz", key: "5", action: { kind: "rhythm", hz: 5 } },
        { label: "Rhythm 50 Hz", key: "6", action: { kind: "rhythm", hz: 50 } },
        { label: "Stop rhythm", key: "0", action: { kind: "rhythm", hz: 0 } },
      ];
    case "caChannel":
    case "nAChR":
    case "naChannel":
    case "kChannel":
      return [
        { label: "Open gate", key: "g", action: { kind: "gate", open: true } },
        { label: "Close gate", key: "c", action: { kind: "gate", open: false } },
      ];
    case "naIon":
    case "kIon":
    case "caIon":
      return [
        { label: "Cross in", key: "i", action: { kind: "cross", direction: "in" } },
        { label: "Cross out", key: "o", action: { kind: "cross", direction: "out" } },
      ];
    case "vesicles":
      return [{ label: "Fuse vesicles", key: "f", action: { kind: "fuse" } }];
    case "aChE":
      return [{ label: "Break down ACh", key: "b", action: { kind: "hydrolyse" } }];
    case "naKPump":
      return NA_K_PUMP_BUTTONS;
    case "serca":
      return SERCA_BUTTONS;
  }
}

export function keyName(key: string): string {
  return key === " " ? "Space" : key.toUpperCase();
}
