import type { RequestContext } from "../../context.js";
import type { Database } from "../../db/client.js";
import { CASE_READERS, Role } from "../../shared/auth/roles.js";
import type { Viewer } from "../../shared/auth/viewer.js";
import { dateToday, type Clock } from "../../shared/clock.js";
import { forbidden, notFound } from "../../shared/errors.js";
import { idOfType } from "../../shared/global-id.js";
import { pageRequest, toConnection, type Connection, type PageArgs } from "../../shared/pagination.js";
import { refused, succeeded, userError, userErrorsFrom, type Outcome } from "../../shared/user-errors.js";
import { approvalExpiry, checkDecision, checkNewRequest, exportRefusal, type SarRequestStatus } from "./sar-request.rules.js";
import { sarRequestCursor, type SarRequestRepository } from "./sar-request.repository.js";
import type { SubjectAccessRequestRow } from "./sar-request.table.js";
import type { DecideSubjectAccessRequestInput, RequestSubjectAccessInput } from "./sar-request.type.js";

const MAX_NOTE = 2000;

/**
 * Subject access requests for those who are not admins: case staff who may see a person ask, an
 * auditor other than them decides, and an approval lets the requester export that person's record
 * for a month. Each request and decision is kept; each export through one is logged as a disclosure
 * naming the request.
 */
export class SarRequestService {
  constructor(
    private readonly db: Database,
    private readonly repository: SarRequestRepository,
  ) {}

  async request(ctx: RequestContext, input: RequestSubjectAccessInput): Promise<Outcome<SubjectAccessRequestRow>> {
    if (!ctx.viewer.has(...CASE_READERS)) throw forbidden("A subject access request is made by case staff who may see the person");
    const id = idOfType(input.perpetratorId, "Perpetrator");
    // A person the caller cannot see answers as a random id would.
    const person = id && (await ctx.visibility.isVisible("Perpetrator", id)) ? await ctx.services.perpetrators.loadForRelation(ctx, id) : null;
    if (!person) return refused(userError("perpetratorId", "NOT_FOUND", "No such person"));
    const reference = input.reference.trim();
    const reason = input.reason.trim();
    const problems = checkNewRequest(reference, reason);
    if (problems.length) return refused(...userErrorsFrom(problems));
    // A merged record's id answers its survivor: the request is for the survivor.
    const row = await this.repository.insert(this.db, { perpetratorId: person.id, reference, reason, requestedBy: ctx.viewer.sub, requestedByOrg: ctx.viewer.org, requestedAt: ctx.clock.now() });
    return succeeded(row);
  }

  async decide(ctx: RequestContext, input: DecideSubjectAccessRequestInput): Promise<Outcome<SubjectAccessRequestRow>> {
    if (!ctx.viewer.has(Role.AUDITOR)) throw forbidden("Only an auditor decides subject access requests");
    const id = idOfType(input.requestId, "SubjectAccessRequest");
    if (!id) return refused(userError("requestId", "NOT_FOUND", "No such request"));
    const note = input.note?.trim() || null;
    if (note && note.length > MAX_NOTE) return refused(userError("note", "INVALID", `note must be at most ${MAX_NOTE} characters`));
    return this.db.transaction(async (tx): Promise<Outcome<SubjectAccessRequestRow>> => {
      const request = await this.repository.lock(tx, id);
      if (!request) return refused(userError("requestId", "NOT_FOUND", "No such request"));
      const problems = checkDecision(request, { by: ctx.viewer.sub, decision: input.decision, note });
      if (problems.length) return refused(...userErrorsFrom(problems));
      const approved = input.decision === "APPROVE";
      return succeeded(
        await this.repository.decide(tx, id, {
          status: approved ? "APPROVED" : "REFUSED",
          decidedBy: ctx.viewer.sub,
          decidedAt: ctx.clock.now(),
          decisionNote: note,
          expiresOn: approved ? approvalExpiry(dateToday(ctx.clock)) : null,
        }),
      );
    });
  }

  /** Auditors and admins see every request; case staff their own. */
  async page(ctx: RequestContext, args: PageArgs, status: SarRequestStatus | null): Promise<Connection<SubjectAccessRequestRow>> {
    const everyone = ctx.viewer.has(Role.AUDITOR, Role.ADMIN);
    if (!everyone && !ctx.viewer.has(...CASE_READERS)) throw forbidden("Subject access requests are read by auditors, admins and the staff who made them");
    const scope = { requestedBy: everyone ? undefined : ctx.viewer.sub, status };
    const page = pageRequest(args);
    const rows = await this.repository.page(scope, page);
    return toConnection(rows, page, sarRequestCursor, (row) => row, () => this.repository.count(scope));
  }

  /**
   * The request that lets `viewer` export today, or the refusal: NOT_FOUND for no such request of
   * theirs, FORBIDDEN for one not approved or expired. Whom it may export is the caller's to compare.
   */
  async authoriseExport(viewer: Viewer, clock: Clock, requestId: string): Promise<SubjectAccessRequestRow> {
    const id = idOfType(requestId, "SubjectAccessRequest");
    const request = id ? await this.repository.byId(id) : null;
    if (!request || request.requestedBy !== viewer.sub) throw notFound("Subject access request");
    const refusal = exportRefusal(request, { viewerSub: viewer.sub, today: dateToday(clock) });
    if (refusal) throw forbidden(refusal);
    return request;
  }

  markExported(request: SubjectAccessRequestRow, at: Date): Promise<void> {
    return this.repository.markExported(request.id, at);
  }
}
