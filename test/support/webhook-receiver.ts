import http from "node:http";
import type { AddressInfo } from "node:net";

export interface Arrival {
  at: number;
  path: string;
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
  eventId: string;
  message: { eventType: string; additionalInformation: Record<string, unknown> };
}

/**
 * A local webhook receiver that records every request in arrival order and answers with what
 * `respond` says (200 by default), as a subscriber's endpoint would.
 */
export async function startReceiver(respond: (arrival: Omit<Arrival, "status">, count: number) => number = () => 200) {
  const arrivals: Arrival[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const partial = { at: Date.now(), path: request.url ?? "/", body, headers: request.headers, eventId: String(request.headers["x-safeguard-event-id"]), message: JSON.parse(body) as Arrival["message"] };
      const status = receiver.respond(partial, arrivals.length);
      arrivals.push({ ...partial, status });
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const receiver = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    arrivals,
    respond,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  return receiver;
}

/**
 * The ordering guarantee as a receiver sees it: whenever an event of a person arrives, every earlier
 * event of that person (from the outbox: `events`) has already arrived and been answered 2xx.
 * Answers the violations, and the events never received.
 */
export function orderViolations(arrivals: readonly Arrival[], events: readonly { id: string; seq: number; person: string }[]): { violations: string[]; lost: string[] } {
  const byId = new Map(events.map((event) => [event.id, event]));
  const received = new Set<string>();
  const violations: string[] = [];
  for (const arrival of arrivals) {
    const event = byId.get(arrival.eventId);
    if (!event) continue;
    const missing = events.filter((other) => other.person === event.person && other.seq < event.seq && !received.has(other.id));
    if (missing.length) violations.push(`${event.person}: event ${event.seq} arrived before ${missing.map((m) => m.seq).join(",")} was received`);
    if (arrival.status >= 200 && arrival.status < 300) received.add(event.id);
  }
  return { violations, lost: events.filter((event) => !received.has(event.id)).map((event) => event.id) };
}
