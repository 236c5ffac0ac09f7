// The projector: in a whole-class round the junction figure, concentration bars, the oscilloscope of membrane
// potential (mV) against physiological time (ms) with rest and threshold lines, and the force trace; in team
// mode one panel per team. Drawn from the bridge and the teacher's round log; nothing here decides anything.
import { THRESHOLD_MV } from "../../../shared/game/view";
import type { Smooth } from "../net/bridge";
import type { TeamTrace } from "../net/traces";
import { COLOURS } from "../view/palette";
import { dashed, drawFrame, drawTrace, type Rect, yOf } from "../view/scope";
import { BaseScene } from "./base";
import type { SceneContext } from "./context";
import { drawFigure } from "./figure";

const MV_MIN = -100;
const MV_MAX = 50;
/** Oscilloscope sweep, physiological ms: an AP (≈ 2 ms) and an EPP are both readable. */
const MV_WINDOW_MS = 40;
/** Force sweep, ms: a fast twitch rises in 10–15 ms and relaxes over tens of ms. */
const FORCE_WINDOW_MS = 200;

const BARS: [string, keyof Smooth, number, string][] = [
  ["Na+ in", "naInMM", 30, "mM"],
  ["K+ in", "kInMM", 180, "mM"],
  ["K+ out", "kOutMM", 10, "mM"],
  ["Ca2+ myo.", "caUM", 20, "µM"],
  ["ACh cleft", "achUM", 500, "µM"],
];

/** Like a real scope, the sweep starts just before the last excursion (EPP or AP) and holds until the next. */
const TRIGGER_MV = 15;
const PRE_TRIGGER_MS = 4;
/** An excursion older than this no longer holds the sweep, ms. */
const HOLD_MS = 400;

function triggeredEnd(trace: TeamTrace | undefined, restMv: number): number | undefined {
  if (!trace || trace.length === 0) return undefined;
  const last = trace.lastTime();
  for (let i = trace.length - 1; i >= 0; i--) {
    const t = trace.t[i] ?? 0;
    if (last - t > HOLD_MS) break;
    const starts = (trace.v[i] ?? 0) - restMv > TRIGGER_MV && (trace.v[i - 1] ?? restMv) - restMv <= TRIGGER_MV;
    if (starts) return t - PRE_TRIGGER_MS + MV_WINDOW_MS;
  }
  return undefined;
}

export class ProjectorScene extends BaseScene {
  constructor(ctx: SceneContext) {
    super("projector", ctx);
  }

  protected draw(time: number, width: number, height: number): void {
    const junctions = this.ctx.bridge.state()?.junctions;
    const count = junctions?.length ?? 0;
    if (count <= 1) this.drawClass(time, width, height);
    else this.drawTeams(count, width, height);
  }

  private drawClass(time: number, width: number, height: number): void {
    const j = this.ctx.bridge.smooth(0);
    if (!j) return;
    const raw = this.ctx.bridge.junction(0);
    const figure = { x: 0, y: 0, w: width, h: height * 0.56 };
    const deps = { g: this.g, tokens: this.tokens, label: this.label.bind(this) };
    drawFigure(deps, figure, j, raw?.quantaLastImpulse ?? 0, time);
    this.drawBars({ x: width * 0.86, y: 20, w: width * 0.13, h: figure.h - 40 }, j);
    const top = figure.h + 18;
    const h = height - top - 26;
    this.drawScope(0, { x: 56, y: top, w: width * 0.6 - 56, h }, raw?.restMv ?? -85);
    this.drawForce(0, { x: width * 0.6 + 60, y: top, w: width * 0.4 - 76, h });
  }

  private drawTeams(count: number, width: number, height: number): void {
    const cols = count <= 2 ? count : count <= 4 ? 2 : Math.ceil(count / 2);
    const rows = Math.ceil(count / cols);
    const cw = width / cols;
    const ch = height / rows;
    for (let team = 0; team < count; team++) {
      const x = (team % cols) * cw;
      const y = Math.floor(team / cols) * ch;
      const raw = this.ctx.bridge.junction(team);
      this.label(`Team ${team + 1}`, x + 12, y + 16, 18, "#0f2742", 0);
      this.drawScope(team, { x: x + 52, y: y + 34, w: cw * 0.72 - 52, h: ch - 70 }, raw?.restMv ?? -85);
      const f = this.ctx.bridge.smooth(team)?.force ?? 0;
      const bar = { x: x + cw * 0.78, y: y + 34, w: cw * 0.12, h: ch - 70 };
      this.g.lineStyle(2, COLOURS.ink, 1);
      this.g.strokeRect(bar.x, bar.y, bar.w, bar.h);
      this.g.fillStyle(COLOURS.force, 1);
      this.g.fillRect(bar.x, bar.y + bar.h * (1 - f), bar.w, bar.h * f);
      this.label(`force ${Math.round(f * 100)} %`, bar.x + bar.w / 2, bar.y + bar.h + 14, 13);
    }
  }

  private drawScope(team: number, r: Rect, restMv: number): void {
    drawFrame(this.g, r, MV_MIN, MV_MAX, 25, COLOURS.grid, COLOURS.ink);
    for (let v = MV_MIN; v <= MV_MAX; v += 25)
      this.label(String(v), r.x - 6, yOf(r, v, MV_MIN, MV_MAX), 12, "#4a5a6e", 1);
    const rest = yOf(r, restMv, MV_MIN, MV_MAX);
    this.g.lineStyle(1.5, COLOURS.rest, 1);
    this.g.lineBetween(r.x, rest, r.x + r.w, rest);
    dashed(this.g, r.x, r.x + r.w, yOf(r, THRESHOLD_MV, MV_MIN, MV_MAX), COLOURS.threshold);
    this.label(`rest ${Math.round(restMv)} mV`, r.x + r.w - 4, rest + 11, 12, "#4a5a6e", 1);
    this.label("threshold −60 mV", r.x + r.w - 4, yOf(r, THRESHOLD_MV, MV_MIN, MV_MAX) - 10, 12, "#8a3b00", 1);
    const trace = this.ctx.log?.traces[team];
    drawTrace(this.g, trace, r, {
      endMs: triggeredEnd(trace, restMv),
      field: "v",
      windowMs: MV_WINDOW_MS,
      min: MV_MIN,
      max: MV_MAX,
      colour: COLOURS.trace,
      baseline: restMv,
    });
    this.label(
      `Membrane potential (mV) · ${MV_WINDOW_MS} ms sweep, triggered on the last EPP`,
      r.x,
      r.y - 9,
      14,
      "#0f2742",
      0,
    );
  }

  private drawForce(team: number, r: Rect): void {
    drawFrame(this.g, r, 0, 1, 0.25, COLOURS.grid, COLOURS.ink);
    for (const v of [0, 0.5, 1]) this.label(`${v * 100}%`, r.x - 6, yOf(r, v, 0, 1), 12, "#4a5a6e", 1);
    drawTrace(this.g, this.ctx.log?.traces[team], r, {
      field: "f",
      windowMs: FORCE_WINDOW_MS,
      min: 0,
      max: 1,
      colour: COLOURS.force,
      baseline: 0,
    });
    this.label(`Force (% of max) · last ${FORCE_WINDOW_MS} ms`, r.x, r.y - 9, 14, "#0f2742", 0);
  }

  private drawBars(r: Rect, j: Smooth): void {
    const bw = r.w / BARS.length;
    BARS.forEach(([name, key, max, unit], i) => {
      const value = j[key];
      const x = r.x + i * bw + 4;
      const f = Math.min(1, Math.max(0, value / max));
      this.g.lineStyle(1.5, COLOURS.ink, 1);
      this.g.strokeRect(x, r.y + 16, bw - 8, r.h - 48);
      this.g.fillStyle(i === 0 ? 0xe69f00 : i <= 2 ? 0x56b4e9 : i === 3 ? 0x009e73 : 0xf0e442, 1);
      this.g.fillRect(x, r.y + 16 + (r.h - 48) * (1 - f), bw - 8, (r.h - 48) * f);
      this.label(name, x + (bw - 8) / 2, r.y + r.h - 22, 11);
      this.label(`${value < 10 ? value.toFixed(1) : Math.round(value)} ${unit}`, x + (bw - 8) / 2, r.y + r.h - 8, 11);
    });
    this.label("Concentrations", r.x + r.w / 2, r.y, 13);
  }
}
