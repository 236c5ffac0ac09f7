// Nickname rules for students: what a name may contain, the rude-word filter, and name suggestions.
// Pure and shared: the join form checks as the student types; the server checks again and decides.

export const NICKNAME_MAX_LENGTH = 16;

export type NicknameResult = { ok: true; value: string } | { ok: false; reason: string };

/**
 * Words refused anywhere inside a name once spaces, digits-for-letters and repeats are folded.
 * Kept short and unambiguous so that ordinary names ("Scunthorpe", "Cassidy") pass.
 */
const BLOCKED_FRAGMENTS = [
  "fuck",
  "shit",
  "cunt",
  "bitch",
  "nigg",
  "fag",
  "whore",
  "slut",
  "dick",
  "pussy",
  "penis",
  "vagina",
  "porn",
  "rape",
  "nazi",
  "hitler",
  "wank",
  "twat",
  "bastard",
  "retard",
  "asshole",
  "cock",
  "sex",
  "kys",
  "kill yourself",
];
/** Words refused only as a whole word (they occur inside innocent names). */
const BLOCKED_WORDS = ["ass", "arse", "tit", "tits", "cum", "fap", "hoe", "poo", "pee", "anal", "nob"];

const LEET: Record<string, string> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g" };

function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[0-9]/g, (d) => LEET[d] ?? d)
    .replace(/(.)\1+/g, "$1");
}

/** Ordinary words and names that happen to contain a blocked fragment (the "Scunthorpe problem"). */
const INNOCENT_WORDS = [
  "scunthorpe",
  "peacock",
  "hancock",
  "cockburn",
  "dickens",
  "dickson",
  "sussex",
  "essex",
  "middlesex",
];

/** True if the name contains a blocked word, however spaced or spelt with digits. */
export function isRude(name: string): boolean {
  const words = name
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w && !INNOCENT_WORDS.includes(w))
    .map(fold);
  const squashed = words.join("");
  if (BLOCKED_FRAGMENTS.some((w) => squashed.includes(fold(w).replace(/\s+/g, "")))) return true;
  return words.some((w) => BLOCKED_WORDS.some((blocked) => fold(blocked) === w));
}

/** Validates and normalises a nickname: trimmed, inner spaces collapsed, 1–16 letters, digits, spaces. */
export function parseNickname(input: unknown): NicknameResult {
  if (typeof input !== "string") return { ok: false, reason: "Type a nickname." };
  const value = input.trim().replace(/\s+/g, " ");
  if (value.length === 0) return { ok: false, reason: "Type a nickname." };
  if (value.length > NICKNAME_MAX_LENGTH) {
    return { ok: false, reason: `Nicknames are at most ${NICKNAME_MAX_LENGTH} characters.` };
  }
  if (!/^[\p{L}\p{N} ]+$/u.test(value)) {
    return { ok: false, reason: "Use only letters, digits and spaces." };
  }
  if (isRude(value)) return { ok: false, reason: "Please choose a different nickname." };
  return { ok: true, value };
}

/** Two nicknames clash if they differ only in case or spacing. */
export function nicknameKey(name: string): string {
  return name.toLowerCase().replace(/\s+/g, "");
}

const ADJECTIVES = [
  "Swift",
  "Brave",
  "Calm",
  "Bright",
  "Quick",
  "Steady",
  "Clever",
  "Bold",
  "Gentle",
  "Lively",
  "Sharp",
  "Nimble",
  "Keen",
  "Mighty",
  "Sunny",
  "Cosmic",
  "Polar",
  "Jolly",
  "Daring",
  "Rapid",
];
const NOUNS = [
  "Sodium",
  "Potassium",
  "Calcium",
  "Chloride",
  "Vesicle",
  "Synapse",
  "Axon",
  "Myosin",
  "Actin",
  "Receptor",
  "Channel",
  "Pump",
  "Neuron",
  "Sarcomere",
  "Troponin",
  "Twitch",
  "Gate",
  "Ion",
];

/** A friendly physiology name such as "Swift Sodium"; `randomIndex(n)` returns an integer in [0, n). */
export function suggestNickname(randomIndex: (n: number) => number, taken: ReadonlySet<string> = new Set()): string {
  for (let attempt = 0; attempt < 50; attempt++) {
    const adjective = ADJECTIVES[randomIndex(ADJECTIVES.length)] ?? "Swift";
    const noun = NOUNS[randomIndex(NOUNS.length)] ?? "Sodium";
    const name = `${adjective} ${noun}`;
    if (name.length <= NICKNAME_MAX_LENGTH && !taken.has(nicknameKey(name))) return name;
  }
  return `Ion ${1 + randomIndex(9999)}`;
}
