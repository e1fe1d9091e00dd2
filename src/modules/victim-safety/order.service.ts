import type { RequestContext } from "../../context.js";
import type { Database } from "../../db/client.js";
import type { AuditLog } from "../../shared/audit/index.js";
import { dateToday } from "../../shared/clock.js";
import { idOfType } from "../../shared/global-id.js";
import { refused, succeeded, userError, userErrorsFrom, type Outcome, type UserError } from "../../shared/user-errors.js";
import type { PerpetratorService } from "../perpetrators/index.js";
import type { AlertService } from "./alert.service.js";
import { checkOrder, orderInForce } from "./order.rules.js";
import type { OrderRepository, OrderWithPeople } from "./order.repository.js";
import type { VictimSafetyAccess } from "./victim-safety.access.js";
import { auditEntityOf } from "./victim-safety.audit.js";
import type { VictimRepository } from "./victim.repository.js";
import type { RecordProtectiveOrderInput, VaryProtectiveOrderInput } from "./order.inputs.js";
import { checkLength, fieldErrors } from "../../shared/field-checks.js";

const MAX_REFERENCE = 100;

/** Protective orders and notices against a perpetrator, and Clare's Law disclosures. */
export class OrderService {
  constructor(
    private readonly db: Database,
    private readonly repository: OrderRepository,
    private readonly victims: VictimRepository,
    private readonly perpetrators: PerpetratorService,
    private readonly access: VictimSafetyAccess,
    private readonly audit: AuditLog,
    private readonly alerts: () => AlertService,
  ) {}

  async ordersOfPerpetrator(ctx: RequestContext, perpetratorId: string, inForceOnly: boolean): Promise<OrderWithPeople[]> {
    this.access.assertMaySeeSome(ctx);
    const orders = await ctx.loaders.victimSafety.ordersByPerpetratorId.load(perpetratorId);
    const today = dateToday(ctx.clock);
    return inForceOnly ? orders.filter((o) => orderInForce(o, today)) : orders;
  }

  /** Orders protecting a victim; each is shown only to a caller who may see it (src/access/). */
  async ordersProtecting(ctx: RequestContext, victimId: string, inForceOnly: boolean): Promise<OrderWithPeople[]> {
    const orders = await ctx.loaders.victimSafety.ordersByVictimId.load(victimId);
    const today = dateToday(ctx.clock);
    return inForceOnly ? orders.filter((o) => orderInForce(o, today)) : orders;
  }

  /** The people an order protects (each shown only to a caller who may see them: src/access/). */
  async protectedVictimIds(ctx: RequestContext, order: { perpetratorId: string; protectedVictimIds: string[] }): Promise<string[]> {
    // Protected people are always linked to the perpetrator, and the perpetrator's links bring their
    // victims with them: waiting for that batch means the people are read from it, not from a second
    // batch whose timing would depend on which statement answered first.
    await ctx.loaders.victimSafety.linksByPerpetratorId.load(order.perpetratorId);
    return order.protectedVictimIds;
  }

  async get(ctx: RequestContext, id: string): Promise<OrderWithPeople | null> {
    this.access.assertMaySeeSome(ctx);
    return ctx.loaders.victimSafety.orderById.load(id);
  }

  loadForRelation(ctx: RequestContext, id: string): Promise<OrderWithPeople | null> {
    return ctx.loaders.victimSafety.orderById.load(id);
  }

  async record(ctx: RequestContext, input: RecordProtectiveOrderInput): Promise<Outcome<OrderWithPeople>> {
    this.access.assertWriter(ctx);
    this.audit.assertPurpose(ctx);
    const errors: UserError[] = [];
    const perpetratorId = idOfType(input.perpetratorId, "Perpetrator");
    const perpetrator = perpetratorId ? await this.perpetrators.get(ctx, perpetratorId) : null;
    if (!perpetrator) errors.push(userError("perpetratorId", "NOT_FOUND", "No such person"));
    const victimIds = [...new Set(input.protectedVictimIds.map((id) => idOfType(id, "Victim")))];
    const wellFormed = victimIds.filter((id): id is string => id !== null);
    const [links, found] = await Promise.all([
      // Through the request's loader: the answer's access checks need the same links after the commit.
      perpetrator ? ctx.loaders.victimSafety.linksByPerpetratorId.load(perpetrator.id) : [],
      wellFormed.length ? this.victims.victimsByIds(wellFormed) : [],
    ]);
    const linked = new Set(links.map((l) => l.victimId));
    const existing = new Set(found.map((v) => v.id));
    input.protectedVictimIds.forEach((id, index) => {
      const victimId = idOfType(id, "Victim");
      if (!victimId || !existing.has(victimId)) errors.push(userError(["input", "protectedVictimIds", String(index)], "NOT_FOUND", "No such victim"));
      else if (perpetrator && !linked.has(victimId)) {
        errors.push(userError(["input", "protectedVictimIds", String(index)], "INVALID", "This victim is not linked to the person the order is against"));
      }
    });
    errors.push(...fieldErrors(checkLength("reference", input.reference?.trim(), MAX_REFERENCE), checkLength("issuedBy", input.issuedBy?.trim(), MAX_REFERENCE)));
    const conditions = input.conditions.map((c) => c.trim());
    const terms = { type: input.type, startsOn: input.startsOn, endsOn: input.endsOn ?? null, conditions, protectedPeople: victimIds.filter(Boolean).length };
    errors.push(...userErrorsFrom(checkOrder(terms)));
    if (errors.length) return refused(...errors);

    const order = await this.db.transaction(async (tx) => {
      const row = await this.repository.insertOrder(
        tx,
        {
          perpetratorId: perpetrator!.id,
          type: input.type,
          reference: input.reference?.trim() || null,
          issuedBy: input.issuedBy?.trim() || null,
          conditions,
          startsOn: input.startsOn,
          endsOn: input.endsOn ?? null,
          createdBy: ctx.viewer.sub,
        },
        victimIds as string[],
      );
      await this.audit.recordWrite(tx, ctx, "COLLECTION", [
        { entity: auditEntityOf.order(row), fields: ["type", "protectedVictimIds", "conditions", "startsOn", "endsOn", "reference", "issuedBy"] },
      ]);
      await this.alerts().raiseForExpiringOrders(tx, ctx, [row]);
      return row;
    });
    ctx.loaders.victimSafety.orderById.prime(order.id, order);
    return succeeded(order);
  }

  async vary(ctx: RequestContext, input: VaryProtectiveOrderInput): Promise<Outcome<OrderWithPeople>> {
    this.access.assertWriter(ctx);
    this.audit.assertPurpose(ctx);
    const id = idOfType(input.orderId, "ProtectiveOrder");
    const [current] = id ? await this.repository.ordersByIds([id]) : [];
    if (!current) return refused(userError("orderId", "NOT_FOUND", "No such order"));
    const endsOn = input.endsOn !== undefined && input.endsOn !== null ? input.endsOn : current.endsOn;
    const conditions = input.conditions ? input.conditions.map((c) => c.trim()) : current.conditions;
    const protectedPeople = current.protectedVictimIds.length;
    const refusals = checkOrder({ type: current.type as RecordProtectiveOrderInput["type"], startsOn: current.startsOn, endsOn, conditions, protectedPeople });
    if (refusals.length) return refused(...userErrorsFrom(refusals));
    const fields = [...(input.endsOn ? ["endsOn"] : []), ...(input.conditions ? ["conditions"] : [])];
    const updated = await this.db.transaction(async (tx) => {
      const row = await this.repository.updateOrderIfVersion(tx, current, input.expectedVersion, { endsOn, conditions });
      if (!row) return null;
      await this.audit.recordWrite(tx, ctx, "ALTERATION", [{ entity: auditEntityOf.order(row), fields }]);
      await this.alerts().raiseForExpiringOrders(tx, ctx, [row]);
      return row;
    });
    if (updated) ctx.loaders.victimSafety.orderById.clear(updated.id).prime(updated.id, updated);
    return updated
      ? succeeded(updated)
      : refused(userError("expectedVersion", "CONFLICT", `The order has changed since you read it (now version ${current.version}); reload and try again`));
  }
}
