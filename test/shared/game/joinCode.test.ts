// Join codes: the alphabet has no look-alikes, codes are six characters, and random codes rarely collide.
import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { JOIN_CODE_ALPHABET, makeJoinCode, normaliseJoinCode } from "../../../shared/game/joinCode";

describe("join codes", () => {
  it("use an alphabet without look-alike characters", () => {
    for (const ambiguous of ["0", "O", "1", "I", "L"]) expect(JOIN_CODE_ALPHABET).not.toContain(ambiguous);
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(JOIN_CODE_ALPHABET.length);
    expect(JOIN_CODE_ALPHABET.length).toBeGreaterThanOrEqual(28);
  });

  it("are six characters from that alphabet and use every symbol", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const code = makeJoinCode((n) => randomInt(n));
      expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTWXYZ]{6}$/);
      for (const ch of code) seen.add(ch);
    }
    expect(seen.size).toBe(JOIN_CODE_ALPHABET.length);
  });

  it("are unique across 20,000 draws (birthday bound ≈ 0.3 expected clashes in 5.9e8)", () => {
    const codes = new Set<string>();
    for (let i = 0; i < 20_000; i++) codes.add(makeJoinCode((n) => randomInt(n)));
    expect(codes.size).toBeGreaterThanOrEqual(19_997);
  });

  it("normalise what people type and refuse what cannot be a code", () => {
    expect(normaliseJoinCode(" abc 23x ")).toBe("ABC23X");
    expect(normaliseJoinCode("abc-23x")).toBe("ABC23X");
    expect(normaliseJoinCode("ABC2O3")).toBeNull(); // O is not in the alphabet
    expect(normaliseJoinCode("ABC23")).toBeNull();
    expect(normaliseJoinCode("ABC23XY")).toBeNull();
    expect(normaliseJoinCode(123456)).toBeNull();
    expect(normaliseJoinCode("A".repeat(1000))).toBeNull();
  });
});
