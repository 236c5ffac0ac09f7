// The oscilloscope's wire format: a sample survives the trip to the client to the resolution the trace draws, and
// whatever a broken or older sender puts on the wire decodes to safe values instead of throwing.
import { describe, expect, it } from "vitest";
import { decodeTracePoint, encodeTracePoint } from "../../../shared/protocol/traceCodec";

describe("the trace codec", () => {
  it("sends a sample as four integers and gets it back to 0.01 ms, 0.1 mV and 0.1 % force", () => {
    const sample = { tMs: 1234.567, vMv: -84.93, force: 0.4567, somaMv: -69.96 };
    const point = encodeTracePoint(sample);
    expect(point).toEqual([123457, -849, 457, -700]);
    expect(point.every(Number.isInteger)).toBe(true);
    const back = decodeTracePoint(point);
    expect(back?.tMs).toBeCloseTo(1234.57, 5);
    expect(back?.vMv).toBeCloseTo(-84.9, 5);
    expect(back?.force).toBeCloseTo(0.457, 5);
    expect(back?.somaMv).toBeCloseTo(-70, 5);
  });

  it("round-trips an action potential's overshoot and a full twitch exactly at the wire's resolution", () => {
    const sample = { tMs: 12.5, vMv: 31.4, force: 1, somaMv: 28.7 };
    expect(decodeTracePoint(encodeTracePoint(sample))).toEqual(sample);
  });

  it("reads a sample from a sender without the soma's potential as NaN there, the rest intact", () => {
    const back = decodeTracePoint([500, -850, 0]);
    expect(back).toMatchObject({ tMs: 5, vMv: -85, force: 0 });
    expect(back?.somaMv).toBeNaN();
    expect(decodeTracePoint([500, -850, 0, null])?.somaMv).toBeNaN();
    expect(decodeTracePoint([500, -850, 0, Number.POSITIVE_INFINITY])?.somaMv).toBeNaN();
  });

  it("turns strings, NaN and missing elements into zeros, and anything but an array into null", () => {
    expect(decodeTracePoint(["100", Number.NaN])).toMatchObject({ tMs: 0, vMv: 0, force: 0 });
    expect(decodeTracePoint([])).toMatchObject({ tMs: 0, vMv: 0, force: 0 });
    for (const bad of ["1,2,3", 42, null, undefined, { 0: 1, 1: 2 }]) expect(decodeTracePoint(bad)).toBeNull();
  });
});
