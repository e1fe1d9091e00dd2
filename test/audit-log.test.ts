import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  AllocateSupportWorkerDocument,
  RecordProtectiveOrderDocument,
  RecordRiskAssessmentDocument,
  RecordVictimDocument,
  ReferToMaracDocument,
  SearchVictimsDocument,
  UpdateVictimDocument,
  VictimSafetyViewDocument,
} from "../client/generated/graphql.js";
import { Role } from "../src/shared/auth/roles.js";
import { codes, createAuditScenario, type AuditScenario } from "./support/audit-scenario.js";
import type { GraphQLResponse } from "./support/server.js";
import { dashAnswers, PURPOSE } from "./support/victim-fixtures.js";

const NOW = "2026-06-01T12:00:00.000Z";
let server: AuditScenario["server"];
let vfx: AuditScenario["vfx"];
let send: AuditScenario["send"];
let events: AuditScenario["events"];
let eventsOf: AuditScenario["eventsOf"];
let safeguardingCase: AuditScenario["safeguardingCase"];

beforeAll(async () => {
  ({ server, vfx, send, events, eventsOf, safeguardingCase } = await createAuditScenario(NOW));
}, 60_000);
afterAll(() => server.close());
afterEach(() => server.clock.set(NOW));

/** Row counts of every victim-safety table and of the audit log, to show that nothing was written. */
async function tableCounts() {
  const tables = ["victims", "victim_links", "risk_assessments", "safety_incidents", "marac_referrals", "support_allocations", "protective_orders", "protective_order_protected_people", "audit_events"];
  const [row] = await server.database.rows<Record<string, number>>(
    server.database.db,
    sql.raw(`select ${tables.map((table) => `(select count(*)::int from ${table}) as ${table}`).join(", ")}`),
  );
  return row!;
}

describe("a stated purpose is required for every victim-safety read and write", () => {
  it.each([
    ["no X-Access-Purpose header", undefined],
    ["a one-character purpose", "x"],
    ["a four-character purpose", "abcd"],
    ["a purpose of spaces only", "        "],
    ["a purpose over 500 characters", "p".repeat(501)],
  ])("a safeguarding officer's view of a perpetrator with %s gets PURPOSE_REQUIRED and no victim data, and nothing is logged", async (_, purpose) => {
    const c = await safeguardingCase();
    const result = await send(VictimSafetyViewDocument, { perpetratorId: c.perpetratorId }, vfx.safeguarding, purpose);
    expect(codes(result).length).toBeGreaterThan(0);
    expect(new Set(codes(result))).toEqual(new Set(["PURPOSE_REQUIRED"]));
    const shown = JSON.stringify(result.data ?? null);
    for (const secret of [c.victim.familyName, c.link.id, c.order.id, c.marac.id, "Text first; never call"]) expect(shown).not.toContain(secret);
    expect((await events({ requestId: result.requestId })).totalCount).toBe(0);
  });

  it("refuses a victim search without a purpose", async () => {
    await vfx.victim({ givenName: "Purposeless", familyName: "Searchable" });
    const result = await send(SearchVictimsDocument, { first: 10, filter: { nameStartsWith: "Searchable" } }, vfx.safeguarding);
    expect(codes(result)).toEqual(["PURPOSE_REQUIRED"]);
    expect(result.data).toBeNull();
    expect((await events({ requestId: result.requestId })).totalCount).toBe(0);
  });

  it("refuses every victim-safety mutation without a purpose and writes neither the record nor an audit event", async () => {
    const c = await safeguardingCase();
    const mutations: [string, () => Promise<GraphQLResponse<unknown>>][] = [
      ["recordVictim", () => send(RecordVictimDocument, { input: { givenName: "Never", familyName: "Recorded" } }, vfx.safeguarding)],
      ["updateVictim", () => send(UpdateVictimDocument, { input: { victimId: c.victim.id, expectedVersion: c.victim.version, givenName: "Changed" } }, vfx.safeguarding)],
      ["recordRiskAssessment", () => send(RecordRiskAssessmentDocument, { input: { linkId: c.link.id, assessedOn: "2026-05-20", answers: dashAnswers(3) } }, vfx.safeguarding)],
      ["referToMarac", () => send(ReferToMaracDocument, { input: { linkId: c.link.id, referredOn: "2026-05-20", grounds: ["VISIBLE_HIGH_RISK"] } }, vfx.safeguarding)],
      ["allocateSupportWorker", () => send(AllocateSupportWorkerDocument, { input: { victimId: c.victim.id, kind: "PARTNER_SUPPORT", workerName: "W", organisation: "O", startedOn: "2026-05-01" } }, vfx.safeguarding)],
      [
        "recordProtectiveOrder",
        () => send(RecordProtectiveOrderDocument, { input: { perpetratorId: c.perpetratorId, type: "RESTRAINING_ORDER", protectedVictimIds: [c.victim.id], conditions: ["No contact"], startsOn: "2026-05-01" } }, vfx.safeguarding),
      ],
    ];
    for (const [name, run] of mutations) {
      const before = await tableCounts();
      const result = await run();
      expect(codes(result), name).toEqual(["PURPOSE_REQUIRED"]);
      expect(result.data, name).toBeNull();
      expect(await tableCounts(), name).toEqual(before);
      expect((await events({ requestId: result.requestId })).totalCount, name).toBe(0);
    }
  });
});

describe("reads are logged as CONSULTATION events", () => {
  it("records who read which records and fields, when, for what purpose, under which request and operation", async () => {
    const c = await safeguardingCase();
    const reader = await server.token(Role.SAFEGUARDING, "sg-reader-7", { name: "DC Reader", org: "West Yorkshire Police" });
    const purpose = "Preparing MARAC meeting, case 2026/118";
    server.clock.set("2026-06-03T08:30:00.000Z");
    const read = await send(VictimSafetyViewDocument, { perpetratorId: c.perpetratorId }, reader, purpose);
    expect(read.errors).toBeUndefined();

    const logged = await eventsOf({ requestId: read.requestId });
    for (const event of logged) {
      expect(event).toMatchObject({
        action: "CONSULTATION",
        actor: { sub: "sg-reader-7", name: "DC Reader", roles: ["SAFEGUARDING"], org: "West Yorkshire Police" },
        purpose,
        operationName: "VictimSafetyView",
        requestId: read.requestId,
        occurredAt: "2026-06-03T08:30:00.000Z",
        recipients: null,
      });
    }
    const byEntity = new Map(logged.map((event) => [`${event.entityType} ${event.entityId}`, event]));
    expect([...byEntity.keys()].sort()).toEqual(
      [
        `Perpetrator ${c.perpetratorId}`,
        `VictimLink ${c.link.id}`,
        `Victim ${c.victim.id}`,
        `SupportAllocation ${c.worker.id}`,
        `RiskAssessment ${c.assessment.id}`,
        `MaracReferral ${c.marac.id}`,
        `ProtectiveOrder ${c.order.id}`,
      ].sort(),
    );
    expect(logged).toHaveLength(7);
    const about = (key: string) => byEntity.get(key)!;
    expect(about(`Perpetrator ${c.perpetratorId}`)).toMatchObject({ fields: ["protectiveOrders", "victimLinks"], perpetratorId: c.perpetratorId, victimIds: [] });
    expect(about(`Victim ${c.victim.id}`)).toMatchObject({
      fields: ["contactSafety", "dateOfBirth", "familyName", "givenName", "supportWorkers", "version"],
      victimIds: [c.victim.id],
      perpetratorId: null,
    });
    expect(about(`VictimLink ${c.link.id}`)).toMatchObject({ victimIds: [c.victim.id], perpetratorId: c.perpetratorId });
    expect(about(`VictimLink ${c.link.id}`).fields).toEqual(expect.arrayContaining(["relationship", "victim", "currentRisk", "maracReferrals", "escalation"]));
    expect(about(`RiskAssessment ${c.assessment.id}`)).toMatchObject({ victimIds: [c.victim.id], perpetratorId: c.perpetratorId });
    expect(about(`MaracReferral ${c.marac.id}`)).toMatchObject({ victimIds: [c.victim.id], perpetratorId: c.perpetratorId });
    expect(about(`SupportAllocation ${c.worker.id}`)).toMatchObject({ victimIds: [c.victim.id], perpetratorId: null });
    expect(about(`ProtectiveOrder ${c.order.id}`)).toMatchObject({ perpetratorId: c.perpetratorId });
    expect(about(`ProtectiveOrder ${c.order.id}`).fields).toEqual(expect.arrayContaining(["type", "endsOn", "protectedPeople"]));
  });

  it("names exactly the fields read, and every role of the reader", async () => {
    const victim = await vfx.victim();
    const officer = await server.token([Role.SAFEGUARDING, Role.POLICE], "sg-two-roles");
    const read = await send(
      `query VictimNameAndContact($id: ID!) { node(id: $id) { ... on Victim { id givenName contactSafety { notes } } } }`,
      { id: victim.id },
      officer,
      "Calling the victim back about bail",
    );
    expect(read.errors).toBeUndefined();
    expect(await eventsOf({ requestId: read.requestId })).toEqual([
      expect.objectContaining({
        entityType: "Victim",
        entityId: victim.id,
        fields: ["contactSafety", "givenName"],
        victimIds: [victim.id],
        actor: { sub: "sg-two-roles", name: null, roles: ["POLICE", "SAFEGUARDING"], org: null },
        operationName: "VictimNameAndContact",
        purpose: "Calling the victim back about bail",
      }),
    ]);
  });
});

describe("writes are logged in their own transaction", () => {
  it("logs recordVictim as a COLLECTION and updateVictim as an ALTERATION of the fields changed", async () => {
    server.clock.set("2026-06-02T09:00:00.000Z");
    const created = await send(RecordVictimDocument, { input: { givenName: "Rowan", familyName: "Collected", dateOfBirth: "1991-02-03" } }, vfx.safeguarding, PURPOSE);
    const victim = created.data!.recordVictim.victim!;
    expect(await eventsOf({ requestId: created.requestId, action: "COLLECTION" })).toEqual([
      expect.objectContaining({
        entityType: "Victim",
        entityId: victim.id,
        victimIds: [victim.id],
        perpetratorId: null,
        fields: expect.arrayContaining(["givenName", "familyName", "dateOfBirth", "contactSafety"]),
        purpose: PURPOSE,
        operationName: "RecordVictim",
        occurredAt: "2026-06-02T09:00:00.000Z",
        actor: { sub: "safeguarding-1", name: "DS Safeguarding", roles: ["SAFEGUARDING"], org: "West Yorkshire Police" },
      }),
    ]);

    const renamed = await send(UpdateVictimDocument, { input: { victimId: victim.id, expectedVersion: 1, givenName: "Rowena", dateOfBirth: "1991-03-02" } }, vfx.safeguarding, PURPOSE);
    expect(renamed.data!.updateVictim.userErrors).toEqual([]);
    const [alteration] = await eventsOf({ requestId: renamed.requestId, action: "ALTERATION" });
    expect(alteration).toMatchObject({ entityType: "Victim", entityId: victim.id, victimIds: [victim.id], operationName: "UpdateVictim" });
    expect([...alteration!.fields].sort()).toEqual(["dateOfBirth", "givenName"]);

    const recontact = await send(UpdateVictimDocument, { input: { victimId: victim.id, expectedVersion: 2, contactSafety: { safeContactMethod: "EMAIL" } } }, vfx.safeguarding, PURPOSE);
    expect(recontact.data!.updateVictim.userErrors).toEqual([]);
    expect((await eventsOf({ requestId: recontact.requestId, action: "ALTERATION" })).map((event) => event.fields)).toEqual([["contactSafety"]]);

    const stale = await send(UpdateVictimDocument, { input: { victimId: victim.id, expectedVersion: 1, familyName: "Stale" } }, vfx.safeguarding, PURPOSE);
    expect(stale.data!.updateVictim.userErrors.map((error) => error.code)).toEqual(["CONFLICT"]);
    expect((await events({ requestId: stale.requestId })).totalCount).toBe(0);
  });

  it("logs DASH assessments, MARAC referrals, protective orders and support workers as COLLECTIONs about the right people", async () => {
    const { perpetratorId, victim, link } = await vfx.linkedPair();
    const as = (response: GraphQLResponse<unknown>) => eventsOf({ requestId: response.requestId, action: "COLLECTION" });

    const assessed = await send(RecordRiskAssessmentDocument, { input: { linkId: link.id, assessedOn: "2026-05-20", answers: dashAnswers(15) } }, vfx.safeguarding, PURPOSE);
    const assessment = assessed.data!.recordRiskAssessment.assessment!;
    expect(await as(assessed)).toEqual([
      expect.objectContaining({ entityType: "RiskAssessment", entityId: assessment.id, victimIds: [victim.id], perpetratorId, fields: expect.arrayContaining(["answers", "level"]) }),
    ]);

    const referred = await send(ReferToMaracDocument, { input: { linkId: link.id, referredOn: "2026-05-21", grounds: ["VISIBLE_HIGH_RISK"] } }, vfx.safeguarding, PURPOSE);
    const referral = referred.data!.referToMarac.maracReferral!;
    expect(await as(referred)).toEqual([
      expect.objectContaining({ entityType: "MaracReferral", entityId: referral.id, victimIds: [victim.id], perpetratorId, fields: expect.arrayContaining(["referredOn", "grounds"]) }),
    ]);

    const ordered = await send(
      RecordProtectiveOrderDocument,
      { input: { perpetratorId, type: "RESTRAINING_ORDER", protectedVictimIds: [victim.id], conditions: ["No contact"], startsOn: "2026-05-01", endsOn: "2027-05-01" } },
      vfx.safeguarding,
      PURPOSE,
    );
    const order = ordered.data!.recordProtectiveOrder.order!;
    expect(await as(ordered)).toEqual([
      expect.objectContaining({ entityType: "ProtectiveOrder", entityId: order.id, perpetratorId, fields: expect.arrayContaining(["type", "protectedVictimIds", "conditions"]) }),
    ]);

    const allocated = await send(
      AllocateSupportWorkerDocument,
      { input: { victimId: victim.id, kind: "IDVA", workerName: "Sam Idva", workerSubject: "idva-collect", organisation: "Leeds DVS", startedOn: "2026-05-01" } },
      vfx.safeguarding,
      PURPOSE,
    );
    const allocation = allocated.data!.allocateSupportWorker.allocation!;
    expect(await as(allocated)).toEqual([
      expect.objectContaining({ entityType: "SupportAllocation", entityId: allocation.id, victimIds: [victim.id], fields: expect.arrayContaining(["kind", "workerName", "organisation"]) }),
    ]);

    const refused = await send(RecordRiskAssessmentDocument, { input: { linkId: link.id, assessedOn: "2026-07-01", answers: dashAnswers(15) } }, vfx.safeguarding, PURPOSE);
    expect(refused.data!.recordRiskAssessment.userErrors).not.toEqual([]);
    expect((await events({ requestId: refused.requestId })).totalCount).toBe(0);
  });

  it("writes nothing when its audit event cannot be written", async () => {
    const db = server.database.db;
    await server.database.rows(
      db,
      sql.raw(`create function test_refuse_audit() returns trigger language plpgsql as $$
        begin if new.operation_name = 'AuditStoreDown' then raise exception 'audit store down'; end if; return new; end $$`),
    );
    await server.database.rows(db, sql.raw(`create trigger test_refuse_audit before insert on audit_events for each row execute function test_refuse_audit()`));
    try {
      const result = await send(
        `mutation AuditStoreDown($input: RecordVictimInput!) { recordVictim(input: $input) { victim { id } userErrors { code } } }`,
        { input: { givenName: "Unlogged", familyName: "Neverwritten" } },
        vfx.safeguarding,
        PURPOSE,
      );
      expect(codes(result)).toEqual(["INTERNAL_SERVER_ERROR"]);
      const rows = await server.database.rows<{ n: number }>(db, sql`select count(*)::int as n from victims where last_name = 'Neverwritten'`);
      expect(rows[0]!.n).toBe(0);
    } finally {
      await server.database.rows(db, sql.raw(`drop trigger test_refuse_audit on audit_events`));
      await server.database.rows(db, sql.raw(`drop function test_refuse_audit()`));
    }
  });
});
