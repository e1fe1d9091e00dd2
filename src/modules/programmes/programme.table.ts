import { boolean, check, integer, pgTable, text } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { createdAt, id, oneOf } from "../../db/columns.js";
import { COMPLETION_KINDS, PROGRAMME_CODES, RISK_LEVELS, SEXES } from "./programme.model.js";
import type { CompletionKind, ProgrammeCode, ProgrammeRules, RiskLevel, Sex } from "./programme.model.js";

export const programmes = pgTable(
  "programmes",
  {
    id: id(),
    code: text("code").notNull().unique(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    minAge: integer("min_age"),
    maxAge: integer("max_age"),
    requiredSex: text("required_sex"),
    requiresChildUnderAge: integer("requires_child_under_age"),
    mandated: boolean("mandated").notNull(),
    minimumRiskLevel: text("minimum_risk_level"),
    sessionsTotal: integer("sessions_total").notNull(),
    completionKind: text("completion_kind").notNull(),
    completionValue: integer("completion_value").notNull(),
    closesAfterSession: integer("closes_after_session"),
    maxGroupSize: integer("max_group_size").notNull(),
    moduleStartSessions: integer("module_start_sessions").array().notNull().default(sql`'{1}'::integer[]`),
    catchUpBeforeNextModule: boolean("catch_up_before_next_module").notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    check("programmes_code_check", oneOf("code", PROGRAMME_CODES)),
    check("programmes_required_sex_check", sql`required_sex is null or ${oneOf("required_sex", SEXES)}`),
    check("programmes_minimum_risk_check", sql`minimum_risk_level is null or ${oneOf("minimum_risk_level", RISK_LEVELS)}`),
    check("programmes_completion_kind_check", oneOf("completion_kind", COMPLETION_KINDS)),
    check("programmes_sessions_check", sql`sessions_total between 1 and 200`),
    check(
      "programmes_completion_value_check",
      sql`completion_value >= 1 and (completion_kind <> 'PERCENTAGE' or completion_value <= 100) and (completion_kind <> 'SESSION_COUNT' or completion_value <= sessions_total)`,
    ),
    check("programmes_closes_after_check", sql`closes_after_session is null or closes_after_session between 1 and sessions_total`),
    check("programmes_age_check", sql`min_age is null or max_age is null or min_age <= max_age`),
    check("programmes_group_size_check", sql`max_group_size between 1 and 50`),
    check("programmes_module_starts_check", sql`module_start_sessions[1] = 1 and sessions_total >= all(module_start_sessions)`),
  ],
);

export type ProgrammeRow = typeof programmes.$inferSelect;

/** A row's rules in the shape the pure rule functions take. */
export function rulesOf(row: ProgrammeRow): ProgrammeRules {
  return {
    code: row.code as ProgrammeCode,
    name: row.name,
    minAge: row.minAge,
    maxAge: row.maxAge,
    requiredSex: row.requiredSex as Sex | null,
    requiresChildUnderAge: row.requiresChildUnderAge,
    mandated: row.mandated,
    minimumRiskLevel: row.minimumRiskLevel as RiskLevel | null,
    sessionsTotal: row.sessionsTotal,
    completionKind: row.completionKind as CompletionKind,
    completionValue: row.completionValue,
    closesAfterSession: row.closesAfterSession,
    maxGroupSize: row.maxGroupSize,
    moduleStartSessions: row.moduleStartSessions,
    catchUpBeforeNextModule: row.catchUpBeforeNextModule,
  };
}
