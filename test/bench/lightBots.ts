// Light load-test bots: raw WebSocket clients that speak just enough of the Colyseus protocol to join a class,
// count what they receive (bytes, state patches), and play their part every second or two. No state decoding.
import { Packr, unpack } from "@colyseus/msgpackr";
import WebSocket from "ws";
import { postJson } from "./loopback";

const JOIN_ROOM = 10;
const ERROR = 11;
const ROOM_DATA = 13;
const ROOM_STATE_PATCH = 15;

const packr = new Packr({ useRecords: false });

/** A ROOM_DATA frame as colyseus.js sends it: code, the type as a msgpack fixstr, then the payload. */
function frame(type: string, payload: unknown): Uint8Array {
  const body = packr.pack(payload);
  const typeBytes = Buffer.from(type, "utf8");
  return Buffer.concat([Buffer.from([ROOM_DATA, 0xa0 | typeBytes.length]), typeBytes, body]);
}

function actionFor(role: string, i: number): unknown {
  const pump = ["bindNa", "atp", "releaseNa", "bindK", "releaseK"];
  const serca = ["bindCa", "atp", "releaseCa"];
  switch (role) {
    case "excitatorySynapse":
      return { kind: "rhythm", hz: 5 };
    case "inhibitorySynapse":
      return { kind: "release" };
    case "caIon":
    case "naIon":
      return { kind: "cross", direction: "in" };
    case "kIon":
      return { kind: "cross", direction: "out" };
    case "vesicles":
      return { kind: "fuse" };
    case "aChE":
      return { kind: "hydrolyse" };
    case "naKPump":
      return { kind: "pump", step: pump[i % pump.length] };
    case "serca":
      return { kind: "pump", step: serca[i % serca.length] };
    default:
      return { kind: "gate", open: true };
  }
}

export interface BotStats {
  bytes: number;
  patches: number;
  errors: number;
  joined: boolean;
}

export async function lightBot(
  baseUrl: string,
  code: string,
  nickname: string,
  device: string,
  localAddress: string,
): Promise<{ stats: BotStats; close(): void }> {
  const stats: BotStats = { bytes: 0, patches: 0, errors: 0, joined: false };
  const response = await postJson(
    `${baseUrl}/matchmake/joinById/${code}`,
    { nickname, deviceToken: device },
    localAddress,
  );
  const seat = response.json as {
    sessionId?: string;
    room?: { roomId: string; processId: string; publicAddress?: string };
    error?: string;
  } | null;
  if (!seat?.sessionId || !seat.room) throw new Error(`join refused: ${seat?.error ?? response.status}`);
  const host = seat.room.publicAddress ?? new URL(baseUrl).host;
  const ws = new WebSocket(`ws://${host}/${seat.room.processId}/${seat.room.roomId}?sessionId=${seat.sessionId}`, {
    localAddress,
  });
  ws.binaryType = "nodebuffer";
  let role = "";
  let actions = 0;
  const timer = setInterval(
    () => {
      if (stats.joined && role && ws.readyState === WebSocket.OPEN) ws.send(frame("act", actionFor(role, actions++)));
    },
    1000 + Math.floor(Math.random() * 1000),
  );
  await new Promise<void>((resolve, reject) => {
    ws.on("message", (data: Buffer) => {
      stats.bytes += data.byteLength;
      const code = data[0];
      if (code === JOIN_ROOM && !stats.joined) {
        stats.joined = true;
        ws.send(Buffer.from([JOIN_ROOM]));
        resolve();
      } else if (code === ROOM_STATE_PATCH) {
        stats.patches += 1;
      } else if (code === ERROR) {
        stats.errors += 1;
      } else if (code === ROOM_DATA && data[1] !== undefined && (data[1] & 0xe0) === 0xa0) {
        const length = data[1] & 0x1f;
        const type = data.subarray(2, 2 + length).toString("utf8");
        if (type === "score") {
          const payload = unpack(data.subarray(2 + length)) as { role?: string | null };
          role = payload.role ?? "";
        }
      }
    });
    ws.on("error", (error) => {
      stats.errors += 1;
      reject(error);
    });
    ws.on("close", (closeCode) => {
      if (closeCode !== 1000 && closeCode !== 4000) stats.errors += stats.joined ? 1 : 0;
    });
  });
  return {
    stats,
    close() {
      clearInterval(timer);
      ws.close(4000);
    },
  };
}
