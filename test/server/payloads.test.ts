// What the room sends is what the client reads: a real class round (the shared game, the room's own tick output
// and debrief code, an outbox that records instead of a network) gives messages that every client reader takes
// back whole, and the outbox refuses at compile time a payload that does not match its message's name.
import { describe, expect, it } from "vitest";
import {
  readClassScores,
  readCue,
  readCueEnd,
  readDebrief,
  readFeedback,
  readNotice,
  readStudentScore,
  readTrace,
} from "../../client/src/net/read";
import type { ClassSession, Outbox } from "../../server/rooms/classSession";
import { sendTick } from "../../server/rooms/tickOutput";
import { applyInput, tickGame } from "../../shared/game/game";
import { createLobby } from "../../shared/game/lobby";
import { summariseRound } from "../../shared/game/summary";
import { debriefFor, TEACHER, type Viewer } from "../../shared/game/visibility";
import { ServerMessage, type ServerMessageName } from "../../shared/protocol";
import { gameWith } from "../shared/game/play";

interface Sent {
  to: string;
  type: ServerMessageName;
  message: unknown;
}

/** The room's outbox with two devices (the teacher's screen and student s1's phone in a class), recording. */
function recordingOutbox(sent: Sent[]): Outbox {
  const viewers: [string, Viewer][] = [
    ["teacher", TEACHER],
    ["s1", { kind: "student", seatId: "s1", solo: false }],
  ];
  return {
    toSeat: (seatId, type, message) => sent.push({ to: seatId, type, message }),
    toEach: (type, viewFor) => {
      for (const [to, viewer] of viewers) {
        const message = viewFor(viewer);
        if (message !== null) sent.push({ to, type, message });
      }
    },
    toAll: (type, message) => {
      for (const [to] of viewers) sent.push({ to, type, message });
    },
    dismiss: (to, _code, type, message) => sent.push({ to, type, message }),
  };
}

function playRound(): { sent: Sent[]; samplesSent: number } {
  const game = gameWith(11, { roundLimitMs: 400 }, [{ seatId: "s1", role: "naChannel" }]);
  const session: ClassSession = {
    code: "ABCDEF",
    lobby: createLobby(),
    game,
    sessionRowId: 0,
    homework: null,
    saved: { round: 0, debriefSent: 0, answers: 0 },
    input: (input) => applyInput(game, input),
    sync: () => {},
  };
  const sent: Sent[] = [];
  const outbox = recordingOutbox(sent);
  expect(applyInput(game, { kind: "host", command: { type: "start" } })).toMatchObject({ ok: true });
  let samplesSent = 0;
  for (let i = 0; i < 4000 && game.phase !== "debrief"; i++) {
    const output = tickGame(game);
    samplesSent += output.samples.reduce((n, s) => n + s.points.length, 0);
    sendTick(session, outbox, output);
  }
  expect(game.phase).toBe("debrief");
  const summary = summariseRound(game);
  outbox.toEach(ServerMessage.debrief, (viewer) => debriefFor(summary, viewer));
  return { sent, samplesSent };
}

describe("a class round's messages, read by the client", () => {
  const { sent, samplesSent } = playRound();
  const of = (type: ServerMessageName, to: string) => sent.filter((m) => m.type === type && m.to === to);

  it("gives the student their own score and the teacher the class's, each read back exactly", () => {
    const mine = of("score", "s1");
    const teachers = of("score", "teacher");
    expect(mine.length).toBeGreaterThan(0);
    expect(teachers.length).toBeGreaterThan(0);
    for (const m of mine) expect(readStudentScore(m.message)).toEqual(m.message);
    for (const m of teachers) expect(readClassScores(m.message)).toEqual(m.message);
    expect(readClassScores(teachers.at(-1)?.message)?.seats.map((s) => s.seatId)).toEqual(["s1"]);
    expect(readStudentScore(mine.at(-1)?.message)?.role).toBe("naChannel");
  });

  it("cues the student's part and ends each cue, and the phone reads every one", () => {
    const cues = of("cue", "s1");
    expect(cues.length).toBeGreaterThan(0);
    for (const m of cues) expect(readCue(m.message)).toEqual(m.message);
    for (const m of of("cueEnd", "s1")) expect(readCueEnd(m.message)).toEqual(m.message);
    for (const m of of("feedback", "s1")) expect(readFeedback(m.message)).toEqual(m.message);
    for (const m of of("notice", "s1")) expect(readNotice(m.message)).toEqual(m.message);
    expect(of("notice", "s1").map((m) => readNotice(m.message))).toContainEqual({ kind: "phase", phase: "debrief" });
  });

  it("sends the oscilloscope samples to the teacher only, and every sample decodes", () => {
    expect(of("trace", "s1")).toHaveLength(0);
    const decoded = of("trace", "teacher").flatMap((m) => readTrace(m.message)?.junctions ?? []);
    const samples = decoded.flatMap((j) => j.samples);
    expect(samples.length).toBe(samplesSent);
    expect(samples.length).toBeGreaterThan(0);
    for (const s of samples) {
      expect(s.vMv).toBeGreaterThan(-120);
      expect(s.vMv).toBeLessThan(70);
      expect(s.force).toBeGreaterThanOrEqual(0);
      expect(s.force).toBeLessThanOrEqual(1);
    }
    const times = samples.map((s) => s.tMs);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it("debriefs the teacher on the whole class and the student on their own seat, as the screens read it", () => {
    const teacher = readDebrief(of("debrief", "teacher")[0]?.message);
    const student = readDebrief(of("debrief", "s1")[0]?.message);
    expect(teacher?.round).toBe(1);
    expect(teacher?.teams).toHaveLength(1);
    expect(teacher?.teams[0]?.verdict.length).toBeGreaterThan(0);
    expect(teacher?.teams[0]?.chain.length).toBeGreaterThan(0);
    expect(student?.seats.map((s) => s.seatId)).toEqual(["s1"]);
    expect(student?.teams).toEqual(teacher?.teams);
  });

  // The checks here are the compiler's (npm run typecheck fails if any marked line stops being an error).
  it("will not compile a payload of the wrong shape for its message's name", () => {
    const here: Sent[] = [];
    const outbox = recordingOutbox(here);
    // @ts-expect-error: a feedback carries `text`, not `message`
    outbox.toSeat("s1", ServerMessage.feedback, { message: "Na+ rushed in." });
    // @ts-expect-error: an ack's text is a string
    outbox.toAll(ServerMessage.ack, { text: 3 });
    // @ts-expect-error: a notice of an unknown kind
    outbox.toAll(ServerMessage.notice, { kind: "party" });
    // @ts-expect-error: a trace point is four numbers
    outbox.toEach(ServerMessage.trace, () => ({ round: 1, junctions: [{ team: 0, points: [[1, 2, 3]] }] }));
    outbox.toSeat("s1", ServerMessage.feedback, { text: "Na+ rushed in." });
    expect(readFeedback(here.at(-1)?.message)).toEqual({ text: "Na+ rushed in." });
  });
});
