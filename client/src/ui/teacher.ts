// The teacher's round controls, in the teacher panel beside the projected area: round buttons, speed and slow
// motion (any time), and the next round's mode, teams, goal, scenario and length. The shared rules check a setting
// before it is sent (the refusal shows beside its field); the server answers each, and its answer shows there too.
import { DEFAULT_MS_PER_S } from "../../../shared/game/clock";
import { type Configuration, type HostCommand, settingProblem, settingsAnswer } from "../../../shared/game/commands";
import type { GoalSpec } from "../../../shared/game/goals";
import { DEFAULT_CUE_WINDOW_MS, MAX_CUE_WINDOW_MS, MIN_CUE_WINDOW_MS } from "../../../shared/game/stages";
import { ClientMessage } from "../../../shared/protocol";
import type { Bridge } from "../net/bridge";
import { dashboardPath } from "../net/device";
import { readAck, readError } from "../net/read";
import type { WireState } from "../net/wireState";
import { h } from "./dom";
import { saveForNextPeriod } from "./nextPeriod";
import { scenarioPicker } from "./scenarioCards";
import { ANSWER_WAIT_MS, afterPresses, type Note, note, typed } from "./settingsNotes";

const GOALS: [string, GoalSpec][] = [
  ["3 twitches", { kind: "twitches", count: 3 }],
  ["5 twitches", { kind: "twitches", count: 5 }],
  ["Tetanus above 50 % for 100 ms", { kind: "tetanus", forceFraction: 0.5, holdMs: 100 }],
  ["Back to rest after 10 impulses", { kind: "restore", trainImpulses: 10, toleranceMv: 2 }],
  ["Hold the motor neuron back through 4 volleys", { kind: "veto", volleys: 4 }],
];

function field(label: string, control: HTMLElement): HTMLElement {
  return h("label", { class: "field" }, h("span", {}, label), control);
}

/**
 * The private dashboard, in words only (the token is in its href). Built only when the teacher panel opens and
 * removed when it closes, so the projected page never holds it, not even hidden.
 */
export function dashboardLink(): HTMLElement | null {
  const path = dashboardPath();
  if (!path) return null;
  return h(
    "p",
    { class: "dashboard-link" },
    h(
      "a",
      { href: path, target: "_blank", rel: "noopener noreferrer" },
      "Your dashboard (private): past classes, reports",
    ),
  );
}

export interface TeacherControls {
  element: HTMLElement;
  update(s: WireState): void;
  /** Fills the form with carried settings (next period) and sends them to the server. */
  adopt(settings: Configuration): void;
}

export function teacherControls(bridge: Bridge, extra: HTMLElement[]): TeacherControls {
  const send = (command: HostCommand) => bridge.send(ClientMessage.host, command);
  const speed = h("input", {
    type: "number",
    min: 1,
    max: 1000,
    step: 1,
    value: DEFAULT_MS_PER_S,
    inputmode: "numeric",
  });
  const slow = h("input", { type: "checkbox", checked: true });
  // Seconds a stage of the chain waits for the students who play it (1–10 s; 3 s suits a class).
  const cueWindow = h("input", {
    type: "number",
    min: MIN_CUE_WINDOW_MS / 1000,
    max: MAX_CUE_WINDOW_MS / 1000,
    step: 0.5,
    value: DEFAULT_CUE_WINDOW_MS / 1000,
    inputmode: "decimal",
  });
  // The field's seconds as the server's ms; out of range or empty stays so, and is refused with the field's words.
  const cueWindowMs = () => Math.round(typed(cueWindow) * 1000);
  const mode = h(
    "select",
    {},
    h("option", { value: "class" }, "Whole class"),
    h("option", { value: "teams" }, "Teams"),
  );
  const teams = h("input", { type: "number", min: 2, max: 8, value: 2, inputmode: "numeric" });
  const goal = h("select", {}, ...GOALS.map(([name], i) => h("option", { value: i }, name)));
  const scenario = scenarioPicker();
  const length = h("input", { type: "number", min: 10, max: 60000, step: 100, value: 3000, inputmode: "numeric" });
  const roundSettings = (): Configuration => ({
    mode: mode.value === "teams" ? "teams" : "class",
    teamCount: typed(teams),
    goal: GOALS[Number(goal.value)]?.[1] ?? { kind: "twitches", count: 3 },
    scenarios: scenario.choices(),
    roundLimitMs: typed(length),
    msPerS: typed(speed),
    slowMotion: slow.checked,
    cueWindowMs: cueWindowMs(),
  });
  const later = afterPresses();
  const notes = {
    speed: note("settings-speed-note", later, speed),
    cueWindow: note("settings-cue-note", later, cueWindow),
    teams: note("settings-teams-note", later, teams),
    scenario: note("settings-scenario-note", later, scenario.controls.at(-1)),
    length: note("settings-length-note", later, length),
    apply: note("settings-apply-note", later),
  };
  const noteFor: Record<keyof Configuration, Note> = {
    msPerS: notes.speed,
    cueWindowMs: notes.cueWindow,
    slowMotion: notes.speed,
    teamCount: notes.teams,
    mode: notes.teams,
    scenarios: notes.scenario,
    goal: notes.apply,
    roundLimitMs: notes.length,
  };
  // The setting last sent and where its answer goes ("Settings updated." or the server's refusal).
  let waiting: { note: Note; text: string; until: number } | null = null;
  let sends = 0;
  /** Checks the settings with the shared rules and sends them; false (and the reason beside its field) if refused. */
  const sendSettings = (settings: Configuration, at: Note): boolean => {
    sends++;
    for (const n of Object.values(notes)) n.clear();
    const problem = settingProblem(settings);
    if (problem) {
      // From Apply or Start, focus goes to the field to correct; a field's own change leaves focus where it went.
      noteFor[problem.field].say("error", problem.reason, at === notes.apply);
      waiting = null;
      return false;
    }
    waiting = { note: at, text: settingsAnswer(settings), until: performance.now() + ANSWER_WAIT_MS };
    send({ type: "configure", settings });
    return true;
  };
  bridge.on("ack", (p) => {
    if (!waiting || performance.now() > waiting.until || readAck(p)?.text !== "Settings updated.") return;
    waiting.note.say("info", waiting.text);
    waiting = null;
  });
  bridge.on("error", (p) => {
    if (!waiting || performance.now() > waiting.until) return;
    waiting.note.say("error", readError(p)?.message ?? "The settings were refused.");
    waiting = null;
  });
  // A field sends itself when changed (speed and cue time apply at once, even mid-round), once the press that
  // moved focus away is over; if that press was Apply or Start, they sent it already.
  const onChange = (control: HTMLElement, settings: () => Configuration, at: Note) =>
    control.addEventListener("change", () => {
      const before = sends;
      later(() => before === sends && sendSettings(settings(), at));
    });
  onChange(cueWindow, () => ({ cueWindowMs: cueWindowMs() }), notes.cueWindow);
  onChange(speed, () => ({ msPerS: typed(speed) }), notes.speed);
  onChange(slow, () => ({ slowMotion: slow.checked }), notes.speed);
  const button = (label: string, onclick: () => void, cls = "small") =>
    h("button", { type: "button", class: cls, onclick }, label);
  const start = button(
    "Start round",
    () => {
      // A challenge preset already set the round; configuring now would replace it. Refused settings start nothing.
      if (!current?.challenge && !sendSettings(roundSettings(), notes.apply)) return;
      send({ type: "start" });
    },
    "small primary",
  );
  const pause = button("Pause", () => send({ type: "pause" }));
  const resume = button("Resume", () => send({ type: "resume" }));
  const end = button("End round", () => send({ type: "end" }));
  // The physiologist's stimulator on the motor axon, for the teacher to demonstrate with (students never fire it).
  const stimulate = button("Stimulate the nerve", () => send({ type: "stimulate" }));
  const apply = button("Apply settings", () => sendSettings(roundSettings(), notes.apply));
  // A new class (new code, empty roster) for the teacher's next period, with these round settings.
  const nextPeriod = button("Next period (same settings)", () => {
    const ok = window.confirm(
      "Open a new class with a new code for your next period? This page leaves the current class; its report stays on your dashboard.",
    );
    if (!ok) return;
    const settings = roundSettings();
    const problem = settingProblem(settings); // shown beside its field; nothing is sent to the class being left
    if (problem) return noteFor[problem.field].say("error", problem.reason, true);
    saveForNextPeriod({ settings, challenge: current?.challenge ?? "" });
    window.location.assign("/host"); // a fresh page: this class's connection and drawings go with the old one
  });
  const element = h(
    "section",
    { class: "teacher", "aria-labelledby": "teacher-round-title" },
    h("h2", { id: "teacher-round-title" }, "Round"),
    h(
      "div",
      { class: "host-controls", role: "group", "aria-label": "Round" },
      start,
      pause,
      resume,
      end,
      stimulate,
      ...extra,
    ),
    h(
      "div",
      { class: "settings" },
      field("Speed (physiological ms per second)", speed),
      notes.speed.element,
      field("Time for each cue (seconds)", cueWindow),
      notes.cueWindow.element,
      h("label", { class: "check" }, slow, "Slow motion around impulses when only bots play"),
      field("Mode", mode),
      field("Teams", teams),
      notes.teams.element,
      field("Goal", goal),
      scenario.element,
      notes.scenario.element,
      field("Round length (physiological ms)", length),
      notes.length.element,
      apply,
      notes.apply.element,
      nextPeriod,
    ),
  );
  let initialised = false;
  let current: WireState | null = null;
  let challenge = "";
  return {
    element,
    adopt(settings) {
      if (settings.msPerS !== undefined) speed.value = String(settings.msPerS);
      if (settings.cueWindowMs !== undefined) cueWindow.value = String(settings.cueWindowMs / 1000);
      if (settings.slowMotion !== undefined) slow.checked = settings.slowMotion;
      if (settings.mode) mode.value = settings.mode;
      if (settings.teamCount !== undefined) teams.value = String(settings.teamCount);
      const g = settings.goal;
      const index = g ? GOALS.findIndex(([, spec]) => JSON.stringify(spec) === JSON.stringify(g)) : -1;
      if (index >= 0) goal.value = String(index);
      if (settings.scenarios) scenario.set(settings.scenarios[0] ?? null);
      if (settings.roundLimitMs !== undefined) length.value = String(settings.roundLimitMs);
      initialised = true; // the form now shows the carried settings, not the server's defaults
      sendSettings(roundSettings(), notes.apply);
    },
    update(s) {
      current = s;
      // A challenge preset sets the mode and teams on the server: show them here too.
      if (s.challenge !== challenge) {
        challenge = s.challenge;
        if (challenge) {
          mode.value = s.mode;
          teams.value = String(s.teamCount);
          if (s.cueWindowMs) cueWindow.value = String(s.cueWindowMs / 1000); // a race's 2 s, not the form's 3 s
        }
      }
      if (!initialised) {
        initialised = true;
        speed.value = String(s.msPerS);
        if (s.cueWindowMs) cueWindow.value = String(s.cueWindowMs / 1000);
        slow.checked = s.slowMotion;
        mode.value = s.mode;
        teams.value = String(s.teamCount);
      }
      const inRound = s.phase === "running" || s.phase === "paused";
      start.disabled = inRound;
      pause.disabled = s.phase !== "running";
      resume.disabled = s.phase !== "paused";
      end.disabled = !inRound;
      stimulate.disabled = s.phase !== "running";
      for (const c of [mode, teams, goal, ...scenario.controls, length, apply]) c.disabled = inRound;
    },
  };
}
