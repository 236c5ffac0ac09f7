// What a scene is given: the bridge it reads the class through, who is looking, and display preferences.
import type { Bridge } from "../net/bridge";
import type { RoundLog } from "../net/traces";

export interface SceneContext {
  bridge: Bridge;
  /** The team whose junction this device shows (the projector shows all). */
  team(): number;
  /** The role id this student holds ("" on the projector). */
  roleId(): string;
  /** True while this student's part is working (server state `active`). */
  active(): boolean;
  /** The pump step the server last acknowledged (-1 before the first), for the cycle figure. */
  pumpStep?(): number;
  /** The teacher's round log (traces), on the projector only. */
  log?: RoundLog;
  reducedMotion: boolean;
  /** Device pixels per CSS pixel the scene renders at (set by mountScene; 1 if unset). */
  pixelRatio?: number;
}

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === "function" && matchMedia("(prefers-reduced-motion: reduce)").matches;
}
