// The server's nickname word filter: reads blocked-words.txt (the file's header says how a name is read and how
// entries match) and decides whether a name may be shown to the class. Server only, so phones never load the list.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type NicknameResult, parseNickname } from "../../shared/game/nickname";
import { skeleton } from "../../shared/game/nicknameScript";

export interface WordList {
  /** Refused anywhere in the name with its spaces taken out. */
  anywhere: RegExp[];
  /** Refused as a whole word of the name. */
  words: RegExp[];
  /** Whole words admitted although they contain an entry. */
  exceptions: Set<string>;
}

/** Digits read as the letters they stand for; "1" is read both as "i" and as "l". */
const DIGIT_AS_LETTER: Record<string, string> = {
  "0": "o",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "8": "b",
  "9": "g",
};

/**
 * An entry as a pattern that allows repeated letters: each run of one letter in the entry matches a run at least as
 * long in the name ("fuck" matches "fuuuck"; "nigg" needs two g's, so it does not match "Nigel").
 */
export function entryPattern(entry: string, whole: boolean): RegExp {
  const runs = entry.replace(/\s+/g, "").match(/(.)\1*/gu) ?? [];
  const body = runs.map((run) => `${run[0]?.replace(/[^\p{L}\p{N}]/gu, "") ?? ""}{${run.length},}`).join("");
  return new RegExp(whole ? `^${body}$` : body, "u");
}

export function parseWordList(text: string): WordList {
  const list: WordList = { anywhere: [], words: [], exceptions: new Set() };
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    if (line.startsWith("!")) list.exceptions.add(skeleton(line.slice(1)));
    else if (line.startsWith("=")) list.words.push(entryPattern(skeleton(line.slice(1)), true));
    else list.anywhere.push(entryPattern(skeleton(line), false));
  }
  return list;
}

/**
 * The readings of one name to check: look-alikes to Latin, digits as letters (both readings of "1"), and an
 * apostrophe or hyphen read both as joining two words ("Sh-it") and as separating them ("Ass-Face").
 */
function readings(name: string): string[][] {
  const spellings = [name, name.replace(/['\u2019-]/gu, " ")];
  return spellings.flatMap((spelling) => {
    const base = skeleton(spelling);
    return ["i", "l"].map((one) =>
      base
        .replace(/[0-9]/g, (d) => (d === "1" ? one : (DIGIT_AS_LETTER[d] ?? " ")))
        .split(/[^\p{L}]+/u)
        .filter(Boolean),
    );
  });
}

/** Consecutive one-letter words joined ("a s s" is read "ass" too), next to the words themselves. */
function withSpelledOut(words: string[]): string[] {
  const joined: string[] = [];
  let run = "";
  for (const word of [...words, ""]) {
    if ([...word].length === 1) run += word;
    else {
      if ([...run].length > 1) joined.push(run);
      run = "";
    }
  }
  return [...words, ...joined];
}

export function isRudeWith(list: WordList, name: string): boolean {
  return readings(name).some((allWords) => {
    const words = allWords.filter((w) => !list.exceptions.has(w));
    const squashed = words.join("");
    if (list.anywhere.some((pattern) => pattern.test(squashed))) return true;
    return withSpelledOut(words).some((word) => list.words.some((pattern) => pattern.test(word)));
  });
}

let loaded: WordList | null = null;

/** The project's list, read once from this folder. */
export function wordList(): WordList {
  loaded ??= parseWordList(readFileSync(join(import.meta.dirname, "blocked-words.txt"), "utf8"));
  return loaded;
}

/** True if the class should not see this name (checked on the server for every join and homework attempt). */
export function isRude(name: string): boolean {
  return isRudeWith(wordList(), name);
}

/** The shared nickname rules, then the word list: what the server admits. */
export function vetNickname(input: unknown): NicknameResult {
  const parsed = parseNickname(input);
  if (!parsed.ok) return parsed;
  if (isRude(parsed.value)) return { ok: false, reason: "Please choose a different nickname." };
  return parsed;
}
