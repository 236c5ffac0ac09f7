// The server's word filter with apostrophes and hyphens in nicknames: a joiner cannot split or disguise a refused
// word (leetspeak and look-alikes included), and ordinary names with one are admitted.
import { describe, expect, it } from "vitest";
import { vetNickname } from "../../server/names/wordFilter";

describe("the word filter on names with an apostrophe or hyphen", () => {
  it("refuses rude words however a joiner splits them", () => {
    for (const name of [
      "Sh-it",
      "Sh'it",
      "F-uck",
      "F’uck",
      "A-ss",
      "As's",
      "Sh1-t",
      "B1-tch",
      "N1-gga",
      "Ti-ts",
      "Ѕһ-іт",
      "Fu-ck Face",
      "Ass-Face", // split at the joiner, a refused whole word
      "Ass'Face",
    ]) {
      expect(vetNickname(name).ok, name).toBe(false);
    }
  });

  it("admits ordinary names with one", () => {
    for (const name of [
      "O'Neil",
      "O’Neil",
      "Mary-Jane",
      "D'Angelo",
      "Jean-Luc",
      "Anne-Marie",
      "Nigel-Ross",
      "Cassidy-Ann",
    ]) {
      expect(vetNickname(name), name).toEqual({ ok: true, value: name });
    }
  });
});
