// The question bank: well-formed multiple-choice questions covering every physiology.md section D type,
// with explanations that carry numbers, scenario tags that exist, and scenario-relevant questions first.
import { describe, expect, it } from "vitest";
import { QUESTIONS, questionById, questionsFor } from "../../../shared/game/questions";
import { SCENARIOS } from "../../../shared/physiology";

const LEVELS = ["AP Biology", "College", "USMLE"];
const MOMENTS = ["before-round", "before-impulse", "after-round", "any"];

describe("the question bank", () => {
  it("has at least 36 questions with unique kebab-case ids, all findable by id", () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(36);
    const ids = QUESTIONS.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const q of QUESTIONS) {
      expect(q.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(q.id.length).toBeLessThanOrEqual(60); // the host command's questionId limit
      expect(questionById(q.id)).toBe(q);
    }
    expect(questionById("no-such-question")).toBeUndefined();
  });

  it.each(QUESTIONS.map((q) => [q.id, q] as const))("%s is well formed and fits on a phone", (_id, q) => {
    expect(Number.isInteger(q.type)).toBe(true);
    expect(q.type).toBeGreaterThanOrEqual(1);
    expect(q.type).toBeLessThanOrEqual(22);
    expect(LEVELS).toContain(q.level);
    expect(MOMENTS).toContain(q.moment);
    expect(q.prompt.length).toBeGreaterThan(10);
    expect(q.prompt.length).toBeLessThanOrEqual(220);
    expect(q.choices.length).toBeGreaterThanOrEqual(2);
    expect(q.choices.length).toBeLessThanOrEqual(5);
    for (const c of q.choices) {
      expect(c.length).toBeGreaterThan(0);
      expect(c.length).toBeLessThanOrEqual(90);
      expect(c.toLowerCase()).not.toMatch(/all of the above|none of the above/);
    }
    expect(new Set(q.choices).size).toBe(q.choices.length);
    expect(Number.isInteger(q.answer)).toBe(true);
    expect(q.answer).toBeGreaterThanOrEqual(0);
    expect(q.answer).toBeLessThan(q.choices.length);
    expect(q.explanation.length).toBeGreaterThan(40);
    expect(q.explanation.length).toBeLessThanOrEqual(400);
    for (const s of q.scenarios)
      expect(
        SCENARIOS.some((i) => i.id === s),
        s,
      ).toBe(true);
  });

  it("covers all 22 question types, the common ones at least twice", () => {
    const counts = new Map<number, number>();
    for (const q of QUESTIONS) counts.set(q.type, (counts.get(q.type) ?? 0) + 1);
    for (let t = 1; t <= 22; t++) expect(counts.get(t) ?? 0, `type ${t}`).toBeGreaterThanOrEqual(1);
    // direction of V, ions, receptor/AChE/release, MG vs LEMS, curare vs TTX, safety factor, refractory, tetanus
    for (const t of [1, 3, 8, 12, 15, 7, 11, 18]) expect(counts.get(t) ?? 0, `type ${t}`).toBeGreaterThanOrEqual(2);
  });

  it("serves all three levels", () => {
    for (const level of LEVELS)
      expect(
        QUESTIONS.some((q) => q.level === level),
        level,
      ).toBe(true);
  });

  it("puts numbers in the explanations of the quantitative types (1, 2, 6, 7, 19, 20, 22)", () => {
    for (const q of QUESTIONS.filter((x) => [1, 2, 6, 7, 19, 20, 22].includes(x.type))) {
      expect(q.explanation, q.id).toMatch(/\d/);
    }
  });

  it("varies the position of the correct answer", () => {
    const positions = new Map<number, number>();
    for (const q of QUESTIONS) positions.set(q.answer, (positions.get(q.answer) ?? 0) + 1);
    for (const p of [0, 1, 2, 3]) expect(positions.get(p) ?? 0, `answer at ${p}`).toBeGreaterThanOrEqual(5);
    for (const n of positions.values()) expect(n).toBeLessThanOrEqual(QUESTIONS.length * 0.4);
  });
});

describe("questionsFor", () => {
  it("returns curare questions first, then the general ones, and leaves out other scenarios' questions", () => {
    const list = questionsFor(["curare"]);
    const firstGeneral = list.findIndex((q) => q.scenarios.length === 0);
    const tagged = list.slice(0, firstGeneral);
    expect(tagged.length).toBeGreaterThanOrEqual(3);
    for (const q of tagged) expect(q.scenarios).toContain("curare");
    for (const q of list.slice(firstGeneral)) expect(q.scenarios).toEqual([]);
    expect(list.length).toBe(tagged.length + QUESTIONS.filter((q) => q.scenarios.length === 0).length);
    expect(list.some((q) => q.id === "lems-high-rate-increment")).toBe(false);
  });

  it("merges several scenarios without duplicates, and with none gives only the general questions", () => {
    const list = questionsFor(["myasthenia-gravis", "lambert-eaton"]);
    expect(new Set(list.map((q) => q.id)).size).toBe(list.length);
    expect(list[0]?.scenarios.some((s) => s === "myasthenia-gravis" || s === "lambert-eaton")).toBe(true);
    expect(questionsFor([]).every((q) => q.scenarios.length === 0)).toBe(true);
  });

  it("has scenario-relevant questions for every scenario", () => {
    for (const s of SCENARIOS) {
      if (s.id === "control") continue;
      expect(
        QUESTIONS.some((q) => q.scenarios.includes(s.id)),
        s.id,
      ).toBe(true);
    }
  });
});
