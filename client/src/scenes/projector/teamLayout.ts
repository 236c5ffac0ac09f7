// Where the team-mode projector puts each team's panel on a stage of `width` × `height` CSS px, and inside it the
// motor neuron's soma plot beside the muscle fibre's (or, where a panel is too narrow, above it), the force bar, and
// the axon drawing when there is height to spare. Pure, so it can be checked (and found by a browser test) without
// a renderer. Text keeps the stage's scale (textScale) whatever the team count: a panel gives up the axon, then the
// titles above its plots and the neuron's peak and undershoot labels ("compact", said so in a note), never text size.
import type { Rect } from "../../view/paint";
import { type AxonGeometry, axonGeometry } from "./axonFigure";
import { textScale } from "./layout";
import { TICKS_PX } from "./panels";

/** Space around and inside a panel, CSS px at text scale 1. */
const PAD = 8;
/** The header row ("Team 3" at the left, the force in words at the right). */
const HEADER_PX = 28;
/** Value labels left of each plot (−100 … 50). */
const AXIS_PX = 40;
/** A plot's title above its frame (a compact plot has its title inside, at the top right). */
const PLOT_TITLE_PX = 22;
/** The force bar's column at the panel's right (its value is in words in the header). */
const FORCE_COL_PX = 30;
/** A plot narrower than this ("muscle fires ≈ −71 mV" at 14 px) puts the neuron above the muscle. */
const MIN_SIDE_W_PX = 172;
/** A plot at least this tall names all four of the neuron's landmarks; a shorter one is compact. */
const ROOMY_H_PX = 150;
/** Height the axon drawing takes (soma, sheath, its name and the impulse's words under it), at text scale 1. */
const AXON_STRIP_PX = 72;
/** The axon is drawn only if the plots keep at least this height under it. */
const AXON_MIN_PLOT_H_PX = 180;
/** The header's small axon: its drawing scale (× text scale), and room it needs for "Team 8", its name and the force. */
const MINI_AXON_SCALE = 0.6;
const HEADER_NAME_PX = 80;
const AXON_NAME_PX = 84;
const FORCE_WORDS_PX = 92;
const MIN_MINI_AXON_PX = 150;
/** Between a compact neuron plot and the muscle plot under it. */
const STACK_GAP_PX = 8;
/** The stage-wide line under compact panels that says what they leave out. */
export const NOTE_PX = 24;

export interface TeamPanel {
  team: number;
  /** The panel's whole cell of the grid. */
  cell: Rect;
  /** Where the "Team N" header's left end is, and the force words' right end (vertical centres). */
  header: [number, number];
  forceWords: [number, number];
  neuron: Rect;
  scope: Rect;
  bar: Rect;
  /**
   * The team's motor axon: a full drawing above its plots (`axonWords`: named, with the impulse in words), or a small
   * one in the header between the team's name and its force (the lit node a ringed disc); null with no room for it.
   */
  axon: AxonGeometry | null;
  axonWords: boolean;
  /** Where the small axon's name goes (its left end), when it is in the header. */
  axonName: [number, number] | null;
}

export interface TeamLayout {
  k: number;
  cols: number;
  rows: number;
  /** Neuron beside muscle ("side"), or above it ("stacked", always compact). */
  arrangement: "side" | "stacked";
  /**
   * Plots too short for four landmark labels and a title above: each plot's title and rest are words inside its top
   * right corner, its threshold is labelled at its line, peak and undershoot are left out; `note` says so.
   */
  compact: boolean;
  /** The stage-wide line under compact panels (its left end, vertical centre and width), or null. */
  note: { x: number; y: number; w: number } | null;
  panels: TeamPanel[];
}

interface Fit {
  arrangement: "side" | "stacked";
  compact: boolean;
  axon: boolean;
  /** Each plot's width and height, CSS px. */
  w: number;
  h: number;
}

/** How the plots fit a panel `cw` × `ch`: side by side if each is wide enough, with the axon if height allows. */
function fitPanel(cw: number, ch: number, k: number): Fit {
  const plotsW = cw - 2 * PAD - AXIS_PX * k - FORCE_COL_PX * k;
  const plotsH = ch - 2 * PAD - HEADER_PX * k;
  const sideW = (plotsW - AXIS_PX * k) / 2;
  if (sideW >= MIN_SIDE_W_PX * k) {
    const h = plotsH - (PLOT_TITLE_PX + TICKS_PX) * k;
    if (h < ROOMY_H_PX * k)
      return { arrangement: "side", compact: true, axon: false, w: sideW, h: plotsH - TICKS_PX * k };
    const strip = AXON_STRIP_PX * k;
    const axon = h - strip >= AXON_MIN_PLOT_H_PX * k;
    return { arrangement: "side", compact: false, axon, w: sideW, h: axon ? h - strip : h };
  }
  const h = (plotsH - (TICKS_PX + STACK_GAP_PX) * k) / 2;
  return { arrangement: "stacked", compact: true, axon: false, w: plotsW, h };
}

/** The fit of a `cols` × `rows` grid on the stage, a compact one leaving room for the note under it. */
function fitGrid(cols: number, rows: number, width: number, height: number, k: number): Fit {
  const fit = fitPanel(width / cols, height / rows, k);
  return fit.compact ? fitPanel(width / cols, (height - NOTE_PX * k) / rows, k) : fit;
}

/**
 * A grid's worth: its plots' width, or 1.5 × their height if that is less (a 40 ms sweep reads best somewhat wider
 * than tall), a stacked or compact pair counted a little less and the axon a little more.
 */
function score(f: Fit): number {
  const shape = (f.arrangement === "side" ? 1 : 0.8) * (f.compact ? 0.9 : 1) * (f.axon ? 1.15 : 1);
  return Math.min(f.w, 1.5 * f.h) * shape;
}

/** The grid (columns) for `count` panels that gives the most readable plots; no grid leaves a row empty. */
export function teamGrid(count: number, width: number, height: number, k: number): { cols: number; rows: number } {
  let best = { cols: 1, rows: count, value: Number.NEGATIVE_INFINITY };
  for (let cols = 1; cols <= count; cols++) {
    const rows = Math.ceil(count / cols);
    if (rows * cols - count >= cols) continue;
    const value = score(fitGrid(cols, rows, width, height, k));
    if (value > best.value) best = { cols, rows, value };
  }
  return { cols: best.cols, rows: best.rows };
}

export function teamLayout(count: number, width: number, height: number): TeamLayout {
  const k = textScale(width, height);
  const { cols, rows } = teamGrid(count, width, height, k);
  const fit = fitGrid(cols, rows, width, height, k);
  const cw = width / cols;
  const ch = (fit.compact ? height - NOTE_PX * k : height) / rows;
  const axis = AXIS_PX * k;
  const panels: TeamPanel[] = [];
  for (let team = 0; team < count; team++) {
    const x = (team % cols) * cw;
    const y = Math.floor(team / cols) * ch;
    const headerY = y + PAD + (HEADER_PX * k) / 2;
    let top = y + PAD + HEADER_PX * k;
    let axon: AxonGeometry | null = null;
    const left = x + PAD + axis;
    const plotsRight = x + cw - PAD - FORCE_COL_PX * k;
    if (fit.axon) {
      // The axon runs across the plots to above the muscle plot's middle, where its terminal meets the junction.
      const strip = { x: x + PAD, y: top, w: plotsRight - x - PAD, h: AXON_STRIP_PX * k };
      axon = axonGeometry(strip, left + fit.w + axis + fit.w / 2, k, 18 * k);
      top += AXON_STRIP_PX * k;
    }
    if (!fit.compact) top += PLOT_TITLE_PX * k;
    const neuron = { x: left, y: top, w: fit.w, h: fit.h };
    const scope =
      fit.arrangement === "side"
        ? { x: left + fit.w + axis, y: top, w: fit.w, h: fit.h }
        : { x: left, y: top + fit.h + STACK_GAP_PX * k, w: fit.w, h: fit.h };
    const barW = 16 * k;
    const bar = { x: plotsRight + (FORCE_COL_PX * k - barW) / 2, y: top, w: barW, h: scope.y + scope.h - top };
    let axonName: [number, number] | null = null;
    const miniFrom = x + PAD + (HEADER_NAME_PX + AXON_NAME_PX) * k;
    const miniTo = x + cw - PAD - FORCE_WORDS_PX * k;
    if (!axon && miniTo - miniFrom >= MIN_MINI_AXON_PX * k) {
      // axonGeometry puts the soma's centre 8 + 14 × scale px below the top of its rect: on the header's centre line.
      const km = MINI_AXON_SCALE * k;
      const strip = { x: miniFrom - 10, y: headerY - 8 - 14 * km, w: miniTo - miniFrom, h: HEADER_PX * k };
      axon = axonGeometry(strip, miniTo - 16 * k, km, 8 * k); // its terminal knob ends at miniTo
      axonName = [x + PAD + HEADER_NAME_PX * k, headerY];
    }
    panels.push({
      team,
      cell: { x, y, w: cw, h: ch },
      header: [x + PAD, headerY],
      forceWords: [x + cw - PAD, headerY],
      neuron,
      scope,
      bar,
      axon,
      axonWords: fit.axon,
      axonName,
    });
  }
  const note = fit.compact ? { x: PAD, y: height - (NOTE_PX * k) / 2, w: width - 2 * PAD } : null;
  return { k, cols, rows, arrangement: fit.arrangement, compact: fit.compact, note, panels };
}
