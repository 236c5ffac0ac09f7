// Nickname rules for students: what a name may contain, when two names clash, and generated names.
// Pure and shared: the join form checks as the student types; the server checks again (and the word list) and decides.
import { isSingleScript, normaliseNicknameText, skeleton } from "./nicknameScript";

export const NICKNAME_MAX_LENGTH = 16;

export type NicknameResult = { ok: true; value: string } | { ok: false; reason: string };

/** At most this many joiners in a name ("Mary-Jane O'Neil" has two); more is punctuation noise on the projector. */
export const MAX_NICKNAME_JOINERS = 2;
/**
 * Letters and digits, each with up to two accents (combining marks: Devanagari vowel signs, a stray ´; more is the
 * stacked-accent noise that spills over other names on the projector), spaces, and the joiners: the apostrophe
 * (typed ' or typographic ’, U+2019) and the hyphen.
 */
const ALLOWED = /^(?:[\p{L}\p{N}]\p{M}{0,2}| |['\u2019-])+$/u;
/** A joiner without a letter (with its accents) right before it, or without a letter right after it. */
const STRAY_JOINER = /(?<!\p{L}\p{M}{0,2})['\u2019-]|['\u2019-](?!\p{L})/u;
const JOINERS = /['\u2019-]/gu;

/**
 * Validates and normalises a nickname: NFKC (full-width and styled letters become plain ones), trimmed, inner
 * spaces collapsed, 1–16 characters of letters (with their accents), digits and spaces, and up to two apostrophes
 * or hyphens each between two letters ("O'Neil", "Mary-Jane"), from one writing system. Whether the name is
 * polite is the server's decision (server/names: its word list never ships to phones). The name is only ever
 * shown as text, never as markup.
 */
export function parseNickname(input: unknown): NicknameResult {
  if (typeof input !== "string") return { ok: false, reason: "Type a nickname." };
  const value = normaliseNicknameText(input);
  if (value.length === 0) return { ok: false, reason: "Type a nickname." };
  if (value.length > NICKNAME_MAX_LENGTH) {
    return { ok: false, reason: `Nicknames are at most ${NICKNAME_MAX_LENGTH} characters.` };
  }
  if (!ALLOWED.test(value)) {
    return {
      ok: false,
      reason: "Use only letters, digits and spaces (an apostrophe or hyphen may join two letters, as in O'Neil).",
    };
  }
  if (STRAY_JOINER.test(value)) {
    return { ok: false, reason: "Put an apostrophe or hyphen only between two letters, as in O'Neil or Mary-Jane." };
  }
  if ((value.match(JOINERS)?.length ?? 0) > MAX_NICKNAME_JOINERS) {
    return { ok: false, reason: `Use at most ${MAX_NICKNAME_JOINERS} apostrophes or hyphens.` };
  }
  if (!isSingleScript(value)) {
    return { ok: false, reason: "Use the letters of one alphabet (not a mix such as Latin and Cyrillic)." };
  }
  return { ok: true, value };
}

/**
 * Two nicknames clash if they differ only in case, spacing, accents, apostrophes and hyphens, or look-alike
 * letters ("Аda" and "Ada", "O’Neil" and "ONeil"): the skeleton drops the joiners.
 */
export function nicknameKey(name: string): string {
  return skeleton(name).replace(/\s+/g, "");
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

/** Names of the fallback form "Ion 1234" (when every adjective and noun pair is taken). */
const FALLBACK = /^Ion [1-9][0-9]{0,3}$/;

/**
 * True if `name` is one that suggestNickname makes ("Swift Sodium", "Ion 42"): what a class on "generated names
 * only" accepts, so nobody types their own name or a rude one.
 */
export function isGeneratedNickname(name: string): boolean {
  if (FALLBACK.test(name)) return true;
  const [adjective, noun, ...rest] = name.split(" ");
  return rest.length === 0 && ADJECTIVES.includes(adjective ?? "") && NOUNS.includes(noun ?? "");
}

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
