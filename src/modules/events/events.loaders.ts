import DataLoader from "dataloader";
import type { WebhookSubscriberRow } from "./events.table.js";

/** Per-request loaders of the events feature. */
export function createEventLoaders(source: { subscribersByIds(ids: readonly string[]): Promise<WebhookSubscriberRow[]> }) {
  return {
    subscriberById: new DataLoader<string, WebhookSubscriberRow | null>(async (ids) => {
      const rows = await source.subscribersByIds(ids);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
