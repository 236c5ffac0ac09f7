// Readable words for what the game stores as ids and numbers: a scenario with its level in the scenario's own
// terms, a list of them, a role, a count with its noun. Screens and reports use these, so that no internal id
// (myasthenia-gravis, naKPump) and no "1 impulses" reaches a person. Pure: no DOM, no Node.
import { SCENARIOS, type ScenarioInfo } from "../physiology/scenarios";
import { isRoleId, type RoleId, role } from "./roles";

/** "1 impulse", "3 impulses"; `many` for irregular plurals ("1 quantum", "3 quanta"). */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A level as people write it: no float noise (0.30000000000000004 → 0.3). */
const num = (v: number) => String(Number(v.toFixed(3)));

/**
 * The level in the scenario's own words: a fraction as a percentage of what it counts ("60 % of AChRs lost"),
 * a multiple with its unit ("1.5 × paralysing dose"), a concentration with its name ("[Ca2+]o 1 mM").
 */
export function scenarioLevelText(info: ScenarioInfo, level: number): string {
  if (info.levelMeaning === "none") return "";
  if (info.unit === "fraction") {
    const what = info.levelMeaning.replace(/^fraction of /, "of ");
    return `${Math.round(level * 100)} % ${what}`;
  }
  if (info.unit.startsWith("×")) return `${num(level)} ${info.unit}`;
  return `${info.levelMeaning} ${num(level)}${info.unit ? ` ${info.unit}` : ""}`;
}

/** "Myasthenia gravis (60 % of AChRs lost)"; the level is left out when not given or meaningless. */
export function scenarioLabel(id: string, level?: number): string {
  const info = SCENARIOS.find((s) => s.id === id);
  if (!info) return "an unknown scenario";
  const text = level === undefined || !Number.isFinite(level) ? "" : scenarioLevelText(info, level);
  if (!text) return info.name;
  // A name that ends in brackets already ("d-Tubocurarine (curare)") takes the level after a comma.
  return info.name.endsWith(")") ? `${info.name}, ${text}` : `${info.name} (${text})`;
}

/**
 * A stored or wire list of scenarios in words: "curare:0.5,neostigmine:0.8" (class state) or
 * "curare 0.5; neostigmine 0.8" (reports) → "d-Tubocurarine (curare), 50 % of receptor sites occupied + …".
 * An empty list is the control junction.
 */
export function scenarioListLabel(list: string): string {
  const parts = list
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => {
      const [id = "", level] = part.split(/[:\s]+/);
      return scenarioLabel(id, level === undefined ? undefined : Number(level));
    });
  return parts.length > 0 ? parts.join(" + ") : scenarioLabel("control");
}

/**
 * A part's name inside a sentence ("you are the motor neuron", "a K+ ion cannot …"): an ordinary first word is
 * lower-cased; chemical symbols and acronyms keep their case ("Na+/K+-ATPase", "SERCA (SR Ca2+ pump)").
 */
export function roleInSentence(id: RoleId): string {
  const name = role(id).name;
  return /^[A-Z][a-z-]*(\s|$)/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

/** A role id as its name ("Na+/K+-ATPase"), "—" for none or an unknown id. */
export function roleLabel(id: string | null | undefined): string {
  return id && isRoleId(id) ? role(id).name : "—";
}
