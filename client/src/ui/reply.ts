// Sends a student's answer or diagnosis and hands the server's next ack or refusal back to the sender
// (the server answers each message in order, so the next answer after a send is this send's).
import type { Bridge } from "../net/bridge";
import { readAck, readError } from "../net/read";

export interface Reply {
  send(type: string, payload: unknown, onAck: (text: string) => void, onError: (text: string) => void): void;
  dispose(): void;
}

export function pendingReply(bridge: Bridge): Reply {
  let waiting: { onAck: (text: string) => void; onError: (text: string) => void } | null = null;
  const offs = [
    bridge.on("ack", (p) => {
      const w = waiting;
      waiting = null;
      w?.onAck(readAck(p)?.text ?? "Saved.");
    }),
    bridge.on("error", (p) => {
      const w = waiting;
      waiting = null;
      w?.onError(readError(p)?.message ?? "That was refused.");
    }),
  ];
  return {
    send(type, payload, onAck, onError) {
      waiting = { onAck, onError };
      bridge.send(type, payload);
    },
    dispose() {
      for (const off of offs) off();
    },
  };
}
