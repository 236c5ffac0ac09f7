// The game's internal ids that must never reach a person (role, scenario, challenge, question, stage and pump-step
// ids), and a finder for them in text: whole words, case-sensitive. Ids that are also the classroom's own words
// are left out: "curare", "ouabain", "vesicles", "control" are ordinary words, and "nAChR" is the abbreviation
// the UI itself uses for the receptor (as "AChE" is, while the id "aChE" is not).
import { NA_K_PUMP_STEPS, SERCA_STEPS } from "../../shared/game/actions";
import { CHALLENGES } from "../../shared/game/challenges";
import { QUESTIONS } from "../../shared/game/questions";
import { ROLE_IDS } from "../../shared/game/roles";
import { STAGE_IDS } from "../../shared/game/stages";
import { SCENARIOS } from "../../shared/physiology/scenarios";

/** An id no one would write in prose: camelCase, kebab-case, or a lower-cased acronym. */
const looksInternal = (id: string) => /[a-z][A-Z]/.test(id) || id.includes("-") || id === "serca";
const WORDS_THE_UI_USES = new Set(["nAChR"]);

export const INTERNAL_IDS: readonly string[] = [
  ...new Set([
    ...ROLE_IDS,
    ...SCENARIOS.map((s) => s.id),
    ...CHALLENGES.map((c) => c.id),
    ...QUESTIONS.map((q) => q.id),
    ...STAGE_IDS,
    ...NA_K_PUMP_STEPS,
    ...SERCA_STEPS,
  ]),
].filter((id) => looksInternal(id) && !WORDS_THE_UI_USES.has(id));

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const PATTERN = new RegExp(
  `(?<![A-Za-z0-9_-])(?:${[...INTERNAL_IDS]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|")})(?![A-Za-z0-9_-])`,
  "g",
);

/** The internal ids found in `text` (empty when it reads as people write). */
export function internalIdsIn(text: string): string[] {
  return [...text.matchAll(PATTERN)].map((m) => m[0]);
}

/** "1 impulses", "1 twitches": a count of one with a plural noun. */
export function wrongPlurals(text: string): string[] {
  return [
    ...text.matchAll(/(?<![\d.])1 (impulses|twitches|action potentials|APs|quanta|receptors|students|teams|cues)\b/g),
  ].map((m) => m[0]);
}
