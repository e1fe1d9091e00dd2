import type { RequestContext } from "../../context.js";
import type { Database } from "../../db/client.js";
import { uniqueViolation } from "../../db/errors.js";
import { forbidden } from "../../shared/errors.js";
import { REFERRERS } from "../../shared/auth/roles.js";
import { pageRequest, toConnection, type Connection, type PageQuery } from "../../shared/pagination.js";
import { refused, succeeded, userError, type Outcome, type UserError } from "../../shared/user-errors.js";
import { parseCroNumber, parseCrn, parsePncId, parsePrisonNumber } from "./identifiers.rules.js";
import type { CreatePerpetratorInput, PerpetratorFilter } from "./perpetrator.inputs.js";
import { searchCursor, type NewPerpetrator, type PerpetratorRepository, type PerpetratorSearch } from "./perpetrator.repository.js";
import type { PerpetratorChildRow, PerpetratorRow } from "./perpetrator.table.js";
import { validateNewPerpetrator } from "./perpetrator.validation.js";

const IDENTIFIER_FIELDS = ["crn", "pncId", "prisonNumber", "croNumber"] as const;

export class PerpetratorService {
  constructor(
    private readonly db: Database,
    private readonly repository: PerpetratorRepository,
  ) {}

  /** Callers with no relationship to any person are refused; which people each may see is decided on the way out. */
  private assertCanRead(ctx: RequestContext): void {
    if (!ctx.visibility.reachesAny("Perpetrator")) throw forbidden("Reading people needs a case role, or a group or victim you work with");
  }

  async get(ctx: RequestContext, id: string): Promise<PerpetratorRow | null> {
    this.assertCanRead(ctx);
    return ctx.loaders.perpetrators.perpetratorById.load(id);
  }

  /** For relations: the edge's own check decides whether the caller sees the person. */
  loadForRelation(ctx: RequestContext, id: string): Promise<PerpetratorRow | null> {
    return ctx.loaders.perpetrators.perpetratorById.load(id);
  }

  childrenOf(ctx: RequestContext, id: string): Promise<PerpetratorChildRow[]> {
    return ctx.loaders.perpetrators.childrenByPerpetratorId.load(id);
  }

  /** `fields`: what the caller will read of the person, so the lookup selects only those columns. */
  async findByIdentifier(ctx: RequestContext, lookup: { crn?: string | null; pncId?: string | null }, fields?: ReadonlySet<string>): Promise<PerpetratorRow | null> {
    this.assertCanRead(ctx);
    if (lookup.crn) {
      const crn = parseCrn(lookup.crn);
      return crn.ok ? this.repository.byIdentifier({ crn: crn.value }, fields) : null;
    }
    if (lookup.pncId) {
      const pnc = parsePncId(lookup.pncId, ctx.clock.now());
      return pnc.ok ? this.repository.byIdentifier({ pncId: pnc.value }, fields) : null;
    }
    return null;
  }

  async search(ctx: RequestContext, args: PageQuery, filter: PerpetratorFilter | null | undefined): Promise<Connection<PerpetratorRow>> {
    this.assertCanRead(ctx);
    const page = pageRequest(args);
    const search = this.toSearch(ctx, filter);
    if (!search) return toConnection([], page, searchCursor, (row) => row, async () => 0);
    search.visible = ctx.visibility.scopeOf("Perpetrator");
    const rows = await this.repository.search(search, page);
    ctx.visibility.prime("Perpetrator", rows.map((row) => row.id));
    return toConnection(rows, page, searchCursor, (row) => row, () => this.repository.count(search));
  }

  /** null when a filter can match nobody (an identifier that is not valid). */
  private toSearch(ctx: RequestContext, filter: PerpetratorFilter | null | undefined): PerpetratorSearch | null {
    const search: PerpetratorSearch = {};
    const terms = filter?.name?.trim().split(/\s+/).filter(Boolean) ?? [];
    if (terms.length === 1) search.familyNamePrefix = terms[0];
    if (terms.length > 1) {
      search.givenNamePrefix = terms[0];
      search.familyNamePrefix = terms.slice(1).join(" ");
    }
    if (filter?.crn) {
      const crn = parseCrn(filter.crn);
      if (!crn.ok) return null;
      search.crn = crn.value;
    }
    if (filter?.pncId) {
      const pnc = parsePncId(filter.pncId, ctx.clock.now());
      if (!pnc.ok) return null;
      search.pncId = pnc.value;
    }
    return search;
  }

  async create(ctx: RequestContext, input: CreatePerpetratorInput): Promise<Outcome<PerpetratorRow>> {
    if (!ctx.viewer.has(...REFERRERS)) throw forbidden("Recording a person needs a probation, police or admin role");
    const validated = validateNewPerpetrator(input, ctx.clock.now(), {
      crn: parseCrn,
      pncId: (value) => parsePncId(value, ctx.clock.now()),
      prisonNumber: parsePrisonNumber,
      croNumber: parseCroNumber,
    });
    if (!validated.ok) return validated;
    const { person, children } = validated.value;

    const duplicates = await this.duplicateIdentifierErrors(person);
    if (duplicates.length) return refused(...duplicates);

    try {
      const created = await this.db.transaction((tx) =>
        this.repository.insert(tx, { ...person, createdBy: ctx.viewer.sub }, children),
      );
      // The answer is made from what was written: a read after the commit could fail (the database
      // going away) and leave the client with an error for a person who was in fact recorded.
      ctx.loaders.perpetrators.perpetratorById.prime(created.person.id, created.person);
      ctx.loaders.perpetrators.childrenByPerpetratorId.prime(created.person.id, created.children);
      return succeeded(created.person);
    } catch (error) {
      // Two requests racing with the same identifier: the unique index decides, and the loser is told why.
      const constraint = uniqueViolation(error);
      if (!constraint) throw error;
      const field = IDENTIFIER_FIELDS.find((f) => constraint.includes(f.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`))) ?? "crn";
      return refused(userError(field, "DUPLICATE", `Another person already has this ${field}`));
    }
  }

  private async duplicateIdentifierErrors(person: Omit<NewPerpetrator, "createdBy">): Promise<UserError[]> {
    const values = {
      crn: person.crn ?? null,
      pncId: person.pncId ?? null,
      prisonNumber: person.prisonNumber ?? null,
      croNumber: person.croNumber ?? null,
    };
    const taken = await this.repository.existingIdentifiers(values);
    return IDENTIFIER_FIELDS.filter((field) => values[field] && taken.some((row) => row[field] === values[field])).map((field) =>
      userError(field, "DUPLICATE", `Another person already has ${field} ${values[field]}`),
    );
  }
}

