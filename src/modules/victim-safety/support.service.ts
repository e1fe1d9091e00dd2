import type { RequestContext } from "../../context.js";
import type { Database } from "../../db/client.js";
import { uniqueViolation } from "../../db/errors.js";
import type { AuditLog } from "../../shared/audit/index.js";
import { dateToday } from "../../shared/clock.js";
import { idOfType } from "../../shared/global-id.js";
import { refused, succeeded, userError, type Outcome, type UserError } from "../../shared/user-errors.js";
import type { VictimSafetyAccess } from "./victim-safety.access.js";
import { auditEntityOf } from "./victim-safety.audit.js";
import type { SupportAllocationRow } from "./victim-safety.table.js";
import type { VictimRepository } from "./victim.repository.js";
import { isCurrent } from "./victim.service.js";
import type { AllocateSupportWorkerInput, EndSupportAllocationInput } from "./victim.inputs.js";
import { checkLength, checkNotInFuture, checkNotBefore, fieldErrors } from "../../shared/field-checks.js";
import { resolveRenamed } from "../../shared/renamed.js";

const MAX_NAME = 100;
const MAX_SUBJECT = 200;

/** The IDVA and other support workers allocated to a victim: the people safety alerts go to. */
export class SupportService {
  constructor(
    private readonly db: Database,
    private readonly repository: VictimRepository,
    private readonly access: VictimSafetyAccess,
    private readonly audit: AuditLog,
  ) {}

  async allocationsOf(ctx: RequestContext, victimId: string, includeEnded: boolean): Promise<SupportAllocationRow[]> {
    const rows = await ctx.loaders.victimSafety.allocationsByVictimId.load(victimId);
    const today = dateToday(ctx.clock);
    return includeEnded ? rows : rows.filter((row) => isCurrent(row, today));
  }

  async getAllocation(ctx: RequestContext, id: string): Promise<SupportAllocationRow | null> {
    this.access.assertMaySeeSome(ctx);
    return ctx.loaders.victimSafety.allocationById.load(id);
  }

  async allocate(ctx: RequestContext, input: AllocateSupportWorkerInput): Promise<Outcome<SupportAllocationRow>> {
    this.access.assertWriter(ctx);
    this.audit.assertPurpose(ctx);
    const victimId = idOfType(input.victimId, "Victim");
    const victim = victimId ? await ctx.loaders.victimSafety.victimById.load(victimId) : null;
    const errors: UserError[] = [];
    if (!victim) errors.push(userError("victimId", "NOT_FOUND", "No such victim"));
    const named = resolveRenamed({ name: "input.workerSub", value: input.workerSub?.trim() || null, oldName: "input.workerSubject", oldValue: input.workerSubject?.trim() || null });
    const subject = named.value;
    errors.push(
      ...fieldErrors(
        named.conflict,
        checkLength("workerName", input.workerName.trim(), MAX_NAME, { required: true }),
        checkLength("organisation", input.organisation.trim(), MAX_NAME, { required: true }),
        checkLength(input.workerSub != null ? "workerSub" : "workerSubject", subject, MAX_SUBJECT),
        checkNotInFuture("startedOn", input.startedOn, dateToday(ctx.clock)),
      ),
    );
    if (victim && input.kind === "IDVA") {
      // The unique index covers open allocations; an ended one still counts until the day it ended.
      const overlapping = (await this.repository.allocationsOfVictims([victim.id])).find(
        (a) => a.kind === "IDVA" && (a.endedOn === null || a.endedOn > input.startedOn),
      );
      if (overlapping) errors.push(userError("kind", "DUPLICATE", "The victim already has an IDVA at that date; end that allocation first"));
    }
    if (errors.length) return refused(...errors);
    try {
      return succeeded(
        await this.db.transaction(async (tx) => {
          const row = await this.repository.insertAllocation(tx, {
            victimId: victim!.id,
            kind: input.kind,
            workerName: input.workerName.trim(),
            workerSubject: subject,
            organisation: input.organisation.trim(),
            startedOn: input.startedOn,
            createdBy: ctx.viewer.sub,
          });
          await this.audit.recordWrite(tx, ctx, "COLLECTION", [{ entity: auditEntityOf.allocation(row), fields: ["kind", "workerName", "workerSubject", "organisation", "startedOn"] }]);
          return row;
        }),
      );
    } catch (error) {
      if (uniqueViolation(error) === "support_allocations_one_idva_idx") {
        return refused(userError("kind", "DUPLICATE", "The victim already has a current IDVA; end that allocation first"));
      }
      throw error;
    }
  }

  async endAllocation(ctx: RequestContext, input: EndSupportAllocationInput): Promise<Outcome<SupportAllocationRow>> {
    this.access.assertWriter(ctx);
    this.audit.assertPurpose(ctx);
    const id = idOfType(input.allocationId, "SupportAllocation");
    const allocation = id ? await ctx.loaders.victimSafety.allocationById.load(id) : null;
    if (!allocation) return refused(userError("allocationId", "NOT_FOUND", "No such allocation"));
    if (allocation.endedOn) return refused(userError("allocationId", "INVALID_TRANSITION", `The allocation already ended on ${allocation.endedOn}`));
    const dateErrors = fieldErrors(
      checkNotBefore("endedOn", input.endedOn, allocation.startedOn, "the allocation started") ?? checkNotInFuture("endedOn", input.endedOn, dateToday(ctx.clock)),
    );
    if (dateErrors.length) return refused(...dateErrors);
    const ended = await this.db.transaction(async (tx) => {
      const row = await this.repository.endAllocation(tx, allocation.id, input.endedOn);
      if (row) await this.audit.recordWrite(tx, ctx, "ALTERATION", [{ entity: auditEntityOf.allocation(row), fields: ["endedOn"] }]);
      return row;
    });
    return ended ? succeeded(ended) : refused(userError("allocationId", "INVALID_TRANSITION", "The allocation has already ended"));
  }
}
