import type { Executor } from "../../db/client.js";
import { identifierParsersAt } from "../perpetrators/index.js";
import { rulesOf, type ProgrammeRow, type Sex } from "../programmes/index.js";
import { checkEligibility, TERMINAL_STATUSES, type ReferralRepository, type ReferralStatus } from "../referrals/index.js";
import { isoDate } from "../../shared/clock.js";
import type { CsvRecord } from "./csv.rules.js";
import { rowValues, type Header } from "./import-columns.rules.js";
import { readReferralRow, type ReferralRowValues } from "./import-rows.rules.js";
import type { ImportActor, ImportProblem } from "./import.model.js";
import type { HeldPerson, HeldReferral, ImportRepository } from "./import.repository.js";
import { resolvePeople } from "./person-reference.js";
import { Outcomes, type ImportPlan, type PlanOptions, type WrittenRecord } from "./import-plan.js";

/** referToProgramme's input field → the CSV column (the person's facts come from their record, named by crn or pnc). */
const COLUMN_OF_FIELD: Readonly<Record<string, string>> = { legalBasis: "legal_basis", riskLevel: "risk_level" };

interface Resolved {
  values: ReferralRowValues;
  person: HeldPerson;
  programme: ProgrammeRow;
}

/**
 * A referrals file. Each row names a person already held (by CRN, then PNC ID) and a programme. The same
 * person, programme and referred date (UTC calendar day) is the same referral: held already, the row is
 * unchanged (or matched when its source, legal basis or risk level differ; the referral is not changed).
 * A new one is checked as referToProgramme checks it: the programme's eligibility rules (the person's age
 * on the referred date) and one open referral per person and programme. Imported referrals start REFERRED.
 */
export async function planReferrals(
  executor: Executor,
  deps: { repository: ImportRepository; referrals: ReferralRepository; programmes: ReadonlyMap<string, ProgrammeRow> },
  header: Header,
  records: CsvRecord[],
  options: PlanOptions,
): Promise<ImportPlan> {
  const outcomes = new Outcomes(records.map((record) => record.line));
  const parsers = identifierParsersAt(options.now);
  const today = isoDate(options.now);
  const valid: ReferralRowValues[] = [];
  for (const record of records) {
    const { values, problems } = rowValues(header, record.line, record.fields);
    const read = readReferralRow(record.line, values, today, parsers);
    outcomes.refuse(problems);
    if (read.ok && !problems.length) valid.push(read.value);
    else if (!read.ok) outcomes.refuse(read.problems);
  }

  const people = await resolvePeople(executor, deps.repository, valid.map((values) => ({ ...values, row: values.row })));
  outcomes.refuse(people.problems);
  const resolved: Resolved[] = [];
  for (const { row: values, person } of people.found) {
    const programme = deps.programmes.get(values.programme);
    if (!programme) outcomes.refuse([{ row: values.row, column: "programme", code: "NOT_FOUND", message: `Programme ${values.programme} is not set up` }]);
    else resolved.push({ values, person, programme });
  }

  const personIds = [...new Set(resolved.map((r) => r.person.id))];
  const [children, heldReferrals] = await Promise.all([deps.repository.childrenOf(executor, personIds), deps.repository.referralsOf(executor, personIds)]);
  const openNow = new Set(heldReferrals.filter((r) => !TERMINAL_STATUSES.includes(r.status as ReferralStatus)).map((r) => `${r.perpetratorId}|${r.programmeId}`));
  const firstRowOf = new Map<string, number>();
  const toCreate: Resolved[] = [];
  resolved.forEach((row, index) => {
    const { values, person, programme } = row;
    const refuse = (column: string, code: ImportProblem["code"], message: string) => outcomes.refuse([{ row: values.row, column, code, message }]);
    options.onProgress?.("checking", index + 1, resolved.length);
    const key = `${person.id}|${programme.id}|${values.referredDate}`;
    const earlier = firstRowOf.get(key);
    if (earlier !== undefined) return refuse("referred_date", "DUPLICATE", `Row ${earlier} is the same referral (person, programme and referred date)`);
    firstRowOf.set(key, values.row);

    const existing = heldReferrals.find((r) => r.perpetratorId === person.id && r.programmeId === programme.id && r.referredDate === values.referredDate);
    if (existing) return outcomes.set(values.row, sameDetails(existing, values) ? "unchanged" : "matched", existing.id);

    const open = `${person.id}|${programme.id}`;
    if (openNow.has(open)) return refuse("programme", "DUPLICATE", `This person already has an open ${programme.name} referral`);
    const failures = checkEligibility(
      rulesOf(programme),
      { dateOfBirth: person.dateOfBirth, sex: person.sex as Sex, children: children.filter((c) => c.perpetratorId === person.id) },
      { legalBasis: values.legalBasis, riskLevel: values.riskLevel },
      values.referredDate,
    );
    const personColumn = values.crn ? "crn" : "pnc";
    if (failures.length) return outcomes.refuse(failures.map((f) => ({ row: values.row, column: COLUMN_OF_FIELD[f.field] ?? personColumn, code: "INELIGIBLE", message: f.message })));
    openNow.add(open);
    toCreate.push(row);
    outcomes.set(values.row, "created", null);
  });

  return {
    outcomes,
    async write(tx: Executor, actor: ImportActor): Promise<WrittenRecord[]> {
      const ids: WrittenRecord[] = [];
      const now = options.now;
      for (const { values, person, programme } of toCreate) {
        const created = await deps.referrals.insert(
          tx,
          {
            perpetratorId: person.id,
            programmeId: programme.id,
            status: "REFERRED",
            legalBasis: values.legalBasis,
            source: values.source,
            riskLevel: values.riskLevel,
            referredBy: actor.sub,
            referredByOrg: actor.org,
            referredAt: new Date(`${values.referredDate}T00:00:00.000Z`),
          },
          { fromStatus: null, toStatus: "REFERRED", version: 1, note: `Imported from a CSV file (row ${values.row})`, actorSub: actor.sub, actorName: actor.name, occurredAt: now },
        );
        ids.push({ id: created.id, perpetratorId: person.id });
        outcomes.set(values.row, "created", created.id);
        options.onProgress?.("writing", ids.length, toCreate.length);
      }
      return ids;
    },
  };
}

function sameDetails(held: HeldReferral, row: ReferralRowValues): boolean {
  return held.source === row.source && held.legalBasis === row.legalBasis && held.riskLevel === row.riskLevel;
}
