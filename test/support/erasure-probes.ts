import type { DocumentNode } from "graphql";
import {
  AuditEventsDocument,
  GroupRegisterViewDocument,
  IomCohortDocument,
  NodeByIdDocument,
  PerpetratorLookupDocument,
  ProbationReferralsDocument,
  SafetyAlertsDocument,
  SearchPerpetratorsDocument,
  SearchVictimsDocument,
  SubjectAccessExportDocument,
  VictimSafetyCaseloadDocument,
  VictimSafetyViewDocument,
} from "../../client/generated/graphql.js";
import { Role } from "../../src/shared/auth/roles.js";
import type { Fixtures } from "./fixtures.js";
import type { TestServer } from "./server.js";
import { withPurpose, type VictimFixtures } from "./victim-fixtures.js";

/** The person under test, by the ids and identifiers a client would use to find them. */
export interface Probed {
  id: string;
  referralId: string;
  groupId: string;
  membershipId: string;
  victimId: string;
  linkId: string;
}

/**
 * Everything every kind of caller is answered when they look for a person: lists, name and identifier
 * searches, lookups by id and `node`, group registers, the IOM cohort, victim-safety views, alerts,
 * the subject access export (GraphQL and HTTP), as one string to search for the person's details in;
 * and, apart, the audit log's first page as an auditor reads it.
 */
export async function everythingSeenBy(server: TestServer, fx: Fixtures, vx: VictimFixtures, who: Probed, identifiers: { crn: string; pncId: string; familyName: string }): Promise<{ seen: string; audit: string }> {
  const auditor = await server.token(Role.AUDITOR, "auditor-probe");
  const police = await server.token(Role.POLICE, "police-probe");
  const iomOfficer = await server.token(Role.IOM_OFFICER, "om-probe");
  const asks: [DocumentNode | string, Record<string, unknown>, string, boolean][] = [];
  for (const token of [fx.admin, fx.probation, police]) {
    asks.push([SearchPerpetratorsDocument, { first: 100 }, token, false]);
    asks.push([SearchPerpetratorsDocument, { first: 100, filter: { name: identifiers.familyName } }, token, false]);
    asks.push([SearchPerpetratorsDocument, { first: 100, filter: { crn: identifiers.crn } }, token, false]);
    asks.push([SearchPerpetratorsDocument, { first: 100, filter: { pncId: identifiers.pncId } }, token, false]);
    asks.push([PerpetratorLookupDocument, { id: who.id }, token, false]);
    asks.push([PerpetratorLookupDocument, { crn: identifiers.crn }, token, false]);
    asks.push([PerpetratorLookupDocument, { pncId: identifiers.pncId }, token, false]);
    for (const id of [who.id, who.referralId, who.membershipId, who.linkId]) asks.push([NodeByIdDocument, { id }, token, false]);
    asks.push([ProbationReferralsDocument, { first: 100 }, token, false]);
    asks.push([GroupRegisterViewDocument, { id: who.groupId, first: 50 }, token, false]);
  }
  asks.push([IomCohortDocument, { first: 100 }, iomOfficer, false]);
  for (const token of [vx.safeguarding, police]) {
    asks.push([SearchVictimsDocument, { first: 100 }, token, true]);
    asks.push([SearchVictimsDocument, { first: 100, filter: { perpetratorId: who.id } }, token, true]);
    asks.push([VictimSafetyViewDocument, { perpetratorId: who.id }, token, true]);
    asks.push([VictimSafetyCaseloadDocument, { first: 100 }, token, true]);
    asks.push([SafetyAlertsDocument, { first: 100 }, token, true]);
    asks.push([NodeByIdDocument, { id: who.linkId }, token, true]);
  }
  asks.push([SubjectAccessExportDocument, { crn: identifiers.crn }, fx.admin, false]);
  const answers: string[] = [];
  for (const [document, variables, token, purpose] of asks) {
    const answer = await server.request(document, variables, token, purpose ? withPurpose : {});
    answers.push(JSON.stringify(answer.body));
  }
  const http = await fetch(new URL(`/subject-access-request?crn=${identifiers.crn}`, server.url), { headers: { authorization: `Bearer ${fx.admin}` } });
  answers.push(`HTTP ${http.status} ${await http.text()}`);
  // The audit log is kept (DPA 2018 s.62): it may name the person's id, never their details.
  const audit = await server.request(AuditEventsDocument, { first: 100 }, auditor);
  return { seen: answers.join("\n"), audit: JSON.stringify(audit.body) };
}

/** The tables (of every table in the database) with a row whose text holds any of these strings. */
export async function rowsHolding(server: TestServer, values: readonly string[]): Promise<string[]> {
  const tables = await server.database.query<{ name: string }>(`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`);
  const patterns = values.filter((value) => value !== "").map((value) => `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  const found: string[] = [];
  for (const { name } of tables) {
    const [row] = await server.database.query<{ n: number }>(`select count(*)::int as n from "${name}" t where t::text like any($1::text[])`, [patterns]);
    if (Number(row?.n) > 0) found.push(name);
  }
  return found.sort();
}
