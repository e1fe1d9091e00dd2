import { sql, type AnyColumn, type SQL, type SQLWrapper } from "drizzle-orm";
import { timestamp, uuid } from "drizzle-orm/pg-core";

/** Primary key: random UUIDs, so ids reveal neither volume nor order to clients. */
export const id = () => uuid("id").primaryKey().default(sql`gen_random_uuid()`);

export const createdAt = () => timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow();
export const updatedAt = () => timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow();
export const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

/** A SQL `IN (...)` check over a closed set of values, used for enumerated text columns. */
export const oneOf = (column: string, values: readonly string[]) =>
  sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(", ")})`);

/**
 * A dated row (an allocation, a link) holds on `today`: started by then and not yet ended. The end
 * date is exclusive, the first day it no longer holds, so a handover ends the old row on the day the
 * new one starts and the two never overlap. The SQL twin of `isCurrentOn` (case.rules.ts).
 */
export const currentOn = (startedOn: SQLWrapper | AnyColumn, endedOn: SQLWrapper | AnyColumn, today: string): SQL =>
  sql`${startedOn} <= ${today}::date and (${endedOn} is null or ${endedOn} > ${today}::date)`;
