// The statements a school signs off on, served by the app from the repository's docs: /privacy and /accessibility
// are whole pages (no script) with the files' headings, tables and lists; the privacy page names every browser
// storage key the client uses (read from client/src), and the Markdown subset escapes what it does not render.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inline, markdownToHtml } from "../../server/http/documents";
import { startTestServer, type TestServer } from "../helpers/server";

const ROOT = resolve(import.meta.dirname, "../..");

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t.close();
});

function clientSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? clientSources(path) : path.endsWith(".ts") ? [path] : [];
  });
}

describe("the privacy and accessibility pages", () => {
  it("are served as plain pages with the docs' content", async () => {
    for (const [path, heading, text] of [
      ["/privacy", "<h1>Privacy</h1>", "RETENTION_DAYS"],
      ["/accessibility", "<h1>Accessibility</h1>", "WCAG"],
    ] as const) {
      const answer = await fetch(`${t.baseUrl}${path}`);
      expect(answer.status, path).toBe(200);
      expect(answer.headers.get("content-type")).toMatch(/^text\/html/);
      const html = await answer.text();
      expect(html).toContain(heading);
      expect(html).toContain(text);
      expect(html).toMatch(/<ul><li>.*<\/li><\/ul>/s);
      expect(html).not.toMatch(/<script/i);
      expect(answer.headers.get("content-security-policy")).toMatch(/default-src 'self'/);
    }
  });

  it("name every key the client keeps in the browser, and the teacher's cookie", async () => {
    const html = await (await fetch(`${t.baseUrl}/privacy`)).text();
    const keys = new Set<string>();
    for (const file of clientSources(join(ROOT, "client/src"))) {
      for (const m of readFileSync(file, "utf8").matchAll(/"(endplate\.[a-zA-Z]+\.?)"/g)) keys.add(m[1] ?? "");
    }
    expect(keys.size).toBeGreaterThanOrEqual(5);
    for (const key of keys) expect(html, key).toContain(key);
    expect(html).toContain("endplate_teacher");
    expect(html).toMatch(/<table>.*<th scope="col">where<\/th>/s);
    for (const law of ["COPPA", "FERPA", "GDPR"]) expect(html).toContain(law);
  });

  it("render a small Markdown subset and escape the rest", () => {
    expect(inline("a <b> & `x<y>` **bold** [link](privacy.md) [src](../server/x.ts)")).toBe(
      'a &lt;b&gt; &amp; <code>x&lt;y&gt;</code> <strong>bold</strong> <a href="/privacy">link</a> src',
    );
    expect(markdownToHtml("# T\n\n- one\n  more\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\npara\nline")).toBe(
      '<h1>T</h1>\n<ul><li>one more</li><li>two</li></ul>\n<div class="table"><table><thead><tr><th scope="col">a</th><th scope="col">b</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table></div>\n<p>para line</p>',
    );
  });
});
