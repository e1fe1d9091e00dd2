import { describe, expect, it } from "vitest";
import type { FigureRow } from "./figures.model.js";
import { publishIom } from "./iom-report.report.js";
import type { Shown } from "./suppression.rules.js";

const PERIOD = { from: "2026-01-01", to: "2026-03-31" };

/** The report of a cohort flow: start + selections = end + deselections (= members in the period). */
function flow(start: number, selections: number, deselections: number) {
  const rows: FigureRow[] = [
    { figure: "membersInPeriod", key: null, value: start + selections },
    { figure: "cohortAtStart", key: null, value: start },
    { figure: "cohortAtEnd", key: null, value: start + selections - deselections },
    { figure: "selections", key: null, value: selections },
    { figure: "selections", key: "MARAC", value: selections },
    { figure: "deselections", key: null, value: deselections },
    { figure: "deselections", key: "CUSTODY", value: deselections },
  ];
  return publishIom(rows, PERIOD);
}

/** What the rule's attacker knows of a cell: its value when shown, 1–4 when SMALL_COUNT, 0 or 5 and up otherwise. */
const allows = (cell: Shown<number>, value: number) =>
  cell.suppression === null ? cell.value === value : cell.suppression === "SMALL_COUNT" ? value >= 1 && value <= 4 : value === 0 || value >= 5;

describe("publishIom: the cohort's flow", () => {
  it("leaves no withheld figure of start, selections, deselections, end and members with a single possible value (every flow up to 12)", () => {
    const MAX = 12;
    for (let start = 0; start <= MAX; start++)
      for (let selections = 0; selections <= MAX; selections++)
        for (let deselections = 0; deselections <= start + selections; deselections++) {
          const report = flow(start, selections, deselections);
          const cells = [report.cohortAtStart, report.selections, report.deselections, report.cohortAtEnd, report.membersInPeriod];
          // Every flow the attacker cannot rule out from what is shown (the category tables here mirror their totals).
          const possible: number[][] = [];
          for (let s = 0; s <= MAX + 5; s++)
            for (let sel = 0; sel <= MAX + 5; sel++)
              for (let d = 0; d <= s + sel; d++) {
                const values = [s, sel, d, s + sel - d, s + sel];
                if (values.every((value, i) => allows(cells[i]!, value))) possible.push(values);
              }
          cells.forEach((cell, i) => {
            if (cell.suppression === null) return;
            const seen = new Set(possible.map((values) => values[i]));
            expect(seen.size, `flow ${start}+${selections}-${deselections}: figure ${i} pinned`).toBeGreaterThan(1);
          });
        }
  });

  it("shows a flow with no small count as it is", () => {
    const report = flow(40, 9, 7);
    expect([report.cohortAtStart, report.selections, report.deselections, report.cohortAtEnd, report.membersInPeriod].map((c) => c.value)).toEqual([40, 9, 7, 42, 49]);
    expect(report.suppressed).toBe(false);
  });

  it("withholds person-months with the members, and a rate with its incidents", () => {
    const rows: FigureRow[] = [
      { figure: "membersInPeriod", key: null, value: 3 },
      { figure: "cohortAtStart", key: null, value: 3 },
      { figure: "cohortAtEnd", key: null, value: 3 },
      { figure: "incidentsBefore", key: null, value: 12 },
      { figure: "incidentsSince", key: null, value: 2 },
      { figure: "monthsBefore", key: null, value: 36 },
      { figure: "monthsSince", key: null, value: 20 },
    ];
    const report = publishIom(rows, PERIOD);
    expect(report.personMonthsBefore).toEqual({ value: null, suppression: "DERIVED_FROM_WITHHELD" });
    expect(report.incidentRateBefore).toEqual({ value: null, suppression: "DERIVED_FROM_WITHHELD" });
    const larger = publishIom(rows.map((row) => (["membersInPeriod", "cohortAtStart", "cohortAtEnd"].includes(row.figure) ? { ...row, value: 6 } : row)), PERIOD);
    expect(larger.incidentRateBefore).toEqual({ value: 0.3333, suppression: null });
    expect(larger.incidentRateSince).toEqual({ value: null, suppression: "DERIVED_FROM_WITHHELD" });
  });
});
