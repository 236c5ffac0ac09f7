// The predictions part of a class report: each question asked, numbered Q1, Q2… (how many answered, how many were
// right, how the answers spread over the choices) and each student's answers by those numbers, right or not.
import { questionById } from "../../../shared/game/questions";
import type { SessionReport } from "../net/teacherApi";
import { h } from "../ui/dom";
import { dataTable } from "../ui/table";

const LETTERS = "ABCDE";
const number = (i: number) => `Q${i + 1}`;

function spread(questionId: string, counts: number[]): string {
  const question = questionById(questionId);
  return counts
    .map((n, i) => `${LETTERS[i] ?? i + 1}${question && i === question.answer ? " (right)" : ""}: ${n}`)
    .join(" · ");
}

export function predictionReport(report: SessionReport): HTMLElement[] {
  if (report.questions.length === 0) return [h("p", { class: "lead" }, "No question was asked in this class.")];
  const byQuestion = dataTable(
    "Questions asked",
    ["Question", "Type", "Answered", "Right", "Spread of answers"],
    report.questions.map((q, i) => {
      const question = questionById(q.questionId);
      return [
        `${number(i)}. ${question?.prompt ?? "A question no longer in the bank"}`,
        question ? `type ${question.type}, ${question.level}` : "—",
        q.answered,
        `${q.correct} (${q.answered > 0 ? Math.round((100 * q.correct) / q.answered) : 0} %)`,
        spread(q.questionId, q.counts),
      ];
    }),
  );
  // Students' answers name a question by its number in the table above (never by its stored id).
  const numberOf = (id: string) => {
    const i = report.questions.findIndex((q) => q.questionId === id);
    return i >= 0 ? number(i) : "a question no longer in the bank";
  };
  const rows = report.students
    .filter((s) => s.answers.length > 0)
    .map((s) => [
      s.nickname,
      `${s.answers.filter((a) => a.correct).length} of ${s.answers.length}`,
      s.answers
        .map(
          (a) =>
            `Round ${a.round}, ${numberOf(a.questionId)}: ${LETTERS[a.choice] ?? a.choice}${a.correct ? " ✓" : " ✗"}`,
        )
        .join("; "),
    ]);
  const byStudent = dataTable(
    "Each student's predictions",
    ["Student", "Right", "Answers (round, question number: choice)"],
    rows,
  );
  return [byQuestion, byStudent];
}
