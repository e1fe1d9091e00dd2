import { randomUUID } from "node:crypto";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AcknowledgeSafetyAlertDocument,
  AllocateSupportWorkerDocument,
  EndSupportAllocationDocument,
  EndVictimLinkDocument,
  LinkVictimToPerpetratorDocument,
  RaiseExpiringOrderAlertsDocument,
  RecordProtectiveOrderDocument,
  RecordRiskAssessmentDocument,
  RecordSafetyIncidentDocument,
  RecordVictimDocument,
  ReferToMaracDocument,
  SafetyAlertsDocument,
  SetMaracHearingDocument,
  UpdateVictimDocument,
  VaryProtectiveOrderDocument,
} from "../client/generated/graphql.js";
import { Role } from "../src/shared/auth/roles.js";
import { createFixtures, type Fixtures } from "./support/fixtures.js";
import { createIomFixtures } from "./support/iom-fixtures.js";
import { startTestServer, type GraphQLResponse, type RequestOptions, type TestServer } from "./support/server.js";
import { ROLES, readerTokens, type Reader } from "./support/victim-access-scenario.js";
import { createVictimFixtures, dashAnswers, withPurpose, type VictimFixtures } from "./support/victim-fixtures.js";

/**
 * Victim-safety writes are for police safeguarding and police only; node(id) refuses rather than
 * hides; and nothing is read without a stated purpose. Every refusal is searched for the victims'
 * strings, as in victim-access-matrix.test.ts.
 */

/** D: the write is made; F: FORBIDDEN and nothing written or shown; U: UNAUTHENTICATED. */
type Expected = "D" | "F" | "U";
// prettier-ignore
const MAY_WRITE: Record<Reader, Expected> = {
  SAFEGUARDING: "D", POLICE: "D", PROBATION_OWN: "F", PROBATION_OTHER: "F", IOM_OWN: "F", IOM_OTHER: "F",
  IOM_SUPERVISOR: "F", FACILITATOR: "F", ANALYST: "F", AUDITOR: "F", ADMIN: "F", NO_TOKEN: "U",
};

/** A victim and the records each mutation acts on, made once per writer so that no write depends on another. */
interface Scratch {
  victimId: string;
  perpetratorId: string;
  unlinkedPerpetratorId: string;
  linkId: string;
  linkToEnd: string;
  maracId: string;
  allocationId: string;
  orderId: string;
  alertId: string;
  strings: string[];
}

let server: TestServer;
let fx: Fixtures;
let vx: VictimFixtures;
let tokens: Record<Reader, string | null>;
let scratch: Record<"SAFEGUARDING" | "POLICE" | "REFUSED", Scratch>;
const tally = { leakChecks: 0, leaks: [] as string[] };

const rawId = (globalId: string) => Buffer.from(globalId, "base64url").toString("utf8").split(":")[1]!;
const at = (value: unknown, ...path: (string | number)[]): unknown =>
  path.reduce<unknown>((current, key) => (current !== null && typeof current === "object" ? (current as Record<string | number, unknown>)[key] : undefined), value);
const stringsIn = (value: unknown): string[] =>
  typeof value === "string" ? [value] : value && typeof value === "object" ? Object.values(value).flatMap(stringsIn) : [];
/** Every non-null scalar in an answer. */
const leavesOf = (value: unknown): unknown[] =>
  value === null || value === undefined ? [] : typeof value === "object" ? Object.values(value).flatMap(leavesOf) : [value];
const codesOf = (response: GraphQLResponse<unknown>) => (response.errors ?? []).map((error) => error.extensions?.code);

/** `perpetratorId` is the case the victim is linked to: for the refused writers, a case some of them may read. */
async function makeScratch(label: string, perpetratorId: string): Promise<Scratch> {
  const strings = { givenName: `Scratch${label}`, familyName: `Quennell-${label}`, dateOfBirth: "1983-02-19", notes: `Code word ${label}-ROWAN`, safeContactTimes: `${label} after 11:40` };
  const { notes, safeContactTimes, ...person } = strings;
  const victim = await vx.victim({ ...person, contactSafety: { safeContactMethod: "TEXT", notes, safeContactTimes } });
  const link = await vx.link(victim.id, perpetratorId);
  const linkToEnd = await vx.link(victim.id, (await fx.person()).id, "EX_PARTNER");
  const marac = await vx.marac(link.id);
  // A worker with no login: alerts for this victim go to the safeguarding team's queue, which safeguarding and police may acknowledge.
  const allocation = await vx.supportWorker(victim.id, null, { kind: "PARTNER_SUPPORT", workerName: `Worker for ${label}` });
  const order = await vx.order(perpetratorId, [victim.id], { startsOn: "2026-03-01", endsOn: "2026-06-05", reference: `NMO-${label}-9120` });
  const alerts = await server.query(SafetyAlertsDocument, { first: 5, filter: { victimId: victim.id } }, vx.safeguarding, withPurpose);
  const ids = { victimId: victim.id, linkId: link.id, linkToEnd: linkToEnd.id, maracId: marac.id, allocationId: allocation.id, orderId: order.id, alertId: alerts.safetyAlerts.edges[0]!.node.id };
  return {
    ...ids,
    perpetratorId,
    unlinkedPerpetratorId: (await fx.person()).id,
    strings: [...Object.values(strings), allocation.workerName, `NMO-${label}-9120`, ...Object.values(ids).flatMap((id) => [id, rawId(id)])],
  };
}

beforeAll(async () => {
  server = await startTestServer();
  fx = await createFixtures(server);
  const iom = await createIomFixtures(server, fx);
  vx = await createVictimFixtures(server, fx);
  const omOwn = await iom.offenderManager("om-own");
  // The refused writers' victim is linked to a case probation referred and om-own manages: they may read it, not write it.
  const { person } = await fx.readyForAllocation("CHOICES");
  await iom.member(omOwn.staff.id, { perpetratorId: person.id });
  scratch = {
    SAFEGUARDING: await makeScratch("SG", (await fx.person()).id),
    POLICE: await makeScratch("POL", (await fx.person()).id),
    REFUSED: await makeScratch("REF", person.id),
  };
  tokens = await readerTokens(server, fx, iom, vx, {
    PROBATION_OTHER: await server.token(Role.PROBATION, "prob-2", { org: "Another Probation Trust" }),
    IOM_OWN: omOwn.token,
    IOM_OTHER: (await iom.offenderManager("om-other")).token,
  });
});

afterAll(async () => {
  console.log(`victim-access: ${tally.leakChecks} refusals searched for victims' strings, ${tally.leaks.length} leaks`);
  await server?.close();
  expect(tally.leaks).toEqual([]);
});

/** Searches a refused answer for every scratch victim's strings, except those the caller sent. */
function expectNoVictimData(what: string, response: GraphQLResponse<unknown>, variables: unknown) {
  const sent = new Set(stringsIn(variables));
  const body = JSON.stringify(response.body);
  const leaked = Object.values(scratch)
    .flatMap((records) => records.strings)
    .filter((value) => !sent.has(value) && body.includes(value));
  tally.leakChecks++;
  tally.leaks.push(...leaked.map((value) => `${what}: ${value}`));
  expect(leaked).toEqual([]);
}

// --- writes -------------------------------------------------------------------------------------

const AUDITED_TYPES = new Set(["Victim", "VictimLink", "RiskAssessment", "SafetyIncident", "MaracReferral", "SupportAllocation", "ProtectiveOrder", "SafetyAlert"]);
type Send = (token: string | null, options?: RequestOptions) => Promise<GraphQLResponse<unknown>>;
/** Each mutation, on the records of `s`: the payload field and the object it answers with. */
const MUTATIONS: Record<string, { answers: string; send: (s: Scratch) => [Send, unknown] }> = {
  recordVictim: { answers: "victim", send: () => call(RecordVictimDocument, { input: { givenName: "Newly", familyName: "Recorded", contactSafety: { safeContactMethod: "NONE" } } }) },
  updateVictim: { answers: "victim", send: (s) => call(UpdateVictimDocument, { input: { victimId: s.victimId, expectedVersion: 1, contactSafety: { notes: "Moved; new code word" } } }) },
  linkVictimToPerpetrator: {
    answers: "link",
    send: (s) => call(LinkVictimToPerpetratorDocument, { input: { victimId: s.victimId, perpetratorId: s.unlinkedPerpetratorId, relationship: "EX_PARTNER", startedOn: "2025-01-01" } }),
  },
  endVictimLink: { answers: "link", send: (s) => call(EndVictimLinkDocument, { input: { linkId: s.linkToEnd, endedOn: "2026-05-31" } }) },
  recordRiskAssessment: { answers: "assessment", send: (s) => call(RecordRiskAssessmentDocument, { input: { linkId: s.linkId, assessedOn: "2026-05-20", answers: dashAnswers(11) } }) },
  recordSafetyIncident: { answers: "incident", send: (s) => call(RecordSafetyIncidentDocument, { input: { linkId: s.linkId, occurredOn: "2026-05-21" } }) },
  referToMarac: {
    answers: "maracReferral",
    send: (s) => call(ReferToMaracDocument, { input: { linkId: s.linkId, referredOn: "2026-05-22", grounds: ["PROFESSIONAL_JUDGEMENT"], judgementReason: "Threats after the order" } }),
  },
  setMaracHearing: { answers: "maracReferral", send: (s) => call(SetMaracHearingDocument, { input: { maracReferralId: s.maracId, hearingOn: "2026-06-10" } }) },
  allocateSupportWorker: {
    answers: "allocation",
    send: (s) => call(AllocateSupportWorkerDocument, { input: { victimId: s.victimId, kind: "IDVA", workerName: "IDVA Duty", organisation: "Leeds IDVA Service", startedOn: "2026-05-01" } }),
  },
  endSupportAllocation: { answers: "allocation", send: (s) => call(EndSupportAllocationDocument, { input: { allocationId: s.allocationId, endedOn: "2026-05-31" } }) },
  recordProtectiveOrder: {
    answers: "order",
    send: (s) =>
      call(RecordProtectiveOrderDocument, {
        input: { perpetratorId: s.perpetratorId, type: "RESTRAINING_ORDER", protectedVictimIds: [s.victimId], conditions: ["No contact"], startsOn: "2026-05-01", endsOn: null },
      }),
  },
  varyProtectiveOrder: { answers: "order", send: (s) => call(VaryProtectiveOrderDocument, { input: { orderId: s.orderId, expectedVersion: 1, endsOn: "2026-06-07" } }) },
  acknowledgeSafetyAlert: { answers: "alert", send: (s) => call(AcknowledgeSafetyAlertDocument, { input: { alertId: s.alertId, note: "Called the victim's support service" } }) },
  raiseExpiringOrderAlerts: { answers: "alertsRaised", send: () => call(RaiseExpiringOrderAlertsDocument, {}) },
};

function call<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables: TVariables): [Send, unknown] {
  return [(token, options) => server.request(document, variables, token, options), variables];
}

describe("victim-safety writes", () => {
  it("covers every mutation whose payload carries a victim-safety object", async () => {
    const introspection = `{ __type(name: "Mutation") { fields { name type { ofType { fields { name type { name } } } } } } }`;
    const schema = await server.query<unknown, Record<string, never>>(introspection, {}, fx.admin);
    const fields = at(schema, "__type", "fields") as { name: string; type: { ofType: { fields: { name: string; type: { name: string | null } }[] } } }[];
    const victimSafety = fields.filter((field) =>
      field.type.ofType.fields.some((payloadField) => payloadField.name === "alertsRaised" || (payloadField.type.name !== null && AUDITED_TYPES.has(payloadField.type.name))),
    );
    expect(victimSafety.map((field) => field.name).sort()).toEqual(Object.keys(MUTATIONS).sort());
  });

  const cases = Object.keys(MUTATIONS).flatMap((mutation) => ROLES.map((reader) => [`${reader} ${mutation} → ${MAY_WRITE[reader]}`, reader, mutation] as const));

  it.each(cases)("%s", async (_title, reader, mutation) => {
    const expected = MAY_WRITE[reader];
    const records = reader === "SAFEGUARDING" || reader === "POLICE" ? scratch[reader] : scratch.REFUSED;
    const [send, variables] = MUTATIONS[mutation]!.send(records);
    const response = await send(tokens[reader], withPurpose);
    const payload = at(response.data, mutation);

    if (expected === "D") {
      expect(response.errors).toBeUndefined();
      expect(at(payload, "userErrors") ?? []).toEqual([]);
      expect(at(payload, MUTATIONS[mutation]!.answers) ?? null).not.toBeNull();
      return;
    }
    expectNoVictimData(`${reader} ${mutation}`, response, variables);
    expect(payload ?? null).toBeNull();
    if (expected === "U") {
      expect(response.status).toBe(401);
      expect(codesOf(response)).toEqual(["UNAUTHENTICATED"]);
    } else {
      expect(codesOf(response)).toEqual(["FORBIDDEN"]);
      // Refused before anything was written: no COLLECTION or ALTERATION under the request's id.
      const written = await server.database.rows<{ count: number }>(server.database.db, sql`select count(*)::int as count from audit_events where request_id = ${response.requestId}`);
      expect(Number(written[0]!.count)).toBe(0);
    }
  });
});

// --- node(id) -----------------------------------------------------------------------------------

const VICTIM_NODE = `query VictimAccessVictimNode($id: ID!) { node(id: $id) { id ... on Victim { givenName familyName dateOfBirth } } }`;
const globalId = (type: string, id = randomUUID()) => Buffer.from(`${type}:${id}`, "utf8").toString("base64url");

describe("node(id) for a victim", () => {
  const refused: Reader[] = ["PROBATION_OTHER", "IOM_OTHER", "IOM_SUPERVISOR", "FACILITATOR", "ANALYST", "AUDITOR", "ADMIN"];

  it.each(refused)("%s asking for a victim not in their cases is told FORBIDDEN, not given a null node", async (reader) => {
    const variables = { id: scratch.REFUSED.victimId };
    const response = await server.request(VICTIM_NODE, variables, tokens[reader], withPurpose);
    expect(response.errors?.map((error) => ({ code: error.extensions?.code, path: error.path }))).toEqual([{ code: "FORBIDDEN", path: ["node"] }]);
    expect(response.data).toEqual({ node: null });
    expectNoVictimData(`${reader} node(victim)`, response, variables);
  });

  it.each(["IOM_OWN", "PROBATION_OWN"] as const)("%s reads the victim linked to their own case", async (reader) => {
    const data = await server.query(VICTIM_NODE, { id: scratch.REFUSED.victimId }, tokens[reader]!, withPurpose);
    expect(data).toEqual({ node: { id: scratch.REFUSED.victimId, givenName: "ScratchREF", familyName: "Quennell-REF", dateOfBirth: "1983-02-19" } });
  });

  it.each(["IOM_SUPERVISOR", "FACILITATOR", "ANALYST", "AUDITOR", "ADMIN"] as const)(
    "%s is refused before any look-up, so a made-up Victim id is FORBIDDEN too and tells them nothing",
    async (reader) => {
      const response = await server.request(VICTIM_NODE, { id: globalId("Victim") }, tokens[reader], withPurpose);
      expect(codesOf(response)).toEqual(["FORBIDDEN"]);
      expect(response.data).toEqual({ node: null });
    },
  );

  it.each(["Victim", "VictimLink", "RiskAssessment", "SafetyIncident", "MaracReferral", "SupportAllocation", "ProtectiveOrder", "SafetyAlert"])(
    "SAFEGUARDING gets a null node, and no error, for a well-formed %s id that matches nothing",
    async (type) => {
      const response = await server.request(`query VictimAccessMissing($id: ID!) { node(id: $id) { id __typename } }`, { id: globalId(type) }, tokens.SAFEGUARDING, withPurpose);
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({ node: null });
    },
  );
});

// --- purpose ------------------------------------------------------------------------------------

describe("the stated purpose (X-Access-Purpose)", () => {
  const reads: [string, string, () => Record<string, string>][] = [
    ["node(victim)", `query VictimAccessNoPurpose($id: ID!) { node(id: $id) { id ... on Victim { givenName contactSafety { notes } } } }`, () => ({ id: scratch.SAFEGUARDING.victimId })],
    ["victims", `query VictimAccessNoPurposeSearch { victims(first: 5) { edges { node { id familyName } } } }`, () => ({})],
    ["safetyAlerts", `query VictimAccessNoPurposeAlerts { safetyAlerts(first: 5) { edges { node { id summary } } } }`, () => ({})],
    [
      "Perpetrator.victimLinks",
      `query VictimAccessNoPurposeLinks($id: ID!) { node(id: $id) { id ... on Perpetrator { victimLinks { id victim { id familyName } } } } }`,
      () => ({ id: scratch.SAFEGUARDING.perpetratorId }),
    ],
    [
      "Perpetrator.hasActiveSafetyConcerns",
      `query VictimAccessNoPurposeConcerns($id: ID!) { node(id: $id) { id ... on Perpetrator { hasActiveSafetyConcerns } } }`,
      () => ({ id: scratch.SAFEGUARDING.perpetratorId }),
    ],
    ["node(order)", `query VictimAccessNoPurposeOrder($id: ID!) { node(id: $id) { id ... on ProtectiveOrder { reference } } }`, () => ({ id: scratch.SAFEGUARDING.orderId })],
  ];
  const withoutPurpose: [string, RequestOptions][] = [
    ["no header", {}],
    ["a purpose under 5 characters", { purpose: "why" }],
  ];
  const cases = reads.flatMap((read) => withoutPurpose.map(([how, options]) => [`${read[0]} with ${how}`, read[1], read[2], options] as const));

  it.each(cases)("SAFEGUARDING reading %s gets PURPOSE_REQUIRED, no data, and nothing logged as consulted", async (what, query, variables, options) => {
    const sent = variables();
    const response = await server.request(query, sent, tokens.SAFEGUARDING, options);
    expect(codesOf(response).length).toBeGreaterThan(0);
    expect(codesOf(response).every((code) => code === "PURPOSE_REQUIRED")).toBe(true);
    // Nothing but the ids sent: a nullable field is answered null, a non-null one takes its parent with it.
    expect(leavesOf(response.data).filter((leaf) => !Object.values(sent).includes(leaf as string))).toEqual([]);
    expectNoVictimData(`SAFEGUARDING ${what}`, response, sent);
    const logged = await server.database.rows<{ count: number }>(server.database.db, sql`select count(*)::int as count from audit_events where request_id = ${response.requestId}`);
    expect(Number(logged[0]!.count)).toBe(0);
  });

  it("SAFEGUARDING recording a victim without a purpose gets PURPOSE_REQUIRED and records nobody", async () => {
    const variables = { input: { givenName: "Unrecorded", familyName: "Without-Purpose" } };
    const response = await server.request(RecordVictimDocument, variables, tokens.SAFEGUARDING);
    expect(codesOf(response)).toEqual(["PURPOSE_REQUIRED"]);
    expect(response.data ?? null).toBeNull();
    const search = await server.query(`query VictimAccessFindUnrecorded { victims(first: 5, filter: { nameStartsWith: "Without-Purpose" }) { totalCount } }`, {}, vx.safeguarding, withPurpose);
    expect(at(search, "victims", "totalCount")).toBe(0);
  });

  it("a role with no victim access is told FORBIDDEN, not PURPOSE_REQUIRED, when it sends no purpose", async () => {
    const response = await server.request(VICTIM_NODE, { id: scratch.REFUSED.victimId }, tokens.FACILITATOR);
    expect(codesOf(response)).toEqual(["FORBIDDEN"]);
    expect(response.data).toEqual({ node: null });
  });

  it("the counts need no purpose: they show no one", async () => {
    const data = await server.query(`query VictimAccessCounts { victimSafetyStatistics { asOf suppressed } }`, {}, tokens.ANALYST!);
    expect(at(data, "victimSafetyStatistics", "asOf")).toBe("2026-06-01");
  });
});
