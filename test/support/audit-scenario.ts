import { randomUUID } from "node:crypto";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { expect } from "vitest";
import { AuditEventsDocument, type AuditEventFilter } from "../../client/generated/graphql.js";
import { Role } from "../../src/shared/auth/roles.js";
import type { GraphQLResponse } from "./server.js";
import { startVictimTestServer } from "./victim-fixtures.js";

/** The error codes of a response, in order. */
export const codes = (result: { errors?: GraphQLResponse<unknown>["errors"] }) => (result.errors ?? []).map((error) => error.extensions?.code);

/**
 * What the audit-log tests share: a test server at `now` with the base and victim-safety fixtures, an
 * auditor's token, and helpers that send under a request id of the test's own, read the log as the
 * auditor, and make a whole safeguarding case.
 */
export async function createAuditScenario(now: string) {
  const { server, fx, vfx } = await startVictimTestServer(now);
  const auditor = await server.token(Role.AUDITOR, "auditor-1", { name: "Information Auditor", org: "Force Data Protection Office" });

  /**
   * Sends an operation; its audit events are found under the request id the server generated (the
   * x-request-id response header). The test's own id is sent too, and kept only beside it.
   */
  async function send<R, V>(document: TypedDocumentNode<R, V> | string, variables: NoInfer<V>, token: string, purpose?: string): Promise<GraphQLResponse<R>> {
    const clientId = `audit-test-${randomUUID()}`;
    const result = await server.request(document, variables, token, { purpose, headers: { "x-request-id": clientId } });
    expect(result.requestId).not.toBe(clientId);
    return result;
  }

  async function events(filter: AuditEventFilter, first = 100, after?: string | null) {
    return (await server.query(AuditEventsDocument, { first, after, filter }, auditor)).auditEvents;
  }
  const eventsOf = async (filter: AuditEventFilter) => (await events(filter)).edges.map((edge) => edge.node);

  /** A perpetrator with one partner victim, a HIGH DASH, a MARAC referral, an IDVA and an order. */
  async function safeguardingCase() {
    const pair = await vfx.linkedPair();
    const assessment = await vfx.assess(pair.link.id, 15);
    const marac = await vfx.marac(pair.link.id);
    const worker = await vfx.supportWorker(pair.victim.id, `idva-${randomUUID().slice(0, 8)}`);
    const order = await vfx.order(pair.perpetratorId, [pair.victim.id]);
    return { ...pair, assessment, marac, worker, order };
  }

  return { server, fx, vfx, auditor, send, events, eventsOf, safeguardingCase };
}

export type AuditScenario = Awaited<ReturnType<typeof createAuditScenario>>;
export type SafeguardingCase = Awaited<ReturnType<AuditScenario["safeguardingCase"]>>;
