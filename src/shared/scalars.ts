import { GraphQLScalarType } from "graphql";
import { DateTimeResolver, LocalDateResolver } from "graphql-scalars";

const localDate = LocalDateResolver.toConfig();
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar date, ISO 8601 `YYYY-MM-DD`, carried as that string (no time zone to shift it). Input is
 * checked in full (a real calendar day); output in the shape alone, since every date the API answers
 * comes from a PostgreSQL `date` or from a date it parsed: the full check cost a Date per value.
 */
export const DateScalar = new GraphQLScalarType({
  ...localDate,
  name: "Date",
  description: "A calendar date in ISO 8601 form, YYYY-MM-DD.",
  serialize: (value) => (typeof value === "string" && DATE_SHAPE.test(value) ? value : localDate.serialize(value)),
});

export const DateTimeScalar = DateTimeResolver;
