import { parseIsoDate } from "../../shared/dates.js";
import { checkNotInFuture } from "../../shared/field-checks.js";
import type { UserError } from "../../shared/user-errors.js";
import { NEEDS, validateNewPerpetrator, type CreatePerpetratorInput, type IdentifierParsers, type Need, type NewPerpetrator } from "../perpetrators/index.js";
import { PROGRAMME_CODES, RISK_LEVELS, SEXES, type ProgrammeCode, type RiskLevel, type Sex } from "../programmes/index.js";
import { LEGAL_BASES, REFERRAL_SOURCES, type LegalBasis, type ReferralSource } from "../referrals/index.js";
import type { ImportProblem } from "./import.model.js";
import type { RowValues } from "./import-columns.rules.js";

/**
 * One data row to the values the API's own mutations take, checked by the same rules: a people row
 * becomes a createPerpetrator input and goes through validateNewPerpetrator; a referral row is read
 * here and checked against the programme by checkEligibility in the service. Problems name the CSV
 * column, never the value (a name or date of birth would otherwise reach logs and terminals).
 */

/** createPerpetrator's field → the CSV column it comes from. */
const PERSON_FIELD_COLUMN: Readonly<Record<string, string>> = {
  givenName: "given_name",
  familyName: "family_name",
  dateOfBirth: "date_of_birth",
  sex: "sex",
  crn: "crn",
  pncId: "pnc",
  prisonNumber: "prison_number",
  croNumber: "cro_number",
  genderIdentity: "gender_identity",
  ethnicity: "ethnicity",
  firstLanguage: "first_language",
  sexualOrientation: "sexual_orientation",
  interpreterRequired: "interpreter_required",
  needs: "needs",
};

const DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** YYYY-MM-DD, or DD/MM/YYYY as UK spreadsheets write dates; null when neither or not a real date. */
export function readDate(text: string): string | null {
  const dmy = DMY.exec(text);
  const iso = dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, "0")}-${dmy[1]!.padStart(2, "0")}` : text;
  return parseIsoDate(iso) ? iso : null;
}

/** One of an enum's values, ignoring case and reading spaces and hyphens as underscores. */
export function readChoice<T extends string>(text: string, choices: readonly T[]): T | null {
  const value = text.trim().toUpperCase().replace(/[\s-]+/g, "_");
  return (choices as readonly string[]).includes(value) ? (value as T) : null;
}

const YES = ["YES", "Y", "TRUE", "1"];
const NO = ["NO", "N", "FALSE", "0"];

export type Problems = ImportProblem[];
export const problem = (problems: Problems, row: number, column: string | null, code: ImportProblem["code"], message: string) => problems.push({ row, column, code, message });

export function required(values: RowValues, column: string, row: number, problems: Problems): string | null {
  const value = values[column];
  if (value === undefined) problem(problems, row, column, "INVALID", `${column} is required`);
  return value ?? null;
}

export function choice<T extends string>(values: RowValues, column: string, choices: readonly T[], row: number, problems: Problems, isRequired: boolean): T | null {
  const text = isRequired ? required(values, column, row, problems) : (values[column] ?? null);
  if (text === null) return null;
  const value = readChoice(text, choices);
  if (value === null) problem(problems, row, column, "INVALID", `${column} must be one of ${choices.join(", ")}`);
  return value;
}

export function dateIn(values: RowValues, column: string, row: number, problems: Problems): string | null {
  const text = required(values, column, row, problems);
  if (text === null) return null;
  const date = readDate(text);
  if (date === null) problem(problems, row, column, "INVALID", `${column} must be a date, YYYY-MM-DD or DD/MM/YYYY`);
  return date;
}

/** A yes/no column (also true/false, y/n, 1/0); blank is no. */
export function readYesNo(values: RowValues, column: string, row: number, problems: Problems): boolean {
  const text = values[column]?.toUpperCase();
  if (text === undefined || NO.includes(text)) return false;
  if (YES.includes(text)) return true;
  problem(problems, row, column, "INVALID", `${column} must be yes or no`);
  return false;
}

/** The column a user error of createPerpetrator is about. */
export function columnOfPersonError(error: UserError): string | null {
  const field = error.field[0] === "input" ? error.field[1] : error.field[0];
  return field ? (PERSON_FIELD_COLUMN[field] ?? field) : null;
}

export interface PersonRow {
  row: number;
  person: Omit<NewPerpetrator, "createdBy">;
}

/** A people row, as createPerpetrator would store it, or every problem it has. */
export function readPersonRow(row: number, values: RowValues, now: Date, parsers: IdentifierParsers): { ok: true; value: PersonRow } | { ok: false; problems: Problems } {
  const problems: Problems = [];
  const givenName = required(values, "given_name", row, problems);
  const familyName = required(values, "family_name", row, problems);
  const dateOfBirth = dateIn(values, "date_of_birth", row, problems);
  const sex = choice<Sex>(values, "sex", SEXES, row, problems, true);
  const interpreterRequired = readYesNo(values, "interpreter_required", row, problems);
  const needs: Need[] = [];
  for (const text of values.needs?.split(/[;|]/).map((n) => n.trim()).filter(Boolean) ?? []) {
    const need = readChoice(text, NEEDS);
    if (need) needs.push(need);
    else problem(problems, row, "needs", "INVALID", `needs must be among ${NEEDS.join(", ")}, separated by semicolons`);
  }
  if (givenName === null || familyName === null || dateOfBirth === null || sex === null) return { ok: false, problems };

  const input: CreatePerpetratorInput = {
    givenName,
    familyName,
    dateOfBirth,
    sex,
    crn: values.crn ?? null,
    pncId: values.pnc ?? null,
    prisonNumber: values.prison_number ?? null,
    croNumber: values.cro_number ?? null,
    genderIdentity: values.gender_identity ?? null,
    ethnicity: values.ethnicity ?? null,
    firstLanguage: values.first_language ?? null,
    sexualOrientation: values.sexual_orientation ?? null,
    interpreterRequired,
    needs,
    children: [],
  };
  const validated = validateNewPerpetrator(input, now, parsers);
  if (!validated.ok) for (const error of validated.errors) problem(problems, row, columnOfPersonError(error), error.code, error.message);
  if (problems.length || !validated.ok) return { ok: false, problems };
  return { ok: true, value: { row, person: validated.value.person } };
}

export interface ReferralRowValues {
  row: number;
  crn: string | null;
  pncId: string | null;
  programme: ProgrammeCode;
  source: ReferralSource;
  legalBasis: LegalBasis | null;
  riskLevel: RiskLevel | null;
  /** YYYY-MM-DD */
  referredDate: string;
}

/** The person a row is about: its crn and pnc columns, in canonical form; at least one is required. */
export function readPersonReference(row: number, values: RowValues, parsers: IdentifierParsers, problems: Problems): { crn: string | null; pncId: string | null } {
  const identifier = (column: "crn" | "pnc", parse: IdentifierParsers["crn"]) => {
    const text = values[column];
    if (text === undefined) return null;
    const parsed = parse(text);
    if (!parsed.ok) problem(problems, row, column, "INVALID", parsed.message);
    return parsed.ok ? parsed.value : null;
  };
  const crn = identifier("crn", parsers.crn);
  const pncId = identifier("pnc", parsers.pncId);
  if (values.crn === undefined && values.pnc === undefined) problem(problems, row, "crn", "INVALID", "The person's crn or pnc is required");
  return { crn, pncId };
}

/** The programme column: one of the programme codes, any case. */
export function readProgramme(row: number, values: RowValues, problems: Problems): ProgrammeCode | null {
  const text = required(values, "programme", row, problems);
  const programme = text === null ? null : readChoice(text, PROGRAMME_CODES);
  if (text !== null && programme === null) problem(problems, row, "programme", "NOT_FOUND", `Programme ${text} is not set up; the programmes are ${PROGRAMME_CODES.join(", ")}`);
  return programme;
}

/** A referral row's own values (the person and programme are looked up by the service), or every problem it has. */
export function readReferralRow(row: number, values: RowValues, today: string, parsers: IdentifierParsers): { ok: true; value: ReferralRowValues } | { ok: false; problems: Problems } {
  const problems: Problems = [];
  const { crn, pncId } = readPersonReference(row, values, parsers, problems);
  const programme = readProgramme(row, values, problems);
  const source = choice<ReferralSource>(values, "source", REFERRAL_SOURCES, row, problems, true);
  const legalBasis = choice<LegalBasis>(values, "legal_basis", LEGAL_BASES, row, problems, false);
  const riskLevel = choice<RiskLevel>(values, "risk_level", RISK_LEVELS, row, problems, false);
  const referredDate = dateIn(values, "referred_date", row, problems);
  const future = referredDate ? checkNotInFuture("referred_date", referredDate, today) : null;
  if (future) problem(problems, row, "referred_date", future.code, future.message);
  if (problems.length || programme === null || source === null || referredDate === null) return { ok: false, problems };
  return { ok: true, value: { row, crn, pncId, programme, source, legalBasis, riskLevel, referredDate } };
}

/** Rows whose key was already used by an earlier row: each later one refused as a DUPLICATE, naming the first. */
export function duplicatesWithinFile<T extends { row: number }>(rows: readonly T[], keys: { column: string; of: (row: T) => string | null; what: string }[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  for (const { column, of, what } of keys) {
    const first = new Map<string, number>();
    for (const row of rows) {
      const value = of(row);
      if (value === null) continue;
      const earlier = first.get(value);
      if (earlier === undefined) first.set(value, row.row);
      else problems.push({ row: row.row, column, code: "DUPLICATE", message: `Row ${earlier} has the same ${what}` });
    }
  }
  return problems;
}
