import { sql, type SQL } from "drizzle-orm";

/**
 * Equality groups for reports, from the free-text equality data a person's record holds. Each rule is
 * written once, as patterns over the trimmed, lower-cased text; `ethnicityGroup` and `firstLanguageGroup`
 * apply them in TypeScript (unit-tested) and `ethnicityGroupSql` / `firstLanguageGroupSql` compile the
 * same patterns to SQL for the report's statement, so the two cannot drift.
 */

/**
 * The ONS's five high-level ethnic groups (2021 Census: Asian, Black, Mixed, White, Other), matched on
 * the census labels the service stores ("White: Irish", "Asian, Asian British or Asian Welsh: Indian"),
 * their usual short forms, and the 2011 two-character codes (W1, A2, B9…). Text that says nothing was
 * given ("Not stated", "Prefer not to say", code Z) counts as NOT_RECORDED, like an empty field;
 * anything else that matches no group is UNCLASSIFIED rather than guessed.
 */
export const ETHNICITY_GROUPS = ["ASIAN", "BLACK", "MIXED", "WHITE", "OTHER", "UNCLASSIFIED", "NOT_RECORDED"] as const;
export type EthnicityGroup = (typeof ETHNICITY_GROUPS)[number];

/** POSIX regular expressions (also valid JavaScript), tried in order; the first match decides. */
/** A group's leading words (whole words) or 2011 code letter: POSIX regular expressions, also valid JavaScript. */
const group = (words: string, code: string) => `^((${words})([^a-z]|$)|${code}[0-9]$)`;

/** Tried in order; the first match decides. */
const ETHNICITY_PATTERNS: readonly [EthnicityGroup, string][] = [
  ["NOT_RECORDED", group("not stated|not known|not recorded|prefer not|refused|unknown", "z")],
  ["MIXED", group("mixed|multiple", "m")],
  ["ASIAN", group("asian|indian|pakistani|bangladeshi|chinese", "a")],
  ["BLACK", group("black|african|caribbean", "b")],
  ["WHITE", group("white", "w")],
  ["OTHER", group("other|arab", "o")],
];

export const FIRST_LANGUAGE_GROUPS = ["ENGLISH", "NOT_ENGLISH", "NOT_RECORDED"] as const;
export type FirstLanguageGroup = (typeof FIRST_LANGUAGE_GROUPS)[number];

const NOT_GIVEN = "^(not stated|not known|not recorded|prefer not|refused|unknown)([^a-z]|$)";
const ENGLISH = "^english([^a-z]|$)";

const normal = (text: string | null) => (text ?? "").trim().toLowerCase();

export function ethnicityGroup(text: string | null): EthnicityGroup {
  const value = normal(text);
  if (value === "") return "NOT_RECORDED";
  return ETHNICITY_PATTERNS.find(([, pattern]) => new RegExp(pattern).test(value))?.[0] ?? "UNCLASSIFIED";
}

export function firstLanguageGroup(text: string | null): FirstLanguageGroup {
  const value = normal(text);
  if (value === "" || new RegExp(NOT_GIVEN).test(value)) return "NOT_RECORDED";
  return new RegExp(ENGLISH).test(value) ? "ENGLISH" : "NOT_ENGLISH";
}

const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** The text as the rules read it (trimmed, lower-cased, '' for null), in SQL: compute it once per row and pass it to the two below. */
export const normalisedSql = (column: string): SQL => sql.raw(`lower(btrim(coalesce(${column}, '')))`);

/** The same rule as ethnicityGroup, over a normalised text expression (normalisedSql) in SQL. */
export function ethnicityGroupSql(value: string): SQL {
  const arms = ETHNICITY_PATTERNS.map(([group, pattern]) => `when ${value} ~ ${literal(pattern)} then ${literal(group)}`).join(" ");
  return sql.raw(`case when ${value} = '' then 'NOT_RECORDED' ${arms} else 'UNCLASSIFIED' end`);
}

/** The same rule as firstLanguageGroup, over a normalised text expression (normalisedSql) in SQL. */
export function firstLanguageGroupSql(value: string): SQL {
  return sql.raw(`case when ${value} = '' or ${value} ~ ${literal(NOT_GIVEN)} then 'NOT_RECORDED' when ${value} ~ ${literal(ENGLISH)} then 'ENGLISH' else 'NOT_ENGLISH' end`);
}
