import { Arg, Args, Ctx, Query, Resolver } from "type-graphql";
import type { RequestContext } from "../../context.js";
import { badInput } from "../errors.js";
import { fromGlobalId } from "../global-id.js";
import { mapConnection, PageArgs } from "../pagination.js";
import { AuditEventConnection, AuditEventFilter, toAuditEvent } from "./audit.type.js";

@Resolver()
export class AuditEventResolver {
  @Query(() => AuditEventConnection, { description: "The s.62 audit log, newest first (AUDITOR only)." })
  async auditEvents(@Ctx() ctx: RequestContext, @Args() page: PageArgs, @Arg("filter", () => AuditEventFilter, { nullable: true, description: "Which events to list; null or left out lists every event." }) filter?: AuditEventFilter | null) {
    let personId: string | undefined;
    if (filter?.personId) {
      const parsed = fromGlobalId(filter.personId);
      if (!parsed || (parsed.typeName !== "Victim" && parsed.typeName !== "Perpetrator")) throw badInput("personId must be a Victim or Perpetrator id");
      personId = parsed.id;
    }
    const connection = await ctx.services.audit.page(ctx, page, {
      personId,
      actorSub: filter?.actorSub ?? undefined,
      from: filter?.from ?? undefined,
      to: filter?.to ?? undefined,
      action: filter?.action ?? undefined,
      entityType: filter?.entityType ?? undefined,
      requestId: filter?.requestId ?? undefined,
    });
    return mapConnection(connection, toAuditEvent);
  }
}
