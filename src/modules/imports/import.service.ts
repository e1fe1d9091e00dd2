import type { Database, Executor } from "../../db/client.js";
import { uniqueViolation } from "../../db/errors.js";
import type { PerpetratorRepository } from "../perpetrators/index.js";
import { PROGRAMME_CODES, type ProgrammeRow, type ProgrammeService } from "../programmes/index.js";
import type { ReferralRepository } from "../referrals/index.js";
import type { AttendanceRepository } from "../attendance/index.js";
import type { CohortRepository } from "../iom/index.js";
import type { AuditContext, AuditLog } from "../../shared/audit/index.js";
import type { ActivityImportRepository } from "./activity-import.repository.js";
import { planAttendance } from "./attendance-import.js";
import { planCohort } from "./cohort-import.js";
import { parseCsv, type CsvRecord } from "./csv.rules.js";
import { readHeader, type Header } from "./import-columns.rules.js";
import type { ImportPlan, PlanOptions, WrittenRecord } from "./import-plan.js";
import type { ImportActor, ImportKind, ImportProblem, ImportProgress, ImportSummary } from "./import.model.js";
import type { ImportRepository } from "./import.repository.js";
import { planPeople } from "./people-import.js";
import { planReferrals } from "./referral-import.js";

export interface ImportRequest {
  kind: ImportKind;
  csv: string;
  dryRun: boolean;
}

export interface ImportOptions {
  now: Date;
  /** Who the audit log attributes the written records to (the request, or the command line's operator). */
  auditContext: AuditContext;
  /** Refused beyond this many data rows (the GraphQL mutation's cap; the command line has none). */
  maxRows?: number;
  onProgress?: ImportProgress;
}

export interface ImportDependencies {
  repository: ImportRepository;
  activity: ActivityImportRepository;
  perpetrators: PerpetratorRepository;
  referrals: ReferralRepository;
  attendance: AttendanceRepository;
  cohort: CohortRepository;
  programmes: ProgrammeService;
  audit: AuditLog;
}

/** The audit log's name for what each kind of file creates. */
const AUDITED_TYPE: Readonly<Record<ImportKind, string>> = { PEOPLE: "Perpetrator", REFERRALS: "Referral", ATTENDANCE: "AttendanceRecord", IOM_COHORT: "IomMembership" };

/** Raised inside the transaction so that it rolls back: the plan found problems, and nothing may be written. */
class RefusedFile {
  constructor(readonly plan: ImportPlan) {}
}

/**
 * Imports a spreadsheet of people, referrals, attendance or IOM cohort memberships, for the command line and the importCsv mutation alike
 * (the caller decides who may). Every row is checked by the API's own rules and matched against what is
 * held. A dry run reports and writes nothing; a real run is one transaction, written only when no row
 * has a problem, and re-running a file writes nothing new (every row then matches what it wrote).
 */
export class ImportService {
  constructor(
    private readonly db: Database,
    private readonly deps: ImportDependencies,
  ) {}

  async run(actor: ImportActor, request: ImportRequest, options: ImportOptions): Promise<ImportSummary> {
    const { kind, dryRun } = request;
    const fileProblem = (problem: ImportProblem, rows = 0): ImportSummary => ({
      kind,
      dryRun,
      written: false,
      rows,
      counts: { created: 0, matched: 0, unchanged: 0, refused: rows },
      problems: [problem],
      createdIds: [],
    });
    const parsed = parseCsv(request.csv);
    if (!parsed.ok) return fileProblem({ row: parsed.line, column: null, code: "INVALID", message: `The file is not valid CSV: ${parsed.message}` });
    const [headerRecord, ...records] = parsed.records;
    if (!headerRecord) return fileProblem({ row: null, column: null, code: "INVALID", message: "The file is empty: it needs a header row and at least one data row" });
    const header = readHeader(kind, headerRecord.fields);
    if (!header.ok) return { ...fileProblem(header.problems[0]!, records.length), problems: header.problems };
    if (options.maxRows !== undefined && records.length > options.maxRows) {
      return fileProblem({ row: null, column: null, code: "INVALID", message: `The file has ${records.length} data rows; at most ${options.maxRows} are taken here (use the command line, npm run import, for larger files)` }, records.length);
    }

    // Read before the transaction: the catalogue reads through the pool, which PGlite's one connection would hold.
    const programmes = await this.programmeRows();
    const planOptions: PlanOptions = { now: options.now, onProgress: options.onProgress };
    const plan = (executor: Executor) => this.plan(executor, kind, header.header, records, planOptions, programmes);
    const summary = (p: ImportPlan, written: boolean, created: WrittenRecord[]): ImportSummary => ({
      kind,
      dryRun,
      written,
      rows: records.length,
      counts: p.outcomes.counts(),
      problems: p.outcomes.sortedProblems(),
      createdIds: created.map((record) => record.id),
    });

    if (dryRun) return summary(await plan(this.db), false, []);
    try {
      // Matching and writing in one transaction: what was matched cannot change before the write.
      const done = await this.db.transaction(async (tx) => {
        const planned = await plan(tx);
        if (planned.outcomes.problems.length) throw new RefusedFile(planned);
        const ids = await planned.write(tx, actor);
        // Each record the file created is a collection (DPA 2018 s.62), logged with the columns it came from.
        await this.deps.audit.recordWrite(
          tx,
          options.auditContext,
          "COLLECTION",
          ids.map((record) => ({ entity: { type: AUDITED_TYPE[kind], id: record.id, perpetratorId: record.perpetratorId }, fields: header.header.names.filter(Boolean) })),
        );
        return { planned, ids };
      });
      return summary(done.planned, done.ids.length > 0, done.ids);
    } catch (error) {
      if (error instanceof RefusedFile) return summary(error.plan, false, []);
      // Someone else wrote one of the same people or open referrals meanwhile: nothing of the file was written.
      if (uniqueViolation(error)) {
        return fileProblem({ row: null, column: null, code: "CONFLICT", message: "A record in the file was written by someone else during the import; nothing was written: run it again" }, records.length);
      }
      throw error;
    }
  }

  private plan(executor: Executor, kind: ImportKind, header: Header, records: CsvRecord[], options: PlanOptions, programmes: ReadonlyMap<string, ProgrammeRow>): Promise<ImportPlan> {
    switch (kind) {
      case "PEOPLE":
        return planPeople(executor, this.deps, header, records, options);
      case "REFERRALS":
        return planReferrals(executor, { ...this.deps, programmes }, header, records, options);
      case "ATTENDANCE":
        return planAttendance(executor, { ...this.deps, programmes }, header, records, options);
      case "IOM_COHORT":
        return planCohort(executor, this.deps, header, records, options);
    }
  }

  private async programmeRows(): Promise<Map<string, ProgrammeRow>> {
    const rows = await Promise.all(PROGRAMME_CODES.map((code) => this.deps.programmes.byCode(code)));
    return new Map(rows.filter((row): row is ProgrammeRow => row !== null).map((row) => [row.code, row]));
  }
}
