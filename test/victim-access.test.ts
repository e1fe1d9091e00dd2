import { randomUUID } from "node:crypto";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AcknowledgeSafetyAlertDocument,
  AllocateSupportWorkerDocument,
  EndCaseAllocationDocument,
  EndSupportAllocationDocument,
  EndVictimLinkDocument,
  LinkVictimToPerpetratorDocument,
  RaiseExpiringOrderAlertsDocument,
  RecordProtectiveOrderDocument,
  RecordRiskAssessmentDocument,
  RecordSafetyIncidentDocument,
  RecordVictimDocument,
  ReferToMaracDocument,
  ReferToProgrammeDocument,
  SafetyAlertsDocument,
  SetMaracHearingDocument,
  TransitionReferralDocument,
  UpdateVictimDocument,
  VaryProtectiveOrderDocument,
} from "../client/generated/graphql.js";
import { Role } from "../src/shared/auth/roles.js";
import { createFixtures, type Fixtures } from "./support/fixtures.js";
import { createIomFixtures } from "./support/iom-fixtures.js";
import { startTestServer, type GraphQLResponse, type RequestOptions, type TestServer } from "./support/server.js";
import { ROLES, otherProbationToken, readerTokens, referrerOnlyToken, supportWorkerToken, type Reader } from "./support/victim-access-scenario.js";
import { createVictimFixtures, dashAnswers, withPurpose, type VictimFixtures } from "./support/victim-fixtures.js";

/**
 * Victim-safety writes are for police safeguarding and police only; node(id) answers a record the
 * caller may not see exactly as it answers one that does not exist; support workers see their own
 * victims and lose them when the allocation ends; probation's view follows the case allocation, not
 * referrals; and nothing is read without a stated purpose. Every refusal is searched for the victims'
 * strings, as in victim-access-matrix.test.ts.
 */

/**
 * D: the write is made; F: FORBIDDEN and nothing written or shown; U: UNAUTHENTICATED; N: a NOT_FOUND
 * user error and nothing written (the caller may act on some alerts, and this one is not theirs).
 */
type Expected = "D" | "F" | "N" | "U";
// prettier-ignore
const MAY_WRITE: Record<Reader, Expected> = {
  SAFEGUARDING: "D", POLICE: "D", PROBATION_OWN: "F", PROBATION_OTHER: "F", PROBATION_REFERRER_ONLY: "F", IOM_OWN: "F", IOM_OTHER: "F",
  IOM_SUPERVISOR: "F", FACILITATOR: "F", SW_OWN: "F", SW_ENDED: "F", ANALYST: "F", AUDITOR: "F", ADMIN: "F", NO_TOKEN: "U",
};
/** Support workers acknowledge the alerts addressed to them: the queue's alert is not theirs, so it reads as missing. */
const expectedWrite = (reader: Reader, mutation: string): Expected =>
  mutation === "acknowledgeSafetyAlert" && (reader === "SW_OWN" || reader === "SW_ENDED") ? "N" : MAY_WRITE[reader];

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
  const referrerOnly = await referrerOnlyToken(server);
  // The refused writers' victim is linked to a case allocated to prob-1 and managed by om-own, and
  // supported by idva-ref: they may read it, not write it. A colleague of prob-1 referred the person
  // too, which gives them nothing.
  const { person } = await fx.readyForAllocation("CHOICES");
  await fx.allocateCase(person.id);
  await iom.member(omOwn.staff.id, { perpetratorId: person.id });
  const referred = await server.query(ReferToProgrammeDocument, { input: { perpetratorId: person.id, programme: "CARING_DADS", source: "CHILDRENS_SERVICES" } }, referrerOnly);
  expect(referred.referToProgramme.userErrors).toEqual([]);
  scratch = {
    SAFEGUARDING: await makeScratch("SG", (await fx.person()).id),
    POLICE: await makeScratch("POL", (await fx.person()).id),
    REFUSED: await makeScratch("REF", person.id),
  };
  // Allocated after the order's alert went to the queue: the alert is not theirs.
  await vx.supportWorker(scratch.REFUSED.victimId, "idva-ref");
  const former = await vx.supportWorker(scratch.REFUSED.victimId, "isw-ended-ref", { kind: "INTEGRATED_SUPPORT_SERVICE" });
  await vx.endSupport(former.id);
  tokens = await readerTokens(server, fx, iom, vx, {
    PROBATION_OTHER: await otherProbationToken(server),
    PROBATION_REFERRER_ONLY: referrerOnly,
    IOM_OWN: omOwn.token,
    IOM_OTHER: (await iom.offenderManager("om-other")).token,
    SW_OWN: await supportWorkerToken(server, "idva-ref"),
    SW_ENDED: await supportWorkerToken(server, "isw-ended-ref"),
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

  const cases = Object.keys(MUTATIONS).flatMap((mutation) => ROLES.map((reader) => [`${reader} ${mutation} → ${expectedWrite(reader, mutation)}`, reader, mutation] as const));

  it.each(cases)("%s", async (_title, reader, mutation) => {
    const expected = expectedWrite(reader, mutation);
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
    if (expected === "N") {
      expect(response.errors).toBeUndefined();
      expect(payload).toEqual({ [MUTATIONS[mutation]!.answers]: null, userErrors: [expect.objectContaining({ code: "NOT_FOUND" })] });
      await expectNothingWritten(response.requestId);
      return;
    }
    expect(payload ?? null).toBeNull();
    if (expected === "U") {
      expect(response.status).toBe(401);
      expect(codesOf(response)).toEqual(["UNAUTHENTICATED"]);
    } else {
      expect(codesOf(response)).toEqual(["FORBIDDEN"]);
      await expectNothingWritten(response.requestId);
    }
  });
});

/** Refused before anything was written: no COLLECTION or ALTERATION under the request's id. */
async function expectNothingWritten(requestId: string) {
  const written = await server.database.rows<{ count: number }>(server.database.db, sql`select count(*)::int as count from audit_events where request_id = ${requestId}`);
  expect(Number(written[0]!.count)).toBe(0);
}

// --- node(id) -----------------------------------------------------------------------------------

const VICTIM_NODE = `query VictimAccessVictimNode($id: ID!) { node(id: $id) { id ... on Victim { givenName familyName dateOfBirth } } }`;
const globalId = (type: string, id = randomUUID()) => Buffer.from(`${type}:${id}`, "utf8").toString("base64url");

describe("node(id) for a victim-safety record", () => {
  /** The refused writers' records, each with the type its global id names. */
  const records = (): [string, string][] => [
    ["Victim", scratch.REFUSED.victimId],
    ["VictimLink", scratch.REFUSED.linkId],
    ["MaracReferral", scratch.REFUSED.maracId],
    ["SupportAllocation", scratch.REFUSED.allocationId],
    ["ProtectiveOrder", scratch.REFUSED.orderId],
    ["SafetyAlert", scratch.REFUSED.alertId],
  ];
  const NODE = `query VictimAccessAnyNode($id: ID!) { node(id: $id) { id __typename } }`;
  const answer = async (reader: Reader, id: string) => {
    const response = await server.request(NODE, { id }, tokens[reader], withPurpose);
    return { data: response.data, codes: codesOf(response), response };
  };

  // Readers whose role reaches some victims, but not this one: no error, just nothing, as for an id
  // that matches nothing. Alerts are not probation's or IOM's at all, so those two roles are told
  // FORBIDDEN for any alert id, real or not.
  const notTheirs = ["PROBATION_OTHER", "PROBATION_REFERRER_ONLY", "IOM_OTHER", "SW_ENDED"] as const;
  const notTheirsCases = notTheirs.flatMap((reader) => ["Victim", "VictimLink", "MaracReferral", "SupportAllocation", "ProtectiveOrder", "SafetyAlert"].map((type) => [reader, type] as const));

  it.each(notTheirsCases)("%s asking for a %s not theirs gets exactly the answer to a made-up id", async (reader, type) => {
    const [, id] = records().find(([name]) => name === type)!;
    const real = await answer(reader, id);
    const madeUp = await answer(reader, globalId(type));
    expect(real.data).toEqual({ node: null });
    expect(real.codes).toEqual(type === "SafetyAlert" && !reader.startsWith("SW_") ? ["FORBIDDEN"] : []);
    expect({ data: real.data, codes: real.codes }).toEqual({ data: madeUp.data, codes: madeUp.codes });
    expectNoVictimData(`${reader} node(${type})`, real.response, { id });
  });

  it("SW_OWN asking for the queue's alert about their own victim (not addressed to them) gets the answer to a made-up id", async () => {
    const real = await answer("SW_OWN", scratch.REFUSED.alertId);
    const madeUp = await answer("SW_OWN", globalId("SafetyAlert"));
    expect({ data: real.data, codes: real.codes }).toEqual({ data: { node: null }, codes: [] });
    expect({ data: madeUp.data, codes: madeUp.codes }).toEqual({ data: { node: null }, codes: [] });
  });

  it.each(["IOM_SUPERVISOR", "FACILITATOR", "ANALYST", "AUDITOR", "ADMIN"] as const)(
    "%s, whose role reaches no victim, is refused before any look-up: FORBIDDEN for a real and a made-up Victim id alike",
    async (reader) => {
      for (const id of [scratch.REFUSED.victimId, globalId("Victim")]) {
        const response = await server.request(VICTIM_NODE, { id }, tokens[reader], withPurpose);
        expect(response.errors?.map((error) => ({ code: error.extensions?.code, path: error.path }))).toEqual([{ code: "FORBIDDEN", path: ["node"] }]);
        expect(response.data).toEqual({ node: null });
        expectNoVictimData(`${reader} node(victim)`, response, { id });
      }
    },
  );

  it.each(["IOM_OWN", "PROBATION_OWN", "SW_OWN"] as const)("%s reads the victim linked to their own case or allocated to them", async (reader) => {
    const data = await server.query(VICTIM_NODE, { id: scratch.REFUSED.victimId }, tokens[reader]!, withPurpose);
    expect(data).toEqual({ node: { id: scratch.REFUSED.victimId, givenName: "ScratchREF", familyName: "Quennell-REF", dateOfBirth: "1983-02-19" } });
  });

  it.each(["Victim", "VictimLink", "RiskAssessment", "SafetyIncident", "MaracReferral", "SupportAllocation", "ProtectiveOrder", "SafetyAlert"])(
    "SAFEGUARDING gets a null node, and no error, for a well-formed %s id that matches nothing",
    async (type) => {
      const response = await server.request(`query VictimAccessMissing($id: ID!) { node(id: $id) { id __typename } }`, { id: globalId(type) }, tokens.SAFEGUARDING, withPurpose);
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({ node: null });
    },
  );
});

// --- a support worker's own victims -----------------------------------------------------------

const WORKER_VIEW = `query VictimAccessWorkerView($id: ID!) {
  node(id: $id) { id ... on Victim {
    givenName familyName contactSafety { notes safeContactTimes }
    links { id perpetrator { id givenName familyName } riskAssessments { id } incidents { id } maracReferrals { id } }
    supportWorkers { id workerSubject } protectiveOrders { id reference }
  } }
}`;

describe("a support worker", () => {
  /** A victim of a new person, assessed, with an incident and a MARAC referral, supported by `sub`, and an order ending within 7 days (an alert to `sub`). */
  async function supportedVictim(sub: string) {
    const perpetratorId = (await fx.person()).id;
    const contactSafety = { safeContactMethod: "TEXT" as const, notes: `Code word ${sub}`, safeContactTimes: "Thursdays 11:10-11:40 only" };
    const victim = await vx.victim({ contactSafety });
    const link = await vx.link(victim.id, perpetratorId);
    const assessment = await vx.assess(link.id, 15);
    const incident = await vx.incident(link.id, "2026-05-02");
    const marac = await vx.marac(link.id);
    const allocation = await vx.supportWorker(victim.id, sub);
    const order = await vx.order(perpetratorId, [victim.id], { startsOn: "2026-03-01", endsOn: "2026-06-05", reference: `NMO-${sub}` });
    const token = await supportWorkerToken(server, sub);
    const [alert] = (await server.query(SafetyAlertsDocument, { first: 5, filter: { victimId: victim.id } }, vx.safeguarding, withPurpose)).safetyAlerts.edges.map((e) => e.node);
    expect(alert).toMatchObject({ kind: "ORDER_EXPIRING", recipientSub: sub, acknowledged: false });
    return { perpetratorId, victim, link, contactSafety, assessment, incident, marac, allocation, order, alert: alert!, token };
  }

  const myAlerts = async (token: string) =>
    (await server.query(SafetyAlertsDocument, { first: 10, filter: { mine: true } }, token, withPurpose)).safetyAlerts.edges.map((edge) => edge.node.id);

  it("sees the victim allocated to them with how to reach her safely, her links, risk, orders and the alert addressed to them", async () => {
    const c = await supportedVictim("idva-own-view");
    const data = await server.query(WORKER_VIEW, { id: c.victim.id }, c.token, withPurpose);
    expect(data).toEqual({
      node: {
        id: c.victim.id,
        givenName: c.victim.givenName,
        familyName: c.victim.familyName,
        contactSafety: { notes: c.contactSafety.notes, safeContactTimes: c.contactSafety.safeContactTimes },
        links: [
          {
            id: c.link.id,
            perpetrator: { id: c.perpetratorId, givenName: "Test", familyName: expect.stringMatching(/^Person\d+$/) },
            riskAssessments: [{ id: c.assessment.id }],
            incidents: [{ id: c.incident.id }],
            maracReferrals: [{ id: c.marac.id }],
          },
        ],
        supportWorkers: [{ id: c.allocation.id, workerSubject: "idva-own-view" }],
        protectiveOrders: [{ id: c.order.id, reference: "NMO-idva-own-view" }],
      },
    });
    expect(await myAlerts(c.token)).toEqual([c.alert.id]);
    const search = await server.query(`query VictimAccessWorkerSearch { victims(first: 10) { edges { node { id } } totalCount } }`, {}, c.token, withPurpose);
    expect(search).toEqual({ victims: { edges: [{ node: { id: c.victim.id } }], totalCount: 1 } });

    // Of the perpetrator, the name only: the rest of the person is FORBIDDEN by role.
    const person = await server.request(`query VictimAccessWorkerPerson($id: ID!) { node(id: $id) { id ... on Perpetrator { givenName dateOfBirth } } }`, { id: c.perpetratorId }, c.token, withPurpose);
    expect(codesOf(person)).toEqual(["FORBIDDEN"]);
    expect(person.errors?.[0]?.path).toEqual(["node", "dateOfBirth"]);
  });

  it("sees nothing of her once the allocation ends: no victim, no alerts, and acknowledging answers NOT_FOUND", async () => {
    const c = await supportedVictim("idva-ending");
    expect(await myAlerts(c.token)).toEqual([c.alert.id]);

    await vx.endSupport(c.allocation.id);

    const view = await server.request(WORKER_VIEW, { id: c.victim.id }, c.token, withPurpose);
    expect([view.data, view.errors]).toEqual([{ node: null }, undefined]);
    expect(await myAlerts(c.token)).toEqual([]);
    for (const id of [c.link.id, c.order.id, c.alert.id, c.allocation.id]) {
      const node = await server.request(`query VictimAccessEndedNode($id: ID!) { node(id: $id) { id } }`, { id }, c.token, withPurpose);
      expect([node.data, node.errors]).toEqual([{ node: null }, undefined]);
    }
    const ack = await server.request(AcknowledgeSafetyAlertDocument, { input: { alertId: c.alert.id, note: "Still mine?" } }, c.token, withPurpose);
    expect(ack.errors).toBeUndefined();
    expect(ack.data?.acknowledgeSafetyAlert).toEqual({ alert: null, userErrors: [expect.objectContaining({ field: ["input", "alertId"], code: "NOT_FOUND" })] });
    await expectNothingWritten(ack.requestId);
    const [still] = (await server.query(SafetyAlertsDocument, { first: 5, filter: { victimId: c.victim.id } }, vx.safeguarding, withPurpose)).safetyAlerts.edges;
    expect(still?.node).toMatchObject({ id: c.alert.id, acknowledged: false });
    expectNoVictimData("ended worker", view, { id: c.victim.id });
  });
});

// --- probation follows the case allocation ------------------------------------------------------

describe("probation's view of victim safety follows the case allocation", () => {
  const VIEW = `query VictimAccessProbationView($victim: ID!, $person: ID!, $filter: VictimFilter) {
    victim: node(id: $victim) { id }
    person: node(id: $person) { id ... on Perpetrator { victimLinks { id } protectiveOrders { id } } }
    victims(first: 10, filter: $filter) { edges { node { id } } }
  }`;

  /** What a practitioner sees of a person's victim: the victim, the person's links and orders, the search by person. */
  async function view(token: string, c: { perpetratorId: string; victimId: string }) {
    const response = await server.request(VIEW, { victim: c.victimId, person: c.perpetratorId, filter: { perpetratorId: c.perpetratorId } }, token, withPurpose);
    expect(response.errors).toBeUndefined();
    const data = response.data as { victim: { id: string } | null; person: { victimLinks: unknown[]; protectiveOrders: unknown[] }; victims: { edges: unknown[] } };
    return { victim: data.victim !== null, links: data.person.victimLinks.length, orders: data.person.protectiveOrders.length, found: data.victims.edges.length };
  }
  const SEES = { victim: true, links: 1, orders: 1, found: 1 };
  const NOTHING = { victim: false, links: 0, orders: 0, found: 0 };

  async function caseWithVictim() {
    const { perpetratorId, victim } = await vx.linkedPair();
    await vx.order(perpetratorId, [victim.id]);
    return { perpetratorId, victimId: victim.id };
  }
  const practitioner = (sub: string, org = "Probation Service") => server.token(Role.PROBATION, sub, { name: `Practitioner ${sub}`, org });

  it("a referral gives the referrer nothing, open or withdrawn", async () => {
    const c = await caseWithVictim();
    const token = await practitioner("prob-withdrawing");
    const referred = await server.query(ReferToProgrammeDocument, { input: { perpetratorId: c.perpetratorId, programme: "CHOICES", source: "CHILDRENS_SERVICES" } }, token);
    const referral = referred.referToProgramme.referral!;
    expect(await view(token, c)).toEqual(NOTHING);

    const withdrawn = await server.query(
      TransitionReferralDocument,
      { input: { referralId: referral.id, toStatus: "WITHDRAWN", expectedVersion: referral.version, withdrawalReason: "MOVED_AREA" } },
      token,
    );
    expect(withdrawn.transitionReferral.userErrors).toEqual([]);
    expect(await view(token, c)).toEqual(NOTHING);
  });

  it("an ended case allocation gives its practitioner nothing", async () => {
    const c = await caseWithVictim();
    const token = await practitioner("prob-ending");
    const allocation = await fx.allocateCase(c.perpetratorId, "prob-ending", "Probation Service", "2026-01-05");
    expect(await view(token, c)).toEqual(SEES);

    const ended = await server.query(EndCaseAllocationDocument, { input: { allocationId: allocation.id, reason: "Sentence completed" } }, fx.admin);
    expect(ended.endCaseAllocation.userErrors).toEqual([]);
    expect(await view(token, c)).toEqual(NOTHING);
  });

  it("reallocating the case moves the view from the old practitioner to the new one", async () => {
    const c = await caseWithVictim();
    const old = await practitioner("prob-old");
    const next = await practitioner("prob-new", "Another Probation Trust");
    await fx.allocateCase(c.perpetratorId, "prob-old", "Probation Service", "2026-01-05");
    expect([await view(old, c), await view(next, c)]).toEqual([SEES, NOTHING]);

    await fx.allocateCase(c.perpetratorId, "prob-new", "Another Probation Trust");
    expect([await view(old, c), await view(next, c)]).toEqual([NOTHING, SEES]);
  });

  it("the organisation holding the case gives its other practitioners nothing", async () => {
    const c = await caseWithVictim();
    await fx.allocateCase(c.perpetratorId, "prob-holder", "Probation Service", "2026-01-05");
    expect([await view(await practitioner("prob-holder"), c), await view(await practitioner("prob-colleague"), c)]).toEqual([SEES, NOTHING]);
  });
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
