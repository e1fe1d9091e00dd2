import { getOperationAST, GraphQLError, type DocumentNode } from "graphql";
import { clientError } from "../shared/errors.js";
import type { OperationLimits } from "../shared/limits/operation-limits.js";
import { wrongTransport } from "../shared/limits/transport.js";

export interface SubscribePayload {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
}

export interface Admitted {
  document: DocumentNode;
  /** As the client named it (to pick one operation of several). */
  operationName: string | undefined;
  variables: Record<string, unknown> | undefined;
  /** The chosen operation's own name, as audit events record it. */
  resolvedName: string | null;
}

/**
 * The checks an operation passes over HTTP, in the same order and from the same code: the token
 * limit (parse), graphql's rules with introspection and armor's limits (validate), then the limits
 * that need the variables and the caller (admit: unstorable text, page sizes, cost, the subject's
 * rate bucket, shared with HTTP). Only then is the kind of operation checked: a query or mutation
 * here is refused as a document of the same kind would be over HTTP, and otherwise BAD_REQUEST.
 */
export function admitSubscription(limits: OperationLimits, payload: SubscribePayload, subject: string): Admitted | GraphQLError[] {
  let document: DocumentNode;
  try {
    document = limits.parse(payload.query);
  } catch (error) {
    if (error instanceof GraphQLError) return [error];
    throw error;
  }
  const invalid = limits.validate(document);
  if (invalid.length) return invalid;

  const operationName = typeof payload.operationName === "string" ? payload.operationName : undefined;
  const variables = payload.variables && typeof payload.variables === "object" && !Array.isArray(payload.variables) ? (payload.variables as Record<string, unknown>) : undefined;
  const { refusal } = limits.admit({ document, variables, operationName, subject });
  if (refusal) return [refusal];

  const operation = getOperationAST(document, operationName);
  if (!operation) {
    return [clientError("OPERATION_RESOLUTION_FAILURE", operationName ? `Unknown operation named "${operationName}"` : "Must provide operation name if query contains multiple operations")];
  }
  const elsewhere = wrongTransport(operation.operation, "websocket");
  if (elsewhere) return [elsewhere];
  return { document, operationName, variables, resolvedName: operation.name?.value ?? null };
}
