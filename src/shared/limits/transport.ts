import type { OperationTypeNode } from "graphql";
import { clientError } from "../errors.js";

export type Transport = "http" | "websocket";

/**
 * Each kind of operation has one way in: queries and mutations over HTTP POST, where the Apollo
 * plugins (audit, metrics, logging, limits) see them; subscriptions over graphql-ws. So the socket
 * is never a second path to what HTTP guards. Checked after the limits, so a refused document gets
 * the same answer on either transport.
 */
export function wrongTransport(operation: OperationTypeNode, transport: Transport) {
  if (transport === "websocket" && operation !== "subscription") return clientError("BAD_REQUEST", "Queries and mutations are served over HTTP POST /graphql");
  if (transport === "http" && operation === "subscription") return clientError("BAD_REQUEST", "Subscriptions are served over WebSocket (graphql-ws) at /graphql");
  return null;
}
