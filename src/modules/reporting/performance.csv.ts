import { PERFORMANCE_COUNTS } from "./performance.model.js";
import type { PerformanceLine, ProgrammePerformanceReport } from "./performance.report.js";
import type { Shown } from "./suppression.rules.js";

/** How a withheld value is written in the CSV: the ONS's mark for a confidential cell. */
export const WITHHELD = "[c]";

const HEADER = ["from", "to", "programme", "breakdown", "key", "label", ...PERFORMANCE_COUNTS, "completionRate", "attendanceRate", "medianDaysToStart", "withheld"];

/** RFC 4180 quoting; a cell starting with a formula character is prefixed so a spreadsheet shows it as text. */
function cell(value: string | number | null): string {
  if (value === null) return "";
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const shownValue = (shown: Shown<number>) => (shown.suppression ? WITHHELD : shown.value);

/**
 * The report as CSV: one header row, then the period's total and one row per category of each
 * breakdown, then one row per reason for assessed unsuitable (breakdown UNSUITABILITY_REASON, only
 * the assessedUnsuitable column filled). Dates are ISO (YYYY-MM-DD); a withheld value is `[c]`, and the last column lists the
 * withheld figures of the row with their reasons (`name:REASON`, `;`-separated).
 */
export function performanceCsv(report: ProgrammePerformanceReport): string {
  const row = (line: PerformanceLine) => {
    const figures = { ...line.counts, completionRate: line.completionRate, attendanceRate: line.attendanceRate, medianDaysToStart: line.medianDaysToStart };
    const withheld = Object.entries(figures)
      .filter(([, shown]) => shown.suppression !== null)
      .map(([name, shown]) => `${name}:${shown.suppression}`)
      .join(";");
    return [
      report.period.from,
      report.period.to,
      report.programme ?? "ALL",
      line.breakdown ?? "TOTAL",
      line.key,
      line.label,
      ...PERFORMANCE_COUNTS.map((name) => shownValue(line.counts[name])),
      shownValue(line.completionRate),
      shownValue(line.attendanceRate),
      shownValue(line.medianDaysToStart),
      withheld,
    ]
      .map(cell)
      .join(",");
  };
  // Assessed unsuitable by reason: a row per reason with only that count filled in.
  const reason = ({ key, count }: ProgrammePerformanceReport["unsuitableByReason"][number]) =>
    [report.period.from, report.period.to, report.programme ?? "ALL", "UNSUITABILITY_REASON", key, "", ...PERFORMANCE_COUNTS.map((name) => (name === "assessedUnsuitable" ? shownValue(count) : "")), "", "", "", count.suppression ? `assessedUnsuitable:${count.suppression}` : ""]
      .map(cell)
      .join(",");
  return [HEADER.join(","), row(report.total), ...report.lines.map(row), ...report.unsuitableByReason.map(reason)].join("\r\n") + "\r\n";
}
