import type { RequestContext } from "../../context.js";
import type { Database } from "../../db/client.js";
import { uniqueViolation } from "../../db/errors.js";
import { badInput, forbidden } from "../../shared/errors.js";
import { REFERRERS, Role } from "../../shared/auth/roles.js";
import { dateToday } from "../../shared/clock.js";
import { idOfType } from "../../shared/global-id.js";
import { pageRequest, toConnection, type Connection, type PageQuery } from "../../shared/pagination.js";
import { refused, succeeded, userError, type Outcome, type UserError } from "../../shared/user-errors.js";
import { parseCrn, parsePncId } from "./identifiers.rules.js";
import type { CreatePerpetratorInput, PerpetratorFilter, UpdatePerpetratorInput } from "./perpetrator.inputs.js";
import { searchCursor, type NewPerpetrator, type PerpetratorRepository, type PerpetratorSearch } from "./perpetrator.repository.js";
import type { PerpetratorChangeRow, PerpetratorChildRow, PerpetratorRow } from "./perpetrator.table.js";
import { validateNewPerpetrator, validatePerpetratorPatch, identifierParsersAt, type IdentifierParsers } from "./perpetrator.validation.js";
import { rectificationOf } from "./rectification.rules.js";

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
    return withoutHidden(ctx, await ctx.loaders.perpetrators.perpetratorById.load(id));
  }

  /**
   * For relations: the edge's own check decides whether the caller sees the person. Services writing
   * rows about a person find them here too, so an erased person (or a restricted one, but for an
   * admin) is not found: nothing new is written about them.
   */
  async loadForRelation(ctx: RequestContext, id: string): Promise<PerpetratorRow | null> {
    return withoutHidden(ctx, await ctx.loaders.perpetrators.perpetratorById.load(id));
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
    const validated = validateNewPerpetrator(input, ctx.clock.now(), identifierParsers(ctx));
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
      const duplicate = raceDuplicate(error);
      if (!duplicate) throw error;
      return duplicate;
    }
  }

  /**
   * Corrects a person's record (DPA 2018 s.46): an admin for anyone, a probation practitioner for the
   * people whose case is allocated to them today; everyone else is refused. The change and its history
   * row are written in one transaction, only if the person is still at `expectedVersion`.
   */
  async update(ctx: RequestContext, input: UpdatePerpetratorInput): Promise<Outcome<PerpetratorRow>> {
    if (!ctx.viewer.has(Role.ADMIN, Role.PROBATION)) throw forbidden("Correcting a person's record needs the ADMIN role, or PROBATION as their allocated practitioner");
    const notFound = () => refused(userError("id", "NOT_FOUND", "No such person"));
    const id = idOfType(input.id, "Perpetrator");
    // "Not yours" reads as "not there": a person the caller cannot see answers as a random id would.
    if (!id || !(await ctx.visibility.isVisible("Perpetrator", id))) return notFound();
    const found = await this.repository.changes.forCorrection(id, { sub: ctx.viewer.sub, today: dateToday(ctx.clock) });
    if (!found) return notFound();
    // Probation sees every person, so this one exists for them: not being their case is a refusal, as
    // for other writes that need a relationship to a row the caller can see.
    if (!ctx.viewer.isAdmin && !found.allocatedToCaller) throw forbidden("Only an admin or the person's allocated probation practitioner may correct their record");
    const current = found.person;
    if (current.version !== input.expectedVersion) return this.conflict(current.version);

    const validated = validatePerpetratorPatch(input, ctx.clock.now(), identifierParsers(ctx));
    if (!validated.ok) return validated;
    const { patch, reason } = validated.value;
    const change = rectificationOf(current, patch);
    if (!change) return refused(userError(["input"], "INVALID", "Nothing to change: every field given already holds that value"));

    const changedIdentifiers = Object.fromEntries(IDENTIFIER_FIELDS.map((field) => [field, change.changedFields.includes(field) ? (change.set[field] ?? null) : null]));
    const duplicates = await this.duplicateIdentifierErrors(changedIdentifiers);
    if (duplicates.length) return refused(...duplicates);

    try {
      const written = await this.db.transaction(async (tx) => {
        const updated = await this.repository.changes.updateIfVersion(tx, current.id, input.expectedVersion, change.set, {
          changedFields: change.changedFields,
          previous: change.previous,
          reason,
          actorSub: ctx.viewer.sub,
          actorName: ctx.viewer.name,
          occurredAt: ctx.clock.now(),
        });
        return updated ?? { stale: await this.repository.changes.currentVersion(tx, current.id) };
      });
      if ("stale" in written) return written.stale === null ? notFound() : this.conflict(written.stale);
      // Answered from what was written (see create): the person primed, their history left to be read.
      ctx.loaders.perpetrators.perpetratorById.clear(current.id).prime(current.id, written.person);
      return succeeded(written.person);
    } catch (error) {
      const duplicate = raceDuplicate(error);
      if (!duplicate) throw error;
      return duplicate;
    }
  }

  /** The person's corrections, newest first, a page per person batched by the request's loader (the field's @FieldRoles decides who reads them). */
  async changesOf(ctx: RequestContext, perpetratorId: string, args: PageQuery): Promise<Connection<PerpetratorChangeRow>> {
    const page = pageRequest(args);
    const beforeVersion = page.after === null ? null : page.after[0];
    if (beforeVersion !== null && !Number.isInteger(beforeVersion)) throw badInput("after is not a cursor of this list");
    const rows = await ctx.loaders.perpetrators.changePages.load({ perpetratorId, limit: page.first + 1, beforeVersion: beforeVersion as number | null });
    return toConnection(rows, page, (row) => [row.version], (row) => row, () => ctx.loaders.perpetrators.changeCountByPerpetratorId.load(perpetratorId));
  }

  private conflict(version: number): Outcome<never> {
    return refused(userError("expectedVersion", "CONFLICT", `The person's record has changed since you read it (now version ${version}); reload and try again`));
  }

  /** Identifiers (only those given) that already belong to someone: one round trip before a write. */
  private async duplicateIdentifierErrors(person: Pick<NewPerpetrator, (typeof IDENTIFIER_FIELDS)[number]>): Promise<UserError[]> {
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

const identifierParsers = (ctx: RequestContext): IdentifierParsers => identifierParsersAt(ctx.clock.now());

/** Two requests racing with the same identifier: the unique index decides, and the loser is told why. */
function raceDuplicate(error: unknown): Outcome<never> | null {
  const constraint = uniqueViolation(error);
  if (!constraint) return null;
  const field = IDENTIFIER_FIELDS.find((f) => constraint.includes(f.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)));
  if (!field) return null;
  return refused(userError(field, "DUPLICATE", `Another person already has this ${field}`));
}

/** An erased person is nobody's; a restricted one only an admin's (src/access/hidden-rows.ts). */
function withoutHidden(ctx: RequestContext, row: PerpetratorRow | null): PerpetratorRow | null {
  if (!row || row.erasedAt) return null;
  return row.restrictedAt && !ctx.viewer.isAdmin ? null : row;
}
