// The debrief's and homework's trace chart on a phone: its text is laid out for the width it is shown at, so on a
// 320–360 px phone the axis labels render at 11 px or more (not ≈ 5 px), the rest label stays inside the plot and
// uses a true minus, the titles say which cell, and the time labels never overlap.
import { describe, expect, it } from "vitest";
import {
  FORCE_TITLE,
  lineLabels,
  MV_TITLE,
  mvText,
  tickCount,
  tickStepMs,
  traceLayout,
} from "../../../client/src/ui/traceSvg";

/** Rendered text size, CSS px, of a chart laid out for `widthPx` and shown `widthPx` wide. */
const renderedFont = (widthPx: number) => {
  const L = traceLayout(widthPx);
  return (L.font * widthPx) / L.w;
};

describe("the trace chart's text size", () => {
  it("renders its labels at 11 px or more on phones from 320 px (a chart 248 px wide) up", () => {
    for (const shown of [248, 288, 330, 480]) expect(renderedFont(shown)).toBeGreaterThanOrEqual(11);
  });

  it("stays a sensible size on a laptop or projector", () => {
    for (const shown of [900, 1200, 1700]) {
      expect(renderedFont(shown)).toBeGreaterThanOrEqual(13);
      expect(renderedFont(shown)).toBeLessThanOrEqual(28);
    }
  });

  it("fits the time labels along a phone's plot without overlap", () => {
    for (const span of [40, 1000, 3000, 60000]) {
      const L = traceLayout(288);
      const plotW = L.w - L.left - L.right;
      const step = tickStepMs(span, tickCount(plotW, span, L.font));
      const labelW = String(span).length * 0.62 * L.font;
      expect((step / span) * plotW).toBeGreaterThan(labelW);
    }
  });
});

describe("the trace chart's words", () => {
  it("says which cell, and writes negative millivolts with a true minus", () => {
    expect(MV_TITLE).toBe("Muscle fibre membrane potential (mV)");
    expect(FORCE_TITLE).toMatch(/^Muscle force/);
    expect(mvText(-88)).toBe("−88");
    expect(mvText(0)).toBe("0");
    expect(mvText(50)).toBe("50");
  });

  it("keeps the rest label of a −88 mV muscle inside the plot and clear of the threshold label", () => {
    for (const widthPx of [288, 900]) {
      const L = traceLayout(widthPx);
      const y = (mv: number) => L.mv.y + L.mv.h - ((mv + 100) / 150) * L.mv.h;
      const at = lineLabels(y(-71), y(-88), L.mv, L.font);
      const descent = 0.25 * L.font;
      expect(at.rest.y + descent).toBeLessThanOrEqual(L.mv.y + L.mv.h);
      expect(at.rest.y - L.font).toBeGreaterThanOrEqual(L.mv.y);
      const apart = Math.abs(at.rest.y - at.threshold.y) >= L.font || at.rest.end !== at.threshold.end;
      expect(apart).toBe(true);
    }
  });

  it("puts each label on the side of its line away from the other line, at opposite ends if they would overlap", () => {
    const L = traceLayout(288);
    const y = (mv: number) => L.mv.y + L.mv.h - ((mv + 100) / 150) * L.mv.h;
    const neuron = lineLabels(y(-55), y(-70), L.mv, L.font);
    expect(neuron.rest.y).toBeGreaterThan(y(-70)); // under the rest line, room enough
    expect(neuron.threshold.y).toBeLessThan(y(-55)); // over the threshold line
    const depolarised = lineLabels(y(-71), y(-62), L.mv, L.font); // hyperkalaemia: rest above threshold
    expect(depolarised.rest.y).toBeLessThan(y(-62));
    expect(depolarised.threshold.y).toBeGreaterThan(y(-71));
    const close = lineLabels(y(-71), y(-80), L.mv, L.font);
    expect(Math.abs(close.rest.y - close.threshold.y) >= L.font || close.rest.end !== close.threshold.end).toBe(true);
  });
});
