// Copies the plain lobby and game (shared/game) onto the wire state: the one place they meet.
// Values are rounded first and only written when they change, so quiet physiology sends no patches.
import { ArraySchema } from "@colyseus/schema";
import { rateAt } from "../../shared/game/clock";
import { describeGoal } from "../../shared/game/goals";
import type { Lobby } from "../../shared/game/lobby";
import { distribution, outcomeText } from "../../shared/game/prediction";
import { questionById } from "../../shared/game/questions";
import { sense } from "../../shared/game/senses";
import type { Game } from "../../shared/game/state";
import { holdParts, nowMs, type TeamJunction } from "../../shared/game/teamJunction";
import { axonImpulseHundredths } from "../../shared/game/view";
import { EVERYONE, scenariosFor } from "../../shared/game/visibility";
import { XB_MAX } from "../../shared/physiology/ecc";
import { neuronDetail } from "../../shared/physiology/neuronApi";
import { type ClassState, JunctionSchema, type QuestionSchema, StudentSchema } from "./ClassState";

const round = (value: number, step: number) => Math.round(value / step) * step;

function put<T extends object, K extends keyof T>(target: T, key: K, value: T[K]): void {
  if (target[key] !== value) target[key] = value;
}

export function syncLobby(lobby: Lobby, game: Game, state: ClassState): void {
  put(state, "locked", lobby.locked);
  put(state, "generatedNamesOnly", lobby.generatedNamesOnly);
  const present = new Set<string>();
  const seats = new Map(game.seats.map((seat) => [seat.seatId, seat]));
  for (const student of lobby.students) {
    present.add(student.seatId);
    let wire = state.students.get(student.seatId);
    if (!wire) {
      wire = new StudentSchema();
      state.students.set(student.seatId, wire);
    }
    put(wire, "nickname", student.nickname);
    put(wire, "connected", student.connected);
    const seat = seats.get(student.seatId);
    put(wire, "team", seat?.team ?? 0);
    put(wire, "role", seat?.role ?? "");
  }
  for (const seatId of Array.from(state.students.keys())) {
    if (!present.has(seatId)) state.students.delete(seatId);
  }
}

export function syncGame(game: Game, state: ClassState): void {
  put(state, "phase", game.phase);
  put(state, "round", game.round);
  put(state, "mode", game.settings.mode);
  put(state, "teamCount", game.settings.teamCount);
  put(state, "goal", describeGoal(game.settings.goal));
  put(state, "mystery", game.settings.mysteryChoices !== null);
  put(state, "mysteryChoices", (game.settings.mysteryChoices ?? []).join(","));
  put(state, "challenge", game.settings.challengeId);
  // Every connection gets this state: it shows the scenarios only when every student may know them.
  put(state, "scenarios", scenariosFor(game, EVERYONE));
  syncQuestion(game, state.question);
  put(state, "msPerS", game.settings.msPerS);
  put(state, "slowMotion", game.settings.slowMotion);
  put(state, "cueWindowMs", game.settings.cueWindowMs);
  while (state.junctions.length > game.junctions.length) state.junctions.pop();
  game.junctions.forEach((tj, i) => {
    let wire = state.junctions[i];
    if (!wire) {
      wire = new JunctionSchema();
      state.junctions.push(wire);
    }
    syncJunction(game, tj, wire);
  });
  for (const tj of game.junctions) {
    for (const h of tj.holders) {
      const student = state.students.get(h.seatId);
      if (student)
        put(
          student,
          "active",
          h.connected && (tj.hold?.cues.some((c) => c.seatId === h.seatId && !c.answered) ?? false),
        );
    }
  }
}

function syncQuestion(game: Game, wire: QuestionSchema): void {
  const p = game.prediction;
  const question = p ? questionById(p.questionId) : undefined;
  put(wire, "id", p?.questionId ?? "");
  put(wire, "open", p?.open ?? false);
  put(wire, "revealed", p?.revealed ?? false);
  put(wire, "answered", p ? Object.keys(p.answers).length : 0);
  put(wire, "correct", p?.revealed && question ? question.answer : -1);
  put(wire, "outcome", outcomeText(game));
  const counts = p && question ? distribution(p, question.choices.length) : [];
  if (wire.counts.length !== counts.length) wire.counts = new ArraySchema<number>(...counts);
  else
    counts.forEach((c, i) => {
      if (wire.counts[i] !== c) wire.counts[i] = c;
    });
}

function syncJunction(game: Game, tj: TeamJunction, wire: JunctionSchema): void {
  const j = tj.junction;
  const s = sense(j);
  const t = nowMs(tj);
  put(wire, "team", tj.team);
  put(wire, "timeMs", round(t, 0.01));
  put(wire, "membraneMv", round(j.mem.v, 0.1));
  put(wire, "restMv", round(j.det.restMv, 0.1));
  const neuron = neuronDetail(j);
  put(wire, "somaRestMv", round(neuron.somaRestMv, 0.1));
  put(wire, "somaMv", Math.round(s.somaMv));
  put(wire, "somaSpikes", s.somaSpikes);
  put(wire, "endplateMv", round(j.mem.v - j.det.restMv, 0.1));
  put(wire, "force", round(Math.min(1, j.ecc.xb / XB_MAX), 0.001));
  put(wire, "achUM", round(s.achInCleftUM, 0.1));
  put(wire, "openReceptors", Math.round(j.mem.openReceptors));
  put(wire, "naAvailability", round(s.naAvailability, 0.01));
  put(wire, "openNaFraction", round(s.openNaFraction, 0.001));
  put(wire, "openKFraction", round(j.mem.n ** 4, 0.001));
  put(wire, "caUM", round(j.ecc.ca, 0.01));
  put(wire, "caEntry", round(j.pre.lastX, 0.01));
  put(wire, "caChannelOpen", round(j.pre.caOpen, 0.01));
  put(wire, "quantaLastImpulse", j.pre.quantaLastImpulse);
  put(wire, "actionPotentials", j.det.apCount);
  put(wire, "twitches", tj.twitches);
  put(wire, "impulses", j.pre.impulses);
  put(wire, "naInMM", round(j.mem.naIn, 0.01));
  put(wire, "kInMM", round(j.mem.kIn, 0.01));
  put(wire, "kOutMM", round(j.mods.kOutMM, 0.01));
  put(wire, "eNaMv", round(s.eNaMv, 0.1));
  put(wire, "eKMv", round(s.eKMv, 0.1));
  put(wire, "goalProgress", round(tj.goal.progress, 0.01));
  put(wire, "goalAchieved", tj.goal.achieved);
  put(wire, "rhythmHz", tj.input.hz);
  put(wire, "msPerS", game.phase === "running" ? rateAt(game.settings, tj.zones, t) : 0);
  const hold = tj.hold;
  put(wire, "stage", hold ? (hold.stages[0] ?? "") : "");
  put(wire, "stageLeftMs", hold ? Math.max(0, Math.ceil((hold.windowMs - hold.elapsedMs) / 100) * 100) : 0);
  put(wire, "stageParts", holdParts(tj).join("; "));
  // Only while an impulse is in flight: a position changes in place; the array empties when the last one arrives.
  const axon = axonImpulseHundredths(neuron.impulsesInAxon, j.neuron.axon.lengthMm);
  if (wire.axonImpulses.length !== axon.length) wire.axonImpulses = new ArraySchema<number>(...axon);
  else
    axon.forEach((p, i) => {
      if (wire.axonImpulses[i] !== p) wire.axonImpulses[i] = p;
    });
}
