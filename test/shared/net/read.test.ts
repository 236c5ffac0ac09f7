// The client's reading of what the server sends (client/src/net/read.ts): a well-formed message reads back as
// exactly what the server meant; a broken, hostile or foreign one reads as null or as safe defaults, never a throw.
import { describe, expect, it } from "vitest";
import {
  readAck,
  readClassScores,
  readCue,
  readCueEnd,
  readDebrief,
  readError,
  readFeedback,
  readNotice,
  readScore,
  readStudentScore,
  readTrace,
} from "../../../client/src/net/read";
import type {
  ClassScoresPayload,
  CuePayload,
  StudentScorePayload,
  TracePayload,
} from "../../../shared/protocol/payloads";
import { encodeTracePoint } from "../../../shared/protocol/traceCodec";

const JUNK: unknown[] = [null, undefined, "score", 42, true, [], [1, 2, 3]];

const studentScore: StudentScorePayload = {
  game: 30,
  cues: 4,
  answered: 3,
  refused: 1,
  round: { game: 20, cues: 2, answered: 2, refused: 0 },
  learning: { predictions: 1, correctPredictions: 1, diagnoses: 0, correctDiagnoses: 0 },
  role: "naKPump",
  pumpStep: 2,
  answer: { questionId: "ach-block", choice: 1 },
  diagnosis: "curare",
  extraTime: true,
};

const classScores: ClassScoresPayload = {
  seats: [
    {
      seatId: "s1",
      game: 30,
      cues: 4,
      answered: 3,
      refused: 1,
      learning: { predictions: 1, correctPredictions: 0, diagnoses: 1, correctDiagnoses: 1 },
    },
  ],
  mystery: "botulinum",
};

describe("reading a score", () => {
  it("reads a student's own score and the teacher's class scores as sent, each only as its own kind", () => {
    expect(readStudentScore(studentScore)).toEqual(studentScore);
    expect(readClassScores(classScores)).toEqual(classScores);
    expect(readScore(studentScore)).toEqual(studentScore);
    expect(readScore(classScores)).toEqual(classScores);
    expect(readClassScores(studentScore)).toBeNull();
    expect(readStudentScore(classScores)).toBeNull();
  });

  it("gives a broken student score safe values: zeros, no answer, no role, no pump step", () => {
    const read = readStudentScore({
      game: "30",
      round: { game: Number.NaN, cues: 2 },
      role: "wizard",
      pumpStep: 1.5,
      answer: { questionId: "ach-block", choice: 0.5 },
      diagnosis: 7,
      extraTime: "yes",
    });
    expect(read).toEqual({
      game: 0,
      cues: 0,
      answered: 0,
      refused: 0,
      round: { game: 0, cues: 2, answered: 0, refused: 0 },
      learning: { predictions: 0, correctPredictions: 0, diagnoses: 0, correctDiagnoses: 0 },
      role: null,
      pumpStep: null,
      answer: null,
      diagnosis: null,
      extraTime: false,
    });
  });

  it("leaves out class-score rows without a seat id, and a mystery that is not a scenario id", () => {
    const read = readClassScores({ seats: [{ game: 5 }, "s2", { seatId: "s3", game: 5 }], mystery: 3 });
    expect(read?.seats.map((s) => s.seatId)).toEqual(["s3"]);
    expect(read?.seats[0]?.game).toBe(5);
    expect(read?.mystery).toBeNull();
  });

  it("reads anything that is not an object as no score at all", () => {
    for (const junk of JUNK) {
      expect(readStudentScore(junk)).toBeNull();
      expect(readClassScores(junk)).toBeNull();
      expect(readScore(junk)).toBeNull();
    }
  });
});

describe("reading acknowledgements, refusals, feedback and notices", () => {
  it("reads the texts the screens show, and the teacher's mystery reminder only when it is a scenario id", () => {
    expect(readAck({ text: "Round 1 started.", mystery: "curare" })).toEqual({
      text: "Round 1 started.",
      mystery: "curare",
    });
    expect(readAck({ text: "Done", mystery: 12 })).toEqual({ text: "Done" });
    expect(readError({ code: "refused", message: "Not your stage." })).toEqual({
      code: "refused",
      message: "Not your stage.",
    });
    expect(readError({ message: "Slow down." })).toEqual({ code: "", message: "Slow down." });
    expect(readFeedback({ text: "Na+ rushed in." })).toEqual({ text: "Na+ rushed in." });
  });

  it("reads a message without its text as none, so the screen shows its own default", () => {
    expect(readAck({ text: 5 })).toBeNull();
    expect(readError({ code: "refused" })).toBeNull();
    expect(readFeedback({})).toBeNull();
    for (const junk of JUNK) {
      expect(readAck(junk)).toBeNull();
      expect(readError(junk)).toBeNull();
      expect(readFeedback(junk)).toBeNull();
      expect(readNotice(junk)).toBeNull();
    }
  });

  it("reads each kind of notice, and refuses unknown kinds, phases and a seat without its id", () => {
    expect(readNotice({ kind: "seated", seatId: "s4", nickname: "Ada", returning: true })).toEqual({
      kind: "seated",
      seatId: "s4",
      nickname: "Ada",
      returning: true,
    });
    expect(readNotice({ kind: "removed", reason: "Your teacher removed you." })).toEqual({
      kind: "removed",
      reason: "Your teacher removed you.",
    });
    expect(readNotice({ kind: "phase", phase: "paused" })).toEqual({ kind: "phase", phase: "paused" });
    expect(readNotice({ kind: "phase", phase: "party" })).toBeNull();
    expect(readNotice({ kind: "seated", nickname: "Ada" })).toBeNull();
    expect(readNotice({ kind: "explode" })).toBeNull();
  });
});

describe("reading cues", () => {
  const cue: CuePayload = {
    stage: "threshold",
    action: { kind: "gate", open: true },
    windowMs: 2500,
    senses: "The membrane is at −55 mV.",
    todo: "Open your gate!",
  };

  it("reads a cue and its end as sent", () => {
    expect(readCue(cue)).toEqual(cue);
    expect(readCueEnd({ stage: "threshold", answered: true, text: "In time." })).toEqual({
      stage: "threshold",
      answered: true,
      text: "In time.",
    });
  });

  it("refuses a cue for an unknown stage, with an impossible action or no window; caps a huge window", () => {
    expect(readCue({ ...cue, stage: "lunch" })).toBeNull();
    expect(readCue({ ...cue, action: { kind: "teleport" } })).toBeNull();
    expect(readCue({ ...cue, windowMs: 0 })).toBeNull();
    expect(readCue({ ...cue, windowMs: "soon" })).toBeNull();
    expect(readCue({ ...cue, windowMs: 1e9 })?.windowMs).toBe(60_000);
    expect(readCue({ ...cue, senses: "x".repeat(5000) })?.senses).toHaveLength(400);
    expect(readCueEnd({ stage: "threshold", answered: "yes" })).toEqual({
      stage: "threshold",
      answered: false,
      text: "",
    });
    for (const junk of JUNK) {
      expect(readCue(junk)).toBeNull();
      expect(readCueEnd(junk)).toBeNull();
    }
  });
});

describe("reading oscilloscope samples", () => {
  it("decodes each team's samples back to ms, mV and force", () => {
    const trace: TracePayload = {
      round: 3,
      junctions: [
        {
          team: 1,
          points: [
            encodeTracePoint({ tMs: 10, vMv: -85, force: 0, somaMv: -70 }),
            encodeTracePoint({ tMs: 10.5, vMv: 30.2, force: 0.25, somaMv: 20 }),
          ],
        },
      ],
    };
    expect(readTrace(trace)).toEqual({
      round: 3,
      junctions: [
        {
          team: 1,
          samples: [
            { tMs: 10, vMv: -85, force: 0, somaMv: -70 },
            { tMs: 10.5, vMv: 30.2, force: 0.25, somaMv: 20 },
          ],
        },
      ],
    });
  });

  it("skips what is not a sample, keeps a sample without the soma's potential, and needs the round", () => {
    const read = readTrace({ round: 1, junctions: [{ team: 0, points: ["1,2,3", [100, -850, 0], null] }, "x"] });
    expect(read?.junctions).toHaveLength(1);
    expect(read?.junctions[0]?.samples).toHaveLength(1);
    expect(read?.junctions[0]?.samples[0]).toMatchObject({ tMs: 1, vMv: -85, force: 0 });
    expect(read?.junctions[0]?.samples[0]?.somaMv).toBeNaN();
    expect(readTrace({ junctions: [] })).toBeNull();
    for (const junk of JUNK) expect(readTrace(junk)).toBeNull();
  });
});

describe("reading a debrief", () => {
  it("drops seats without a name and impulses that are not records, and defaults a team's missing numbers", () => {
    const read = readDebrief({
      round: 2,
      goal: "3 twitches",
      teams: [{ team: 0, goalAchieved: "yes", chain: [null, { impulse: 1, apFired: true }] }, 7],
      seats: [{ seatId: "s1", nickname: "Ada", team: 0, role: "naChannel", score: {} }, { seatId: "s2" }],
      mystery: { answer: "curare", choices: ["curare", 3, "botulinum"] },
    });
    expect(read?.teams).toHaveLength(1);
    expect(read?.teams[0]).toMatchObject({
      team: 0,
      people: 0,
      goalAchieved: false,
      verdict: "",
      diagnosis: null,
      diagnosisCorrect: null,
    });
    expect(read?.teams[0]?.chain).toHaveLength(1);
    expect(read?.teams[0]?.chain[0]).toMatchObject({ impulse: 1, apFired: true, arrivedMs: null, quanta: 0 });
    expect(read?.seats).toEqual([
      {
        seatId: "s1",
        nickname: "Ada",
        team: 0,
        role: "naChannel",
        score: { game: 0, cues: 0, answered: 0, refused: 0 },
      },
    ]);
    expect(read?.mystery).toEqual({ answer: "curare", choices: ["curare", "botulinum"] });
    expect(read?.challengeId).toBe("");
  });

  it("reads a message without a round number as no debrief", () => {
    expect(readDebrief({ goal: "x", teams: [] })).toBeNull();
    for (const junk of JUNK) expect(readDebrief(junk)).toBeNull();
  });
});
