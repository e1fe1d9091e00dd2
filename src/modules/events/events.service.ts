import type { RequestContext } from "../../context.js";
import { Role } from "../../shared/auth/roles.js";
import { forbidden } from "../../shared/errors.js";
import { idOfType } from "../../shared/global-id.js";
import { pageRequest, toConnection, type Connection, type PageArgs } from "../../shared/pagination.js";
import { refused, succeeded, userError, userErrorsFrom, type Outcome } from "../../shared/user-errors.js";
import { checkRedelivery } from "./delivery.rules.js";
import type { DeliveryListRow, DeliveryRepository } from "./delivery.repository.js";
import type { DeliveryStatus } from "./events.model.js";
import type { WebhookSubscriberRow } from "./events.table.js";
import { newSubscriberSecret } from "./signature.rules.js";
import { checkSubscriber } from "./subscriber.rules.js";
import type { SubscriberRepository } from "./subscriber.repository.js";

/** Webhook subscribers and their deliveries: ADMIN only, for every operation. */
export class EventsService {
  constructor(
    private readonly subscribers: SubscriberRepository,
    private readonly deliveries: DeliveryRepository,
  ) {}

  private assertAdmin(ctx: RequestContext): void {
    if (!ctx.viewer.has(Role.ADMIN)) throw forbidden("Webhook subscribers and event deliveries are managed by an admin");
  }

  /** Creates a subscriber with a new secret, answered once here and never again. */
  async createSubscriber(ctx: RequestContext, input: { name: string; url: string; eventTypes?: string[] | null }): Promise<Outcome<{ subscriber: WebhookSubscriberRow; secret: string }>> {
    this.assertAdmin(ctx);
    const eventTypes = [...new Set(input.eventTypes ?? [])];
    const refusals = checkSubscriber({ name: input.name, url: input.url, eventTypes });
    if (refusals.length) return refused(...userErrorsFrom(refusals));
    const secret = newSubscriberSecret();
    const subscriber = await this.subscribers.insert({ name: input.name.trim(), url: input.url, eventTypes, secret, createdBy: ctx.viewer.sub });
    return succeeded({ subscriber, secret });
  }

  async disableSubscriber(ctx: RequestContext, subscriberId: string): Promise<Outcome<WebhookSubscriberRow>> {
    this.assertAdmin(ctx);
    const id = idOfType(subscriberId, "WebhookSubscriber");
    const [current] = id ? await this.subscribers.byIds([id]) : [];
    if (!current) return refused(userError(["input", "subscriberId"], "NOT_FOUND", "No such subscriber"));
    if (!current.active) return refused(userError(["input", "subscriberId"], "INVALID_TRANSITION", "This subscriber is already disabled"));
    const disabled = await this.subscribers.disable(current.id, ctx.viewer.sub);
    return disabled ? succeeded(disabled) : refused(userError(["input", "subscriberId"], "CONFLICT", "This subscriber was disabled at the same time"));
  }

  async subscriberPage(ctx: RequestContext, args: PageArgs, activeOnly: boolean): Promise<Connection<WebhookSubscriberRow>> {
    this.assertAdmin(ctx);
    const page = pageRequest(args);
    const rows = await this.subscribers.page(page.first, page.after as [string, string] | null, activeOnly);
    return toConnection(rows, page, (row) => [row.createdAt.toISOString(), row.id], (row) => row, () => this.subscribers.count(activeOnly));
  }

  async deliveryPage(ctx: RequestContext, args: PageArgs, filter: { status?: DeliveryStatus | null; subscriberId?: string | null }): Promise<Connection<DeliveryListRow>> {
    this.assertAdmin(ctx);
    const page = pageRequest(args);
    const subscriberId = filter.subscriberId ? idOfType(filter.subscriberId, "WebhookSubscriber") : null;
    const scope = { status: filter.status ?? null, subscriberId };
    if (filter.subscriberId && !subscriberId) return toConnection<DeliveryListRow, DeliveryListRow>([], page, () => [], (row) => row, async () => 0);
    const rows = await this.deliveries.page(scope, page.first, page.after as [number, string] | null);
    return toConnection(rows, page, (row) => [row.seq, row.id], (row) => row, () => this.deliveries.count(scope));
  }

  /** Puts a dead-lettered delivery back in line (the person's later deliveries to that subscriber follow it). */
  async redeliver(ctx: RequestContext, deliveryId: string): Promise<Outcome<DeliveryListRow>> {
    this.assertAdmin(ctx);
    const id = idOfType(deliveryId, "EventDelivery");
    const current = id ? await this.deliveries.byId(id) : null;
    if (!current) return refused(userError(["input", "deliveryId"], "NOT_FOUND", "No such delivery"));
    const refusal = checkRedelivery(current.status as DeliveryStatus);
    if (refusal) return refused(userError(["input", "deliveryId"], refusal.code, refusal.message));
    const [subscriber] = await this.subscribers.byIds([current.subscriberId]);
    if (!subscriber?.active) return refused(userError(["input", "deliveryId"], "INVALID_TRANSITION", "The delivery's subscriber is disabled"));
    const row = await this.deliveries.redeliver(current.id);
    return row ? succeeded(row) : refused(userError(["input", "deliveryId"], "CONFLICT", "The delivery changed at the same time; reload and try again"));
  }

  subscribersByIds(ids: readonly string[]): Promise<WebhookSubscriberRow[]> {
    return this.subscribers.byIds(ids);
  }
}
