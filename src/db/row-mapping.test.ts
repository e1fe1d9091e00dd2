import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import * as drizzleUtils from "drizzle-orm/utils";
import { perpetratorChildren, perpetrators } from "../modules/perpetrators/perpetrator.table.js";
import { compileRowMapper, type SelectedField } from "./row-mapping.js";

/** drizzle's own mapping and field ordering (internal to drizzle, so not in its typings): the reference. */
const { mapResultRow, orderSelectedFields } = drizzleUtils as unknown as {
  mapResultRow(fields: SelectedField[], row: unknown[], joinsNotNullableMap?: Record<string, boolean>): Record<string, unknown>;
  orderSelectedFields(fields: Record<string, unknown>): SelectedField[];
};

/** A person left-joined to a child, with decoded and nested extras: every kind of column drizzle maps. */
const fields = orderSelectedFields({
  person: { id: perpetrators.id, createdAt: perpetrators.createdAt, needs: perpetrators.needs, dateOfBirth: perpetrators.dateOfBirth },
  child: { id: perpetratorChildren.id, relationship: perpetratorChildren.relationship, createdAt: perpetratorChildren.createdAt },
  total: sql<number>`count(*) over ()`.mapWith(Number),
  nested: { deeper: { flag: sql<boolean>`true`.mapWith((value: unknown) => value === "t") } },
  plain: sql<string>`'x'`,
});
const joins = { perpetrators: true, perpetrator_children: false };

const rows: unknown[][] = [
  ["p1", "2026-01-02 03:04:05.678+00", ["HOUSING"], "1980-01-01", "c1", "BIRTH", "2026-02-03 04:05:06+00", "3", "t", "x"],
  // A person with no child: the left-joined object is null, as drizzle makes it.
  ["p2", "2026-01-02 03:04:05+00", [], "1990-12-31", null, null, null, "3", "f", null],
  // A child row whose first column is not null but others are.
  ["p3", "2026-05-06 00:00:00+00", ["DRUGS", "ALCOHOL"], "2000-02-29", "c3", null, null, "0", null, "y"],
];

describe("compileRowMapper", () => {
  it.each(rows.map((row, index) => [index, row] as const))("maps row %i exactly as drizzle's mapResultRow does", (_index, row) => {
    expect(compileRowMapper(fields, joins)(row)).toEqual(mapResultRow(fields, row, joins));
  });

  it("decodes timestamps to the same Date values, and leaves a joined object in place when the join is not nullable", () => {
    const mapped = compileRowMapper(fields, { perpetrators: true, perpetrator_children: true })(rows[1]!);
    expect(mapped).toEqual(mapResultRow(fields, rows[1]!, { perpetrators: true, perpetrator_children: true }));
    expect((mapped.person as { createdAt: Date }).createdAt).toEqual(new Date("2026-01-02T03:04:05Z"));
    expect(mapped.child).toEqual({ id: null, relationship: null, createdAt: null });
  });

  it("maps without a joins map (a select from one table)", () => {
    const single = orderSelectedFields({ id: perpetrators.id, createdAt: perpetrators.createdAt, total: sql<number>`1`.mapWith(Number) });
    const row = ["p1", "2026-01-02 03:04:05+00", "7"];
    expect(compileRowMapper(single)(row)).toEqual(mapResultRow(single, row));
  });
});
