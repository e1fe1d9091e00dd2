import { ALERT_KINDS, DASH_LEVELS, ORDER_TYPES } from "../victim-safety/index.js";
import { categoriesOf, FigureValues, publishCounts, roundTo, type CategoryTable, type FigureRow, type PublishedFigure, type ReportPeriod } from "./figures.model.js";
import { derivedFrom, type Shown } from "./suppression.rules.js";

export const MARAC_KINDS = ["FIRST", "REPEAT"] as const;

/** SafeLives' published national expectation for the MARAC repeat rate, as a range of shares. */
export const SAFELIVES_REPEAT_RATE_EXPECTATION = { low: 0.28, high: 0.4 } as const;

const TABLES = {
  dash: { figure: "dashAssessments", keys: DASH_LEVELS },
  marac: { figure: "maracReferrals", keys: MARAC_KINDS },
  orders: { figure: "protectiveOrders", keys: ORDER_TYPES },
  alerts: { figure: "alertsRaised", keys: ALERT_KINDS },
} satisfies Record<string, CategoryTable>;

export interface Category {
  key: string;
  count: Shown<number>;
}

export interface VictimSafetyReport {
  period: ReportPeriod;
  dashAssessments: Shown<number>;
  dashAssessmentsByLevel: Category[];
  maracReferrals: Shown<number>;
  maracReferralsByKind: Category[];
  maracRepeatRate: Shown<number>;
  protectiveOrders: Shown<number>;
  protectiveOrdersByType: Category[];
  alertsRaised: Shown<number>;
  alertsRaisedByKind: Category[];
  alertsAcknowledged: Shown<number>;
  alertsOpen: Shown<number>;
  medianHoursToAcknowledge: Shown<number>;
  suppressed: boolean;
  /** Every figure in CSV order. */
  figures: PublishedFigure[];
}

/**
 * The victim safety report as published: each table's categories add up to its figure, and the
 * acknowledged alerts are a part of the raised ones (a published sum: raised = acknowledged + open),
 * all through suppressCounts; the repeat rate goes with its two counts, the median with the
 * acknowledged alerts it is taken over.
 */
export function publishSafety(rows: readonly FigureRow[], period: ReportPeriod): VictimSafetyReport {
  const values = new FigureValues(rows);
  const open = values.count("alertsRaised") - values.count("alertsAcknowledged");
  const withOpen = new FigureValues([...rows, { figure: "alertsOpen", key: null, value: open }]);
  const { cell, suppressed } = publishCounts(withOpen, ["alertsAcknowledged", "alertsOpen"], Object.values(TABLES), [{ total: "alertsRaised", parts: ["alertsAcknowledged", "alertsOpen"] }]);
  const repeats = cell("maracReferrals", "REPEAT");
  const report = {
    period,
    dashAssessments: cell("dashAssessments", null),
    dashAssessmentsByLevel: categoriesOf(TABLES.dash, cell),
    maracReferrals: cell("maracReferrals", null),
    maracReferralsByKind: categoriesOf(TABLES.marac, cell),
    maracRepeatRate: derivedFrom(values.count("maracReferrals") === 0 ? null : roundTo(values.count("maracReferrals", "REPEAT") / values.count("maracReferrals"), 4), repeats, cell("maracReferrals", null)),
    protectiveOrders: cell("protectiveOrders", null),
    protectiveOrdersByType: categoriesOf(TABLES.orders, cell),
    alertsRaised: cell("alertsRaised", null),
    alertsRaisedByKind: categoriesOf(TABLES.alerts, cell),
    alertsAcknowledged: cell("alertsAcknowledged", null),
    alertsOpen: cell("alertsOpen", null),
    medianHoursToAcknowledge: derivedFrom(values.measure("medianHoursToAcknowledge") === null ? null : roundTo(values.measure("medianHoursToAcknowledge")!, 1), cell("alertsAcknowledged", null)),
    suppressed,
  };
  const listed = (figure: string, categories: Category[]): PublishedFigure[] => categories.map((c) => ({ figure, category: c.key, shown: c.count }));
  const figures: PublishedFigure[] = [
    { figure: "dashAssessments", category: null, shown: report.dashAssessments },
    ...listed("dashAssessments", report.dashAssessmentsByLevel),
    { figure: "maracReferrals", category: null, shown: report.maracReferrals },
    ...listed("maracReferrals", report.maracReferralsByKind),
    { figure: "maracRepeatRate", category: null, shown: report.maracRepeatRate },
    { figure: "protectiveOrders", category: null, shown: report.protectiveOrders },
    ...listed("protectiveOrders", report.protectiveOrdersByType),
    { figure: "alertsRaised", category: null, shown: report.alertsRaised },
    ...listed("alertsRaised", report.alertsRaisedByKind),
    { figure: "alertsAcknowledged", category: null, shown: report.alertsAcknowledged },
    { figure: "alertsOpen", category: null, shown: report.alertsOpen },
    { figure: "medianHoursToAcknowledge", category: null, shown: report.medianHoursToAcknowledge },
  ];
  return { ...report, figures };
}
