// Every constant of the motor neuron's table carries a unit and a source a reader can follow from the repository
// (the convention of docs/physiology-sources.md, as sources.test.ts checks it for parameters.ts): reads
// shared/physiology/neuronParameters.ts as text.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { NEURON } from "../../../shared/physiology";

const ROOT = join(__dirname, "..", "..", "..");
const text = readFileSync(join(ROOT, "shared", "physiology", "neuronParameters.ts"), "utf8");
const sources = readFileSync(join(ROOT, "docs", "physiology-sources.md"), "utf8");

/** parameters.ts's name endings, and the neuron's own (µm, mm, m/s, Ω·cm, µA, µM per µA/cm²·ms). */
const UNIT_SUFFIX = /(Ms|Mv|MM|UM|PS|Cm|Cm2|Um|Mm|MPerS|MPerSPerUm|OhmCm|UA|UAMs)$/;
const DIMENSIONLESS_NOTE = /\b(dimensionless|count|fraction)\b/i;
const NO_SOURCE_TAG = /\b(tuned|calibrated|model choice|numerics)\b/i;
const SURNAME = "(?:del Castillo|[A-Z][\\p{L}'’-]+)";
const CITATION = new RegExp(
  `(${SURNAME})(?:\\s+et\\s+al\\.)?(?:,\\s*${SURNAME})*(?:,?\\s*(?:&|and)\\s*${SURNAME})*,?\\s+((?:18|19|20)\\d{2})[a-z]?\\b`,
  "gu",
);
const firstAuthorYear = (c: string): string | null => {
  const m = new RegExp(CITATION.source, "u").exec(c);
  return m ? `${m[1]} ${m[2]}` : null;
};
const refs = sources.slice(sources.indexOf("\n## References"));
const known = new Set([...refs.matchAll(/^- \*\*(.+?)\*\*/gmu)].map((m) => firstAuthorYear(m[1] as string)));

interface Line {
  name: string;
  own: string;
  context: string;
}

/** Each entry with its own comment and the comment block above it and its section header. */
function entries(): Line[] {
  const lines = text.split("\n");
  const out: Line[] = [];
  let header = "";
  let block: string[] = [];
  for (const line of lines) {
    const t = line.trim();
    if (t.startsWith("//")) {
      if (t.startsWith("// ---")) {
        header = t;
        block = [];
      } else block.push(t);
      continue;
    }
    const m = /^\s+(\w+):\s*[^,]+,\s*(\/\/.*)?$/.exec(line);
    if (m) {
      const own = m[2] ?? "";
      out.push({ name: m[1] as string, own, context: `${own} ${block.join(" ")} ${header}` });
    }
    block = [];
  }
  return out;
}

describe("neuronParameters.ts: every constant with its unit and a source", () => {
  const params = entries();

  it("finds every entry of NEURON, one a line", () => {
    expect(params.map((p) => p.name).sort()).toEqual(Object.keys(NEURON).sort());
  });

  it("gives every entry a unit in its name or a dimensionless / count / fraction note", () => {
    const missing = params.filter((p) => !UNIT_SUFFIX.test(p.name) && !DIMENSIONLESS_NOTE.test(p.own));
    expect(missing.map((p) => p.name)).toEqual([]);
  });

  it("gives every entry a resolving citation, or says it is tuned / a model choice / numerics", () => {
    const missing = params.filter(
      (p) =>
        ![...p.context.matchAll(CITATION)].some((c) => known.has(firstAuthorYear(c[0]))) &&
        !NO_SOURCE_TAG.test(p.context),
    );
    expect(missing.map((p) => p.name)).toEqual([]);
  });

  it("cites only works in the reference list, and lists every entry in docs/physiology-sources.md", () => {
    // All comment text joined, so that a citation may wrap across comment lines.
    const comments = [...text.matchAll(/\/\/[^\n]*/g)]
      .map((m) => m[0].slice(2))
      .join(" ")
      .replace(/\s+/g, " ");
    const unresolved = [...comments.matchAll(CITATION)].map((m) => m[0]).filter((c) => !known.has(firstAuthorYear(c)));
    expect(unresolved).toEqual([]);
    expect(params.filter((p) => !sources.includes(`\`${p.name}\``)).map((p) => p.name)).toEqual([]);
  });
});
