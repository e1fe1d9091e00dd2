import "reflect-metadata";
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { ConfigError, loadConfig, type Config } from "../config.js";
import { openDatabase } from "../db/client.js";
import { prepareDatabase } from "../db/bootstrap.js";
import { randomUUID } from "node:crypto";
import { ActivityImportRepository, COLUMNS_OF, ImportRepository, ImportService, IMPORT_KINDS, type ImportKind, type ImportProgress, type ImportSummary } from "../modules/imports/index.js";
import { AttendanceRepository } from "../modules/attendance/index.js";
import { CohortRepository } from "../modules/iom/index.js";
import { PerpetratorRepository } from "../modules/perpetrators/index.js";
import { ProgrammeCatalogue, ProgrammeRepository, ProgrammeService } from "../modules/programmes/index.js";
import { ReferralRepository } from "../modules/referrals/index.js";
import { AuditLog, AuditRepository } from "../shared/audit/index.js";
import { Viewer } from "../shared/auth/viewer.js";
import { systemClock } from "../shared/clock.js";
import { Outbox } from "../modules/events/index.js";

const columns = (specs: (typeof COLUMNS_OF)[ImportKind]) => specs.map((c) => `    ${c.name}${c.required ? " (required)" : ""}: ${c.description}`).join("\n");

const USAGE = `Checks a CSV file of people, referrals, attendance or IOM cohort memberships and imports it into the database the server uses
(PGlite's data folder, DATA_DIR, unless DATABASE_URL names a PostgreSQL server).

Usage: npm run import -- <file.csv> --kind people|referrals|attendance|iom-cohort [--dry-run] [--actor SUBJECT]

  --kind      what the rows are: people; or, for people already held, their referrals, their
              attendance at their group's sessions, or their IOM cohort memberships
  --dry-run   report every row's problems and what would be written; write nothing
  --actor     who the records are created by (default import-cli)
  --help      this text

A real run writes the whole file in one transaction, or nothing when any row has a problem; running a
file again writes nothing new. People are matched by CRN, then PNC ID; a referral by person, programme
and referred date; attendance by person, group and session; a membership by person and start date.
Every record written is logged in the audit log (COLLECTION) under the --actor subject. Exit status: 0 imported (or a clean dry run), 1 problems found, 2 bad usage.
PGlite's data folder takes one process at a time: stop the server first, or use PostgreSQL.

People columns (header row, any order, case and spaces ignored):
${columns(COLUMNS_OF.PEOPLE)}

Referral columns:
${columns(COLUMNS_OF.REFERRALS)}

Attendance columns:
${columns(COLUMNS_OF.ATTENDANCE)}

IOM cohort columns:
${columns(COLUMNS_OF.IOM_COHORT)}

Example: npm run import -- docs/import/people.csv --kind people --dry-run
`;

function usageError(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}`);
  process.exit(2);
}

function parseOptions() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        kind: { type: "string" },
        "dry-run": { type: "boolean" },
        actor: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
}

const { values, positionals } = parseOptions();
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
if (positionals.length !== 1) usageError("Name one CSV file");
const kind = values.kind?.toUpperCase().replace(/-/g, "_") as ImportKind | undefined;
if (!kind || !IMPORT_KINDS.includes(kind)) usageError(`--kind must be one of ${IMPORT_KINDS.map((k) => k.toLowerCase()).join(", ")}`);
let csv: string;
try {
  csv = readFileSync(positionals[0]!, "utf8");
} catch (error) {
  process.stderr.write(`Cannot read ${positionals[0]}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
  process.exit(2);
}
let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(2);
}

/** A bar on stderr, redrawn in place; only on a terminal, so piped and logged output stays clean. */
function progressBar(): ImportProgress | undefined {
  if (!process.stderr.isTTY) return undefined;
  let last = "";
  return (phase, done, total) => {
    const width = 30;
    const filled = total ? Math.round((done / total) * width) : width;
    const line = `${phase.padEnd(8)} [${"#".repeat(filled)}${" ".repeat(width - filled)}] ${done}/${total}`;
    if (line === last) return;
    last = line;
    process.stderr.write(`\r${line}${done === total ? "\n" : ""}`);
  };
}

/** Counts, row numbers, columns and codes only: the file's names and dates of birth never reach the terminal or a log. */
function report(summary: ImportSummary): string {
  const { counts } = summary;
  const lines = [
    `${summary.dryRun ? "Dry run" : "Import"} of ${summary.rows} ${summary.kind.toLowerCase().replace("_", " ")} row(s): ${counts.created} created, ${counts.matched} matched, ${counts.unchanged} unchanged, ${counts.refused} refused`,
  ];
  for (const p of summary.problems) lines.push(`  row ${p.row ?? "-"}${p.column ? ` ${p.column}` : ""}: ${p.code} ${p.message}`);
  if (summary.dryRun) lines.push(summary.problems.length ? "Nothing written (dry run); fix the rows above first." : "Nothing written (dry run); the file can be imported.");
  else if (summary.written) lines.push(`Written in one transaction: ${summary.createdIds.length} new record(s).`);
  else lines.push(summary.problems.length ? "Nothing written: every row must be clean for the file to be imported." : "Nothing new to write.");
  return `${lines.join("\n")}\n`;
}

const database = await openDatabase(config.database);
let exitCode = 0;
try {
  await prepareDatabase(database);
  const programmeRepository = new ProgrammeRepository(database.db);
  const service = new ImportService(database.db, {
    repository: new ImportRepository(),
    activity: new ActivityImportRepository(),
    perpetrators: new PerpetratorRepository(database.db),
    referrals: new ReferralRepository(database.db, new Outbox(config.events.publicUrl)),
    attendance: new AttendanceRepository(database.db),
    cohort: new CohortRepository(database.db),
    programmes: new ProgrammeService(programmeRepository, new ProgrammeCatalogue(programmeRepository)),
    audit: new AuditLog(database.db, new AuditRepository(database.db)),
  });
  const actor = { sub: values.actor ?? "import-cli", name: null, org: null };
  const summary = await service.run(
    actor,
    { kind, csv, dryRun: values["dry-run"] ?? false },
    {
      now: new Date(),
      onProgress: progressBar(),
      auditContext: { requestId: `import-cli-${randomUUID()}`, clientRequestId: null, operationName: `import ${kind.toLowerCase()}`, viewer: new Viewer(actor.sub, null, [], null), purpose: null, clock: systemClock },
    },
  );
  process.stdout.write(report(summary));
  exitCode = summary.problems.length ? 1 : 0;
} finally {
  await database.close();
}
process.exit(exitCode);
