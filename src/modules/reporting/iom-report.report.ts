import { DESELECTION_REASONS, PATHWAYS, SELECTION_SOURCES } from "../iom/index.js";
import { categoriesOf, FigureValues, publishCounts, roundTo, type CategoryTable, type FigureRow, type PublishedFigure, type ReportPeriod } from "./figures.model.js";
import type { Category } from "./safety.report.js";
import { derivedFrom, type Shown } from "./suppression.rules.js";

const TABLES = {
  selections: { figure: "selections", keys: SELECTION_SOURCES },
  deselections: { figure: "deselections", keys: DESELECTION_REASONS },
  actions: { figure: "actionsCompleted", keys: PATHWAYS },
} satisfies Record<string, CategoryTable>;

/** The published sums of the report: each total is shown beside parts that add up to it. */
const SUMS = [
  { total: "membersInPeriod", parts: ["cohortAtStart", "selections"] },
  { total: "membersInPeriod", parts: ["cohortAtEnd", "deselections"] },
  { total: "reviewsDue", parts: ["reviewsOnTime", "reviewsLate"] },
];

export interface IomReport {
  period: ReportPeriod;
  membersInPeriod: Shown<number>;
  cohortAtStart: Shown<number>;
  cohortAtEnd: Shown<number>;
  selections: Shown<number>;
  selectionsBySource: Category[];
  deselections: Shown<number>;
  deselectionsByReason: Category[];
  reviewsDue: Shown<number>;
  reviewsOnTime: Shown<number>;
  reviewsLate: Shown<number>;
  reviewsOnTimeRate: Shown<number>;
  actionsCompleted: Shown<number>;
  actionsCompletedByPathway: Category[];
  incidentsBeforeSelection: Shown<number>;
  incidentsSinceSelection: Shown<number>;
  personMonthsBefore: Shown<number>;
  personMonthsSince: Shown<number>;
  incidentRateBefore: Shown<number>;
  incidentRateSince: Shown<number>;
  suppressed: boolean;
  figures: PublishedFigure[];
}

/**
 * The IOM report as published. Counts go through suppressCounts with every table and sum above; the
 * person-months are withheld with the members they are summed over, and each incident rate (per
 * person-month, 4 places) with its incidents or its members.
 */
export function publishIom(rows: readonly FigureRow[], period: ReportPeriod): IomReport {
  const raw = new FigureValues(rows);
  const late = raw.count("reviewsDue") - raw.count("reviewsOnTime");
  const values = new FigureValues([...rows, { figure: "reviewsLate", key: null, value: late }]);
  const counts = ["membersInPeriod", "cohortAtStart", "cohortAtEnd", "reviewsOnTime", "reviewsLate", "reviewsDue", "incidentsBefore", "incidentsSince"];
  const { cell, suppressed } = publishCounts(values, counts, Object.values(TABLES), SUMS);
  const members = cell("membersInPeriod", null);
  const months = (figure: string) => derivedFrom(roundTo(values.measure(figure) ?? 0, 1), members);
  const rate = (incidents: string, monthsFigure: string) => {
    const denominator = values.measure(monthsFigure) ?? 0;
    return derivedFrom(denominator === 0 ? null : roundTo(values.count(incidents) / denominator, 4), cell(incidents, null), members);
  };
  const report = {
    period,
    membersInPeriod: members,
    cohortAtStart: cell("cohortAtStart", null),
    cohortAtEnd: cell("cohortAtEnd", null),
    selections: cell("selections", null),
    selectionsBySource: categoriesOf(TABLES.selections, cell),
    deselections: cell("deselections", null),
    deselectionsByReason: categoriesOf(TABLES.deselections, cell),
    reviewsDue: cell("reviewsDue", null),
    reviewsOnTime: cell("reviewsOnTime", null),
    reviewsLate: cell("reviewsLate", null),
    reviewsOnTimeRate: derivedFrom(values.count("reviewsDue") === 0 ? null : roundTo(values.count("reviewsOnTime") / values.count("reviewsDue"), 4), cell("reviewsOnTime", null), cell("reviewsDue", null)),
    actionsCompleted: cell("actionsCompleted", null),
    actionsCompletedByPathway: categoriesOf(TABLES.actions, cell),
    incidentsBeforeSelection: cell("incidentsBefore", null),
    incidentsSinceSelection: cell("incidentsSince", null),
    personMonthsBefore: months("monthsBefore"),
    personMonthsSince: months("monthsSince"),
    incidentRateBefore: rate("incidentsBefore", "monthsBefore"),
    incidentRateSince: rate("incidentsSince", "monthsSince"),
    suppressed,
  };
  const one = (figure: keyof typeof report & string): PublishedFigure => ({ figure, category: null, shown: report[figure] as Shown<number> });
  const listed = (figure: string, categories: Category[]): PublishedFigure[] => categories.map((c) => ({ figure, category: c.key, shown: c.count }));
  const figures: PublishedFigure[] = [
    one("membersInPeriod"),
    one("cohortAtStart"),
    one("cohortAtEnd"),
    one("selections"),
    ...listed("selections", report.selectionsBySource),
    one("deselections"),
    ...listed("deselections", report.deselectionsByReason),
    one("reviewsDue"),
    one("reviewsOnTime"),
    one("reviewsLate"),
    one("reviewsOnTimeRate"),
    one("actionsCompleted"),
    ...listed("actionsCompleted", report.actionsCompletedByPathway),
    one("incidentsBeforeSelection"),
    one("incidentsSinceSelection"),
    one("personMonthsBefore"),
    one("personMonthsSince"),
    one("incidentRateBefore"),
    one("incidentRateSince"),
  ];
  return { ...report, figures };
}
