// Sends what a tick produced: oscilloscope samples, cues and feedback to the student they concern, and scores once
// a second. Who gets the samples and the class's scores is shared/game/visibility's decision (the teacher's screens;
// samples also to a solo homework student, who has no projector).
import type { TickOutput } from "../../shared/game/game";
import { isPumpRole } from "../../shared/game/pumps";
import { mysteryAnswerFor, seesClassScores, seesTraces } from "../../shared/game/visibility";
import { encodeTracePoint, ServerMessage, type TracePayload } from "../../shared/protocol";
import type { ClassSession, Outbox } from "./classSession";

/** Ticks between score messages (20 Hz ticks → once a second). */
const SCORE_EVERY_TICKS = 20;

export function sendTick(session: ClassSession, outbox: Outbox, output: TickOutput): void {
  const { game } = session;
  const traces = output.samples
    .filter((s) => s.points.length > 0)
    .map(({ team, points }) => ({ team, points: points.map(encodeTracePoint) }));
  if (traces.length > 0) {
    const trace: TracePayload = { round: game.round, junctions: traces };
    outbox.toEach(ServerMessage.trace, (viewer) => (seesTraces(viewer) ? trace : null));
  }
  for (const { seatId, text } of output.feedback) outbox.toSeat(seatId, ServerMessage.feedback, { text });
  for (const e of output.cues) {
    if (e.kind === "cue") {
      const { stage, action, windowMs, senses, todo } = e;
      outbox.toSeat(e.seatId, ServerMessage.cue, { stage, action, windowMs, senses, todo });
    } else outbox.toSeat(e.seatId, ServerMessage.cueEnd, { stage: e.stage, answered: e.answered, text: e.text });
  }
  if (output.phaseChanged) outbox.toAll(ServerMessage.notice, { kind: "phase", phase: game.phase });
  // Each student's score once a second, spread over the ticks (a few per tick, not 40 in one tick).
  const phase = game.tick % SCORE_EVERY_TICKS;
  game.seats.forEach((seat, index) => {
    if (index % SCORE_EVERY_TICKS !== phase) return;
    const holder = game.junctions[seat.team]?.holders.find((h) => h.seatId === seat.seatId);
    const pumpStep = holder && isPumpRole(holder.roleId) ? holder.cycle.next : null;
    const prediction = game.prediction;
    const choice = prediction?.answers[seat.seatId];
    outbox.toSeat(seat.seatId, ServerMessage.score, {
      ...seat.score,
      round: seat.roundScore,
      learning: seat.learning,
      role: seat.role,
      pumpStep,
      // What the server holds for this student, so a reloaded page shows their own pick again.
      answer: prediction && choice !== undefined ? { questionId: prediction.questionId, choice } : null,
      diagnosis: game.mystery?.diagnoses[seat.seatId] ?? null,
      extraTime: seat.extraTime,
    });
  });
  if (phase === 0) {
    const seats = game.seats.map((s) => ({ seatId: s.seatId, ...s.score, learning: s.learning }));
    // The hidden scenario is repeated with them, so a reload of the teacher's page keeps the teacher's reminder.
    outbox.toEach(ServerMessage.score, (viewer) =>
      seesClassScores(viewer) ? { seats, mystery: mysteryAnswerFor(game, viewer) } : null,
    );
  }
}
