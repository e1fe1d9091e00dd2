import type { ImportKind, ImportProblem } from "./import.model.js";

/**
 * The columns each kind of file may have. Headers are matched ignoring case, spaces, hyphens and
 * underscores ("Date of birth", "date_of_birth" and "DATE-OF-BIRTH" are one column); columns may come
 * in any order; an unknown column is refused, so a misspelt one is not silently dropped.
 */
export interface ColumnSpec {
  /** The name the README documents and problems report. */
  name: string;
  required: boolean;
  aliases?: string[];
  description: string;
}

export const PEOPLE_COLUMNS: readonly ColumnSpec[] = [
  { name: "given_name", required: true, aliases: ["first_name", "forename"], description: "Given name(s), 1 to 100 characters." },
  { name: "family_name", required: true, aliases: ["surname", "last_name"], description: "Family name, 1 to 100 characters." },
  { name: "date_of_birth", required: true, aliases: ["dob"], description: "YYYY-MM-DD or DD/MM/YYYY; not in the future, no more than 110 years ago." },
  { name: "sex", required: true, description: "MALE, FEMALE, INTERSEX or NOT_KNOWN (any case)." },
  { name: "crn", required: false, description: "Probation case reference number, e.g. X123456." },
  { name: "pnc", required: false, aliases: ["pnc_id", "pnc_number"], description: "PNC ID in any accepted form (2001/0171310W, 01/171310W); its check letter is checked." },
  { name: "prison_number", required: false, aliases: ["noms_number"], description: "NOMIS prison number, e.g. A1234BC." },
  { name: "cro_number", required: false, aliases: ["cro"], description: "CRO number, NNNNNN/YYL or SFYY/NNNNNNL." },
  { name: "gender_identity", required: false, description: "In the person's own words; optional equality data." },
  { name: "ethnicity", required: false, description: "As the person describes it; optional equality data." },
  { name: "sexual_orientation", required: false, description: "Optional equality data." },
  { name: "first_language", required: false, description: "Optional." },
  { name: "interpreter_required", required: false, description: "yes / no (also true / false, y / n); blank is no." },
  { name: "needs", required: false, description: "Needs separated by semicolons, e.g. ALCOHOL_MISUSE;ACCOMMODATION." },
];

export const REFERRAL_COLUMNS: readonly ColumnSpec[] = [
  { name: "crn", required: false, description: "The person's CRN; the person must already be held (import people first). CRN or PNC is required." },
  { name: "pnc", required: false, aliases: ["pnc_id", "pnc_number"], description: "The person's PNC ID, used when there is no CRN." },
  { name: "programme", required: true, description: "Programme code: CARING_DADS, CHOICES, PACT or BBR." },
  { name: "source", required: true, description: "Who referred: PROBATION, POLICE, FRONT_DOOR_SAFEGUARDING_HUB, CHILDRENS_SERVICES, YOUTH_JUSTICE_SERVICE, SCHOOL, FAMILY_COURT, SELF or OTHER." },
  { name: "legal_basis", required: false, description: "Required for a mandated programme (BBR), refused for a voluntary one: COMMUNITY_ORDER, SUSPENDED_SENTENCE, LICENCE or FAMILY_COURT." },
  { name: "risk_level", required: false, description: "LOW, MEDIUM, HIGH or VERY_HIGH; BBR needs MEDIUM or above." },
  { name: "referred_date", required: true, aliases: ["referral_date", "date_referred"], description: "The date of referral, YYYY-MM-DD or DD/MM/YYYY; not in the future." },
];

const PERSON_REFERENCE: readonly ColumnSpec[] = [
  { name: "crn", required: false, description: "The person's CRN; the person must already be held (import people first). CRN or PNC is required." },
  { name: "pnc", required: false, aliases: ["pnc_id", "pnc_number"], description: "The person's PNC ID, used when there is no CRN." },
];

export const ATTENDANCE_COLUMNS: readonly ColumnSpec[] = [
  ...PERSON_REFERENCE,
  { name: "programme", required: true, description: "Programme code: CARING_DADS, CHOICES, PACT or BBR." },
  { name: "group", required: true, aliases: ["group_name"], description: "The group's name as held (names are unique within a programme); the person must be allocated to it." },
  { name: "session_number", required: true, aliases: ["session"], description: "The group's session number (1, 2, ...); the session must have started and not been cancelled." },
  { name: "outcome", required: true, aliases: ["attendance"], description: "ATTENDED, LATE, ABSENT_ACCEPTABLE, ABSENT_UNACCEPTABLE or EXCLUDED." },
  { name: "behaviour_concern", required: false, description: "yes / no; blank is no." },
];

export const IOM_COHORT_COLUMNS: readonly ColumnSpec[] = [
  ...PERSON_REFERENCE,
  { name: "selection_source", required: true, aliases: ["source"], description: "Who put the person forward: FRONT_DOOR_SAFEGUARDING_HUB, MARAC, PROBATION, POLICE or OTHER." },
  { name: "cohort_type", required: true, description: "FIXED, FLEX or FREE (domestic abuse is usually FLEX)." },
  { name: "rfg_score", required: false, description: "Recency-Frequency-Gravity score at selection, 0 to 10000." },
  { name: "started_on", required: true, aliases: ["selected_on", "selection_date"], description: "The day the person joined the cohort; not in the future; the person was 18 or over." },
  { name: "ended_on", required: false, aliases: ["deselected_on"], description: "For a past membership: the day the person left (with deselection_reason)." },
  { name: "deselection_reason", required: false, description: "REDUCED_RISK, CUSTODY, MOVED_AREA, DECEASED or OTHER (OTHER needs deselection_note)." },
  { name: "deselection_note", required: false, description: "Why, when the reason is OTHER; up to 2000 characters." },
  { name: "offender_manager_collar", required: false, aliases: ["collar_number"], description: "The police offender manager's collar number, as held in the IOM staff list." },
  { name: "force", required: false, description: "The offender manager's force, when the collar number is held in more than one force." },
];

export const COLUMNS_OF: Readonly<Record<ImportKind, readonly ColumnSpec[]>> = {
  PEOPLE: PEOPLE_COLUMNS,
  REFERRALS: REFERRAL_COLUMNS,
  ATTENDANCE: ATTENDANCE_COLUMNS,
  IOM_COHORT: IOM_COHORT_COLUMNS,
};

const key = (header: string) => header.trim().toLowerCase().replace(/[\s_-]+/g, "");

/** The row's values by column name (blank cells are absent). */
export type RowValues = Partial<Record<string, string>>;

export interface Header {
  /** For each position in a row, the column's name. */
  names: string[];
}

/** Reads the header row: each column known, none twice, every required one present. Problems are on row 1. */
export function readHeader(kind: ImportKind, fields: string[]): { ok: true; header: Header } | { ok: false; problems: ImportProblem[] } {
  const specs = COLUMNS_OF[kind];
  const byKey = new Map<string, ColumnSpec>();
  for (const spec of specs) for (const name of [spec.name, ...(spec.aliases ?? [])]) byKey.set(key(name), spec);
  const problems: ImportProblem[] = [];
  const names: string[] = [];
  fields.forEach((field, index) => {
    const spec = byKey.get(key(field));
    if (!spec) {
      problems.push({ row: 1, column: field.trim(), code: "INVALID", message: `Column ${index + 1} ("${field.trim()}") is not a ${kind.toLowerCase()} column; the columns are ${specs.map((s) => s.name).join(", ")}` });
      names.push("");
      return;
    }
    if (names.includes(spec.name)) problems.push({ row: 1, column: spec.name, code: "DUPLICATE", message: `Column ${spec.name} appears twice` });
    names.push(spec.name);
  });
  for (const spec of specs) {
    if (spec.required && !names.includes(spec.name)) problems.push({ row: 1, column: spec.name, code: "INVALID", message: `The required column ${spec.name} is missing` });
  }
  return problems.length ? { ok: false, problems } : { ok: true, header: { names } };
}

/** A data row's values by column; a row with more cells than the header has is refused. */
export function rowValues(header: Header, row: number, fields: string[]): { values: RowValues; problems: ImportProblem[] } {
  const values: RowValues = {};
  const problems: ImportProblem[] = [];
  if (fields.length > header.names.length) {
    problems.push({ row, column: null, code: "INVALID", message: `The row has ${fields.length} cells; the header names ${header.names.length} columns` });
  }
  header.names.forEach((name, index) => {
    const value = fields[index]?.trim();
    if (value) values[name] = value;
  });
  return { values, problems };
}
