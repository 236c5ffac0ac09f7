// The statements a school reads before signing off, served by the app itself from the repository's own docs, so
// the page and the file never differ: /privacy (docs/privacy.md) and /accessibility (docs/accessibility.md).
// A small Markdown subset (headings, paragraphs, lists, tables, bold, code, links) becomes a plain, script-free page.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import express, { type Router } from "express";

const DOCS = resolve(import.meta.dirname, "../../docs");
const PAGES: Record<string, { file: string; title: string }> = {
  "/privacy": { file: "privacy.md", title: "Privacy" },
  "/accessibility": { file: "accessibility.md", title: "Accessibility" },
};

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Links between the docs go to the served pages; other relative links (source files) are shown as text. */
function href(target: string): string | null {
  if (/^https?:\/\//.test(target) || target.startsWith("/")) return target;
  const page = Object.entries(PAGES).find(([, p]) => target === p.file || target.endsWith(`/${p.file}`));
  return page ? page[0] : null;
}

/** Inline Markdown: `code`, **bold**, [text](link); everything else escaped. */
export function inline(text: string): string {
  return text
    .split(/(`[^`]+`)/)
    .map((part) => {
      if (part.startsWith("`") && part.endsWith("`") && part.length > 1)
        return `<code>${escapeHtml(part.slice(1, -1))}</code>`;
      return escapeHtml(part)
        .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
        .replace(/\*([^*]+)\*/g, "<em>$1</em>")
        .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_m, label: string, target: string) => {
          const link = href(target.replace(/&amp;/g, "&"));
          return link ? `<a href="${escapeHtml(link)}">${label}</a>` : label;
        });
    })
    .join("");
}

const cells = (row: string) =>
  row
    .trim()
    .replace(/^\||\|$/g, "")
    .split("|")
    .map((c) => c.trim());

/** Block Markdown to HTML: #/##/### headings, "- " lists, | tables |, and paragraphs of consecutive lines. */
export function markdownToHtml(markdown: string): string {
  const out: string[] = [];
  const lines = markdown.replace(/\r/g, "").split("\n");
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? "";
    if (line.trim() === "") {
      i++;
    } else if (/^#{1,3} /.test(line)) {
      const level = line.indexOf(" ");
      out.push(`<h${level}>${inline(line.slice(level + 1))}</h${level}>`);
      i++;
    } else if (line.startsWith("|")) {
      const rows: string[][] = [];
      while (i < lines.length && (lines[i] ?? "").startsWith("|")) rows.push(cells(lines[i++] ?? ""));
      const [head = [], , ...body] = rows;
      out.push(
        `<div class="table"><table><thead><tr>${head.map((c) => `<th scope="col">${inline(c)}</th>`).join("")}</tr></thead><tbody>${body
          .map((r) => `<tr>${r.map((c) => `<td>${inline(c)}</td>`).join("")}</tr>`)
          .join("")}</tbody></table></div>`,
      );
    } else if (/^- /.test(line)) {
      const items: string[] = [];
      while (i < lines.length && /^(- | {2}\S)/.test(lines[i] ?? "")) {
        const item = lines[i++] ?? "";
        if (item.startsWith("- ")) items.push(item.slice(2));
        else items[items.length - 1] += ` ${item.trim()}`;
      }
      out.push(`<ul>${items.map((it) => `<li>${inline(it)}</li>`).join("")}</ul>`);
    } else {
      const paragraph: string[] = [];
      while (i < lines.length && (lines[i] ?? "").trim() !== "" && !/^(#{1,3} |\||- )/.test(lines[i] ?? "")) {
        paragraph.push((lines[i++] ?? "").trim());
      }
      out.push(`<p>${inline(paragraph.join(" "))}</p>`);
    }
  }
  return out.join("\n");
}

const STYLE = `body{font:1rem/1.55 system-ui,sans-serif;color:#10213a;background:#f4f6fa;margin:0}
main{max-width:860px;margin:0 auto;padding:24px 16px 48px}h1{font-size:2rem}h2{margin-top:1.6em}
a{color:#0b4f9c}a:focus-visible{outline:3px solid #f4a100;outline-offset:2px}
.table{overflow-x:auto}table{border-collapse:collapse;width:100%;background:#fff}
th,td{border:1px solid #c5cfdc;padding:6px 8px;text-align:left;vertical-align:top}th{background:#e8edf4}
code{background:#e8edf4;padding:0 3px;border-radius:3px}nav{margin-bottom:8px}`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Endplate</title><style>${STYLE}</style></head>
<body><main><nav><a href="/">Endplate</a> · <a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a></nav>
${body}</main></body></html>`;
}

export function documentRoutes(docsDir = DOCS): Router {
  const router = express.Router();
  for (const [path, { file, title }] of Object.entries(PAGES)) {
    // Read once at start-up: the page is the file of this release.
    const html = page(title, markdownToHtml(readFileSync(join(docsDir, file), "utf8")));
    router.get(path, (_req, res) => {
      res.type("html").set("Cache-Control", "no-cache").send(html);
    });
  }
  return router;
}
