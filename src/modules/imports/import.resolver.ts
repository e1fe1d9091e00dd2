import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { RequestContext } from "../../context.js";
import { Role } from "../../shared/auth/roles.js";
import { forbidden } from "../../shared/errors.js";
import { userError } from "../../shared/user-errors.js";
import { ImportCsvInput, ImportCsvPayload, MAX_IMPORT_CSV_CHARACTERS, MAX_IMPORT_ROWS } from "./import.type.js";

@Resolver()
export class ImportResolver {
  @Mutation(() => ImportCsvPayload, {
    description:
      "Imports a spreadsheet of people, referrals, session attendance or IOM cohort memberships, as partnerships keep them (ADMIN only). Each row is checked by the rules the matching mutation applies (createPerpetrator, referToProgramme, recordSessionAttendance, selectForIomCohort) and matched against what is held; dryRun reports every row's problems and writes nothing. A real run writes the whole file in one transaction, or nothing when any row has a problem, and re-running a file writes nothing new. Every record created is logged in the audit log as a COLLECTION.",
  })
  async importCsv(@Arg("input", () => ImportCsvInput, { description: "The file, its kind and whether to write." }) input: ImportCsvInput, @Ctx() ctx: RequestContext): Promise<ImportCsvPayload> {
    if (!ctx.viewer.has(Role.ADMIN)) throw forbidden("Importing records needs the ADMIN role");
    if (input.csv.length > MAX_IMPORT_CSV_CHARACTERS) {
      return { result: null, userErrors: [userError("csv", "INVALID", `The file is over ${MAX_IMPORT_CSV_CHARACTERS} characters: import it with the command line (npm run import)`)] };
    }
    const summary = await ctx.services.imports.run(
      { sub: ctx.viewer.sub, name: ctx.viewer.name, org: ctx.viewer.org },
      { kind: input.kind, csv: input.csv, dryRun: input.dryRun ?? false },
      { now: ctx.clock.now(), maxRows: MAX_IMPORT_ROWS, auditContext: ctx },
    );
    return { result: { ...summary, problems: summary.problems.map((p) => ({ ...p, code: p.code as never })) }, userErrors: [] };
  }
}
