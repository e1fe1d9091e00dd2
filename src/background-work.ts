import type { Config } from "./config.js";
import type { DatabaseHandle } from "./db/client.js";
import { DeliveryWorker, type DeliveryRepository } from "./modules/events/index.js";
import { ALERT_CHANNEL } from "./modules/victim-safety/index.js";
import type { Clock } from "./shared/clock.js";
import type { Logger } from "./shared/logger.js";
import type { Services } from "./services.js";

/**
 * What a server process does besides answering requests: it hands committed safety alerts to its
 * subscribers (NOTIFY), looks for protective orders about to end, and delivers the events outbox
 * alongside any other instance (leases in the database). `stop` ends each, the batch of events in
 * flight sent and recorded first, before the database closes.
 */
export async function startBackgroundWork(options: {
  config: Config;
  database: DatabaseHandle;
  services: Services;
  eventDeliveries: DeliveryRepository;
  clock: Clock;
  logger: Logger;
}): Promise<{ stop(): Promise<void> }> {
  const { config, database, services, eventDeliveries, clock, logger } = options;
  // Alerts are announced by NOTIFY when their transaction commits; this instance delivers them to its subscribers.
  const stopListening = await database.listen(ALERT_CHANNEL, (payload) => {
    services.alerts.publishCommitted(payload).catch((err: unknown) => logger.error({ err }, "could not deliver safety alerts"));
  });
  const sweepMinutes = config.victimSafety.orderExpiryCheckMinutes;
  const sweep = () =>
    services.alerts
      .sweepExpiringOrders(clock)
      .then((raised) => raised && logger.info({ raised }, "expiring-order alerts raised"))
      .catch((err: unknown) => logger.error({ err }, "expiring-order check failed"));
  const sweepTimer = sweepMinutes > 0 ? setInterval(sweep, sweepMinutes * 60_000).unref() : null;
  if (sweepMinutes > 0) void sweep();

  const deliveryWorker = config.events.deliver ? new DeliveryWorker(eventDeliveries, config.events, logger) : null;
  deliveryWorker?.start();

  return {
    async stop() {
      if (sweepTimer) clearInterval(sweepTimer);
      await deliveryWorker?.stop();
      await stopListening();
    },
  };
}
