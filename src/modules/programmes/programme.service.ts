import type { RequestContext } from "../../context.js";
import type { Executor } from "../../db/client.js";
import type { ProgrammeCatalogue } from "./programme.catalogue.js";
import type { ProgrammeRepository } from "./programme.repository.js";
import type { ProgrammeRow } from "./programme.table.js";

export class ProgrammeService {
  constructor(
    private readonly repository: ProgrammeRepository,
    private readonly catalogue: ProgrammeCatalogue,
  ) {}

  /** Programme rules are not personal data: any authenticated caller may read them. */
  listAll(): Promise<ProgrammeRow[]> {
    return this.catalogue.all();
  }

  async byId(ctx: RequestContext, id: string): Promise<ProgrammeRow | null> {
    return ctx.loaders.programmes.programmeById.load(id);
  }

  /** Inside a transaction, where the request's loaders must not be used (PGlite has one connection). */
  byIdsIn(tx: Executor, ids: readonly string[]): Promise<ProgrammeRow[]> {
    return this.repository.byIds(ids, tx);
  }

  async byCode(code: string): Promise<ProgrammeRow | null> {
    return this.catalogue.byCode(code);
  }
}
