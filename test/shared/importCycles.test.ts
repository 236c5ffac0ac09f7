// No import circles among source files (shared/, server/, client/src): each module can be read, tested and loaded
// after the ones it uses. Type-only and dynamic imports count too: a circle of types still ties the files together.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const SOURCE_DIRS = ["shared", "server", "client/src"];

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== "node_modules" && name !== "dist") out.push(...sourceFiles(path));
    } else if (/\.tsx?$/.test(name) && !name.endsWith(".d.ts")) out.push(path);
  }
  return out;
}

/** Every module a file names: imports and re-exports (type-only included), side-effect and dynamic imports. */
function specifiers(text: string): string[] {
  const patterns = [
    // import x from "…", import type { A } from "…", import * as n from "…", export { a } from "…", export * …
    /^\s*(?:import|export)\s+(?:type\s+)?[\w$*{},\s]*?\s*from\s*["']([^"']+)["']/gm,
    // import "…" (side effect)
    /^\s*import\s*["']([^"']+)["']/gm,
    // import("…") and typeof import("…")
    /\bimport\(\s*["']([^"']+)["']\s*\)/g,
  ];
  return patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => m[1] ?? ""));
}

/** The source file a relative specifier names, or null for a package or a non-TypeScript asset. */
function resolveSpecifier(from: string, specifier: string): string | null {
  if (!specifier.startsWith(".")) return null;
  const base = resolve(dirname(from), specifier.replace(/\?.*$/, ""));
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts"), base.replace(/\.js$/, ".ts")];
  return candidates.find((c) => /\.tsx?$/.test(c) && existsSync(c) && statSync(c).isFile()) ?? null;
}

function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const dir of SOURCE_DIRS) {
    for (const file of sourceFiles(join(ROOT, dir))) {
      const targets = specifiers(readFileSync(file, "utf8"))
        .map((s) => resolveSpecifier(file, s))
        .filter((t): t is string => t !== null);
      graph.set(file, [...new Set(targets)]);
    }
  }
  return graph;
}

/** Every circle, as one path per strongly connected component (Tarjan), in root-relative names. */
function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let next = 0;
  const visit = (node: string): void => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const to of graph.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(to) ?? 0));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node) ?? 0, index.get(to) ?? 0));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      const selfLoop = (graph.get(node) ?? []).includes(node);
      if (component.length > 1 || selfLoop) found.push(component.map((f) => relative(ROOT, f)).sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe("the source files' imports", () => {
  it("are read from every form of import the project writes", () => {
    const text = [
      'import { a, type B } from "./a";',
      'import type {\n  C,\n  D,\n} from "./c";',
      'export * from "./e";',
      'export { f } from "./f";',
      'import "./g.css";',
      'const h = await import("./h");',
      'let v: typeof import("./v");',
      'const s = "not from \\"./x\\"";',
    ].join("\n");
    expect(specifiers(text).sort()).toEqual(["./a", "./c", "./e", "./f", "./g.css", "./h", "./v"]);
  });

  it("form no circle among shared/, server/ and client/src (type-only imports included)", () => {
    const graph = importGraph();
    expect(graph.size).toBeGreaterThan(100);
    expect(cycles(graph)).toEqual([]);
  });
});
