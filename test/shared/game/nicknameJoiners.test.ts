// Nicknames with an apostrophe or a hyphen between letters ("O'Neil", "Mary-Jane"): admitted, compared without
// them, and refused when the punctuation stands alone, doubled, at an edge or beside a space or digit.
import { describe, expect, it } from "vitest";
import { nicknameKey, parseNickname } from "../../../shared/game/nickname";
import { skeleton } from "../../../shared/game/nicknameScript";

describe("nicknames with an apostrophe or hyphen", () => {
  it("are admitted between two letters, typed ' or ’, in any alphabet", () => {
    for (const name of [
      "O'Neil",
      "O’Neil",
      "Mary-Jane",
      "D'Angelo",
      "Jean-Luc",
      "Zoë-Anne",
      "Mary-Jane O'Neil",
      "Анна-Мария",
    ]) {
      expect(parseNickname(name), name).toEqual({ ok: true, value: name });
    }
    expect(parseNickname("  O'Neil  ")).toEqual({ ok: true, value: "O'Neil" });
  });

  it("are refused when the punctuation does not join two letters", () => {
    const stray = /only between two letters/;
    for (const name of [
      "'",
      "-",
      "''",
      "'-'",
      "---",
      "-Ada",
      "Ada-",
      "'Ada",
      "Ada’",
      "O''Neil",
      "Mary--Jane",
      "Mary-'Jane",
    ]) {
      expect(parseNickname(name), name).toEqual({ ok: false, reason: expect.stringMatching(stray) });
    }
    for (const name of ["Ada - Lee", "Ada -Lee", "Ada- Lee", "R2-D2", "Ada-2", "4-Ada"]) {
      expect(parseNickname(name).ok, name).toBe(false);
    }
  });

  it("are refused with more than two joiners, or with other punctuation and markup", () => {
    expect(parseNickname("A-b-c-d")).toEqual({ ok: false, reason: "Use at most 2 apostrophes or hyphens." });
    for (const name of ['O"Neil', "Ada_Lee", "Ada.Lee", "Ada–Lee", "<b>Ada</b>", "<img src=x>", "Ada&amp;", "`Ada`"]) {
      const result = parseNickname(name);
      expect(result.ok, name).toBe(false);
      if (!result.ok) expect(result.reason, name).toMatch(/letters, digits and spaces/);
    }
  });

  it("keep refusing mixed alphabets: a joiner does not separate the scripts of one name", () => {
    expect(parseNickname("Ada-Анна").ok).toBe(false);
    expect(parseNickname("Fu-сk").ok).toBe(false); // Cyrillic с
  });

  it("clash with the same name without the punctuation, and with the other apostrophe", () => {
    expect(nicknameKey("O'Neil")).toBe(nicknameKey("O’Neil"));
    expect(nicknameKey("O'Neil")).toBe(nicknameKey("oneil"));
    expect(nicknameKey("Mary-Jane")).toBe(nicknameKey("Mary Jane"));
    expect(nicknameKey("Mary-Jane")).not.toBe(nicknameKey("Mary-Joan"));
    expect(skeleton("Sh-it")).toBe("shit");
    expect(skeleton("F’uck")).toBe("fuck");
  });
});
