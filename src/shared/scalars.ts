import { GraphQLScalarType } from "graphql";
import { DateTimeResolver, LocalDateResolver } from "graphql-scalars";

/** A calendar date, ISO 8601 `YYYY-MM-DD`, carried as that string (no time zone to shift it). */
export const DateScalar = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  name: "Date",
  description: "A calendar date in ISO 8601 form, YYYY-MM-DD.",
});

export const DateTimeScalar = DateTimeResolver;
