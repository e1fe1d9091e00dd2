import { randomUUID } from "node:crypto";
import { sql, type SQL } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  AuditEventsDocument,
  UpdateVictimDocument,
  VictimByIdDocument,
  VictimSafetyViewDocument,
} from "../client/generated/graphql.js";
import { Role } from "../src/shared/auth/roles.js";
import { codes, createAuditScenario, type AuditScenario, type SafeguardingCase } from "./support/audit-scenario.js";
import type { GraphQLResponse } from "./support/server.js";
import { PURPOSE } from "./support/victim-fixtures.js";

const NOW = "2026-06-01T12:00:00.000Z";
let server: AuditScenario["server"];
let fx: AuditScenario["fx"];
let vfx: AuditScenario["vfx"];
let auditor: string;
let send: AuditScenario["send"];
let events: AuditScenario["events"];
let eventsOf: AuditScenario["eventsOf"];
let safeguardingCase: AuditScenario["safeguardingCase"];

beforeAll(async () => {
  ({ server, fx, vfx, auditor, send, events, eventsOf, safeguardingCase } = await createAuditScenario(NOW));
}, 60_000);
afterAll(() => server.close());
afterEach(() => server.clock.set(NOW));

describe("auditEvents: what an auditor can ask of the log", () => {
  const T1 = "2026-06-02T10:00:00.000Z";
  const T2 = "2026-06-03T10:00:00.000Z";
  const T3 = "2026-06-04T10:00:00.000Z";
  let c: SafeguardingCase;
  let first: GraphQLResponse<unknown>;
  let second: GraphQLResponse<unknown>;
  let altered: GraphQLResponse<unknown>;

  // One case recorded at NOW, viewed at T1 and, by another officer, at T2, and corrected at T3.
  beforeAll(async () => {
    c = await safeguardingCase();
    await vfx.linkedPair(); // someone else's case, which no filter below may return
    const other = await server.token(Role.SAFEGUARDING, "sg-second-look", { name: "DC Second", org: "West Yorkshire Police" });
    server.clock.set(T1);
    first = await send(VictimSafetyViewDocument, { perpetratorId: c.perpetratorId }, vfx.safeguarding, PURPOSE);
    server.clock.set(T2);
    second = await send(VictimByIdDocument, { id: c.victim.id }, other, "Second look before the strategy meeting");
    server.clock.set(T3);
    altered = await send(UpdateVictimDocument, { input: { victimId: c.victim.id, expectedVersion: c.victim.version, familyName: "Corrected" } }, vfx.safeguarding, PURPOSE);
    server.clock.set(NOW);
    for (const response of [first, second, altered]) expect(response.errors).toBeUndefined();
  }, 30_000);

  it("personId of a victim returns every event about them, and only those", async () => {
    const about = await events({ personId: c.victim.id });
    const nodes = about.edges.map((edge) => edge.node);
    expect(about.totalCount).toBe(nodes.length);
    expect(nodes.every((event) => event.victimIds.includes(c.victim.id))).toBe(true);
    expect([...new Set(nodes.map((event) => event.entityType))]).toEqual(
      expect.arrayContaining(["Victim", "VictimLink", "RiskAssessment", "MaracReferral", "SupportAllocation", "ProtectiveOrder"]),
    );
    // The order protecting them is found from the victim too, from its recording onwards.
    expect(nodes.some((event) => event.entityType === "ProtectiveOrder" && event.entityId === c.order.id && event.action === "COLLECTION")).toBe(true);
    for (const request of [first, second, altered]) expect(nodes.some((event) => event.requestId === request.requestId)).toBe(true);
  });

  it("personId of a perpetrator returns every event about them, including the orders against them", async () => {
    const nodes = await eventsOf({ personId: c.perpetratorId });
    expect(nodes.every((event) => event.perpetratorId === c.perpetratorId)).toBe(true);
    expect(new Set(nodes.map((event) => event.entityType))).toEqual(new Set(["Perpetrator", "VictimLink", "RiskAssessment", "MaracReferral", "ProtectiveOrder"]));
    expect(nodes.some((event) => event.entityType === "ProtectiveOrder" && event.entityId === c.order.id && event.action === "COLLECTION")).toBe(true);
    expect(nodes.some((event) => event.entityType === "Perpetrator" && event.requestId === first.requestId)).toBe(true);
  });

  it("actorSub returns what one person did", async () => {
    const nodes = await eventsOf({ actorSub: "sg-second-look" });
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((event) => event.actor.sub === "sg-second-look" && event.requestId === second.requestId)).toBe(true);
    expect(nodes.map((event) => event.id).sort()).toEqual((await eventsOf({ requestId: second.requestId })).map((event) => event.id).sort());
  });

  it("from is inclusive and to exclusive, by the server's clock", async () => {
    const between = await eventsOf({ personId: c.victim.id, from: T2, to: T3 });
    expect(between.length).toBeGreaterThan(0);
    expect(between.every((event) => event.requestId === second.requestId && event.occurredAt === T2)).toBe(true);

    const since = await eventsOf({ personId: c.victim.id, from: T3 });
    expect(since.length).toBeGreaterThan(0);
    expect(since.every((event) => event.requestId === altered.requestId && event.occurredAt === T3)).toBe(true);

    const before = await eventsOf({ personId: c.victim.id, to: T1 });
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((event) => event.occurredAt === NOW)).toBe(true);
    expect(before.some((event) => event.action === "COLLECTION")).toBe(true);
  });

  it("action and entityType narrow the events", async () => {
    expect(await eventsOf({ personId: c.victim.id, action: "ALTERATION" })).toEqual([
      expect.objectContaining({ action: "ALTERATION", entityType: "Victim", entityId: c.victim.id, fields: ["familyName"], requestId: altered.requestId }),
    ]);
    const orders = await eventsOf({ personId: c.perpetratorId, entityType: "ProtectiveOrder" });
    expect(orders.every((event) => event.entityType === "ProtectiveOrder" && event.entityId === c.order.id)).toBe(true);
    expect(new Set(orders.map((event) => event.action))).toEqual(new Set(["COLLECTION", "CONSULTATION"]));
    const consultations = await eventsOf({ personId: c.victim.id, action: "CONSULTATION", entityType: "RiskAssessment", from: T1 });
    expect(consultations.map((event) => event.requestId).sort()).toEqual([first.requestId, second.requestId].sort());
  });

  it("pages newest first with cursors, the total the same on every page", async () => {
    const all = await eventsOf({ personId: c.victim.id });
    expect(all.length).toBeGreaterThan(6);
    const times = all.map((event) => event.occurredAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(times[0]).toBe(T3);

    const paged: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const connection: Awaited<ReturnType<typeof events>> = await events({ personId: c.victim.id }, 3, after);
      expect(connection.totalCount).toBe(all.length);
      paged.push(...connection.edges.map((edge) => edge.node.id));
      if (!connection.pageInfo.hasNextPage) break;
      expect(connection.edges).toHaveLength(3);
      after = connection.pageInfo.endCursor;
    }
    expect(paged).toEqual(all.map((event) => event.id));
  });

  it("refuses a personId that is not a Victim or Perpetrator id", async () => {
    for (const personId of [c.link.id, c.order.id, c.marac.id, "not-a-global-id"]) {
      const result = await server.request(AuditEventsDocument, { first: 10, filter: { personId } }, auditor);
      expect(codes(result), personId).toEqual(["BAD_USER_INPUT"]);
      expect(result.data).toBeNull();
    }
  });
});

describe("only auditors read the log", () => {
  it.each([Role.SAFEGUARDING, Role.POLICE, Role.ADMIN, Role.ANALYST, Role.PROBATION, Role.FACILITATOR])("%s gets FORBIDDEN, even with a purpose", async (role) => {
    const token = await server.token(role, `${role.toLowerCase()}-reading-audit`);
    const result = await server.request(AuditEventsDocument, { first: 10 }, token, { purpose: PURPOSE });
    expect(codes(result)).toEqual(["FORBIDDEN"]);
    expect(result.data).toBeNull();
  });

  it("an auditor needs no purpose to read it", async () => {
    const result = await server.request(AuditEventsDocument, { first: 1 }, auditor);
    expect(result.errors).toBeUndefined();
  });
});

describe("the log is append-only in the database itself", () => {
  const db = () => server.database.db;
  const snapshot = async () =>
    (
      await server.database.rows<{ n: number; digest: string }>(
        db(),
        sql`select count(*)::int as n, md5(string_agg(t::text, '|' order by t.id)) as digest from audit_events t`,
      )
    )[0]!;

  /** The error chain's messages: drizzle wraps the driver's error ("Failed query: ..."), PostgreSQL's message is its cause. */
  async function failure(statement: SQL): Promise<string> {
    const error = await server.database.rows(db(), statement).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(Error);
    const messages: string[] = [];
    for (let e: unknown = error; e instanceof Error; e = e.cause) messages.push(e.message);
    return messages.join(" <- ");
  }

  it("refuses UPDATE, DELETE and TRUNCATE, leaves every row as it was, and still takes INSERTs", async () => {
    await safeguardingCase(); // row triggers fire only on rows, so the log must have some
    const before = await snapshot();
    expect(before.n).toBeGreaterThan(0);

    expect(await failure(sql`update audit_events set purpose = 'x'`)).toMatch(/append-only: UPDATE is not allowed/);
    expect(await failure(sql`delete from audit_events`)).toMatch(/append-only: DELETE is not allowed/);
    expect(await failure(sql`truncate audit_events`)).toMatch(/append-only: TRUNCATE is not allowed/);
    expect(await snapshot()).toEqual(before);

    const probe = `append-probe-${randomUUID()}`;
    await server.database.rows(
      db(),
      sql`insert into audit_events (request_id, actor_sub, actor_roles, action, entity_type, entity_id, fields, purpose)
          values (${probe}, 'append-probe', '{}', 'COLLECTION', 'Victim', gen_random_uuid(), '{givenName}', 'checking the log takes inserts')`,
    );
    const after = await snapshot();
    expect(after.n).toBe(before.n + 1);
    expect((await eventsOf({ requestId: probe })).map((event) => event.actor.sub)).toEqual(["append-probe"]);
  });
});

describe("the log holds no personal data", () => {
  it("records ids and field names, never names, dates of birth, contact details or case notes", async () => {
    const person = await fx.person();
    const victim = await vfx.victim({
      givenName: "Zephyrine",
      familyName: "Quillfeather-Okonkwo",
      dateOfBirth: "1987-11-23",
      contactSafety: { safeContactMethod: "PHONE", safeContactTimes: "Only Thursdays after nine", addressKnownToPerpetrator: false, notes: "Knock twice at Larkspur Mews" },
    });
    const link = await vfx.link(victim.id, person.id);
    await vfx.assess(link.id, 12);
    await vfx.marac(link.id, { judgementReason: "Threats made outside Brackenridge Primary" });
    await vfx.supportWorker(victim.id, "idva-personal", { workerName: "Marigold Featherstonehaugh" });
    await vfx.order(person.id, [victim.id], { conditions: ["Not to enter Larkspur Mews"], reference: "FAM-ZQ-8841" });
    const updated = await send(
      UpdateVictimDocument,
      { input: { victimId: victim.id, expectedVersion: victim.version, contactSafety: { notes: "Use the Pemberton Road safe house line" } } },
      vfx.safeguarding,
      PURPOSE,
    );
    expect(updated.data!.updateVictim.userErrors).toEqual([]);
    await send(VictimByIdDocument, { id: victim.id }, vfx.safeguarding, PURPOSE);
    await send(VictimSafetyViewDocument, { perpetratorId: person.id }, vfx.safeguarding, PURPOSE);
    expect((await events({ personId: victim.id })).totalCount).toBeGreaterThan(10);

    const rows = await server.database.rows<{ line: string }>(server.database.db, sql`select t::text as line from audit_events t`);
    const secrets = [
      "Zephyrine",
      "Quillfeather",
      "1987-11-23",
      "Thursdays after nine",
      "Larkspur",
      "Pemberton",
      "Brackenridge",
      "Featherstonehaugh",
      "FAM-ZQ-8841",
      "Corrected",
      person.familyName,
    ];
    for (const secret of secrets) {
      expect(rows.filter((row) => row.line.toLowerCase().includes(secret.toLowerCase())).map((row) => row.line), secret).toEqual([]);
    }
  });
});
