// Every engine constant carries a unit and a source a reader can follow from the repository alone (issue 13).
// Reads shared/physiology/parameters.ts as text and checks the convention written at the top of
// docs/physiology-sources.md: a unit in the name or a dimensionless/count/fraction note; a short citation
// ("Author Year", "Author & Author Year", "Author et al. Year", "A, B & C Year") in the line's comment, the comment lines directly
// above it or its section header, resolving to the reference list, or an explicit "tuned" / "calibrated" /
// "model choice" / "numerics"; every parameter listed in the sources file; no "phys.md" anywhere in shared/.

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..", "..", "..");
const PARAMS_FILE = join(ROOT, "shared", "physiology", "parameters.ts");
const SOURCES_FILE = join(ROOT, "docs", "physiology-sources.md");

/** Name endings that carry the unit (documented in docs/physiology-sources.md). */
const UNIT_SUFFIX = /(Ms|Mv|MM|MM2|UM|PS|Cm|Cm2|CPerMol|MOsm)$/;
/** A pure number says what it is in its own comment. */
const DIMENSIONLESS_NOTE = /\b(dimensionless|count|fraction)\b/i;
/** A value without a published source says so explicitly. */
const NO_SOURCE_TAG = /\b(tuned|calibrated|model choice|numerics)\b/i;
/**
 * Short citations: a capitalised surname (or "del Castillo"), then optionally "et al.", more surnames after commas
 * and "& Other", then a year: "Juel 1986", "Cannon et al. 1993", "Almers, Roberts & Ruff 1984".
 */
const SURNAME = "(?:del Castillo|[A-Z][\\p{L}'’-]+)";
const CITATION = new RegExp(
  `(${SURNAME})(?:\\s+et\\s+al\\.)?(?:,\\s*${SURNAME})*(?:,?\\s*(?:&|and)\\s*${SURNAME})*,?\\s+((?:18|19|20)\\d{2})[a-z]?\\b`,
  "gu",
);

interface ParamLine {
  name: string;
  lineNo: number;
  own: string;
  above: string;
  header: string;
}

const commentOf = (line: string): string => {
  const i = line.indexOf("//");
  return i >= 0 ? line.slice(i + 2) : "";
};
const isCommentOnly = (line: string): boolean => line.trim().startsWith("//");

/** The PARAMS entries, each with its own comment, the comment block directly above it and its section header. */
function parameterLines(text: string): ParamLine[] {
  const lines = text.split("\n");
  const start = lines.findIndex((l) => /export const PARAMS\s*=\s*\{/.test(l));
  const end = lines.findIndex((l, i) => i > start && /^\}\s*as const/.test(l));
  expect(start, "PARAMS = { … } as const not found").toBeGreaterThanOrEqual(0);
  expect(end, "end of PARAMS not found").toBeGreaterThan(start);
  const out: ParamLine[] = [];
  let header = "";
  let block: string[] = [];
  for (let i = start + 1; i < end; i++) {
    const line = lines[i] as string;
    if (isCommentOnly(line)) {
      const c = commentOf(line);
      if (c.trim().startsWith("---")) {
        header = c;
        block = [];
        let k = i + 1; // a header may run on over the following comment lines until it closes with "---"
        while (!/---\s*$/.test(header) && k < end && isCommentOnly(lines[k] as string)) {
          header += ` ${commentOf(lines[k] as string)}`;
          i = k;
          k++;
        }
      } else block.push(c);
      continue;
    }
    const code = line.includes("//") ? line.slice(0, line.indexOf("//")) : line;
    const m = /^\s+(\w+):\s*\S.*,\s*$/.exec(code);
    if (m) out.push({ name: m[1] as string, lineNo: i + 1, own: commentOf(line), above: block.join(" "), header });
    else if (line.trim() !== "") throw new Error(`parameters.ts:${i + 1}: not one parameter on one line: ${line}`);
    block = [];
  }
  return out;
}

/** Keys of the reference list: "- **Key** — …" lines under "## References". */
function referenceKeys(sources: string): string[] {
  const at = sources.indexOf("\n## References");
  expect(at, "docs/physiology-sources.md has no '## References' section").toBeGreaterThan(0);
  const section = sources.slice(at);
  return [...section.matchAll(/^- \*\*(.+?)\*\*/gmu)].map((m) => m[1] as string);
}

/** First author's surname and year of a citation or key, e.g. "Dodge & Rahamimoff 1967" → "Dodge 1967". */
function firstAuthorYear(citation: string): string | null {
  const m = new RegExp(CITATION.source, "u").exec(citation);
  return m ? `${m[1]} ${m[2]}` : null;
}

function citationsIn(text: string): string[] {
  return [...text.matchAll(CITATION)].map((m) => m[0]);
}

/** All comment text of a TypeScript file, block and line comments, joined so citations may wrap across lines. */
function commentText(source: string): string {
  const parts: string[] = [];
  for (const m of source.matchAll(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g)) {
    parts.push(m[0].replace(/^\/\/|^\/\*+|\*+\/$/g, "").replace(/\n\s*\*?/g, " "));
  }
  return parts.join(" ").replace(/\s+/g, " ");
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

const paramsText = readFileSync(PARAMS_FILE, "utf8");
const sources = readFileSync(SOURCES_FILE, "utf8");
const keys = referenceKeys(sources);
const known = new Set(keys.map((k) => firstAuthorYear(k)).filter((k): k is string => k !== null));
const params = parameterLines(paramsText);

describe("docs/physiology-sources.md", () => {
  it("has a reference list whose keys are short citations", () => {
    expect(keys.length).toBeGreaterThan(20);
    const malformed = keys.filter((k) => firstAuthorYear(k) === null);
    expect(malformed, "reference keys must read 'Author Year'").toEqual([]);
  });
});

describe("parameters.ts: every constant with its unit and a source", () => {
  it("finds the parameter table", () => {
    expect(params.length).toBeGreaterThan(100);
  });

  it("gives every parameter a unit in its name or a dimensionless / count / fraction note", () => {
    const missing = params
      .filter((p) => !UNIT_SUFFIX.test(p.name) && !DIMENSIONLESS_NOTE.test(p.own))
      .map((p) => `${p.name} (line ${p.lineNo})`);
    expect(missing).toEqual([]);
  });

  it("gives every parameter a resolving citation, or says it is tuned / a model choice / numerics", () => {
    const missing = params
      .filter((p) => {
        const context = `${p.own} ${p.above} ${p.header}`;
        const resolving = citationsIn(context).some((c) => known.has(firstAuthorYear(c) ?? ""));
        return !resolving && !NO_SOURCE_TAG.test(context);
      })
      .map((p) => `${p.name} (line ${p.lineNo})`);
    expect(missing).toEqual([]);
  });

  it("cites only works that are in the reference list", () => {
    const unresolved = citationsIn(commentText(paramsText)).filter((c) => !known.has(firstAuthorYear(c) ?? ""));
    expect(unresolved, "add these to '## References' in docs/physiology-sources.md").toEqual([]);
  });

  it("lists every parameter in docs/physiology-sources.md", () => {
    const unlisted = params.filter((p) => !sources.includes(`\`${p.name}\``)).map((p) => p.name);
    expect(unlisted).toEqual([]);
  });
});

describe("citations elsewhere in the engine and the game thresholds", () => {
  const files = [
    ...filesUnder(join(ROOT, "shared", "physiology")).filter((f) => f.endsWith(".ts")),
    ...["rules.ts", "hold.ts", "view.ts", "goals.ts"].map((f) => join(ROOT, "shared", "game", f)),
  ];
  it.each(files.map((f) => [f.slice(ROOT.length + 1), f]))("%s cites only listed works", (_name, file) => {
    const unresolved = citationsIn(commentText(readFileSync(file, "utf8"))).filter(
      (c) => !known.has(firstAuthorYear(c) ?? ""),
    );
    expect(unresolved, "add these to '## References' in docs/physiology-sources.md").toEqual([]);
  });
});

describe("citations anywhere in shared/ and in docs/model.md", () => {
  // The question bank, role cards and challenge notes cite in their texts, docs/model.md in its prose and tables:
  // a reader must find each of those works in the reference list too. Comment markers are dropped and whitespace
  // joined, so a citation may wrap across lines.
  const flat = (text: string): string => text.replace(/\/\/|^\s*\*/gm, " ").replace(/\s+/g, " ");
  const files = [...filesUnder(join(ROOT, "shared")).filter((f) => f.endsWith(".ts")), join(ROOT, "docs", "model.md")];
  it.each(files.map((f) => [f.slice(ROOT.length + 1), f]))("%s cites only listed works", (_name, file) => {
    const unresolved = citationsIn(flat(readFileSync(file, "utf8"))).filter(
      (c) => !known.has(firstAuthorYear(c) ?? ""),
    );
    expect(unresolved, "add these to '## References' in docs/physiology-sources.md").toEqual([]);
  });

  it("resolves a citation that is in the list and refuses one that is not (the check can fail)", () => {
    expect(citationsIn(flat("as measured (Paton & Waud 1967) and // Katz &\n// Miledi 1972"))).toEqual([
      "Paton & Waud 1967",
      "Katz & Miledi 1972",
    ]);
    expect(known.has("Paton 1967")).toBe(true);
    expect(known.has(firstAuthorYear("Nobody & Else 1901") ?? "")).toBe(false);
  });
});

describe("no citation of notes outside the repository", () => {
  it('no file in shared/ mentions "phys.md" or "physiology.md"', () => {
    const offenders = filesUnder(join(ROOT, "shared")).filter((f) =>
      /\bphys(iology)?\.md\b/i.test(readFileSync(f, "utf8")),
    );
    expect(offenders.map((f) => f.slice(ROOT.length + 1))).toEqual([]);
  });
});
