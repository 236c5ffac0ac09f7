// The projector's neuron drawings, browser-free: the impulse lights nodes of Ranvier one after another (never between
// them) and leaves an honestly labelled fading path; the soma trace's landmarks come from the model's numbers and
// their labels never overlap; the wire carries an in-flight impulse as hundredths of the axon, from the engine. In team
// mode each team's panel holds its neuron plot beside (or above) its muscle plot, at the same text size, on 2–8 teams.
import { describe, expect, it } from "vitest";
import { AxonTrail, nodeOf, TRAIL_MS } from "../../../client/src/scenes/projector/axonFigure";
import {
  compactLandmarks,
  labelYs,
  NEURON_THRESHOLD_MV,
  neuronLandmarks,
  signedMv,
  somaSpike,
} from "../../../client/src/scenes/projector/neuronFigure";
import { teamLayout } from "../../../client/src/scenes/projector/teamLayout";
import { NEURON_THRESHOLD_MV as GAME_THRESHOLD_MV } from "../../../shared/game/partRules";
import { axonImpulseHundredths } from "../../../shared/game/view";
import { advance, createJunction, neuronDetail, stimulateNerve } from "../../../shared/physiology";

const NODES = 10;

describe("the impulse on the axon drawing", () => {
  it("jumps from node to node: every position between two nodes lights the one it last reached", () => {
    expect(nodeOf(0, NODES)).toBe(0);
    expect(nodeOf(0.7, NODES)).toBe(7);
    expect(nodeOf(0.74, NODES)).toBe(7);
    expect(nodeOf(0.799, NODES)).toBe(7);
    expect(nodeOf(0.8, NODES)).toBe(8);
    expect(nodeOf(1, NODES)).toBe(NODES);
    const lit = Array.from({ length: 31 }, (_, i) => nodeOf(0.7 + i / 100, NODES));
    expect(new Set(lit)).toEqual(new Set([7, 8, 9, 10]));
    for (let i = 1; i < lit.length; i++) expect((lit[i] ?? 0) - (lit[i - 1] ?? 0)).toBeGreaterThanOrEqual(0);
  });

  it("keeps the path of an impulse it saw, then fades it out, saying so", () => {
    const trail = new AxonTrail(NODES);
    expect(trail.picture([], 0, 0).path).toBeNull();
    const flying = [72, 81, 93].map((h, i) => trail.picture([h], 0, 50 * i));
    expect(flying.map((p) => p.lit)).toEqual([[7], [8], [9]]);
    expect(flying[2]?.path).toEqual({ from: 7, to: 9, alpha: 1 });
    expect(flying[2]?.words).toMatch(/node to node/);
    const after = trail.picture([], 1, 200);
    expect(after.lit).toEqual([]);
    expect(after.path).toMatchObject({ from: 7, to: 9 });
    expect(after.words).toMatch(/last impulse/i);
    const later = trail.picture([], 1, 200 + TRAIL_MS * 0.6);
    expect(later.path?.alpha).toBeLessThan(1);
    expect(trail.picture([], 1, 200 + TRAIL_MS).path).toBeNull();
  });

  it("marks only the arrival of an impulse too quick to be seen in any patch", () => {
    const trail = new AxonTrail(NODES);
    trail.picture([], 3, 0);
    const p = trail.picture([], 4, 50);
    expect(p.path).toMatchObject({ from: NODES, to: NODES });
    expect(p.words).toMatch(/too quick/);
  });
});

describe("the neuron trace's landmarks", () => {
  const plot = { x: 40, y: 100, w: 260, h: 280 };
  const series = (points: [number, number][]) => ({
    t: Float64Array.from(points.map((p) => p[0])),
    s: Float32Array.from(points.map((p) => p[1])),
    length: points.length,
  });

  it("measures the last soma spike's peak and undershoot on the trace", () => {
    const trace = series([
      [0, -70],
      [1, -69],
      [2, 20],
      [2.5, 41],
      [3, -10],
      [4, -79],
      [8, -76],
      [20, -71],
    ]);
    expect(somaSpike(trace, -10, 20, -70)).toEqual({ peakMv: 41, undershootMv: -79 });
    expect(somaSpike(trace, 5, 20, -70)).toEqual({ peakMv: null, undershootMv: null });
  });

  it("labels rest, threshold, peak and undershoot with the model's values, ≈ before a spike is seen", () => {
    const none = neuronLandmarks(-70, { peakMv: null, undershootMv: null });
    expect(none.map((m) => m.words)).toEqual([
      "peak ≈ +40 mV",
      "threshold ≈ −55 mV",
      "rest −70 mV",
      "undershoot ≈ −80 mV",
    ]);
    const seen = neuronLandmarks(-69.6, { peakMv: 38.4, undershootMv: -78.6 });
    expect(seen.map((m) => m.words)).toEqual(["peak +38 mV", "threshold ≈ −55 mV", "rest −70 mV", "undershoot −79 mV"]);
    // Told apart by pattern as well as by words: the threshold dashed, rest solid.
    expect(seen.find((m) => m.id === "threshold")?.style).toBe("dashed");
    expect(seen.find((m) => m.id === "rest")?.style).toBe("solid");
    expect(NEURON_THRESHOLD_MV).toBe(-55);
    expect(NEURON_THRESHOLD_MV).toBe(GAME_THRESHOLD_MV); // the phones' and the projector's threshold are one
    expect(signedMv(0)).toBe("0");
  });

  it("places the four labels inside the plot without overlapping, rest between its line and threshold", () => {
    for (const size of [14, 21]) {
      const marks = neuronLandmarks(-70, { peakMv: 45, undershootMv: -79 });
      const ys = labelYs(marks, plot, size);
      const sorted = [...ys].sort((a, b) => a - b);
      for (let i = 1; i < sorted.length; i++)
        expect((sorted[i] ?? 0) - (sorted[i - 1] ?? 0)).toBeGreaterThanOrEqual(size);
      for (const y of ys) {
        expect(y).toBeGreaterThanOrEqual(plot.y);
        expect(y).toBeLessThanOrEqual(plot.y + plot.h);
      }
      const yOf = (mv: number) => plot.y + plot.h - ((mv + 100) / 150) * plot.h;
      const rest = ys[marks.findIndex((m) => m.id === "rest")] ?? 0;
      expect(rest).toBeLessThan(yOf(-70));
      expect(rest).toBeGreaterThan(yOf(-55));
    }
  });
});

describe("the wire's axon impulses", () => {
  it("carries the stimulator's impulse in hundredths of the axon, orthodromic only, until it arrives", () => {
    const j = createJunction({ seed: 1 });
    expect(stimulateNerve(j).ok).toBe(true);
    const seen: number[][] = [];
    for (let i = 0; i < 20; i++) {
      advance(j, 0.05);
      seen.push(axonImpulseHundredths(neuronDetail(j).impulsesInAxon, j.neuron.axon.lengthMm));
    }
    const flying = seen.filter((s) => s.length > 0);
    // 30 mm from the junction on a 100 mm axon at 60 m/s: from 70 % to the terminal in 0.5 ms (10 steps of 0.05).
    expect(flying.length).toBeGreaterThanOrEqual(8);
    expect(flying.every((s) => s.length === 1)).toBe(true);
    const positions = flying.map((s) => s[0] ?? 0);
    expect(positions[0]).toBeGreaterThanOrEqual(70);
    expect(positions.at(-1)).toBe(100);
    for (let i = 1; i < positions.length; i++) expect(positions[i]).toBeGreaterThan(positions[i - 1] ?? 0);
    expect(seen.at(-1)).toEqual([]);
  });
});

describe("the neuron trace in team mode", () => {
  const SCREENS: [number, number][] = [
    [1024, 768],
    [1920, 1080],
  ];
  type R = { x: number; y: number; w: number; h: number };
  const inside = (a: R, b: R) => a.x >= b.x && a.y >= b.y && a.x + a.w <= b.x + b.w && a.y + a.h <= b.y + b.h;
  const apart = (a: R, b: R) => a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
  /** A generous width for a label of `chars` characters at `px` CSS px (measured ≈ 0.55 em for these words). */
  const labelW = (chars: number, px: number) => chars * px * 0.55;

  it("gives every team of 2–8 a neuron plot beside or above its muscle plot, inside its own panel", () => {
    for (const [width, height] of SCREENS)
      for (let teams = 2; teams <= 8; teams++) {
        const layout = teamLayout(teams, width, height);
        expect(layout.panels).toHaveLength(teams);
        for (const p of layout.panels) {
          expect(inside(p.cell, { x: 0, y: 0, w: width, h: height })).toBe(true);
          for (const r of [p.neuron, p.scope, p.bar]) expect(inside(r, p.cell)).toBe(true);
          expect(apart(p.neuron, p.scope)).toBe(true);
          expect(apart(p.scope, p.bar)).toBe(true);
          // One mV scale: the two plots are the same size, side by side at one height or one above the other.
          expect([p.neuron.w, p.neuron.h]).toEqual([p.scope.w, p.scope.h]);
          if (layout.arrangement === "side") expect(p.neuron.y).toBe(p.scope.y);
          else expect(p.neuron.x).toBe(p.scope.x);
          if (p.axon) expect(p.axon.x1 + p.axon.terminalRx).toBeLessThanOrEqual(p.bar.x);
        }
        for (const [i, a] of layout.panels.entries())
          for (const b of layout.panels.slice(i + 1)) expect(apart(a.cell, b.cell)).toBe(true);
      }
  });

  it("keeps the whole-class text size at every team count, giving up the axon and then two labels instead", () => {
    for (const [width, height] of SCREENS) {
      const k = width >= 1920 ? 1.5 : 1;
      for (let teams = 2; teams <= 8; teams++) {
        const layout = teamLayout(teams, width, height);
        expect(layout.k).toBe(k);
        const size = 13 * layout.k;
        expect(layout.note !== null).toBe(layout.compact);
        for (const p of layout.panels) {
          // The widest words inside a plot fit it: "muscle fires ≈ −71 mV" at 14 px, or a compact plot's title
          // "Muscle · rest −88 mV" at 13 px.
          const widest = layout.compact ? labelW(20, size) : labelW(21, 14 * layout.k);
          expect(widest).toBeLessThanOrEqual(p.scope.w);
          const marks = neuronLandmarks(-70, { peakMv: 42, undershootMv: -79 });
          const shown = layout.compact ? compactLandmarks(marks) : marks;
          const ys = labelYs(shown, p.neuron, size).sort((a, b) => a - b);
          for (let i = 1; i < ys.length; i++) expect((ys[i] ?? 0) - (ys[i - 1] ?? 0)).toBeGreaterThanOrEqual(size);
          for (const y of ys) expect(inside({ x: p.neuron.x, y: y - size / 2, w: 1, h: size }, p.neuron)).toBe(true);
          // A compact plot's title (top right, inside) stays clear of its threshold label.
          if (layout.compact) expect((ys[0] ?? 0) - size).toBeGreaterThan(p.neuron.y + 10 * layout.k + size / 2);
        }
      }
    }
    // Three teams have room for all four landmarks (and the axon at 1920×1080); eight at 1024×768 are compact.
    expect(teamLayout(3, 1024, 768).compact).toBe(false);
    expect(teamLayout(3, 1920, 1080).panels.every((p) => p.axon !== null)).toBe(true);
    expect(teamLayout(8, 1024, 768).compact).toBe(true);
  });

  it("draws each team's axon where it has room: above the plots, or small in the header between name and force", () => {
    for (const [width, height, teams] of [
      [1024, 768, 3],
      [1920, 1080, 3],
      [1920, 1080, 2],
    ] as const) {
      const layout = teamLayout(teams, width, height);
      const k = layout.k;
      for (const p of layout.panels) {
        const a = p.axon;
        expect(a).not.toBeNull();
        if (!a) continue;
        expect(a.nodes).toBeGreaterThanOrEqual(5);
        if (p.axonWords) {
          // The impulse's words under it (13 px) stay above the plots' titles (15 px).
          expect(a.y + a.sheath / 2 + 32 * k + 7 * k).toBeLessThanOrEqual(p.neuron.y - 11 * k - 8 * k);
          continue;
        }
        // On the header's line, after "Team 8" and "motor axon", ending before "force 100 %" at 14 px.
        expect(a.y).toBeCloseTo(p.header[1], 6);
        expect(p.axonName?.[0]).toBeGreaterThanOrEqual(p.header[0] + labelW(6, 18 * k));
        expect(a.soma.x - a.soma.r).toBeGreaterThanOrEqual((p.axonName?.[0] ?? 0) + labelW(10, 13 * k));
        expect(a.x1 + 2 * a.terminalRx).toBeLessThanOrEqual(p.forceWords[0] - labelW(11, 14 * k));
      }
    }
    // Eight narrow panels (the projector page's 966 × 550 stage at 1024×768) have no room for one.
    expect(teamLayout(8, 966, 550).panels.every((p) => p.axon === null)).toBe(true);
  });

  it("labels only the threshold at its line in a compact plot (rest is named in the plot's title)", () => {
    const marks = compactLandmarks(neuronLandmarks(-70, { peakMv: null, undershootMv: null }));
    expect(marks.map((m) => m.words)).toEqual(["threshold ≈ −55 mV"]);
    expect(marks[0]?.side).toBe("above");
  });
});
