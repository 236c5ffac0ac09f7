// Accessible data tables for reports: a caption, column headers with scope, and the first cell of each row as
// the row's header, so a screen reader announces "Ana, Game score, 12".
import { h } from "./dom";

export type Cell = string | number | Node;

export function dataTable(caption: string, headers: string[], rows: Cell[][], className = "report-table"): HTMLElement {
  const cell = (value: Cell) => (value instanceof Node ? value : String(value));
  return h(
    "div",
    { class: "table-wrap" },
    h(
      "table",
      { class: className },
      h("caption", {}, caption),
      h("thead", {}, h("tr", {}, ...headers.map((name) => h("th", { scope: "col" }, name)))),
      h(
        "tbody",
        {},
        ...rows.map(([first, ...rest]) =>
          h("tr", {}, h("th", { scope: "row" }, cell(first ?? "")), ...rest.map((v) => h("td", {}, cell(v)))),
        ),
      ),
    ),
  );
}

/** A stored ISO date and time, in the reader's own format. */
export function when(iso: string | null): string {
  if (!iso) return "—";
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}
