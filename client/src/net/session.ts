// A student's connection to the class that mends itself (issue 7): on an unexpected close, when the device goes
// offline, or when a running round falls silent (Wi-Fi gone without a close), it reconnects with backoff
// (reconnection token first, then rejoin by code + device token), and at once when the network or page is back.
import type { Room } from "colyseus.js";
import { CloseCode, JoinErrorCode } from "../../../shared/protocol";
import type { Bridge } from "./bridge";
import { colyseus, describeClose, JoinError, joinClass } from "./connection";
import { deviceToken } from "./device";
import type { WireState } from "./wireState";

export type SessionStatus =
  | { kind: "connected" }
  | { kind: "reconnecting"; attempt: number }
  | { kind: "closed"; code: number; text: string };

/** Backoff between attempts, ms: quick at first (a blip), then calm; never gives up while the page is open. */
const BACKOFF_MS = [300, 1000, 2000, 4000, 8000];
const MAX_BACKOFF_MS = 10_000;
/** Colyseus's close code for a leave the client asked for. */
const CONSENTED = 4000;
/** During a round the server patches the state ten times a second: this long without a word means the link is dead. */
const SILENT_ROUND_MS = 5000;
const WATCHDOG_MS = 1000;

export class StudentSession {
  status: SessionStatus = { kind: "connected" };
  private attempt = 0;
  private timer: number | null = null;
  private busy = false;
  private readonly statusListeners = new Set<(status: SessionStatus) => void>();

  constructor(
    readonly code: string,
    readonly nickname: string,
    private room: Room<WireState>,
    readonly bridge: Bridge,
  ) {
    this.adopt(room);
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState !== "visible" || this.status.kind === "closed") return;
      if (this.status.kind === "reconnecting" || !this.room.connection.isOpen) this.retryNow();
    });
    window.addEventListener("online", () => {
      if (this.status.kind === "reconnecting") this.retryNow();
    });
    window.addEventListener("offline", () => this.lost());
    window.setInterval(() => {
      const running = this.bridge.state()?.phase === "running";
      if (running && performance.now() - this.bridge.lastHeardAt > SILENT_ROUND_MS) this.lost();
    }, WATCHDOG_MS);
  }

  /** The link is gone though no close came (offline, or silent): drop it and start mending. */
  private lost(): void {
    if (this.status.kind !== "connected") return;
    const dead = this.room;
    this.attempt = 0;
    this.setStatus({ kind: "reconnecting", attempt: 0 });
    // Closing without consent keeps the seat on the server (it waits 120 s for this device).
    void dead.leave(false).catch(() => {});
    this.schedule();
  }

  onStatus(listener: (status: SessionStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  /** Tries again at once (a "Try now" button, the page becoming visible, the network coming back). */
  retryNow(): void {
    if (this.status.kind === "closed") return;
    if (this.status.kind !== "reconnecting") this.setStatus({ kind: "reconnecting", attempt: 0 });
    if (this.timer !== null) window.clearTimeout(this.timer);
    this.timer = null;
    void this.tryOnce();
  }

  private adopt(room: Room<WireState>): void {
    this.room = room;
    this.bridge.attach(room);
    room.onLeave((code) => {
      if (room !== this.room || this.status.kind === "reconnecting") return;
      if (code === CloseCode.removedByTeacher || code === CloseCode.classEnded) {
        this.setStatus({ kind: "closed", code, text: describeClose(code) });
      } else if (code !== CONSENTED) {
        this.attempt = 0;
        this.setStatus({ kind: "reconnecting", attempt: 0 });
        this.schedule();
      }
    });
  }

  private schedule(): void {
    if (this.timer !== null || this.status.kind !== "reconnecting") return;
    const delay = BACKOFF_MS[this.attempt] ?? MAX_BACKOFF_MS;
    this.timer = window.setTimeout(() => {
      this.timer = null;
      void this.tryOnce();
    }, delay);
  }

  private async tryOnce(): Promise<void> {
    if (this.busy || this.status.kind !== "reconnecting") return;
    this.busy = true;
    this.attempt += 1;
    this.setStatus({ kind: "reconnecting", attempt: this.attempt });
    try {
      this.finish(await this.reconnectOrRejoin());
    } catch (error) {
      if (error instanceof JoinError && error.code === JoinErrorCode.removed) {
        this.setStatus({ kind: "closed", code: CloseCode.removedByTeacher, text: error.message });
      }
    } finally {
      this.busy = false;
      this.schedule();
    }
  }

  private async reconnectOrRejoin(): Promise<Room<WireState>> {
    try {
      return await colyseus().reconnect<WireState>(this.room.reconnectionToken);
    } catch {
      // The seat's reconnection window closed (or the server restarted): the lobby gives the seat back to this
      // device under the same nickname.
      return joinClass<WireState>(this.code, { nickname: this.nickname, deviceToken: deviceToken() });
    }
  }

  private finish(room: Room<WireState>): void {
    this.adopt(room);
    this.attempt = 0;
    this.setStatus({ kind: "connected" });
  }

  private setStatus(status: SessionStatus): void {
    this.status = status;
    for (const listener of this.statusListeners) listener(status);
  }
}
