// How a nickname's characters are normalised and compared: Unicode NFKC, one writing system per name, and a
// look-alike "skeleton" so that "Аda" with a Cyrillic А cannot pose as "Ada". Pure; shared by client and server.

/**
 * NFKC turns full-width "ｆｕｃｋ", circled and mathematical letters into plain ones, and composes accents;
 * spaces of every kind become one ordinary space.
 */
export function normaliseNicknameText(text: string): string {
  return text.normalize("NFKC").trim().replace(/\s+/g, " ");
}

/** Scripts a name's letters may come from, tested in this order (others count as one "other" script). */
const SCRIPTS: readonly [string, RegExp][] = [
  ["Latin", /\p{Script=Latin}/u],
  ["Cyrillic", /\p{Script=Cyrillic}/u],
  ["Greek", /\p{Script=Greek}/u],
  ["Armenian", /\p{Script=Armenian}/u],
  ["Georgian", /\p{Script=Georgian}/u],
  ["Hebrew", /\p{Script=Hebrew}/u],
  ["Arabic", /\p{Script=Arabic}/u],
  ["Devanagari", /\p{Script=Devanagari}/u],
  ["Bengali", /\p{Script=Bengali}/u],
  ["Tamil", /\p{Script=Tamil}/u],
  ["Thai", /\p{Script=Thai}/u],
  ["Han", /\p{Script=Han}/u],
  ["Hiragana", /\p{Script=Hiragana}/u],
  ["Katakana", /\p{Script=Katakana}/u],
  ["Bopomofo", /\p{Script=Bopomofo}/u],
  ["Hangul", /\p{Script=Hangul}/u],
  ["Cherokee", /\p{Script=Cherokee}/u],
];

/**
 * Mixtures people really write, after Unicode's "highly restrictive" profile (UTS #39 §5.2): Japanese, Chinese
 * with Bopomofo and Korean, each with Latin. Any other mixture (Latin with Cyrillic or Greek) is a disguise.
 */
const ALLOWED_MIXTURES: readonly (readonly string[])[] = [
  ["Latin", "Han", "Hiragana", "Katakana"],
  ["Latin", "Han", "Bopomofo"],
  ["Latin", "Han", "Hangul"],
];

/** The scripts of a text's letters (digits, spaces and accents belong to none). */
export function scriptsOf(text: string): Set<string> {
  const found = new Set<string>();
  for (const ch of text) {
    if (!/\p{L}/u.test(ch)) continue;
    found.add(SCRIPTS.find(([, pattern]) => pattern.test(ch))?.[0] ?? "other");
  }
  return found;
}

/** True when the letters come from one writing system, or from one of the mixtures people really write. */
export function isSingleScript(text: string): boolean {
  const scripts = scriptsOf(text);
  if (scripts.size <= 1) return true;
  return ALLOWED_MIXTURES.some((mixture) => [...scripts].every((s) => mixture.includes(s)));
}

/**
 * Letters of other scripts (and Latin oddities) that look like a Latin letter, mapped to it: the common
 * Cyrillic and Greek look-alikes of Unicode's confusables table (UTS #39), capitals by their own shape.
 */
const LOOK_ALIKES: Record<string, string> = {
  // Cyrillic capitals and small letters
  А: "a",
  В: "b",
  Е: "e",
  К: "k",
  М: "m",
  Н: "h",
  О: "o",
  Р: "p",
  С: "c",
  Т: "t",
  Х: "x",
  У: "y",
  Ѕ: "s",
  І: "i",
  Ј: "j",
  Ԛ: "q",
  Ԝ: "w",
  а: "a",
  в: "b",
  г: "r",
  е: "e",
  ё: "e",
  к: "k",
  м: "m",
  н: "h",
  о: "o",
  п: "n",
  р: "p",
  с: "c",
  т: "t",
  у: "y",
  х: "x",
  ь: "b",
  ѕ: "s",
  і: "i",
  ї: "i",
  ј: "j",
  һ: "h",
  ԁ: "d",
  ԛ: "q",
  ԝ: "w",
  ӏ: "l",
  ү: "y",
  // Greek capitals and small letters
  Α: "a",
  Β: "b",
  Ε: "e",
  Ζ: "z",
  Η: "h",
  Ι: "i",
  Κ: "k",
  Μ: "m",
  Ν: "n",
  Ο: "o",
  Ρ: "p",
  Τ: "t",
  Υ: "y",
  Χ: "x",
  α: "a",
  β: "b",
  γ: "y",
  ε: "e",
  ι: "i",
  κ: "k",
  ν: "v",
  ο: "o",
  ρ: "p",
  τ: "t",
  υ: "u",
  χ: "x",
  ω: "w",
  // Latin letters that NFKC leaves alone
  ı: "i",
  ł: "l",
  ø: "o",
  đ: "d",
  ð: "d",
  ɑ: "a",
  ɡ: "g",
  ß: "ss",
  æ: "ae",
  œ: "oe",
};

/**
 * A name's skeleton: NFKC, look-alikes to Latin, lower case, accents dropped, and the apostrophes and hyphens that
 * join letters dropped too ("O’Neil" and "ONeil" clash). Two names with one skeleton look the same on the
 * projector; the word filter reads skeletons, so a joiner cannot split a word it refuses ("Sh-it" reads "shit").
 */
export function skeleton(text: string): string {
  let mapped = "";
  for (const ch of text.normalize("NFKC")) mapped += LOOK_ALIKES[ch] ?? ch;
  return mapped
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/['\u2019-]/gu, "");
}
