import type { RequestContext } from "../../context.js";
import type { Database, Executor } from "../../db/client.js";
import { Role } from "../auth/roles.js";
import { forbidden } from "../errors.js";
import { pageRequest, toConnection, type Connection, type PageArgs } from "../pagination.js";
import type { AuditAction } from "./audit.model.js";
import { auditCursor, type AuditEventToWrite, type AuditRepository, type AuditScope } from "./audit.repository.js";
import type { AuditEventRow } from "./audit.table.js";
import { purposeRequired, type AuditedEntity } from "./audit.trail.js";

/** What an audit event needs to know about the request it belongs to (a sweep with no request fakes one). */
export type AuditContext = Pick<RequestContext, "requestId" | "clientRequestId" | "operationName" | "viewer" | "purpose" | "clock">;

/** Who an event is attributed to when the system acts on its own (an automatic safety alert). */
export const SYSTEM_ACTOR = { sub: "system:safety-alerts", name: "Safety alerts", roles: [] as string[], org: null };

/**
 * The s.62 log. Writes are logged in the transaction that makes them, so neither exists without the
 * other; reads are gathered during a request and logged before its answer is sent.
 */
export class AuditLog {
  constructor(
    private readonly db: Database,
    private readonly repository: AuditRepository,
  ) {}

  /** Victim-safety work needs a stated purpose; call before reading or writing. */
  assertPurpose(ctx: RequestContext): string {
    if (!ctx.purpose) throw purposeRequired();
    return ctx.purpose;
  }

  private event(ctx: AuditContext, action: AuditAction, entity: AuditedEntity, fields: string[]): AuditEventToWrite {
    return {
      requestId: ctx.requestId,
      clientRequestId: ctx.clientRequestId ?? null,
      operationName: ctx.operationName ?? null,
      actorSub: ctx.viewer.sub,
      actorName: ctx.viewer.name,
      actorRoles: [...ctx.viewer.roles].sort(),
      actorOrg: ctx.viewer.org,
      action,
      entityType: entity.type,
      entityId: entity.id,
      fields,
      purpose: ctx.purpose,
      victimIds: entity.victimIds ? [...entity.victimIds] : entity.victimId ? [entity.victimId] : [],
      perpetratorId: entity.perpetratorId ?? null,
      occurredAt: ctx.clock.now(),
    };
  }

  /** Logs a collection, alteration or combination (two records of one person merged) inside the transaction that makes it. */
  recordWrite(tx: Executor, ctx: AuditContext, action: "COLLECTION" | "ALTERATION" | "COMBINATION" | "ERASURE", entities: { entity: AuditedEntity; fields: string[] }[]): Promise<void> {
    return this.repository.append(tx, entities.map(({ entity, fields }) => this.event(ctx, action, entity, fields)));
  }

  /** Logs what the system disclosed to whom (safety alerts), attributed to the system, in the triggering transaction. */
  recordDisclosures(tx: Executor, ctx: AuditContext, disclosures: { entity: AuditedEntity; fields: string[]; recipients: string[]; purpose: string }[]): Promise<void> {
    return this.repository.append(
      tx,
      disclosures.map(({ entity, fields, recipients, purpose }) => ({
        ...this.event(ctx, "DISCLOSURE", entity, fields),
        actorSub: SYSTEM_ACTOR.sub,
        actorName: SYSTEM_ACTOR.name,
        actorRoles: SYSTEM_ACTOR.roles,
        actorOrg: SYSTEM_ACTOR.org,
        purpose: `${purpose} (caused by ${ctx.viewer.sub})`,
        recipients,
      })),
    );
  }

  /**
   * Logs a subject access export: a DISCLOSURE of the person's data to the caller (who passes it to the
   * person), naming the sections disclosed, never their content. Written before the export is sent.
   */
  recordSubjectAccess(ctx: AuditContext, entity: AuditedEntity, sections: string[], purpose: string): Promise<void> {
    return this.repository.append(this.db, [{ ...this.event(ctx, "DISCLOSURE", entity, sections), purpose, recipients: [ctx.viewer.sub] }]);
  }

  /** Writes the request's victim-safety reads as CONSULTATION events, in one statement. */
  async flushReads(ctx: RequestContext): Promise<number> {
    const reads = ctx.audit.drain();
    if (reads.length === 0) return 0;
    await this.repository.append(this.db, reads.map(({ entity, fields }) => this.event(ctx, "CONSULTATION", entity, fields)));
    return reads.length;
  }

  async page(ctx: RequestContext, args: PageArgs, scope: AuditScope): Promise<Connection<AuditEventRow>> {
    if (!ctx.viewer.has(Role.AUDITOR)) throw forbidden("Only an auditor may read the audit log");
    const page = pageRequest(args);
    const rows = await this.repository.page(scope, page);
    return toConnection(rows, page, auditCursor, (row) => row, () => this.repository.count(scope));
  }
}
