// Nickname rules: Unicode normalisation, allowed characters and length, one alphabet per name, look-alike clashes,
// and generated names. (The word list is the server's: test/server/nameFilter.test.ts.)
import { describe, expect, it } from "vitest";
import { isGeneratedNickname, nicknameKey, parseNickname, suggestNickname } from "../../../shared/game/nickname";
import { isSingleScript, skeleton } from "../../../shared/game/nicknameScript";
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

  it("are read in Unicode NFKC: full-width, styled and decomposed letters become plain ones", () => {
    expect(parseNickname("Ａｄａ")).toEqual({ ok: true, value: "Ada" });
    expect(parseNickname("𝐁𝐞𝐧")).toEqual({ ok: true, value: "Ben" });
    expect(parseNickname("Zoe\u0308")).toEqual({ ok: true, value: "Zoë" });
    expect(parseNickname("Ada\u00a0\u2003Lee")).toEqual({ ok: true, value: "Ada Lee" });
    // Invisible characters and stacked accents are refused rather than shown.
    expect(parseNickname("Ada\u200bLee").ok).toBe(false);
    expect(parseNickname("Ze\u0301\u0302\u0303\u0304d").ok).toBe(false);
  });

  it("are written in one alphabet: a Cyrillic letter inside a Latin name is refused, real names of every script pass", () => {
    expect(parseNickname("Fuсk").ok).toBe(false); // Cyrillic с
    expect(parseNickname("Аda").ok).toBe(false); // Cyrillic А
    expect(parseNickname("Ρaul").ok).toBe(false); // Greek Ρ
    for (const name of [
      "Анна",
      "Νίκος",
      "محمد",
      "שרה",
      "नमस्ते",
      "さくら 2",
      "田中さん",
      "김민준",
      "Zoë",
      "Łukasz",
      "Ngọc Anh",
    ]) {
      expect(parseNickname(name), name).toEqual({ ok: true, value: name.normalize("NFKC") });
    }
    expect(isSingleScript("Tanaka 田中")).toBe(true);
  });

  it("clash when they differ only in case, spacing, accents or look-alike letters", () => {
    expect(nicknameKey("Swift Sodium")).toBe(nicknameKey("swift  sodium"));
    expect(nicknameKey("Swift Sodium")).not.toBe(nicknameKey("Swift Sodiums"));
    expect(nicknameKey("Ada")).toBe(nicknameKey("Аdа")); // Cyrillic А and а
    expect(nicknameKey("Ada")).toBe(nicknameKey("Ａｄａ"));
    expect(nicknameKey("Zoe")).toBe(nicknameKey("Zoë"));
    expect(skeleton("ѕһіт")).toBe("shit");
  });

  it("are suggested as valid, friendly, untaken names, and are recognised as generated", () => {
    const rng = createRng(7);
    const taken = new Set<string>();
    for (let i = 0; i < 300; i++) {
      const name = suggestNickname((n) => Math.floor(rng() * n), taken);
      expect(parseNickname(name)).toEqual({ ok: true, value: name });
      expect(isGeneratedNickname(name), name).toBe(true);
      expect(taken.has(nicknameKey(name))).toBe(false);
      taken.add(nicknameKey(name));
    }
    expect(suggestNickname(() => 0)).toBe("Swift Sodium");
    expect(isGeneratedNickname(suggestNickname(() => 0, new Set([nicknameKey("Swift Sodium")])))).toBe(true);
    for (const own of ["Ada", "Swift", "Swift Ada", "Swift Sodium 2", "swift sodium", "Ion 0", "Ion 12345"]) {
      expect(isGeneratedNickname(own), own).toBe(false);
    }
  });
});
