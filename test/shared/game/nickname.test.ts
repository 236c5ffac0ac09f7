// Nickname rules: allowed characters and length, the rude-word filter, and name suggestions.
import { describe, expect, it } from "vitest";
import { isRude, nicknameKey, parseNickname, suggestNickname } from "../../../shared/game/nickname";
import { createRng } from "../../helpers/rng";

describe("nicknames", () => {
  it("are trimmed, inner spaces collapsed, 1–16 letters, digits and spaces", () => {
    expect(parseNickname("  Ada   Lovelace ")).toEqual({ ok: true, value: "Ada Lovelace" });
    expect(parseNickname("Zoë 2")).toEqual({ ok: true, value: "Zoë 2" });
    expect(parseNickname("A".repeat(16))).toEqual({ ok: true, value: "A".repeat(16) });
    expect(parseNickname("A".repeat(17)).ok).toBe(false);
    expect(parseNickname("").ok).toBe(false);
    expect(parseNickname("   ").ok).toBe(false);
    expect(parseNickname("a_b").ok).toBe(false);
    expect(parseNickname("<b>hi</b>").ok).toBe(false);
    expect(parseNickname("🙂").ok).toBe(false);
    expect(parseNickname(null).ok).toBe(false);
    expect(parseNickname({ toString: () => "Ada" }).ok).toBe(false);
  });

  it("refuse rude words however they are spaced or spelt with digits", () => {
    for (const name of ["fuck", "F u c k", "fuuuck", "sh1t", "B1tch face", "ass", "kys"]) {
      expect(isRude(name), name).toBe(true);
      expect(parseNickname(name).ok, name).toBe(false);
    }
  });

  it("accept ordinary names that merely contain a blocked fragment's letters", () => {
    for (const name of ["Bob", "Cassidy", "Scunthorpe", "Hannah", "Matteo", "Assia", "Titus", "Grace", "Peacock"]) {
      expect(isRude(name), name).toBe(false);
    }
  });

  it("clash when they differ only in case or spacing", () => {
    expect(nicknameKey("Swift Sodium")).toBe(nicknameKey("swift  sodium"));
    expect(nicknameKey("Swift Sodium")).not.toBe(nicknameKey("Swift Sodiums"));
  });

  it("are suggested as valid, friendly, untaken names", () => {
    const rng = createRng(7);
    const taken = new Set<string>();
    for (let i = 0; i < 300; i++) {
      const name = suggestNickname((n) => Math.floor(rng() * n), taken);
      expect(parseNickname(name)).toEqual({ ok: true, value: name });
      expect(taken.has(nicknameKey(name))).toBe(false);
      taken.add(nicknameKey(name));
    }
    expect(suggestNickname(() => 0)).toBe("Swift Sodium");
  });
});
