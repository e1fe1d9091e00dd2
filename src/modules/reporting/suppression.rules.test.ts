import { describe, expect, it } from "vitest";
import { derivedFrom, givesAwayACell, suppressCounts, type Shown, type TotalOf } from "./suppression.rules.js";

/**
 * The attacker: knows the rule (a SMALL_COUNT cell is 1–4, any other withheld cell 0 or 5 and up, at
 * most `cap`), reads every shown count and every total, and lists every assignment of the withheld
 * cells that agrees with them. A cell is recovered when it has one possible value.
 */
function recoverable(shown: Map<string, Shown<number>>, totals: readonly TotalOf[], cap: number): string[] {
  const unknown = [...shown].filter(([, cell]) => cell.value === null).map(([id]) => id);
  const domain = (id: string) => {
    const values: number[] = [];
    for (let v = 0; v <= cap; v++) if (shown.get(id)!.suppression === "SMALL_COUNT" ? v >= 1 && v <= 4 : v === 0 || v >= 5) values.push(v);
    return values;
  };
  const seen = new Map(unknown.map((id) => [id, new Set<number>()]));
  const assigned = new Map<string, number>();
  const valueOf = (id: string) => shown.get(id)!.value ?? assigned.get(id);
  const consistent = () =>
    totals.every(({ total, members }) => {
      const values = [total, ...members].map(valueOf);
      if (values.some((v) => v === undefined)) return true;
      return values[0] === values.slice(1).reduce((a, b) => a! + b!, 0);
    });
  const search = (index: number) => {
    if (index === unknown.length) {
      for (const id of unknown) seen.get(id)!.add(assigned.get(id)!);
      return;
    }
    for (const v of domain(unknown[index]!)) {
      assigned.set(unknown[index]!, v);
      if (consistent()) search(index + 1);
      assigned.delete(unknown[index]!);
    }
  };
  search(0);
  return unknown.filter((id) => seen.get(id)!.size <= 1);
}

/** A one-way table: a total and its cells (a figure by referral source, say). */
function oneWay(values: number[]) {
  const counts = new Map<string, number>([["total", values.reduce((a, b) => a + b, 0)]]);
  values.forEach((v, i) => counts.set(`c${i}`, v));
  const totals: TotalOf[] = [{ total: "total", members: values.map((_, i) => `c${i}`) }];
  return { counts, totals };
}

/** A two-way table with row, column and grand totals. */
function twoWay(rows: number[][]) {
  const counts = new Map<string, number>();
  const totals: TotalOf[] = [];
  rows.forEach((row, r) => row.forEach((v, c) => counts.set(`r${r}c${c}`, v)));
  rows.forEach((row, r) => {
    counts.set(`r${r}`, row.reduce((a, b) => a + b, 0));
    totals.push({ total: `r${r}`, members: row.map((_, c) => `r${r}c${c}`) });
  });
  rows[0]!.forEach((_, c) => {
    counts.set(`c${c}`, rows.reduce((sum, row) => sum + row[c]!, 0));
    totals.push({ total: `c${c}`, members: rows.map((_, r) => `r${r}c${c}`) });
  });
  counts.set("all", [...rows.flat()].reduce((a, b) => a + b, 0));
  totals.push({ total: "all", members: rows.map((_, r) => `r${r}`) }, { total: "all", members: rows[0]!.map((_, c) => `c${c}`) });
  return { counts, totals };
}

const withheld = (shown: Map<string, Shown<number>>) => [...shown].filter(([, cell]) => cell.value === null).map(([id, cell]) => `${id}:${cell.suppression}`);

describe("suppressCounts", () => {
  it.each([
    { values: [0, 7, 12], expected: [] },
    { values: [3, 7, 12], expected: ["c0:SMALL_COUNT", "c1:SECONDARY"] },
    // Two small cells adding up to 2 would each be 1: a third cell goes too.
    { values: [1, 1, 9, 20], expected: ["c0:SMALL_COUNT", "c1:SMALL_COUNT", "c2:SECONDARY"] },
    // 2 + 3 = 5 leaves each of them four possible values: enough.
    { values: [2, 3, 9], expected: ["c0:SMALL_COUNT", "c1:SMALL_COUNT"] },
    // A small cell beside zeros only: the total goes.
    { values: [2, 0, 0, 0], expected: ["total:SMALL_COUNT", "c0:SMALL_COUNT"] },
    { values: [4, 0, 6], expected: ["c0:SMALL_COUNT", "c2:SECONDARY"] },
    // 1 and a complement of 5 add up to 6: the 1 could only be 1, so another cell goes.
    { values: [1, 5, 9], expected: ["c0:SMALL_COUNT", "c1:SECONDARY", "c2:SECONDARY"] },
  ])("withholds $expected of $values", ({ values, expected }) => {
    const { counts, totals } = oneWay(values);
    const shown = suppressCounts(counts, totals);
    expect(withheld(shown).sort()).toEqual([...expected].sort());
    expect(recoverable(shown, totals, 40)).toEqual([]);
  });

  it.each([
    [[[3, 8, 10], [6, 9, 12]]],
    [[[1, 0, 7], [0, 6, 9], [8, 2, 5]]],
    [[[2, 2], [6, 7]]],
    [[[0, 4, 6], [5, 0, 9]]],
  ])("leaves no withheld cell of the two-way table %j recoverable from its row, column and grand totals", (rows) => {
    const { counts, totals } = twoWay(rows);
    const shown = suppressCounts(counts, totals);
    expect(withheld(shown).length).toBeGreaterThan(0);
    expect(recoverable(shown, totals, 70)).toEqual([]);
  });

  it("tries every one-way table of three cells from 0 to 9 and recovers nothing", () => {
    for (let a = 0; a < 10; a++)
      for (let b = 0; b < 10; b++)
        for (let c = 0; c < 10; c++) {
          const { counts, totals } = oneWay([a, b, c]);
          const shown = suppressCounts(counts, totals);
          expect(recoverable(shown, totals, 30), `${a},${b},${c}`).toEqual([]);
          for (const [id, cell] of shown) if (cell.value !== null) expect(cell.value).toBe(counts.get(id));
        }
  });

  it("without secondary suppression the attacker would succeed (the attack works)", () => {
    const { counts, totals } = oneWay([3, 7, 12]);
    const primaryOnly = new Map([...counts].map(([id, v]): [string, Shown<number>] => [id, v >= 1 && v <= 4 ? { value: null, suppression: "SMALL_COUNT" } : { value: v, suppression: null }]));
    expect(recoverable(primaryOnly, totals, 40)).toEqual(["c0"]);
  });
});

describe("suppressCounts: a figure that is the total of two tables", () => {
  it("withholds a shown cell when a withheld total could be worked out from cells all shown", () => {
    // t = a + b = c + d: a and b are 4 and 4 (one split of 8 into 1–4s), so t goes; c and d, both shown, would give it back.
    const counts = new Map([["t", 8], ["a", 4], ["b", 4], ["c", 8], ["d", 0]]);
    const shown = suppressCounts(counts, [{ total: "t", members: ["a", "b"] }, { total: "t", members: ["c", "d"] }]);
    expect(withheld(shown).sort()).toEqual(["a:SMALL_COUNT", "b:SMALL_COUNT", "c:SECONDARY", "t:SECONDARY"]);
  });
});

describe("givesAwayACell", () => {
  it.each([
    { sum: 3, reasons: ["SMALL_COUNT"], gives: true },
    { sum: 2, reasons: ["SMALL_COUNT", "SMALL_COUNT"], gives: true },
    { sum: 8, reasons: ["SMALL_COUNT", "SMALL_COUNT"], gives: true },
    { sum: 5, reasons: ["SMALL_COUNT", "SMALL_COUNT"], gives: false },
    { sum: 6, reasons: ["SMALL_COUNT", "SECONDARY"], gives: true },
    { sum: 12, reasons: ["SMALL_COUNT", "SECONDARY"], gives: false },
  ] as const)("$sum over $reasons: $gives", ({ sum, reasons, gives }) => {
    expect(givesAwayACell(sum, reasons)).toBe(gives);
  });
});

describe("derivedFrom", () => {
  it("withholds a rate when its numerator or denominator is withheld", () => {
    expect(derivedFrom(0.5, { value: 10, suppression: null }, { value: null, suppression: "SECONDARY" })).toEqual({ value: null, suppression: "DERIVED_FROM_WITHHELD" });
    expect(derivedFrom(0.5, { value: 10, suppression: null }, { value: 20, suppression: null })).toEqual({ value: 0.5, suppression: null });
  });
});
