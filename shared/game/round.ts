// Rounds and the teacher's commands: start (teams, roles, junctions), pause, resume, end, configure,
// pin a role, move a student between teams. Every refusal is a value with a reason.
import { assignRoles, balanceTeams, roleForLateJoiner, smallestTeam } from "./assignment";
import { applyChallenge, defaultLevel } from "./challengeSettings";
import type { HostCommand } from "./commands";
import { diagnosisMatches, drawMystery } from "./mystery";
import { ask, closeQuestion, lockAnswers, reveal, tally } from "./prediction";
import { role } from "./roles";
import { emptyScore } from "./score";
import { junctionSeed } from "./seeds";
import type { Game, InputResult, Seat } from "./state";
import { createTeamJunction, setHolder, startNerve, stimulate, type TeamJunction } from "./teamJunction";

/** Game-score bonus for every member of a team that reaches the round's goal. */
export const GOAL_BONUS = 5;

const refuse = (reason: string): InputResult => ({ ok: false, reason });
const done = (text: string): InputResult => ({ ok: true, text });

export function junctionCount(game: Game): number {
  return game.settings.mode === "class" ? 1 : game.settings.teamCount;
}

export function addSeat(game: Game, seatId: string, nickname: string): InputResult {
  const existing = game.seats.find((s) => s.seatId === seatId);
  if (existing) {
    existing.nickname = nickname;
    return done("already seated");
  }
  const sizes = new Array<number>(junctionCount(game)).fill(0);
  for (const s of game.seats) sizes[s.team] = (sizes[s.team] ?? 0) + 1;
  const seat: Seat = {
    seatId,
    nickname,
    connected: true,
    team: smallestTeam(sizes),
    role: null,
    pinnedRole: null,
    history: [],
    score: emptyScore(),
    roundScore: emptyScore(),
    learning: { predictions: 0, correctPredictions: 0, diagnoses: 0, correctDiagnoses: 0 },
    extraTime: false,
  };
  game.seats.push(seat);
  if (game.phase === "running" || game.phase === "paused") placeInJunction(game, seat);
  return done("seated");
}

function placeInJunction(game: Game, seat: Seat): void {
  const tj = game.junctions[seat.team];
  if (!tj) return;
  seat.role = seat.pinnedRole ?? roleForLateJoiner(tj.holders.map((h) => h.roleId));
  setHolder(tj, seat.seatId, seat.role);
  const holder = tj.holders.find((h) => h.seatId === seat.seatId);
  if (holder) holder.connected = seat.connected;
}

function startRound(game: Game): InputResult {
  if (game.phase === "running" || game.phase === "paused") return refuse("A round is already running.");
  const count = junctionCount(game);
  // Seats placed under another mode or team count, or left uneven by joins, leaves and moves, are rebalanced
  // with as few moves as possible; balanced teams (the teacher's moves included) stay as they are.
  const teams = balanceTeams(
    game.seats.map((s) => s.seatId),
    count,
    new Map(game.seats.map((s) => [s.seatId, s.team])),
  );
  for (const seat of game.seats) seat.team = teams.get(seat.seatId) ?? 0;
  game.junctions = [];
  game.mystery = null;
  const choices = game.settings.mysteryChoices;
  if (choices && choices.length > 0) {
    const hidden = drawMystery(game.seed, game.round, choices);
    game.settings = { ...game.settings, scenarios: [{ id: hidden, level: defaultLevel(hidden) }] };
    game.mystery = { choices: [...choices], answer: hidden, diagnoses: {} };
  }
  for (const seat of game.seats) seat.roundScore = emptyScore();
  for (let team = 0; team < count; team++) {
    const tj: TeamJunction = createTeamJunction(
      team,
      junctionSeed(game.seed, game.round, team),
      game.settings.scenarios,
    );
    const members = game.seats.filter((s) => s.team === team);
    const roles = assignRoles(members.map((s) => ({ seatId: s.seatId, history: s.history, pinned: s.pinnedRole })));
    for (const seat of members) {
      seat.role = roles.get(seat.seatId) ?? null;
      if (seat.role) seat.history.push(role(seat.role).group);
      setHolder(tj, seat.seatId, seat.role);
      const holder = tj.holders.find((h) => h.seatId === seat.seatId);
      if (holder) holder.connected = seat.connected;
    }
    startNerve(tj, game.settings.goal);
    game.junctions.push(tj);
  }
  game.round += 1;
  game.phase = "running";
  // A question asked before the round: starting it locks the answers, and the round's events are the outcome.
  lockAnswers(game, { impulses: 0, actionPotentials: 0, twitches: 0 });
  return done(`Round ${game.round} started.`);
}

function endRound(game: Game): InputResult {
  if (game.phase !== "running" && game.phase !== "paused") return refuse("No round is running.");
  game.phase = "debrief";
  if (game.mystery) {
    for (const seat of game.seats) {
      const d = game.mystery.diagnoses[seat.seatId];
      if (!d) continue;
      seat.learning.diagnoses += 1;
      if (diagnosisMatches(game.mystery.answer, d)) seat.learning.correctDiagnoses += 1;
    }
  }
  for (const tj of game.junctions) {
    if (!tj.goal.achieved) continue;
    for (const seat of game.seats) {
      if (seat.team !== tj.team) continue;
      seat.score.game += GOAL_BONUS;
      seat.roundScore.game += GOAL_BONUS;
    }
  }
  return done("Round ended.");
}

export function applyHostCommand(game: Game, command: HostCommand): InputResult {
  switch (command.type) {
    case "start":
      return startRound(game);
    case "end":
      return endRound(game);
    case "pause":
      if (game.phase !== "running") return refuse("No round is running.");
      game.phase = "paused";
      return done("Paused.");
    case "resume":
      if (game.phase !== "paused") return refuse("The round is not paused.");
      if (game.prediction?.open) {
        lockAnswers(game, tally(game));
        game.phase = "running";
        return done("Resumed: answers locked; the screens show what happens beside the predictions.");
      }
      game.phase = "running";
      return done("Resumed.");
    case "configure":
      return configure(game, command.settings);
    case "assignRole":
      return pinRole(game, command.seatId, command.role);
    case "moveTeam":
      return moveTeam(game, command.seatId, command.team);
    case "ask":
      return ask(game, command.questionId);
    case "reveal":
      return reveal(game);
    case "closeQuestion":
      return closeQuestion(game);
    case "challenge":
      return applyChallenge(game, command.challengeId);
    case "stimulate":
      return stimulateAll(game);
  }
}

/** The teacher's stimulator on every team's motor axon (refractoriness and conduction block are the engine's). */
function stimulateAll(game: Game): InputResult {
  if (game.phase !== "running") return refuse("Stimulate the nerve while a round runs.");
  const results = game.junctions.map((tj) => stimulate(tj));
  const refused = results.filter((r): r is { ok: false; reason: string } => !r.ok);
  const where = game.junctions.length > 1 ? "on every team's motor axon" : "on the motor axon";
  if (refused.length === results.length) return refuse(`No impulse: ${refused[0]?.reason ?? "refused"}`);
  const some =
    refused.length > 0 ? ` (${refused.length} of ${results.length} teams refused: ${refused[0]?.reason})` : "";
  return done(`Nerve stimulated ${where}: an impulse sets off 30 mm from the junction${some}.`);
}

function configure(game: Game, settings: Extract<HostCommand, { type: "configure" }>["settings"]): InputResult {
  const inRound = game.phase === "running" || game.phase === "paused";
  const roundOnly = ["mode", "teamCount", "goal", "scenarios", "roundLimitMs"] as const;
  if (inRound && roundOnly.some((key) => settings[key] !== undefined)) {
    return refuse("Change the mode, teams, goal or scenario between rounds; speed can change at any time.");
  }
  game.settings = { ...game.settings, ...stripUndefined(settings) };
  // Choosing a scenario by hand replaces a challenge's preset (and its mystery).
  if (settings.scenarios !== undefined) game.settings = { ...game.settings, challengeId: "", mysteryChoices: null };
  return done("Settings updated.");
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function pinRole(game: Game, seatId: string, roleId: Seat["pinnedRole"]): InputResult {
  const seat = game.seats.find((s) => s.seatId === seatId);
  if (!seat) return refuse("That student is not in the class.");
  seat.pinnedRole = roleId;
  if ((game.phase === "running" || game.phase === "paused") && roleId) {
    seat.role = roleId;
    const tj = game.junctions[seat.team];
    if (tj) setHolder(tj, seatId, roleId);
    const holder = tj?.holders.find((h) => h.seatId === seatId);
    if (holder) holder.connected = seat.connected;
  }
  return done(roleId ? `${seat.nickname} will be: ${role(roleId).name}.` : `${seat.nickname}'s role is automatic.`);
}

function moveTeam(game: Game, seatId: string, team: number): InputResult {
  const seat = game.seats.find((s) => s.seatId === seatId);
  if (!seat) return refuse("That student is not in the class.");
  if (game.settings.mode !== "teams") return refuse("Switch to team mode to move students between teams.");
  if (team >= game.settings.teamCount) return refuse(`There are only ${game.settings.teamCount} teams.`);
  const from = game.junctions[seat.team];
  if (from) from.holders = from.holders.filter((h) => h.seatId !== seatId);
  seat.team = team;
  if (game.phase === "running" || game.phase === "paused") placeInJunction(game, seat);
  return done(`${seat.nickname} moved to team ${team + 1}.`);
}
