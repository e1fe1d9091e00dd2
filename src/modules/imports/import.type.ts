import { Field, InputType, Int, ObjectType } from "type-graphql";
import { graphqlEnum } from "../../shared/enums.js";
import { UserError, UserErrorCode } from "../../shared/user-errors.js";
import { IMPORT_KINDS, type ImportKind } from "./import.model.js";

/** The largest CSV the mutation takes, in characters (inside the default 256 KB request body); the command line takes any size. */
export const MAX_IMPORT_CSV_CHARACTERS = 200_000;
/** The most data rows the mutation takes in one file. */
export const MAX_IMPORT_ROWS = 2_000;

export const ImportKindEnum = graphqlEnum(IMPORT_KINDS, "ImportKind", {
  description: "What the rows of an imported CSV file are.",
  valuesConfig: {
    PEOPLE: { description: "People (perpetrators): given_name, family_name, date_of_birth, sex, and crn, pnc, prison_number, cro_number, equality data, needs." },
    REFERRALS: { description: "Referrals of people already held: the person's crn or pnc, programme, source, legal_basis, risk_level, referred_date." },
    ATTENDANCE: { description: "Session attendance of people placed in a group: the person's crn or pnc, programme, group (its name), session_number, outcome, behaviour_concern." },
    IOM_COHORT: { description: "IOM cohort memberships, current or past: the person's crn or pnc, selection_source, cohort_type, rfg_score, started_on, ended_on with deselection_reason (and deselection_note), offender_manager_collar and force." },
  },
});

@InputType({ description: "A CSV file to check, and to import unless dryRun." })
export class ImportCsvInput {
  @Field(() => ImportKindEnum, { description: "What the file's rows are." })
  kind!: ImportKind;

  @Field({ description: `The file's text: a header row naming the columns, then one row per record (RFC 4180 CSV, UTF-8). At most ${MAX_IMPORT_CSV_CHARACTERS} characters and ${MAX_IMPORT_ROWS} data rows; larger files go through the command line (npm run import).` })
  csv!: string;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: "Check every row and report what would happen, writing nothing. False when left out." })
  dryRun?: boolean;
}

@ObjectType({ description: "A problem with one row of an imported file (or with the file as a whole)." })
export class ImportProblem {
  @Field(() => Int, { nullable: true, description: "The file's line the row starts on (1 is the header row); null for a problem with the whole file." })
  row!: number | null;

  @Field(() => String, { nullable: true, description: "The column at fault, by its documented name (e.g. pnc, date_of_birth); null when the row as a whole is at fault." })
  column!: string | null;

  @Field(() => UserErrorCode, { description: "The kind of problem, as the API's mutations give it (e.g. INVALID for a wrong PNC check letter, DUPLICATE for a person twice in the file, INELIGIBLE for a programme's rule)." })
  code!: UserErrorCode;

  @Field({ description: "What is wrong, in plain English; it names columns, never the row's values." })
  message!: string;
}

@ObjectType({ description: "What happened (or, on a dry run or a refused file, would happen) to the file's data rows; each row counts once." })
export class ImportCounts {
  @Field(() => Int, { description: "Rows making a new record." })
  created!: number;

  @Field(() => Int, { description: "Rows naming a record already held (a person by CRN, then PNC ID; a referral by person, programme and referred date) whose details differ from the file's: the record is kept as held, not overwritten." })
  matched!: number;

  @Field(() => Int, { description: "Rows naming a record already held with the same details: nothing to write." })
  unchanged!: number;

  @Field(() => Int, { description: "Rows with at least one problem." })
  refused!: number;
}

@ObjectType({ description: "The outcome of checking, or importing, a CSV file." })
export class ImportResult {
  @Field(() => ImportKindEnum, { description: "What the file's rows are." })
  kind!: ImportKind;

  @Field({ description: "Whether this was a dry run (nothing is written)." })
  dryRun!: boolean;

  @Field({ description: "Whether records were written: a real run writes all of the file's new records, or (when any row has a problem) none." })
  written!: boolean;

  @Field(() => Int, { description: "Data rows in the file (the header row not counted)." })
  rows!: number;

  @Field(() => ImportCounts, { description: "Rows by outcome." })
  counts!: ImportCounts;

  @Field(() => [ImportProblem], { description: "Every problem found, in row order; empty when the file can be (or was) imported whole." })
  problems!: ImportProblem[];
}

@ObjectType({ description: "The answer to importCsv: the file's outcome, or why it was not read." })
export class ImportCsvPayload {
  @Field(() => ImportResult, { nullable: true, description: "The outcome; null when userErrors is not empty." })
  result!: ImportResult | null;

  @Field(() => [UserError], { description: "Why the file was not read at all (e.g. too large); empty otherwise. Problems with rows are in result.problems." })
  userErrors!: UserError[];
}
