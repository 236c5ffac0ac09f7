// The schema checker at the network edge: typed values in, readable refusals for anything else.
import { describe, expect, it } from "vitest";
import { clientMessageSchemas, studentJoinSchema } from "../../shared/protocol";
import { list, num, oneOf, parse } from "../../shared/protocol/validate";

describe("message validation", () => {
  it("accepts exactly the declared shape", () => {
    expect(parse(clientMessageSchemas.lock, { locked: true })).toEqual({ ok: true, value: { locked: true } });
    expect(parse(clientMessageSchemas.remove, { seatId: "s3" })).toEqual({ ok: true, value: { seatId: "s3" } });
  });

  it("refuses wrong types, extra fields, non-objects and oversize text with the field's name", () => {
    expect(parse(clientMessageSchemas.lock, { locked: 1 })).toEqual({
      ok: false,
      reason: "locked must be true or false",
    });
    expect(parse(clientMessageSchemas.lock, { locked: true, admin: true })).toEqual({
      ok: false,
      reason: "admin is not expected",
    });
    for (const junk of [null, undefined, 3, "lock", [true]]) {
      expect(parse(clientMessageSchemas.lock, junk)).toEqual({ ok: false, reason: "message must be an object" });
    }
    expect(parse(clientMessageSchemas.remove, { seatId: "x".repeat(17) })).toMatchObject({ ok: false });
    expect(parse(studentJoinSchema, { nickname: "Ada", deviceToken: "short" })).toMatchObject({ ok: false });
    expect(parse(studentJoinSchema, { nickname: "Ada", deviceToken: "bad token with spaces!!" })).toMatchObject({
      ok: false,
      reason: "deviceToken has an invalid format",
    });
  });

  it("checks numbers, enumerations and lists", () => {
    const n = num({ min: 0, max: 1 });
    expect(parse(n, 0.5)).toEqual({ ok: true, value: 0.5 });
    expect(parse(n, Number.NaN)).toMatchObject({ ok: false });
    expect(parse(n, 2)).toEqual({ ok: false, reason: "message must be between 0 and 1" });
    expect(parse(num({ min: 0, max: 9, integer: true }), 1.5)).toMatchObject({ ok: false });
    expect(parse(oneOf(["a", "b"] as const), "c")).toEqual({ ok: false, reason: "message must be one of a, b" });
    expect(parse(list(n, { max: 2 }), [0, 1, 0])).toMatchObject({ ok: false });
    expect(parse(list(n, { max: 3 }), [0, 5])).toEqual({ ok: false, reason: "[1] must be between 0 and 1" });
  });
});
