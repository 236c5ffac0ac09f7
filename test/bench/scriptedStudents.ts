// Scripted students for benchmarks: each joins a class, then plays their part with a plausible action every
// second (right or wrong, as real students do). Prints downstream bytes per student as JSON when done.
import { Client, type Room } from "colyseus.js";
import type { Action } from "../../shared/game/actions";

const [url, code, countText, secondsText] = process.argv.slice(2);
const count = Number(countText ?? 40);
const seconds = Number(secondsText ?? 20);

const PUMP_CYCLE: Action[] = ["bindNa", "atp", "releaseNa", "bindK", "releaseK"].map(
  (step) => ({ kind: "pump", step }) as Action,
);
const SERCA_CYCLE: Action[] = ["bindCa", "atp", "releaseCa"].map((step) => ({ kind: "pump", step }) as Action);

function actionFor(role: string, i: number): Action | null {
  switch (role) {
    case "excitatorySynapse":
      return i === 0 ? { kind: "rhythm", hz: 5 } : { kind: "release" };
    case "inhibitorySynapse":
      return { kind: "release" };
    case "neuronNaChannel":
    case "neuronKChannel":
    case "nodeOfRanvier":
    case "caChannel":
    case "nAChR":
    case "naChannel":
    case "kChannel":
      return { kind: "gate", open: true };
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
      return PUMP_CYCLE[i % PUMP_CYCLE.length] ?? null;
    case "serca":
      return SERCA_CYCLE[i % SERCA_CYCLE.length] ?? null;
    default:
      return null;
  }
}

interface State {
  phase: string;
  students: Map<string, { role: string }>;
}

async function main(): Promise<void> {
  const rooms: Room<State>[] = [];
  const bytes: number[] = [];
  for (let s = 0; s < count; s++) {
    const room = await new Client(url).joinById<State>(code ?? "", {
      nickname: `Bench ${s + 1}`,
      deviceToken: `bench-device-${process.pid}-${s}-xxxxxxxx`,
    });
    const index = rooms.length;
    bytes.push(0);
    const ws = (
      room.connection as unknown as {
        transport: { ws: { addEventListener: (type: string, fn: (event: { data: ArrayBuffer }) => void) => void } };
      }
    ).transport.ws;
    ws.addEventListener("message", (event: { data: ArrayBuffer }) => {
      bytes[index] = (bytes[index] ?? 0) + event.data.byteLength;
    });
    for (const type of ["ack", "error", "feedback", "trace", "score", "notice"]) room.onMessage(type, () => {});
    rooms.push(room);
  }
  console.log(JSON.stringify({ joined: rooms.length }));
  // Wait for the round, then measure for `seconds`.
  await new Promise<void>((resolve) => {
    const check = setInterval(() => {
      if (rooms[0]?.state.phase === "running") {
        clearInterval(check);
        resolve();
      }
    }, 20);
  });
  bytes.fill(0);
  const started = Date.now();
  let i = 0;
  const timer = setInterval(() => {
    rooms.forEach((room, s) => {
      const seat = Array.from(room.state.students.values())[s];
      const action = actionFor(seat?.role ?? "", i);
      if (action && (i + s) % 4 === 0) room.send("act", action);
    });
    i += 1;
  }, 250);
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  clearInterval(timer);
  const elapsed = (Date.now() - started) / 1000;
  const kbps = bytes.map((b) => (b * 8) / 1000 / elapsed);
  console.log(
    JSON.stringify({ done: true, kbpsMean: kbps.reduce((a, b) => a + b, 0) / kbps.length, kbpsMax: Math.max(...kbps) }),
  );
  await Promise.all(rooms.map((r) => r.leave()));
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
