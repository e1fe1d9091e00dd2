import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  EndCaseAllocationDocument,
  PerpetratorChangesDocument,
  PerpetratorLookupDocument,
  UpdatePerpetratorDocument,
  type UpdatePerpetratorInput,
  type UpdatePerpetratorMutation,
} from "../client/generated/graphql.js";
import { formatCroNumber, formatPncId, perpetratorChanges, perpetrators } from "../src/modules/perpetrators/index.js";
import { Role } from "../src/shared/auth/roles.js";
import { idOfType, toGlobalId } from "../src/shared/global-id.js";
import { createFixtures, type Fixtures } from "./support/fixtures.js";
import { startTestServer, type TestServer } from "./support/server.js";

/*
 * Correcting a person's record (DPA 2018 s.46) over GraphQL, on a real database: compare-and-set on
 * the person's version, the history of changes written in the same transaction, the same field rules
 * as recording a person, and who may correct and who may read the history.
 */

const NOW = "2026-06-01T12:00:00Z";

let server: TestServer;
let fx: Fixtures;
let serial = 0;

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  fx = await createFixtures(server);
}, 60_000);
afterAll(() => server?.close());

type Payload = UpdatePerpetratorMutation["updatePerpetrator"];

async function update(input: UpdatePerpetratorInput, token = fx.admin): Promise<Payload> {
  return (await server.query(UpdatePerpetratorDocument, { input }, token)).updatePerpetrator;
}

/** A correction that must be accepted. */
async function updated(input: UpdatePerpetratorInput, token = fx.admin) {
  const payload = await update(input, token);
  expect(payload.userErrors).toEqual([]);
  return payload.perpetrator!;
}

/** A person of this file, with identifiers no fixture uses. */
function person(overrides: Parameters<Fixtures["person"]>[0] = {}) {
  serial += 1;
  return fx.person({ crn: `R${String(500000 + serial)}`, pncId: formatPncId(2012, 40000 + serial), ...overrides });
}

async function changesOf(id: string, token = fx.admin, first = 20, after?: string) {
  return (await server.query(PerpetratorChangesDocument, { id, first, after }, token)).perpetrator!;
}

/** The person's row and history rows in the database itself. */
async function stored(id: string) {
  const dbId = idOfType(id, "Perpetrator")!;
  const { db } = server.database;
  const [row] = await db
    .select({ version: perpetrators.version, given_name: perpetrators.givenName, family_name: perpetrators.familyName, crn: perpetrators.crn, pnc_id: perpetrators.pncId })
    .from(perpetrators)
    .where(eq(perpetrators.id, dbId));
  const [history] = await db.select({ n: sql<number>`count(*)::int` }).from(perpetratorChanges).where(eq(perpetratorChanges.perpetratorId, dbId));
  return { ...row!, changes: history!.n };
}

const codes = (payload: Payload) => payload.userErrors.map((e) => `${e.field.join(".")}:${e.code}`);

describe("an admin corrects a person's record", () => {
  it("corrects names, date of birth and identifiers, answers them canonical, and a re-read shows them", async () => {
    const who = await person({ givenName: "Jon", familyName: "Smyth", dateOfBirth: "1985-04-12" });
    const cro = formatCroNumber(123456, 21);
    const answer = await updated({
      id: who.id,
      expectedVersion: 1,
      reason: "  Court register gives the correct spelling and date of birth  ",
      givenName: " John ",
      familyName: "Smith",
      dateOfBirth: "1985-04-21",
      pncId: "79/163001B",
      prisonNumber: "a1234bc",
      croNumber: cro,
    });
    expect(answer).toMatchObject({ givenName: "John", familyName: "Smith", dateOfBirth: "1985-04-21", pncId: "1979/0163001B", prisonNumber: "A1234BC", croNumber: cro, version: 2 });
    expect(answer.crn).toBe(who.crn);

    const reread = (await server.query(PerpetratorLookupDocument, { id: who.id }, fx.admin)).perpetrator!;
    expect(reread).toMatchObject({ givenName: "John", familyName: "Smith", dateOfBirth: "1985-04-21", pncId: "1979/0163001B", prisonNumber: "A1234BC", croNumber: cro });

    const history = await changesOf(who.id);
    expect(history.version).toBe(2);
    expect(history.changes.totalCount).toBe(1);
    expect(history.changes.edges[0]!.node).toMatchObject({
      version: 2,
      changedFields: ["givenName", "familyName", "dateOfBirth", "pncId", "prisonNumber", "croNumber"],
      previous: [
        { field: "givenName", previousValue: "Jon" },
        { field: "familyName", previousValue: "Smyth" },
        { field: "dateOfBirth", previousValue: "1985-04-12" },
        { field: "pncId", previousValue: who.pncId },
        { field: "prisonNumber", previousValue: null },
        { field: "croNumber", previousValue: null },
      ],
      reason: "Court register gives the correct spelling and date of birth",
      actorSub: "admin-1",
    });
  });

  it("clears a field given as null, leaves omitted ones alone, and lists the history newest first, a page at a time", async () => {
    const who = await person({ ethnicity: "White British", needs: ["ALCOHOL_MISUSE"] });
    await updated({ id: who.id, expectedVersion: 1, reason: "Second CRN was issued in error", crn: null });
    const third = await updated({ id: who.id, expectedVersion: 2, reason: "Disclosed at assessment", needs: ["ALCOHOL_MISUSE", "MENTAL_HEALTH"], interpreterRequired: true });
    expect(third).toMatchObject({ crn: null, version: 3, needs: ["ALCOHOL_MISUSE", "MENTAL_HEALTH"], interpreterRequired: true, pncId: who.pncId });
    const fourth = await updated({ id: who.id, expectedVersion: 3, reason: "Self-described at review", ethnicity: null, disability: true });
    expect(fourth.version).toBe(4);

    const first = await changesOf(who.id, fx.admin, 2);
    expect(first.changes.totalCount).toBe(3);
    expect(first.changes.pageInfo.hasNextPage).toBe(true);
    expect(first.changes.edges.map((e) => [e.node.version, e.node.changedFields, e.node.previous])).toEqual([
      [4, ["ethnicity", "disability"], [{ field: "ethnicity", previousValue: "White British" }, { field: "disability", previousValue: null }]],
      [3, ["interpreterRequired", "needs"], [{ field: "interpreterRequired", previousValue: "false" }, { field: "needs", previousValue: "ALCOHOL_MISUSE" }]],
    ]);
    const rest = await changesOf(who.id, fx.admin, 2, first.changes.pageInfo.endCursor!);
    expect(rest.changes.pageInfo.hasNextPage).toBe(false);
    expect(rest.changes.edges.map((e) => [e.node.version, e.node.changedFields, e.node.previous, e.node.reason])).toEqual([
      [2, ["crn"], [{ field: "crn", previousValue: who.crn }], "Second CRN was issued in error"],
    ]);
  });

  it("refuses a stale expectedVersion with CONFLICT naming the current version, and changes nothing", async () => {
    const who = await person();
    await updated({ id: who.id, expectedVersion: 1, reason: "Typo", givenName: "Alex" });
    const stale = await update({ id: who.id, expectedVersion: 1, reason: "Another typo", familyName: "Other" });
    expect(stale.perpetrator).toBeNull();
    expect(codes(stale)).toEqual(["input.expectedVersion:CONFLICT"]);
    expect(stale.userErrors[0]!.message).toContain("now version 2");
    expect(await stored(who.id)).toMatchObject({ version: 2, given_name: "Alex", family_name: who.familyName, changes: 1 });
  });

  it("refuses invalid identifiers, a future date of birth and an empty reason, all at once, and writes nothing", async () => {
    const who = await person();
    const refused = await update({ id: who.id, expectedVersion: 1, reason: "   ", pncId: "2001/0171310S", crn: "12345", dateOfBirth: "2026-06-02", familyName: "" });
    expect(refused.perpetrator).toBeNull();
    expect(codes(refused).sort()).toEqual(["input.crn:INVALID", "input.dateOfBirth:INVALID", "input.familyName:INVALID", "input.pncId:INVALID", "input.reason:INVALID"]);
    const tooLong = await update({ id: who.id, expectedVersion: 1, reason: "x".repeat(501), givenName: "Sam" });
    expect(codes(tooLong)).toEqual(["input.reason:INVALID"]);
    const cleared = await update({ id: who.id, expectedVersion: 1, reason: "Unknown", dateOfBirth: null, sex: null });
    expect(codes(cleared)).toEqual(["input.dateOfBirth:INVALID", "input.sex:INVALID"]);
    expect(await stored(who.id)).toMatchObject({ version: 1, crn: who.crn, pnc_id: who.pncId, changes: 0 });
  });

  it("refuses a patch that changes nothing", async () => {
    const who = await person();
    for (const input of [{}, { givenName: who.givenName, crn: who.crn }, { prisonNumber: null }]) {
      const payload = await update({ id: who.id, expectedVersion: 1, reason: "No-op", ...input });
      expect(codes(payload)).toEqual(["input:INVALID"]);
      expect(payload.userErrors[0]!.message.toLowerCase()).toContain("nothing to change");
    }
    expect(await stored(who.id)).toMatchObject({ version: 1, changes: 0 });
  });

  it("refuses an identifier that belongs to someone else with DUPLICATE, before writing", async () => {
    const holder = await person();
    const who = await person();
    const payload = await update({ id: who.id, expectedVersion: 1, reason: "Merged records", crn: holder.crn!.toLowerCase(), pncId: holder.pncId });
    expect(codes(payload).sort()).toEqual(["input.crn:DUPLICATE", "input.pncId:DUPLICATE"]);
    expect(await stored(who.id)).toMatchObject({ version: 1, crn: who.crn, changes: 0 });
  });

  it("answers a random or malformed id as NOT_FOUND", async () => {
    for (const id of [toGlobalId("Perpetrator", randomUUID()), toGlobalId("Referral", randomUUID()), "not-an-id"]) {
      expect(codes(await update({ id, expectedVersion: 1, reason: "Typo", givenName: "X" }))).toEqual(["input.id:NOT_FOUND"]);
    }
  });

  it("is answered from what it wrote: nothing is read after the last write", async () => {
    const who = await person();
    server.database.statements.reset();
    server.database.statements.recording = true;
    try {
      await updated({ id: who.id, expectedVersion: 1, reason: "Typo", familyName: "Written" });
      const texts = server.database.statements.recorded.map((s) => s.text);
      const lastWrite = texts.findLastIndex((text) => /^\s*(insert|update)\b/i.test(text));
      expect(texts.slice(lastWrite + 1).filter((text) => !/^\s*(commit|release)/i.test(text))).toEqual([]);
    } finally {
      server.database.statements.recording = false;
    }
  });
});

describe("racing corrections", () => {
  it("of two with the same expectedVersion, exactly one lands; the other is a CONFLICT and no history is lost", async () => {
    const who = await person();
    const [a, b] = await Promise.all([
      update({ id: who.id, expectedVersion: 1, reason: "First", givenName: "First" }),
      update({ id: who.id, expectedVersion: 1, reason: "Second", familyName: "Second" }),
    ]);
    const results = [a, b].map((payload) => (payload.userErrors.length ? codes(payload).join() : "ok")).sort();
    expect(results).toEqual(["input.expectedVersion:CONFLICT", "ok"]);
    expect(await stored(who.id)).toMatchObject({ version: 2, changes: 1 });
  });

  it("two people given the same new CRN at once: one gets it, the other is told DUPLICATE", async () => {
    const [x, y] = [await person(), await person()];
    const crn = `R${String(900000 + serial)}`;
    const [a, b] = await Promise.all([
      update({ id: x.id, expectedVersion: 1, reason: "New CRN", crn }),
      update({ id: y.id, expectedVersion: 1, reason: "New CRN", crn }),
    ]);
    const results = [a, b].map((payload) => (payload.userErrors.length ? codes(payload).join() : "ok")).sort();
    expect(results).toEqual(["input.crn:DUPLICATE", "ok"]);
    const loser = a.userErrors.length ? x : y;
    expect(await stored(loser.id)).toMatchObject({ version: 1, crn: loser.crn, changes: 0 });
  });
});

describe("who may correct a record", () => {
  it("the allocated probation practitioner may; a colleague of the same organisation, or after the allocation ended, may not", async () => {
    const who = await person();
    const allocation = await fx.allocateCase(who.id, "prob-1", "Probation Service");
    const mine = await updated({ id: who.id, expectedVersion: 1, reason: "Confirmed with the person", givenName: "Corrected" }, fx.probation);
    expect(mine.version).toBe(2);
    expect((await changesOf(who.id)).changes.edges[0]!.node).toMatchObject({ actorSub: "prob-1", actorName: "Probation Practitioner" });

    const colleague = await server.token(Role.PROBATION, "prob-2", { org: "Probation Service" });
    const refused = await server.request(UpdatePerpetratorDocument, { input: { id: who.id, expectedVersion: 2, reason: "Typo", givenName: "Colleague" } }, colleague);
    expect(refused.errors?.map((e) => e.extensions?.["code"])).toEqual(["FORBIDDEN"]);

    const ended = await server.query(EndCaseAllocationDocument, { input: { allocationId: allocation.id, reason: "Order ended" } }, fx.admin);
    expect(ended.endCaseAllocation.userErrors).toEqual([]);
    const afterEnd = await server.request(UpdatePerpetratorDocument, { input: { id: who.id, expectedVersion: 2, reason: "Typo", givenName: "Again" } }, fx.probation);
    expect(afterEnd.errors?.map((e) => e.extensions?.["code"])).toEqual(["FORBIDDEN"]);
    expect(await stored(who.id)).toMatchObject({ version: 2, given_name: "Corrected", changes: 1 });
  });

  it("facilitators, police, IOM officers, safeguarding, support workers, analysts and auditors are refused with FORBIDDEN, for a real id as for a random one", async () => {
    const who = await person();
    const group = await fx.group("CHOICES", ["fac-r"]);
    const { person: participant } = await fx.participant("CHOICES", group.id);
    const callers = await Promise.all(
      [Role.FACILITATOR, Role.POLICE, Role.IOM_OFFICER, Role.IOM_SUPERVISOR, Role.SAFEGUARDING, Role.SUPPORT_WORKER, Role.ANALYST, Role.AUDITOR].map((role) =>
        server.token(role, role === Role.FACILITATOR ? "fac-r" : `${role.toLowerCase()}-r`),
      ),
    );
    for (const token of callers) {
      for (const id of [who.id, participant.id, toGlobalId("Perpetrator", randomUUID())]) {
        const answer = await server.request(UpdatePerpetratorDocument, { input: { id, expectedVersion: 1, reason: "Typo", givenName: "Nope" } }, token);
        expect(answer.data).toBeNull();
        expect(answer.errors?.map((e) => e.extensions?.["code"])).toEqual(["FORBIDDEN"]);
      }
    }
    expect(await stored(who.id)).toMatchObject({ version: 1, changes: 0 });
    expect(await stored(participant.id)).toMatchObject({ version: 1, changes: 0 });
  });
});

describe("who may read the history", () => {
  it("case readers read it; equality data's old values only for those who read equality data; facilitators are refused", async () => {
    const group = await fx.group("CHOICES", ["fac-h"]);
    const { person: who } = await fx.participant("CHOICES", group.id, { ethnicity: "Mixed", familyName: "Historic" });
    await updated({ id: who.id, expectedVersion: 1, reason: "Self-described", ethnicity: "Asian British", familyName: "Historical" });

    const police = await server.token(Role.POLICE, "police-h");
    const seen = await changesOf(who.id, police);
    expect(seen.changes.edges[0]!.node.changedFields).toEqual(["familyName", "ethnicity"]);
    expect(seen.changes.edges[0]!.node.previous).toEqual([{ field: "familyName", previousValue: "Historic" }]);
    expect((await changesOf(who.id, fx.probation)).changes.edges[0]!.node.previous).toEqual([
      { field: "familyName", previousValue: "Historic" },
      { field: "ethnicity", previousValue: "Mixed" },
    ]);

    const facilitator = await server.token(Role.FACILITATOR, "fac-h");
    const refused = await server.request(PerpetratorChangesDocument, { id: who.id, first: 5 }, facilitator);
    expect(refused.errors?.map((e) => [e.extensions?.["code"], e.path?.join(".")])).toEqual([["FORBIDDEN", "perpetrator.changes"]]);
    // The person's version is theirs to see, with the rest of the row.
    const own = await server.request(`query($id: ID!) { perpetrator(id: $id) { familyName version } }`, { id: who.id }, facilitator);
    expect(own.data).toEqual({ perpetrator: { familyName: "Historical", version: 2 } });
  });

  it("costs the same statements for a page of one person and of five, each with their history", async () => {
    const family = `Batched${serial}`;
    for (let n = 0; n < 5; n++) {
      const who = await person({ familyName: family, givenName: `P${n}` });
      await updated({ id: who.id, expectedVersion: 1, reason: "Typo", givenName: `Q${n}` });
      await updated({ id: who.id, expectedVersion: 2, reason: "Typo again", givenName: `R${n}` });
    }
    const document = `query($first: Int!, $name: String!) { perpetrators(first: $first, filter: { name: $name }) { edges { node { id
      changes(first: 5) { totalCount pageInfo { hasNextPage } edges { node { version changedFields previous { field previousValue } reason } } } } } } }`;
    const count = async (first: number) => {
      server.database.statements.reset();
      const data = await server.query<{ perpetrators: { edges: { node: { changes: { totalCount: number; edges: unknown[] } } }[] } }, unknown>(document, { first, name: family }, fx.admin);
      expect(data.perpetrators.edges).toHaveLength(first);
      for (const edge of data.perpetrators.edges) expect(edge.node.changes).toMatchObject({ totalCount: 2 });
      return server.database.statements.count;
    };
    const one = await count(1);
    expect(await count(5)).toBe(one);
    expect(one).toBeLessThanOrEqual(3);
  });
});
