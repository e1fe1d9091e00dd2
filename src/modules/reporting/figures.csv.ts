import { WITHHELD } from "./performance.csv.js";
import type { PublishedFigure, ReportPeriod } from "./figures.model.js";

const HEADER = ["from", "to", "figure", "category", "value", "suppression"];

/** RFC 4180 quoting; every cell here is our own text or a number, but keep the formula guard anyway. */
function cell(value: string | number | null): string {
  if (value === null) return "";
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A report of figures as CSV, one figure (or one category of a figure) a row: one header row, ISO
 * dates, a withheld value written `[c]` with the reason in the last column. Rows come in the order
 * the report's schema lists its figures.
 */
export function figuresCsv(period: ReportPeriod, figures: readonly PublishedFigure[]): string {
  const rows = figures.map((f) => [period.from, period.to, f.figure, f.category ?? "", f.shown.suppression ? WITHHELD : f.shown.value, f.shown.suppression ?? ""].map(cell).join(","));
  return [HEADER.join(","), ...rows].join("\r\n") + "\r\n";
}
