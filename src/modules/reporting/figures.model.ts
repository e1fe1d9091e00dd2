import { derivedFrom, suppressCounts, type Shown, type TotalOf } from "./suppression.rules.js";

/**
 * The victim safety and IOM reports answer their figures as rows of one statement: a figure, a
 * category of it (null for the figure itself) and a number. Publishing puts every count through
 * suppressCounts with the totals each table adds up to, so a withheld category cannot be worked out
 * from its figure; rates are withheld with what they are worked out from.
 */
export interface FigureRow {
  figure: string;
  key: string | null;
  value: number | null;
}

/** One published count or measure, in the order the report's CSV writes them. */
export interface PublishedFigure {
  figure: string;
  category: string | null;
  shown: Shown<number>;
}

export interface ReportPeriod {
  from: string;
  to: string;
}

/** A figure broken down by category: the total is the figure, the members its categories (every key listed, zero when absent). */
export interface CategoryTable {
  figure: string;
  keys: readonly string[];
}

const idOf = (figure: string, key: string | null) => (key === null ? figure : `${figure}:${key}`);

/** The raw rows as a lookup: a category missing from the rows counted zero. */
export class FigureValues {
  private readonly values = new Map<string, number | null>();
  constructor(rows: readonly FigureRow[]) {
    for (const row of rows) this.values.set(idOf(row.figure, row.key), row.value === null ? null : Number(row.value));
  }
  count(figure: string, key: string | null = null): number {
    return this.values.get(idOf(figure, key)) ?? 0;
  }
  measure(figure: string): number | null {
    return this.values.get(figure) ?? null;
  }
}

/**
 * Suppresses a report's counts: `counts` are the plain figures, `tables` the figures broken down
 * (each category table adds up to its figure), `sums` any further published sums (a total and the
 * figures it is made of).
 */
export function publishCounts(values: FigureValues, counts: readonly string[], tables: readonly CategoryTable[], sums: readonly { total: string; parts: readonly string[] }[] = []) {
  const all = new Map<string, number>();
  for (const figure of counts) all.set(figure, values.count(figure));
  for (const table of tables) {
    all.set(table.figure, values.count(table.figure));
    for (const key of table.keys) all.set(idOf(table.figure, key), values.count(table.figure, key));
  }
  const totals: TotalOf[] = [
    ...tables.map((table) => ({ total: table.figure, members: table.keys.map((key) => idOf(table.figure, key)) })),
    ...sums.map((sum) => ({ total: sum.total, members: sum.parts })),
  ];
  const shown = suppressCounts(all, totals);
  const cell = (figure: string, key: string | null = null) => {
    const value = shown.get(idOf(figure, key));
    if (!value) throw new Error(`No published count ${idOf(figure, key)}`);
    return value;
  };
  return { shown, cell, suppressed: [...shown.values()].some((value) => value.suppression !== null) };
}

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;

/** numerator ÷ denominator (4 places), null for a rate of nothing; withheld with either count. */
export function rateOf(numerator: Shown<number>, denominator: Shown<number>, rawNumerator: number, rawDenominator: number, places = 4): Shown<number> {
  return derivedFrom(rawDenominator === 0 ? null : round(rawNumerator / rawDenominator, places), numerator, denominator);
}

export { round as roundTo };

/** A category table as the GraphQL `[ReportCategoryCount]` list and the CSV rows. */
export const categoriesOf = (table: CategoryTable, cell: (figure: string, key: string | null) => Shown<number>) => table.keys.map((key) => ({ key, count: cell(table.figure, key) }));
