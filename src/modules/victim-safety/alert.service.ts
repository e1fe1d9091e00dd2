import type { DomainEventSink } from "../../shared/domain-events.js";
import { randomUUID } from "node:crypto";
import { createPubSub, filter, pipe } from "@graphql-yoga/subscription";
import type { RequestContext } from "../../context.js";
import type { Database, Executor } from "../../db/client.js";
import { SYSTEM_ACTOR, type AuditContext, type AuditLog } from "../../shared/audit/index.js";
import { Viewer } from "../../shared/auth/viewer.js";
import { dateToday, type Clock } from "../../shared/clock.js";
import { shiftIsoDate } from "../../shared/dates.js";
import { forbidden } from "../../shared/errors.js";
import { idOfType } from "../../shared/global-id.js";
import { pageRequest, toConnection, type Connection, type PageArgs } from "../../shared/pagination.js";
import type { AttendanceEvent, ReferralStatusEvent, SafetyEventSink } from "../../shared/safety-events.js";
import { refused, succeeded, userError, type Outcome } from "../../shared/user-errors.js";
import type { ProgrammeService } from "../programmes/index.js";
import { alertKindForAttendance, alertKindForReferralStatus, ORDER_EXPIRY_ALERT_DAYS } from "./alert.rules.js";
import { raiseAlerts, type AlertDraft, type Notify } from "./alert-raising.js";
import { alertCursor, alertPageCursor, type AlertRepository } from "./alert.repository.js";
import { DEFAULT_ALERT_ORDER, type AlertOrder } from "./victim-safety.model.js";
import { expiresWithinDays } from "./order.rules.js";
import type { OrderRepository, OrderWithPeople } from "./order.repository.js";
import type { VictimSafetyAccess } from "./victim-safety.access.js";
import { auditEntityOf } from "./victim-safety.audit.js";
import type { SafetyAlertRow } from "./victim-safety.table.js";
import type { VictimRepository } from "./victim.repository.js";
import type { AcknowledgeSafetyAlertInput, SafetyAlertFilter } from "./alert.inputs.js";
import { checkLength, fieldErrors } from "../../shared/field-checks.js";
import { renamedArgument } from "../../shared/renamed.js";

const ALERT_TOPIC = "safety-alert-created";
const MAX_NOTE = 2000;

export { ALERT_CHANNEL, type Notify } from "./alert-raising.js";

/**
 * Safety alerts: raised inside the transaction of the event that causes them, announced with NOTIFY
 * (so only committed alerts are ever announced, and every instance on the database hears them), and
 * delivered to subscribed workers by the instance they are connected to.
 */
export class AlertService implements SafetyEventSink {
  private readonly pubsub = createPubSub<{ [ALERT_TOPIC]: [SafetyAlertRow] }>();

  constructor(
    private readonly db: Database,
    private readonly repository: AlertRepository,
    private readonly victims: VictimRepository,
    private readonly orders: OrderRepository,
    private readonly programmes: ProgrammeService,
    private readonly access: VictimSafetyAccess,
    private readonly audit: AuditLog,
    private readonly notify: Notify,
    private readonly domainEvents: DomainEventSink,
  ) {}

  // --- raising --------------------------------------------------------------------------------

  async referralStatusChanged(tx: Executor, ctx: RequestContext, event: ReferralStatusEvent): Promise<void> {
    const kind = alertKindForReferralStatus(event.status);
    if (!kind) return;
    await this.raise(tx, ctx, [
      {
        kind,
        perpetratorId: event.perpetratorId,
        referralId: event.referralId,
        occurredAt: event.at,
        eventKey: `referral:${event.referralId}:v${event.version}`,
        programmeId: event.programmeId,
        facts: {},
      },
    ]);
  }

  async attendanceRecorded(tx: Executor, ctx: RequestContext, events: AttendanceEvent[]): Promise<void> {
    const drafts: AlertDraft[] = [];
    for (const event of events) {
      const kind = alertKindForAttendance(event.outcome);
      if (!kind) continue;
      drafts.push({
        kind,
        perpetratorId: event.perpetratorId,
        referralId: event.referralId,
        sessionId: event.sessionId,
        occurredAt: event.at,
        eventKey: `attendance:${event.recordId}`,
        programmeId: event.programmeId,
        facts: { sessionNumber: event.sessionNumber },
      });
    }
    await this.raise(tx, ctx, drafts);
  }

  /** Alerts for those of `orders` that are in force and end within 7 days; an order already alerted is not alerted again. */
  async raiseForExpiringOrders(tx: Executor, ctx: AuditContext, orders: OrderWithPeople[]): Promise<number> {
    const today = dateToday(ctx.clock);
    const expiring = orders.filter((order) => expiresWithinDays(order, today, ORDER_EXPIRY_ALERT_DAYS));
    if (expiring.length === 0) return 0;
    const drafts = expiring.map(
      (order): AlertDraft => ({
        kind: "ORDER_EXPIRING",
        perpetratorId: order.perpetratorId,
        victimIds: order.protectedVictimIds,
        orderId: order.id,
        occurredAt: ctx.clock.now(),
        eventKey: `order:${order.id}:ends:${order.endsOn}`,
        facts: { orderType: order.type, endsOn: order.endsOn },
      }),
    );
    return (await this.raise(tx, ctx, drafts)).length;
  }

  /** The periodic check: every order in force that ends within 7 days, alerted once. */
  async sweepExpiringOrders(clock: Clock): Promise<number> {
    const ctx: AuditContext = {
      requestId: `order-expiry-${randomUUID()}`,
      operationName: "orderExpirySweep",
      viewer: new Viewer(SYSTEM_ACTOR.sub, SYSTEM_ACTOR.name, [], null),
      purpose: null,
      clock,
    };
    const today = dateToday(clock);
    return this.db.transaction(async (tx) => {
      const orders = await this.orders.expiringOrders(tx, today, shiftIsoDate(today, ORDER_EXPIRY_ALERT_DAYS));
      return this.raiseForExpiringOrders(tx, ctx, orders);
    });
  }

  async sweepNow(ctx: RequestContext): Promise<number> {
    this.access.assertWriter(ctx);
    return this.sweepExpiringOrders(ctx.clock);
  }

  /** Writes the drafts' alerts for each current worker of each victim, audits and announces them (alert-raising.ts). */
  private raise(tx: Executor, ctx: AuditContext, drafts: AlertDraft[]): Promise<SafetyAlertRow[]> {
    return raiseAlerts({ repository: this.repository, victims: this.victims, programmes: this.programmes, audit: this.audit, notify: this.notify, domainEvents: this.domainEvents }, tx, ctx, drafts);
  }

  // --- delivery -------------------------------------------------------------------------------

  /** Called with a NOTIFY payload once the alerts' transaction has committed: hands them to subscribers. */
  async publishCommitted(payload: string): Promise<void> {
    const ids = payload.split(",").filter((id) => /^[0-9a-f-]{36}$/i.test(id));
    if (ids.length === 0) return;
    for (const row of await this.repository.alertsByIds(ids)) this.pubsub.publish(ALERT_TOPIC, row);
  }

  /**
   * New alerts for the subscriber, as they are committed. Each event is checked against the
   * subscriber's access as it is now, not as it was when they subscribed: once their allocation to
   * the victim ends, that victim's alerts stop reaching them.
   */
  subscribe(ctx: RequestContext): AsyncIterable<SafetyAlertRow> {
    this.access.assertMaySeeAlerts(ctx);
    this.audit.assertPurpose(ctx);
    const subject = ctx.viewer.sub;
    return pipe(
      this.pubsub.subscribe(ALERT_TOPIC),
      filter(async (row: SafetyAlertRow) => {
        if (row.recipientSubject !== subject) return false;
        // Fresh loaders and visibility for this event: cached answers from an earlier one may be stale.
        ctx.renewReads?.();
        return ctx.visibility.isVisible("SafetyAlert", row.id);
      }),
    );
  }

  // --- reading and acknowledging --------------------------------------------------------------

  async page(
    ctx: RequestContext,
    args: PageArgs,
    filterBy: SafetyAlertFilter | null | undefined,
    order: AlertOrder = DEFAULT_ALERT_ORDER,
  ): Promise<Connection<SafetyAlertRow>> {
    this.access.assertMaySeeAlerts(ctx);
    this.audit.assertPurpose(ctx);
    const page = pageRequest(args);
    const victimId = filterBy?.victimId ? idOfType(filterBy.victimId, "Victim") : undefined;
    if (victimId === null) return toConnection<SafetyAlertRow, SafetyAlertRow>([], page, alertCursor, (row) => row, async () => 0);
    const scope = {
      recipientSubject: renamedArgument({ name: "filter.addressedToMe", value: filterBy?.addressedToMe, oldName: "filter.mine", oldValue: filterBy?.mine })
        ? ctx.viewer.sub
        : undefined,
      openOnly: filterBy?.openOnly ?? false,
      victimId,
      visible: ctx.visibility.scopeOf("SafetyAlert"),
    };
    const rows = await this.repository.page(scope, page, order);
    ctx.visibility.prime("SafetyAlert", rows.map((row) => row.id));
    return toConnection(rows, page, alertPageCursor(order), (row): SafetyAlertRow => row, () => this.repository.count(scope));
  }

  async get(ctx: RequestContext, id: string): Promise<SafetyAlertRow | null> {
    this.access.assertMaySeeAlerts(ctx);
    return ctx.loaders.victimSafety.alertById.load(id);
  }

  async acknowledge(ctx: RequestContext, input: AcknowledgeSafetyAlertInput): Promise<Outcome<SafetyAlertRow>> {
    this.access.assertMaySeeAlerts(ctx);
    this.audit.assertPurpose(ctx);
    const id = idOfType(input.alertId, "SafetyAlert");
    const alert = id ? await ctx.loaders.victimSafety.alertById.load(id) : null;
    // An alert the caller may not see reads as one that does not exist.
    if (!alert || !(await ctx.visibility.isVisible("SafetyAlert", alert.id))) return refused(userError("alertId", "NOT_FOUND", "No such alert"));
    if (alert.recipientSubject && alert.recipientSubject !== ctx.viewer.sub) throw forbidden("Only the worker an alert is for may acknowledge it");
    const note = input.note?.trim() || null;
    const noteErrors = fieldErrors(checkLength("note", note, MAX_NOTE));
    if (noteErrors.length) return refused(...noteErrors);
    const updated = await this.db.transaction(async (tx) => {
      const row = await this.repository.acknowledge(tx, alert.id, ctx.viewer.sub, ctx.clock.now(), note);
      if (row) {
        await this.audit.recordWrite(tx, ctx, "ALTERATION", [
          { entity: auditEntityOf.alert(row), fields: ["acknowledgedAt", "acknowledgementNote"] },
        ]);
      }
      return row;
    });
    return updated ? succeeded(updated) : refused(userError("alertId", "CONFLICT", "The alert has already been acknowledged"));
  }
}
