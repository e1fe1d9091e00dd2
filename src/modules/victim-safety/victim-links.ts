import type { RequestContext } from "../../context.js";
import type { Database } from "../../db/client.js";
import { uniqueViolation } from "../../db/errors.js";
import type { AuditLog } from "../../shared/audit/index.js";
import { dateToday } from "../../shared/clock.js";
import { idOfType } from "../../shared/global-id.js";
import { checkNotBefore, checkNotInFuture, fieldErrors } from "../../shared/field-checks.js";
import { refused, succeeded, userError, type Outcome, type UserError } from "../../shared/user-errors.js";
import type { PerpetratorService } from "../perpetrators/index.js";
import type { VictimSafetyAccess } from "./victim-safety.access.js";
import { auditEntityOf } from "./victim-safety.audit.js";
import type { VictimLinkRow } from "./victim-safety.table.js";
import type { VictimRepository } from "./victim.repository.js";
import type { EndVictimLinkInput, LinkVictimInput } from "./victim.inputs.js";

export interface VictimLinkDependencies {
  db: Database;
  repository: VictimRepository;
  perpetrators: PerpetratorService;
  access: VictimSafetyAccess;
  audit: AuditLog;
}

/** Links a victim to a perpetrator from a date; one current link per pair. */
export async function linkVictim(deps: VictimLinkDependencies, ctx: RequestContext, input: LinkVictimInput): Promise<Outcome<VictimLinkRow>> {
  deps.access.assertWriter(ctx);
  deps.audit.assertPurpose(ctx);
  const victimId = idOfType(input.victimId, "Victim");
  const victim = victimId ? await ctx.loaders.victimSafety.victimById.load(victimId) : null;
  const perpetratorId = idOfType(input.perpetratorId, "Perpetrator");
  const perpetrator = perpetratorId ? await deps.perpetrators.get(ctx, perpetratorId) : null;
  const errors: UserError[] = [];
  if (!victim) errors.push(userError("victimId", "NOT_FOUND", "No such victim"));
  if (!perpetrator) errors.push(userError("perpetratorId", "NOT_FOUND", "No such person"));
  errors.push(...fieldErrors(checkNotInFuture("startedOn", input.startedOn, dateToday(ctx.clock))));
  if (errors.length) return refused(...errors);
  try {
    return succeeded(
      await deps.db.transaction(async (tx) => {
        const row = await deps.repository.insertLink(tx, {
          victimId: victim!.id,
          perpetratorId: perpetrator!.id,
          relationship: input.relationship,
          startedOn: input.startedOn,
          createdBy: ctx.viewer.sub,
        });
        await deps.audit.recordWrite(tx, ctx, "COLLECTION", [{ entity: auditEntityOf.link(row), fields: ["relationship", "startedOn"] }]);
        return row;
      }),
    );
  } catch (error) {
    if (uniqueViolation(error) === "victim_links_one_current_idx") {
      return refused(userError("perpetratorId", "DUPLICATE", "This victim already has a current link to this person"));
    }
    throw error;
  }
}

/** Ends a current link on a date between its start and today. */
export async function endVictimLink(deps: VictimLinkDependencies, ctx: RequestContext, input: EndVictimLinkInput): Promise<Outcome<VictimLinkRow>> {
  deps.access.assertWriter(ctx);
  deps.audit.assertPurpose(ctx);
  const id = idOfType(input.linkId, "VictimLink");
  const link = id ? await ctx.loaders.victimSafety.linkById.load(id) : null;
  if (!link) return refused(userError("linkId", "NOT_FOUND", "No such link"));
  if (link.endedOn) return refused(userError("linkId", "INVALID_TRANSITION", `The link already ended on ${link.endedOn}`));
  const dateErrors = fieldErrors(
    checkNotBefore("endedOn", input.endedOn, link.startedOn, "the link started") ?? checkNotInFuture("endedOn", input.endedOn, dateToday(ctx.clock)),
  );
  if (dateErrors.length) return refused(...dateErrors);
  const ended = await deps.db.transaction(async (tx) => {
    const row = await deps.repository.endLink(tx, link.id, input.endedOn);
    if (row) await deps.audit.recordWrite(tx, ctx, "ALTERATION", [{ entity: auditEntityOf.link(row), fields: ["endedOn"] }]);
    return row;
  });
  return ended ? succeeded(ended) : refused(userError("linkId", "INVALID_TRANSITION", "The link has already ended"));
}
