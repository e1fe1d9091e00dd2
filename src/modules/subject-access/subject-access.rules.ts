import type { Period } from "../../shared/period.js";

/** What a subject access request asks for: the person, by either identifier HMPPS sends, and the period. */
export interface SubjectAccessQuery {
  crn: string | null;
  prn: string | null;
  period: Period;
}

export type ParsedSubjectAccessQuery = { query: SubjectAccessQuery } | { problem: string };

const CRN = /^[A-Z]\d{6}$/;
const PRISON_NUMBER = /^[A-Z]\d{4}[A-Z]{2}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const isDay = (value: string) => DAY.test(value) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;

/**
 * The HMPPS subject-access-request parameters: `crn` (nDelius case reference number) and/or `prn`
 * (NOMIS prison number), at least one; `fromDate` and `toDate` optional days (YYYY-MM-DD), both
 * included. Identifiers are read in capitals, as they are stored.
 */
export function parseSubjectAccessQuery(params: URLSearchParams): ParsedSubjectAccessQuery {
  const given = (name: string) => {
    const value = params.get(name)?.trim() ?? "";
    return value === "" ? null : value;
  };
  const crn = given("crn")?.toUpperCase() ?? null;
  const prn = given("prn")?.toUpperCase() ?? null;
  const from = given("fromDate");
  const to = given("toDate");
  if (!crn && !prn) return { problem: "One of prn or crn must be supplied." };
  if (crn && !CRN.test(crn)) return { problem: "crn must be a case reference number: a letter and six digits, e.g. X123456." };
  if (prn && !PRISON_NUMBER.test(prn)) return { problem: "prn must be a prison number: a letter, four digits and two letters, e.g. A1234BC." };
  if (from && !isDay(from)) return { problem: "fromDate must be a date, YYYY-MM-DD." };
  if (to && !isDay(to)) return { problem: "toDate must be a date, YYYY-MM-DD." };
  if (from && to && from > to) return { problem: "fromDate must not be after toDate." };
  return { query: { crn, prn, period: { from, to } } };
}
