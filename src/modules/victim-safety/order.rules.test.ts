import { describe, expect, it } from "vitest";
import { shiftIsoDate } from "../../shared/dates.js";
import type { OrderType } from "./victim-safety.model.js";
import {
  checkOrder,
  daysUntilExpiry,
  DVPO_MAX_DAYS,
  DVPO_MIN_DAYS,
  expiresWithinDays,
  MAX_CONDITION_LENGTH,
  MAX_CONDITIONS,
  NOTICE_MAX_DAYS,
  orderInForce,
  type OrderTerms,
} from "./order.rules.js";

const TODAY = "2026-06-15";
const START = "2026-01-01";

const terms = (overrides: Partial<OrderTerms>): OrderTerms => ({
  type: "NON_MOLESTATION_ORDER",
  startsOn: START,
  endsOn: null,
  conditions: ["Not to contact the protected person directly or indirectly"],
  protectedPeople: 1,
  ...overrides,
});
/**
 * An order of `type` from START lasting `days`, counting both the first and the last day
 * ("beginning with the day on which it is made"): a one-day order starts and ends on START.
 */
const lasting = (type: OrderType, days: number) => terms({ type, endsOn: shiftIsoDate(START, days - 1) });

describe("limits", () => {
  it("follows the Crime and Security Act for DVPOs (14 to 28 days) and lets a 48-hour notice touch 3 calendar days", () => {
    expect([DVPO_MIN_DAYS, DVPO_MAX_DAYS, NOTICE_MAX_DAYS]).toEqual([14, 28, 3]);
  });
});

describe("checkOrder: DVPO", () => {
  it.each([14, 15, 21, 28])("accepts a DVPO of %i days counting the first and last", (days) => {
    expect(checkOrder(lasting("DVPO", days))).toEqual([]);
  });

  it.each([29, 30, 365])("refuses a DVPO of %i days counting the first and last as too long", (days) => {
    expect(checkOrder(lasting("DVPO", days))).toEqual([
      { field: "endsOn", code: "ORDER_TOO_LONG", message: `A DVPO lasts at most 28 days; this one lasts ${days}` },
    ]);
  });

  // A DVPO that starts and ends on the same day lasts 1 day, not 0.
  it.each([1, 2, 13])("refuses a DVPO of %i days counting the first and last as too short", (days) => {
    expect(checkOrder(lasting("DVPO", days))).toEqual([{ field: "endsOn", code: "INVALID", message: `A DVPO lasts at least 14 days; this one lasts ${days}` }]);
  });

  it("refuses a DVPO with no end", () => {
    expect(checkOrder(terms({ type: "DVPO", endsOn: null }))).toEqual([{ field: "endsOn", code: "INVALID", message: "A DVPO must have an end date" }]);
  });

  it("refuses a DVPO that ends before it starts once, not again as too short", () => {
    expect(checkOrder(terms({ type: "DVPO", endsOn: "2025-12-31" }))).toEqual([{ field: "endsOn", code: "INVALID", message: "endsOn cannot be before startsOn" }]);
  });

  it.each([
    ["2028-02-15", "2028-03-13", []],
    ["2028-02-15", "2028-03-14", ["ORDER_TOO_LONG"]],
    ["2027-02-15", "2027-03-14", []],
    ["2027-02-15", "2027-03-15", ["ORDER_TOO_LONG"]],
    ["2026-12-20", "2027-01-16", []],
    ["2026-12-20", "2027-01-17", ["ORDER_TOO_LONG"]],
  ])("counts %s to %s with both ends included, across leap days, month and year ends → %j", (startsOn, endsOn, refusalCodes) => {
    expect(checkOrder(terms({ type: "DVPO", startsOn, endsOn })).map((r) => r.code)).toEqual(refusalCodes);
  });
});

describe("checkOrder: DVPN and DAPN notices", () => {
  it.each([
    ["DVPN", 1],
    ["DVPN", 2],
    ["DVPN", 3],
    ["DAPN", 1],
    ["DAPN", 3],
  ] as const)("accepts a %s touching %i calendar days counting the first and last", (type, days) => {
    expect(checkOrder(lasting(type, days))).toEqual([]);
  });

  it.each([
    ["DVPN", 4],
    ["DAPN", 4],
    ["DVPN", 28],
  ] as const)("refuses a %s touching %i calendar days counting the first and last as too long", (type, days) => {
    expect(checkOrder(lasting(type, days))).toEqual([
      { field: "endsOn", code: "ORDER_TOO_LONG", message: `A ${type} lasts 48 hours; use the order that follows it for longer` },
    ]);
  });

  it.each([["DVPN"], ["DAPN"]] as const)("refuses a %s with no end", (type) => {
    expect(checkOrder(terms({ type, endsOn: null }))).toEqual([{ field: "endsOn", code: "INVALID", message: `A ${type} must have an end date` }]);
  });

  it.each([["DVPN"], ["DAPN"]] as const)("refuses a %s that ends before it starts once", (type) => {
    expect(checkOrder(terms({ type, endsOn: "2025-12-30" }))).toEqual([{ field: "endsOn", code: "INVALID", message: "endsOn cannot be before startsOn" }]);
  });
});

describe("checkOrder: Clare's Law disclosures", () => {
  it("accepts a disclosure with no end date", () => {
    expect(checkOrder(terms({ type: "DVDS_DISCLOSURE", endsOn: null }))).toEqual([]);
  });

  it.each([[START], ["2026-02-01"]])("refuses a disclosure that ends on %s", (endsOn) => {
    expect(checkOrder(terms({ type: "DVDS_DISCLOSURE", endsOn }))).toEqual([
      { field: "endsOn", code: "INVALID", message: "A Clare's Law disclosure is made on a day and has no end date" },
    ]);
  });
});

describe("checkOrder: orders without a set length", () => {
  it.each([
    ["DAPO", null],
    ["DAPO", 365],
    ["NON_MOLESTATION_ORDER", null],
    ["NON_MOLESTATION_ORDER", 1],
    ["RESTRAINING_ORDER", null],
    ["RESTRAINING_ORDER", 3650],
  ] as const)("accepts a %s lasting %s days", (type, days) => {
    expect(checkOrder(days === null ? terms({ type, endsOn: null }) : lasting(type, days))).toEqual([]);
  });

  it.each([["DAPO"], ["NON_MOLESTATION_ORDER"], ["RESTRAINING_ORDER"]] as const)("refuses a %s that ends before it starts", (type) => {
    expect(checkOrder(terms({ type, endsOn: "2025-12-31" }))).toEqual([{ field: "endsOn", code: "INVALID", message: "endsOn cannot be before startsOn" }]);
  });
});

describe("checkOrder: protected people", () => {
  it.each([1, 2, 5])("accepts %i protected people", (protectedPeople) => {
    expect(checkOrder(terms({ protectedPeople }))).toEqual([]);
  });

  it.each([0, -1])("refuses %i protected people", (protectedPeople) => {
    expect(checkOrder(terms({ protectedPeople }))).toEqual([{ field: "protectedVictimIds", code: "INVALID", message: "An order protects at least one person" }]);
  });
});

describe("checkOrder: conditions", () => {
  const condition = (n: number) => `Not to enter street number ${n}`;
  const longest = "x".repeat(MAX_CONDITION_LENGTH);
  const BAD = { code: "INVALID", message: `A condition has 1 to ${MAX_CONDITION_LENGTH} characters` };

  it.each([
    { what: "no conditions", conditions: [] },
    { what: "one condition", conditions: [condition(1)] },
    { what: `${MAX_CONDITIONS} conditions`, conditions: Array.from({ length: MAX_CONDITIONS }, (_, i) => condition(i)) },
    { what: `a condition of ${MAX_CONDITION_LENGTH} characters`, conditions: [longest] },
    { what: "a longest condition padded with spaces", conditions: [`  ${longest}\n`] },
    { what: "a one-character condition", conditions: ["x"] },
  ])("accepts $what", ({ conditions }) => {
    expect(checkOrder(terms({ conditions }))).toEqual([]);
  });

  it.each([MAX_CONDITIONS + 1, 50])("refuses %i conditions", (count) => {
    expect(checkOrder(terms({ conditions: Array.from({ length: count }, (_, i) => condition(i)) }))).toEqual([
      { field: "conditions", code: "INVALID", message: `At most ${MAX_CONDITIONS} conditions` },
    ]);
  });

  it.each([
    { conditions: [""], fields: ["conditions.0"] },
    { conditions: [condition(0), condition(1), "   "], fields: ["conditions.2"] },
    { conditions: [condition(0), `${longest}x`], fields: ["conditions.1"] },
    { conditions: ["\t\n", condition(1), "", `${longest}!`], fields: ["conditions.0", "conditions.2", "conditions.3"] },
  ])("refuses each bad condition by its place: $fields", ({ conditions, fields }) => {
    expect(checkOrder(terms({ conditions }))).toEqual(fields.map((field) => ({ field, ...BAD })));
  });

  it("refuses too many conditions and a bad one among them together", () => {
    const conditions = Array.from({ length: MAX_CONDITIONS + 1 }, (_, i) => (i === 30 ? " " : condition(i)));
    expect(checkOrder(terms({ conditions })).map(({ field }) => field)).toEqual(["conditions", "conditions.30"]);
  });
});

describe("checkOrder: several faults at once", () => {
  it("reports each in turn", () => {
    // 1 January to 10 February is 41 days counting the first and last.
    expect(checkOrder({ type: "DVPO", startsOn: START, endsOn: shiftIsoDate(START, 40), conditions: [""], protectedPeople: 0 })).toEqual([
      { field: "endsOn", code: "ORDER_TOO_LONG", message: "A DVPO lasts at most 28 days; this one lasts 41" },
      { field: "protectedVictimIds", code: "INVALID", message: "An order protects at least one person" },
      { field: "conditions.0", code: "INVALID", message: `A condition has 1 to ${MAX_CONDITION_LENGTH} characters` },
    ]);
  });

  it("refuses a disclosure that ends before it was made for both reasons", () => {
    expect(checkOrder(terms({ type: "DVDS_DISCLOSURE", endsOn: "2025-12-31" })).map(({ field, code }) => ({ field, code }))).toEqual([
      { field: "endsOn", code: "INVALID" },
      { field: "endsOn", code: "INVALID" },
    ]);
  });
});

describe("orderInForce, daysUntilExpiry and expiresWithinDays", () => {
  const order = (type: OrderType, startsOn: string, endsOn: string | null) => ({ type, startsOn, endsOn });

  it.each([
    { what: "started today, ends in 20 days", o: order("DVPO", TODAY, "2026-07-05"), inForce: true, left: 20, within7: false },
    { what: "on its last day", o: order("DVPO", "2026-06-01", TODAY), inForce: true, left: 0, within7: true },
    { what: "ends tomorrow", o: order("DVPN", "2026-06-13", "2026-06-16"), inForce: true, left: 1, within7: true },
    { what: "ends in exactly 7 days", o: order("DVPO", "2026-06-01", "2026-06-22"), inForce: true, left: 7, within7: true },
    { what: "ends in 8 days", o: order("DVPO", "2026-06-01", "2026-06-23"), inForce: true, left: 8, within7: false },
    { what: "ended yesterday", o: order("DVPO", "2026-05-20", "2026-06-14"), inForce: false, left: -1, within7: false },
    { what: "ended long ago", o: order("RESTRAINING_ORDER", "2024-01-01", "2025-01-01"), inForce: false, left: -530, within7: false },
    { what: "not yet started, though it ends within a week", o: order("DVPN", "2026-06-16", "2026-06-18"), inForce: false, left: 3, within7: false },
    { what: "not yet started, with no end", o: order("NON_MOLESTATION_ORDER", "2026-07-01", null), inForce: false, left: null, within7: false },
    { what: "with no end", o: order("NON_MOLESTATION_ORDER", "2025-01-01", null), inForce: true, left: null, within7: false },
    { what: "a disclosure, never in force", o: order("DVDS_DISCLOSURE", "2026-06-01", null), inForce: false, left: null, within7: false },
    { what: "a disclosure made today", o: order("DVDS_DISCLOSURE", TODAY, null), inForce: false, left: null, within7: false },
    // Not a valid record, but if one slipped through it still is not an order in force.
    { what: "a disclosure with an end date", o: order("DVDS_DISCLOSURE", "2026-06-01", "2026-06-20"), inForce: false, left: 5, within7: false },
  ])("an order $what → in force: $inForce, days left: $left, expires within 7: $within7", ({ o, inForce, left, within7 }) => {
    expect(orderInForce(o, TODAY)).toBe(inForce);
    expect(daysUntilExpiry(o, TODAY)).toBe(left);
    expect(expiresWithinDays(o, TODAY, 7)).toBe(within7);
  });

  it.each([
    [0, false],
    [1, true],
    [2, true],
  ])("an order ending tomorrow expires within %i days: %s", (days, within) => {
    expect(expiresWithinDays(order("DVPO", "2026-06-01", "2026-06-16"), TODAY, days)).toBe(within);
  });

  it("an order on its last day expires within 0 days", () => {
    expect(expiresWithinDays(order("DVPO", "2026-06-01", TODAY), TODAY, 0)).toBe(true);
  });

  it("counts days across a leap day", () => {
    expect(daysUntilExpiry(order("DVPO", "2028-02-20", "2028-03-01"), "2028-02-27")).toBe(3);
    expect(daysUntilExpiry(order("DVPO", "2027-02-20", "2027-03-01"), "2027-02-27")).toBe(2);
  });
});
