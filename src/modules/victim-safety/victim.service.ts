import type { RequestContext } from "../../context.js";
import type { Database } from "../../db/client.js";
import type { AuditLog } from "../../shared/audit/index.js";
import { dateToday } from "../../shared/clock.js";
import { idOfType } from "../../shared/global-id.js";
import { pageRequest, toConnection, type Connection, type PageArgs } from "../../shared/pagination.js";
import { refused, succeeded, userError, type Outcome, type UserError } from "../../shared/user-errors.js";
import type { PerpetratorService } from "../perpetrators/index.js";
import type { VictimSafetyAccess } from "./victim-safety.access.js";
import { auditEntityOf } from "./victim-safety.audit.js";
import type { VictimLinkRow, VictimRow } from "./victim-safety.table.js";
import { DEFAULT_VICTIM_LINK_ORDER, type DashLevel, type VictimLinkOrder } from "./victim-safety.model.js";
import { sortVictimLinks, type LinkSortFacts } from "./link-order.rules.js";
import type { VictimRepository } from "./victim.repository.js";
import type {
  ContactSafetyInput,
  EndVictimLinkInput,
  LinkVictimInput,
  RecordVictimInput,
  UpdateVictimInput,
  VictimFilter,
} from "./victim.inputs.js";
import { checkLength, checkNotInFuture, fieldErrors } from "../../shared/field-checks.js";
import { endVictimLink, linkVictim, type VictimLinkDependencies } from "./victim-links.js";

const MAX_NAME = 100;
const MAX_TEXT = 500;
const MAX_NOTES = 2000;

const victimCursor = (row: VictimRow): unknown[] => [row.lastName.toLowerCase(), row.firstName.toLowerCase(), row.id];
const VICTIM_FIELDS = ["givenName", "familyName", "dateOfBirth", "contactSafety"];

/** Victims and their links to perpetrators. */
export class VictimService {
  constructor(
    private readonly db: Database,
    private readonly repository: VictimRepository,
    private readonly perpetrators: PerpetratorService,
    private readonly access: VictimSafetyAccess,
    private readonly audit: AuditLog,
  ) {}

  // --- reads ----------------------------------------------------------------------------------

  async get(ctx: RequestContext, id: string): Promise<VictimRow | null> {
    this.access.assertMaySeeSome(ctx);
    return ctx.loaders.victimSafety.victimById.load(id);
  }

  async search(ctx: RequestContext, args: PageArgs, filter: VictimFilter | null | undefined): Promise<Connection<VictimRow>> {
    this.access.assertMaySeeSome(ctx);
    this.audit.assertPurpose(ctx);
    const page = pageRequest(args);
    const prefix = filter?.nameStartsWith?.trim();
    const perpetratorId = filter?.perpetratorId ? idOfType(filter.perpetratorId, "Perpetrator") : undefined;
    const empty = () => toConnection<VictimRow, VictimRow>([], page, victimCursor, (row) => row, async () => 0);
    if (prefix !== undefined && prefix.length < 2) return empty();
    if (perpetratorId === null) return empty();
    const search = { namePrefix: prefix, perpetratorId, visible: ctx.visibility.scopeOf("Victim") };
    const rows = await this.repository.searchVictims(search, page);
    ctx.visibility.prime("Victim", rows.map((row) => row.id));
    return toConnection(rows, page, victimCursor, (row) => row, () => this.repository.countVictims(search));
  }

  /**
   * A person's links in `order`; each is shown only to a caller who may see it (src/access/). Other
   * orders than the default sort the caller's links only, by what those links show them (the latest
   * DASH, the victim's name), read through the loaders the links' own fields use.
   */
  async linksOfPerpetrator(ctx: RequestContext, perpetratorId: string, includeEnded: boolean, order: VictimLinkOrder = DEFAULT_VICTIM_LINK_ORDER): Promise<VictimLinkRow[]> {
    this.access.assertMaySeeSome(ctx);
    const links = await ctx.loaders.victimSafety.linksByPerpetratorId.load(perpetratorId);
    const shown = includeEnded ? links : links.filter((link) => isCurrent(link, dateToday(ctx.clock)));
    if (order === DEFAULT_VICTIM_LINK_ORDER) return shown;
    const seen = await Promise.all(shown.map((link) => ctx.visibility.isVisible("VictimLink", link.id)));
    const facts = new Map<string, LinkSortFacts>();
    await Promise.all(
      shown
        .filter((_, i) => seen[i])
        .map(async (link) => {
          const latest = order === "RISK_HIGHEST_FIRST" ? await ctx.loaders.victimSafety.latestAssessmentByLinkId.load(link.id) : null;
          const victim = order === "VICTIM_NAME" ? await ctx.loaders.victimSafety.victimById.load(link.victimId) : null;
          facts.set(link.id, { level: (latest?.level as DashLevel | undefined) ?? null, familyName: victim?.lastName ?? "", givenName: victim?.firstName ?? "" });
        }),
    );
    return sortVictimLinks(
      shown.filter((link) => facts.has(link.id)),
      order,
      (link) => facts.get(link.id)!,
    );
  }

  async linksOfVictim(ctx: RequestContext, victimId: string, includeEnded: boolean): Promise<VictimLinkRow[]> {
    const links = await ctx.loaders.victimSafety.linksByVictimId.load(victimId);
    return includeEnded ? links : links.filter((link) => isCurrent(link, dateToday(ctx.clock)));
  }

  async getLink(ctx: RequestContext, id: string): Promise<VictimLinkRow | null> {
    this.access.assertMaySeeSome(ctx);
    return ctx.loaders.victimSafety.linkById.load(id);
  }

  /** For relations (a link's victim, an alert's victim): the edge's own check decides. */
  loadVictim(ctx: RequestContext, id: string): Promise<VictimRow | null> {
    return ctx.loaders.victimSafety.victimById.load(id);
  }

  loadLink(ctx: RequestContext, id: string): Promise<VictimLinkRow | null> {
    return ctx.loaders.victimSafety.linkById.load(id);
  }

  /** The one boolean a facilitator may see about a participant. */
  async hasActiveConcerns(ctx: RequestContext, perpetratorId: string): Promise<boolean> {
    await this.access.assertMaySeeConcernsFlag(ctx, perpetratorId);
    return ctx.loaders.victimSafety.hasActiveConcerns.load(perpetratorId);
  }

  // --- writes ---------------------------------------------------------------------------------

  async record(ctx: RequestContext, input: RecordVictimInput): Promise<Outcome<VictimRow>> {
    this.access.assertWriter(ctx);
    this.audit.assertPurpose(ctx);
    const errors = [...checkNames(input), ...checkDateOfBirth(input.dateOfBirth, dateToday(ctx.clock)), ...checkContact(input.contactSafety)];
    if (errors.length) return refused(...errors);
    return succeeded(
      await this.db.transaction(async (tx) => {
        const row = await this.repository.insertVictim(tx, {
          firstName: input.givenName.trim(),
          lastName: input.familyName.trim(),
          dateOfBirth: input.dateOfBirth ?? null,
          ...contactColumns(input.contactSafety),
          createdBy: ctx.viewer.sub,
        });
        await this.audit.recordWrite(tx, ctx, "COLLECTION", [{ entity: auditEntityOf.victim(row), fields: VICTIM_FIELDS }]);
        return row;
      }),
    );
  }

  async update(ctx: RequestContext, input: UpdateVictimInput): Promise<Outcome<VictimRow>> {
    this.access.assertWriter(ctx);
    this.audit.assertPurpose(ctx);
    const id = idOfType(input.victimId, "Victim");
    const current = id ? await this.repository.victimsByIds([id]).then((rows) => rows[0]) : undefined;
    if (!current) return refused(userError("victimId", "NOT_FOUND", "No such victim"));
    const errors = [
      ...checkNames({ givenName: input.givenName ?? current.firstName, familyName: input.familyName ?? current.lastName }),
      ...(input.dateOfBirth !== undefined ? checkDateOfBirth(input.dateOfBirth, dateToday(ctx.clock)) : []),
      ...checkContact(input.contactSafety),
    ];
    if (errors.length) return refused(...errors);
    const changes = {
      ...(input.givenName != null ? { firstName: input.givenName.trim() } : {}),
      ...(input.familyName != null ? { lastName: input.familyName.trim() } : {}),
      ...(input.dateOfBirth !== undefined ? { dateOfBirth: input.dateOfBirth } : {}),
      ...(input.contactSafety != null ? contactColumns(input.contactSafety) : {}),
    };
    // The log names the fields whose values changed, not every field the client re-sent.
    const apiField: Record<string, string> = { firstName: "givenName", lastName: "familyName", dateOfBirth: "dateOfBirth" };
    const fields = [
      ...new Set(
        Object.entries(changes)
          .filter(([column, value]) => current[column as keyof VictimRow] !== value)
          .map(([column]) => apiField[column] ?? "contactSafety"),
      ),
    ];
    if (fields.length === 0 && current.version === input.expectedVersion) return succeeded(current); // nothing to change, nothing to log
    const updated = await this.db.transaction(async (tx) => {
      const row = await this.repository.updateVictimIfVersion(tx, current.id, input.expectedVersion, changes);
      if (row) await this.audit.recordWrite(tx, ctx, "ALTERATION", [{ entity: auditEntityOf.victim(row), fields }]);
      return row;
    });
    return updated
      ? succeeded(updated)
      : refused(userError("expectedVersion", "CONFLICT", `The victim's record has changed since you read it (now version ${current.version}); reload and try again`));
  }

  /** Links a victim to a perpetrator (victim-links.ts). */
  link(ctx: RequestContext, input: LinkVictimInput): Promise<Outcome<VictimLinkRow>> {
    return linkVictim(this.linkDependencies(), ctx, input);
  }

  /** Ends a current link (victim-links.ts). */
  endLink(ctx: RequestContext, input: EndVictimLinkInput): Promise<Outcome<VictimLinkRow>> {
    return endVictimLink(this.linkDependencies(), ctx, input);
  }

  private linkDependencies(): VictimLinkDependencies {
    return { db: this.db, repository: this.repository, perpetrators: this.perpetrators, access: this.access, audit: this.audit };
  }
}

/** A link or allocation applies from its first day up to, not including, the day it ended (as an IOM handover does). */
export const isCurrent = (row: { startedOn: string; endedOn: string | null }, today: string) => row.endedOn === null || row.endedOn > today;

function checkNames(input: { givenName: string; familyName: string }): UserError[] {
  return fieldErrors(
    checkLength("givenName", input.givenName.trim(), MAX_NAME, { required: true }),
    checkLength("familyName", input.familyName.trim(), MAX_NAME, { required: true }),
  );
}

function checkDateOfBirth(dateOfBirth: string | null | undefined, today: string): UserError[] {
  return fieldErrors(checkNotInFuture("dateOfBirth", dateOfBirth, today));
}

function checkContact(contact: ContactSafetyInput | null | undefined): UserError[] {
  if (!contact) return [];
  return fieldErrors(checkLength("contactSafety.safeContactTimes", contact.safeContactTimes, MAX_TEXT), checkLength("contactSafety.notes", contact.notes, MAX_NOTES));
}

function contactColumns(contact: ContactSafetyInput | null | undefined) {
  return {
    safeContactMethod: contact?.safeContactMethod ?? null,
    safeContactTimes: contact?.safeContactTimes?.trim() || null,
    addressKnownToPerpetrator: contact?.addressKnownToPerpetrator ?? null,
    contactNotes: contact?.notes?.trim() || null,
  };
}
