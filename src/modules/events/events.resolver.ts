import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../context.js";
import { mapConnection, PageArgs } from "../../shared/pagination.js";
import { Role } from "../../shared/auth/roles.js";
import { forbidden } from "../../shared/errors.js";
import type { DeliveryStatus } from "./events.model.js";
import { CreateWebhookSubscriberInput, DisableWebhookSubscriberInput, EventDeliveryFilter, RedeliverEventInput } from "./events.inputs.js";
import {
  CreateWebhookSubscriberPayload,
  EventDelivery,
  EventDeliveryConnection,
  RedeliverEventPayload,
  WebhookSubscriber,
  WebhookSubscriberConnection,
  WebhookSubscriberPayload,
  toEventDelivery,
  toWebhookSubscriber,
} from "./events.type.js";
import { EVENT_TYPES } from "./subscriber.rules.js";

@Resolver(() => EventDelivery)
export class EventsResolver {
  @Query(() => [String], { description: "Every event type this API publishes, to filter a webhook subscriber on (ADMIN only)." })
  eventTypes(@Ctx() ctx: RequestContext): readonly string[] {
    if (!ctx.viewer.has(Role.ADMIN)) throw forbidden("Event types are for an admin setting up a subscriber");
    return EVENT_TYPES;
  }

  @Query(() => WebhookSubscriberConnection, { description: "Webhook subscribers, oldest first (ADMIN only; FORBIDDEN for others)." })
  async webhookSubscribers(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("includeDisabled", () => Boolean, { nullable: true, description: "Also list disabled subscribers; false when left out." }) includeDisabled?: boolean | null,
  ) {
    return mapConnection(await ctx.services.events.subscriberPage(ctx, page, !includeDisabled), toWebhookSubscriber);
  }

  @Query(() => EventDeliveryConnection, { description: "Deliveries of events to subscribers, in event order (ADMIN only; FORBIDDEN for others). Filter on DEAD_LETTER to see what needs redelivery." })
  async eventDeliveries(
    @Ctx() ctx: RequestContext,
    @Args() page: PageArgs,
    @Arg("filter", () => EventDeliveryFilter, { nullable: true, description: "Narrows the list; null or left out lists every delivery." }) filter?: EventDeliveryFilter | null,
  ) {
    const status = (filter?.status ?? null) as DeliveryStatus | null;
    return mapConnection(await ctx.services.events.deliveryPage(ctx, page, { status, subscriberId: filter?.subscriberId ?? null }), (row) => toEventDelivery(row));
  }

  @FieldResolver(() => WebhookSubscriber, { description: "The subscriber the delivery goes to." })
  async subscriber(@Root() delivery: EventDelivery, @Ctx() ctx: RequestContext): Promise<WebhookSubscriber> {
    return toWebhookSubscriber((await ctx.loaders.events.subscriberById.load(delivery.subscriberDbId))!);
  }

  @Mutation(() => CreateWebhookSubscriberPayload, {
    description: "Adds a webhook subscriber (ADMIN only). Its signing secret is generated here and answered once; events from now on are delivered to it.",
  })
  async createWebhookSubscriber(@Arg("input", () => CreateWebhookSubscriberInput, { description: "The subscriber's name, URL and event types." }) input: CreateWebhookSubscriberInput, @Ctx() ctx: RequestContext): Promise<CreateWebhookSubscriberPayload> {
    const outcome = await ctx.services.events.createSubscriber(ctx, input);
    return outcome.ok
      ? { subscriber: toWebhookSubscriber(outcome.value.subscriber), secret: outcome.value.secret, userErrors: [] }
      : { subscriber: null, secret: null, userErrors: outcome.errors };
  }

  @Mutation(() => WebhookSubscriberPayload, { description: "Disables a webhook subscriber (ADMIN only): it gets no new events, and its pending deliveries are not sent." })
  async disableWebhookSubscriber(@Arg("input", () => DisableWebhookSubscriberInput, { description: "The subscriber to disable." }) input: DisableWebhookSubscriberInput, @Ctx() ctx: RequestContext): Promise<WebhookSubscriberPayload> {
    const outcome = await ctx.services.events.disableSubscriber(ctx, input.subscriberId);
    return outcome.ok ? { subscriber: toWebhookSubscriber(outcome.value), userErrors: [] } : { subscriber: null, userErrors: outcome.errors };
  }

  @Mutation(() => RedeliverEventPayload, {
    description: "Sends a dead-lettered delivery again (ADMIN only): due at once with its tries counted afresh; the person's later deliveries to that subscriber follow it.",
  })
  async redeliverEvent(@Arg("input", () => RedeliverEventInput, { description: "The dead-lettered delivery." }) input: RedeliverEventInput, @Ctx() ctx: RequestContext): Promise<RedeliverEventPayload> {
    const outcome = await ctx.services.events.redeliver(ctx, input.deliveryId);
    return outcome.ok ? { delivery: toEventDelivery(outcome.value), userErrors: [] } : { delivery: null, userErrors: outcome.errors };
  }
}
