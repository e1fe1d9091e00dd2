import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AllocateCaseDocument,
  CaseAllocationNodeDocument,
  CaseAllocationsDocument,
  EndCaseAllocationDocument,
  PerpetratorCaseAllocationsDocument,
  type AllocateCaseInput,
  type AllocateCaseMutation,
  type CaseAllocationFilter,
  type CaseAllocationsQuery,
  type EndCaseAllocationInput,
} from "../client/generated/graphql.js";
import { RequestVisibility } from "../src/access/visibility.js";
import { VisibleRowsRepository } from "../src/access/visible-rows.repository.js";
import { caseAllocations, isAllocatedPractitioner, isResponsibleOrganisation } from "../src/modules/cases/index.js";
import { perpetrators } from "../src/modules/perpetrators/index.js";
import { Role } from "../src/shared/auth/roles.js";
import { Viewer } from "../src/shared/auth/viewer.js";
import { idOfType, toGlobalId } from "../src/shared/global-id.js";
import { createFixtures, type Fixtures } from "./support/fixtures.js";
import { startTestServer, type TestServer } from "./support/server.js";

const NOW = "2026-06-01T12:00:00Z";
const TODAY = "2026-06-01";
const LEEDS = "West Yorkshire Probation Service - Leeds";
const BRADFORD = "West Yorkshire Probation Service - Bradford";

let server: TestServer;
let fx: Fixtures;

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  fx = await createFixtures(server);
});
afterAll(() => server?.close());

const dbId = (globalId: string, typeName: string) => {
  const id = idOfType(globalId, typeName);
  if (!id) throw new Error(`${globalId} is not a ${typeName} id`);
  return id;
};

type Payload = AllocateCaseMutation["allocateCase"];

async function allocate(input: AllocateCaseInput, token = fx.admin): Promise<Payload> {
  return (await server.query(AllocateCaseDocument, { input }, token)).allocateCase;
}

/** An allocation that must be accepted. */
async function allocated(input: AllocateCaseInput) {
  const payload = await allocate(input);
  expect(payload.userErrors).toEqual([]);
  return payload.caseAllocation!;
}

async function endAllocation(input: EndCaseAllocationInput, token = fx.admin) {
  return (await server.query(EndCaseAllocationDocument, { input }, token)).endCaseAllocation;
}

const refusals = (payload: { userErrors: { field: string[]; code: string }[] }) => payload.userErrors.map(({ field, code }) => ({ field, code }));

async function historyOf(personId: string, token = fx.probation) {
  const data = await server.query(PerpetratorCaseAllocationsDocument, { id: personId }, token);
  return data.perpetrator!;
}

/** Rows of one person in the database itself, not through the API. */
async function rowsInDatabase(personId: string) {
  return server.database.rows<{ id: string; endedOn: string | null }>(
    server.database.db,
    sql`select id, ended_on::text as "endedOn" from case_allocations where perpetrator_id = ${dbId(personId, "Perpetrator")} order by started_on, created_at`,
  );
}

describe("allocating a case (ADMIN)", () => {
  it("answers the new open allocation, now the person's current one", async () => {
    const person = await fx.person();
    const payload = await allocate({ perpetratorId: person.id, practitionerSub: "prob-new-1", practitionerName: "Pat Practitioner", organisation: LEEDS, startedOn: "2026-05-01" });
    expect(payload.userErrors).toEqual([]);
    const allocation = payload.caseAllocation!;
    expect(allocation).toMatchObject({
      practitionerSub: "prob-new-1",
      practitionerName: "Pat Practitioner",
      organisation: LEEDS,
      startedOn: "2026-05-01",
      endedOn: null,
      endReason: null,
      current: true,
      createdBy: "admin-1",
      endedBy: null,
    });
    expect(allocation.perpetrator.caseAllocation?.id).toBe(allocation.id);
    expect(allocation.perpetrator.caseAllocationHistory.map((a) => a.id)).toEqual([allocation.id]);

    const read = await historyOf(person.id);
    expect(read.caseAllocation).toEqual(allocation.perpetrator.caseAllocationHistory[0]);
  });

  it("starts today when no start date is given, and trims what it is sent", async () => {
    const person = await fx.person();
    const allocation = await allocated({ perpetratorId: person.id, practitionerSub: "  prob-new-2 ", practitionerName: "   ", organisation: ` ${BRADFORD} ` });
    expect(allocation).toMatchObject({ practitionerSub: "prob-new-2", practitionerName: null, organisation: BRADFORD, startedOn: TODAY, current: true });
  });

  it("reallocates: the open allocation ends the day the new one starts, and the history is newest first", async () => {
    const person = await fx.person();
    const first = await allocated({ perpetratorId: person.id, practitionerSub: "prob-re-1", organisation: LEEDS, startedOn: "2026-03-01" });
    const second = await allocated({ perpetratorId: person.id, practitionerSub: "prob-re-2", organisation: BRADFORD, startedOn: "2026-05-15", reason: "Moved to Bradford" });

    expect(second.perpetrator.caseAllocation?.id).toBe(second.id);
    expect(second.perpetrator.caseAllocationHistory).toMatchObject([
      { id: second.id, startedOn: "2026-05-15", endedOn: null, current: true },
      { id: first.id, startedOn: "2026-03-01", endedOn: "2026-05-15", endReason: "Reallocated: Moved to Bradford", endedBy: "admin-1", current: false },
    ]);

    // The same day again, without a reason: the one just made ends on its own start day.
    const third = await allocated({ perpetratorId: person.id, practitionerSub: "prob-re-3", organisation: BRADFORD, startedOn: "2026-05-15" });
    const read = await historyOf(person.id);
    expect(read.caseAllocation?.id).toBe(third.id);
    expect(read.caseAllocationHistory.map((a) => [a.id, a.endedOn, a.endReason])).toEqual([
      [third.id, null, null],
      [second.id, "2026-05-15", "Reallocated"],
      [first.id, "2026-05-15", "Reallocated: Moved to Bradford"],
    ]);
    // What the write answered is what a later read gives.
    expect(third.perpetrator.caseAllocationHistory).toEqual(read.caseAllocationHistory);
  });

  it("allows the same practitioner at another organisation (a move between offices)", async () => {
    const person = await fx.person();
    await allocated({ perpetratorId: person.id, practitionerSub: "prob-move", organisation: LEEDS, startedOn: "2026-04-01" });
    const moved = await allocated({ perpetratorId: person.id, practitionerSub: "prob-move", organisation: BRADFORD });
    expect(moved.perpetrator.caseAllocationHistory.map((a) => a.organisation)).toEqual([BRADFORD, LEEDS]);
  });
});

describe("ending an allocation (ADMIN)", () => {
  it("ends it today by default, leaving the person with no current allocation; a second end is a CONFLICT", async () => {
    const person = await fx.person();
    const open = await allocated({ perpetratorId: person.id, practitionerSub: "prob-end-1", organisation: LEEDS, startedOn: "2026-02-01" });
    const payload = await endAllocation({ allocationId: open.id, reason: " Sentence expired " });
    expect(payload.userErrors).toEqual([]);
    expect(payload.caseAllocation).toMatchObject({ id: open.id, endedOn: TODAY, endReason: "Sentence expired", endedBy: "admin-1", current: false, perpetrator: { caseAllocation: null } });

    const read = await historyOf(person.id);
    expect(read.caseAllocation).toBeNull();
    expect(read.caseAllocationHistory.map((a) => a.endedOn)).toEqual([TODAY]);

    const again = await endAllocation({ allocationId: open.id, reason: "Again" });
    expect(again.caseAllocation).toBeNull();
    expect(refusals(again)).toEqual([{ code: "CONFLICT", field: ["input", "allocationId"] }]);
  });

  it("ends on a given past day; a new allocation may start from that day", async () => {
    const person = await fx.person();
    const open = await allocated({ perpetratorId: person.id, practitionerSub: "prob-end-2", organisation: LEEDS, startedOn: "2026-02-01" });
    expect((await endAllocation({ allocationId: open.id, endedOn: "2026-04-30", reason: "Transferred out of area" })).caseAllocation?.endedOn).toBe("2026-04-30");
    const before = await allocate({ perpetratorId: person.id, practitionerSub: "prob-end-3", organisation: LEEDS, startedOn: "2026-04-29" });
    expect(refusals(before)).toEqual([{ code: "INVALID", field: ["input", "startedOn"] }]);
    const after = await allocated({ perpetratorId: person.id, practitionerSub: "prob-end-3", organisation: LEEDS, startedOn: "2026-04-30" });
    expect(after.perpetrator.caseAllocationHistory.map((a) => a.practitionerSub)).toEqual(["prob-end-3", "prob-end-2"]);
  });
});

describe("who may allocate and end", () => {
  let personId: string;
  let allocationId: string;

  beforeAll(async () => {
    personId = (await fx.person()).id;
    allocationId = (await allocated({ perpetratorId: personId, practitionerSub: "prob-guarded", organisation: LEEDS, startedOn: "2026-05-01" })).id;
  });

  it.each([Role.PROBATION, Role.POLICE, Role.FACILITATOR, Role.IOM_OFFICER, Role.IOM_SUPERVISOR, Role.SAFEGUARDING, Role.SUPPORT_WORKER, Role.ANALYST, Role.AUDITOR])(
    "%s gets FORBIDDEN on both mutations, and nothing changes",
    async (role) => {
      const token = await server.token(role, "prob-guarded");
      const allocation = await server.request(AllocateCaseDocument, { input: { perpetratorId: personId, practitionerSub: "prob-guarded", organisation: BRADFORD } }, token);
      expect(allocation.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(allocation.data).toBeNull();
      const ending = await server.request(EndCaseAllocationDocument, { input: { allocationId, reason: "Not mine to end" } }, token);
      expect(ending.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(ending.data).toBeNull();
      expect(await rowsInDatabase(personId)).toEqual([{ id: dbId(allocationId, "CaseAllocation"), endedOn: null }]);
    },
  );

  it("refuses an unauthenticated caller", async () => {
    const anonymous = await server.request(AllocateCaseDocument, { input: { perpetratorId: personId, practitionerSub: "x", organisation: LEEDS } }, null);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("refusals", () => {
  it.each<[string, Partial<AllocateCaseInput>, { code: string; field: string[] }[]]>([
    ["an unknown person", { perpetratorId: toGlobalId("Perpetrator", randomUUID()) }, [{ code: "NOT_FOUND", field: ["input", "perpetratorId"] }]],
    ["an id of another type", { perpetratorId: toGlobalId("Referral", randomUUID()) }, [{ code: "NOT_FOUND", field: ["input", "perpetratorId"] }]],
    ["a subject with a space", { practitionerSub: "prob 1" }, [{ code: "INVALID", field: ["input", "practitionerSub"] }]],
    ["an empty subject", { practitionerSub: "   " }, [{ code: "INVALID", field: ["input", "practitionerSub"] }]],
    ["a 201-character subject", { practitionerSub: "p".repeat(201) }, [{ code: "INVALID", field: ["input", "practitionerSub"] }]],
    ["an empty organisation", { organisation: "  " }, [{ code: "INVALID", field: ["input", "organisation"] }]],
    ["a 201-character organisation", { organisation: "o".repeat(201) }, [{ code: "INVALID", field: ["input", "organisation"] }]],
    ["a start tomorrow", { startedOn: "2026-06-02" }, [{ code: "INVALID", field: ["input", "startedOn"] }]],
    [
      "several problems at once",
      { practitionerSub: "", organisation: "", startedOn: "2027-01-01" },
      [
        { code: "INVALID", field: ["input", "practitionerSub"] },
        { code: "INVALID", field: ["input", "organisation"] },
        { code: "INVALID", field: ["input", "startedOn"] },
      ],
    ],
  ])("refuses %s and writes nothing", async (_label, change, expected) => {
    const person = await fx.person();
    const payload = await allocate({ perpetratorId: person.id, practitionerSub: "prob-valid", organisation: LEEDS, ...change });
    expect(payload.caseAllocation).toBeNull();
    expect(refusals(payload)).toEqual(expected);
    expect(await rowsInDatabase(person.id)).toEqual([]);
  });

  describe("against the open allocation", () => {
    let personId: string;
    let openId: string;

    beforeAll(async () => {
      personId = (await fx.person()).id;
      openId = (await allocated({ perpetratorId: personId, practitionerSub: "prob-open", organisation: LEEDS, startedOn: "2026-04-01" })).id;
    });

    it.each<[string, Partial<AllocateCaseInput>, { code: string; field: string[] }[]]>([
      ["a start before the open allocation's", { practitionerSub: "prob-other", startedOn: "2026-03-31" }, [{ code: "INVALID", field: ["input", "startedOn"] }]],
      ["the same practitioner and organisation", { practitionerSub: "prob-open" }, [{ code: "DUPLICATE", field: ["input", "practitionerSub"] }]],
    ])("refuses %s and leaves it open", async (_label, change, expected) => {
      const payload = await allocate({ perpetratorId: personId, practitionerSub: "prob-open", organisation: LEEDS, ...change });
      expect(refusals(payload)).toEqual(expected);
      expect(await rowsInDatabase(personId)).toEqual([{ id: dbId(openId, "CaseAllocation"), endedOn: null }]);
    });

    it.each<[string, Partial<EndCaseAllocationInput>, { code: string; field: string[] }[]]>([
      ["an unknown allocation", { allocationId: toGlobalId("CaseAllocation", randomUUID()) }, [{ code: "NOT_FOUND", field: ["input", "allocationId"] }]],
      ["an id of another type", { allocationId: toGlobalId("Perpetrator", randomUUID()) }, [{ code: "NOT_FOUND", field: ["input", "allocationId"] }]],
      ["an end before the start", { endedOn: "2026-03-31" }, [{ code: "INVALID", field: ["input", "endedOn"] }]],
      ["an end tomorrow", { endedOn: "2026-06-02" }, [{ code: "INVALID", field: ["input", "endedOn"] }]],
      ["a blank reason", { reason: "  " }, [{ code: "REASON_REQUIRED", field: ["input", "reason"] }]],
    ])("refuses to end it with %s", async (_label, change, expected) => {
      const payload = await endAllocation({ allocationId: openId, reason: "A reason", ...change });
      expect(payload.caseAllocation).toBeNull();
      expect(refusals(payload)).toEqual(expected);
      expect(await rowsInDatabase(personId)).toEqual([{ id: dbId(openId, "CaseAllocation"), endedOn: null }]);
    });
  });
});

describe("concurrent allocations for one person", () => {
  /** Sends ten allocations at once; answers each payload (all must be answered, none may error). */
  async function race(personId: string, prefix: string) {
    const payloads = await Promise.all(
      Array.from({ length: 10 }, (_, i) => allocate({ perpetratorId: personId, practitionerSub: `${prefix}-${i}`, organisation: LEEDS })),
    );
    for (const payload of payloads) {
      if (payload.caseAllocation) expect(payload.userErrors).toEqual([]);
      else expect(refusals(payload)).toEqual([{ code: "CONFLICT", field: ["input", "perpetratorId"] }]);
    }
    return payloads.filter((p) => p.caseAllocation).length;
  }

  async function openCount(personId: string): Promise<number> {
    const [row] = await server.database.rows<{ open: number }>(
      server.database.db,
      sql`select count(*)::int as open from case_allocations where perpetrator_id = ${dbId(personId, "Perpetrator")} and ended_on is null`,
    );
    return row!.open;
  }

  it("leave exactly one open allocation when the person had one", async () => {
    const person = await fx.person();
    await allocated({ perpetratorId: person.id, practitionerSub: "prob-race-start", organisation: LEEDS, startedOn: "2026-05-01" });
    const accepted = await race(person.id, "prob-race-a");
    expect(accepted).toBeGreaterThanOrEqual(1);
    expect(await openCount(person.id)).toBe(1);
    const rows = await rowsInDatabase(person.id);
    expect(rows).toHaveLength(1 + accepted);
    expect(rows.slice(0, -1).every((row) => row.endedOn !== null)).toBe(true);
    // The API agrees with the database.
    const read = await historyOf(person.id);
    expect(read.caseAllocationHistory.filter((a) => a.endedOn === null).map((a) => a.id)).toEqual([read.caseAllocation!.id]);
  });

  it("leave exactly one open allocation when the person had none", async () => {
    const person = await fx.person();
    const accepted = await race(person.id, "prob-race-b");
    expect(accepted).toBeGreaterThanOrEqual(1);
    expect(await openCount(person.id)).toBe(1);
    expect(await rowsInDatabase(person.id)).toHaveLength(accepted);
  });
});

describe("reading allocations", () => {
  const ORG = "Paging Probation Office";
  const SUB = "prob-page";
  /** The practitioner's allocations: [global id, startedOn, open]. */
  const made: { id: string; dbId: string; startedOn: string; open: boolean }[] = [];

  beforeAll(async () => {
    const starts = ["2026-01-01", "2026-01-02", "2026-01-02", "2026-01-03", "2026-01-04", "2026-01-04"];
    for (const [i, startedOn] of starts.entries()) {
      const person = await fx.person();
      const allocation = await allocated({ perpetratorId: person.id, practitionerSub: SUB, organisation: ORG, startedOn });
      made.push({ id: allocation.id, dbId: dbId(allocation.id, "CaseAllocation"), startedOn, open: true });
      if (i % 3 === 1) {
        await allocated({ perpetratorId: person.id, practitionerSub: "prob-page-next", organisation: ORG, startedOn: "2026-05-01" });
        made.at(-1)!.open = false;
      }
    }
  });

  /** The expected order: latest start first, then the larger id. */
  const ordered = (rows: typeof made) =>
    [...rows].sort((a, b) => (a.startedOn !== b.startedOn ? (a.startedOn < b.startedOn ? 1 : -1) : a.dbId < b.dbId ? 1 : -1)).map((r) => r.id);

  async function everyPage(filter: CaseAllocationFilter, first: number, token = fx.probation) {
    const ids: string[] = [];
    let after: string | null = null;
    let total = -1;
    for (;;) {
      const data: CaseAllocationsQuery = await server.query(CaseAllocationsDocument, { first, after, filter }, token);
      const page = data.caseAllocations;
      ids.push(...page.edges.map((e) => e.node.id));
      total = page.totalCount;
      if (!page.pageInfo.hasNextPage) return { ids, total };
      after = page.pageInfo.endCursor;
    }
  }

  it("pages open allocations by latest start, then id, with the filter's total", async () => {
    const open = made.filter((r) => r.open);
    const { ids, total } = await everyPage({ practitionerSub: SUB }, 2);
    expect(ids).toEqual(ordered(open));
    expect(total).toBe(open.length);
  });

  it("includes ended allocations when asked", async () => {
    const { ids, total } = await everyPage({ practitionerSub: SUB, includeEnded: true }, 4);
    expect(ids).toEqual(ordered(made));
    expect(total).toBe(made.length);
  });

  it("filters by organisation", async () => {
    const data = await server.query(CaseAllocationsDocument, { first: 50, filter: { organisation: ORG } }, fx.probation);
    const nodes = data.caseAllocations.edges.map((e) => e.node);
    expect(nodes.every((n) => n.organisation === ORG && n.endedOn === null && n.current)).toBe(true);
    expect(nodes.filter((n) => n.practitionerSub === "prob-page-next")).toHaveLength(made.filter((r) => !r.open).length);
    expect(data.caseAllocations.totalCount).toBe(made.length);
    const none = await server.query(CaseAllocationsDocument, { first: 5, filter: { organisation: "Nowhere" } }, fx.probation);
    expect(none.caseAllocations).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it("reads a page, its people and their current flags in statements that do not grow with the page size", async () => {
    const count = async (first: number) => {
      server.database.statements.reset();
      const data = await server.query(CaseAllocationsDocument, { first, filter: { practitionerSub: SUB, includeEnded: true } }, fx.probation);
      expect(data.caseAllocations.edges).toHaveLength(Math.min(first, made.length));
      return server.database.statements.count;
    };
    expect(await count(6)).toBe(await count(2));
  });

  it("round-trips node(id)", async () => {
    const target = made[0]!;
    const listed = (await server.query(CaseAllocationsDocument, { first: 50, filter: { practitionerSub: SUB, includeEnded: true } }, fx.probation)).caseAllocations.edges.find(
      (e) => e.node.id === target.id,
    )!.node;
    const data = await server.query(CaseAllocationNodeDocument, { id: target.id }, fx.probation);
    expect(data.node).toMatchObject({ __typename: "CaseAllocation", id: target.id, startedOn: target.startedOn, perpetrator: { id: listed.perpetrator.id } });
    const { perpetrator: _listedPerson, ...fields } = listed;
    expect(data.node).toMatchObject(fields);
    const unknown = await server.query(CaseAllocationNodeDocument, { id: toGlobalId("CaseAllocation", randomUUID()) }, fx.probation);
    expect(unknown.node).toBeNull();
  });

  it.each([Role.PROBATION, Role.POLICE, Role.IOM_OFFICER, Role.IOM_SUPERVISOR, Role.SAFEGUARDING, Role.ADMIN])("%s reads allocations", async (role) => {
    const token = await server.token(role);
    const data = await server.query(CaseAllocationsDocument, { first: 1, filter: { practitionerSub: SUB } }, token);
    expect(data.caseAllocations.edges).toHaveLength(1);
    expect((await server.query(CaseAllocationNodeDocument, { id: made[0]!.id }, token)).node?.id).toBe(made[0]!.id);
  });

  it.each([Role.FACILITATOR, Role.SUPPORT_WORKER, Role.ANALYST, Role.AUDITOR])("%s gets FORBIDDEN on the query and on node(id)", async (role) => {
    const token = await server.token(role, SUB);
    const list = await server.request(CaseAllocationsDocument, { first: 5 }, token);
    expect(list.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const node = await server.request(CaseAllocationNodeDocument, { id: made[0]!.id }, token);
    expect(node.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(node.data?.node ?? null).toBeNull();
  });
});

describe("the relationship predicates, through the repository", () => {
  const SUB = "pred-a";
  const ORG = "Predicate Office A";
  let rows: VisibleRowsRepository;
  const person: Record<string, string> = {};

  beforeAll(async () => {
    rows = new VisibleRowsRepository(server.database.db);
    // Written directly: a future start cannot be made through the API.
    const cases: [string, { practitionerSub: string; organisation: string; startedOn: string; endedOn: string | null }][] = [
      ["current", { practitionerSub: SUB, organisation: ORG, startedOn: "2026-01-01", endedOn: null }],
      ["startsToday", { practitionerSub: SUB, organisation: ORG, startedOn: TODAY, endedOn: null }],
      ["ended", { practitionerSub: SUB, organisation: ORG, startedOn: "2026-01-01", endedOn: "2026-05-01" }],
      ["endedToday", { practitionerSub: SUB, organisation: ORG, startedOn: "2026-01-01", endedOn: TODAY }],
      ["endsTomorrow", { practitionerSub: SUB, organisation: ORG, startedOn: "2026-01-01", endedOn: "2026-06-02" }],
      ["future", { practitionerSub: SUB, organisation: ORG, startedOn: "2026-06-02", endedOn: null }],
      ["colleague", { practitionerSub: "pred-b", organisation: ORG, startedOn: "2026-01-01", endedOn: null }],
      ["elsewhere", { practitionerSub: "pred-c", organisation: "Predicate Office B", startedOn: "2026-01-01", endedOn: null }],
      ["none", { practitionerSub: "", organisation: "", startedOn: "", endedOn: null }],
    ];
    for (const [name, allocation] of cases) {
      person[name] = dbId((await fx.person()).id, "Perpetrator");
      if (name !== "none") await server.database.db.insert(caseAllocations).values({ ...allocation, perpetratorId: person[name]!, createdBy: "test" });
    }
  });

  const names = (found: ReadonlySet<string>) => Object.keys(person).filter((name) => found.has(person[name]!)).sort();
  const everyone = () => Object.values(person);
  // Asked the way the access layer asks, so these cover the query that decides access.
  const allocatedTo = (sub: string, ids: readonly string[], today: string) => rows.idsMeeting(perpetrators, ids, isAllocatedPractitioner(sub, perpetrators.id, today));
  const ofOrganisation = (org: string, ids: readonly string[], today: string) => rows.idsMeeting(perpetrators, ids, isResponsibleOrganisation(org, perpetrators.id, today));

  it("isAllocatedPractitioner counts current allocations to the practitioner only", async () => {
    expect(names(await allocatedTo(SUB, everyone(), TODAY))).toEqual(["current", "endsTomorrow", "startsToday"]);
    expect(names(await allocatedTo("pred-b", everyone(), TODAY))).toEqual(["colleague"]);
    expect(names(await allocatedTo("nobody", everyone(), TODAY))).toEqual([]);
  });

  it("isResponsibleOrganisation counts current allocations at the organisation, whoever holds them", async () => {
    expect(names(await ofOrganisation(ORG, everyone(), TODAY))).toEqual(["colleague", "current", "endsTomorrow", "startsToday"]);
    expect(names(await ofOrganisation("Predicate Office B", everyone(), TODAY))).toEqual(["elsewhere"]);
  });

  it("reads the day it is given: tomorrow the future start counts and tomorrow's end does not", async () => {
    expect(names(await allocatedTo(SUB, everyone(), "2026-06-02"))).toEqual(["current", "future", "startsToday"]);
    expect(names(await allocatedTo(SUB, everyone(), "2025-12-31"))).toEqual([]);
  });

  it("decides a practitioner's cases for the access layer in one batched statement", async () => {
    const visibility = new RequestVisibility(new VisibleRowsRepository(server.database.db), new Viewer(SUB, null, [Role.PROBATION], ORG), TODAY);
    server.database.statements.reset();
    const seen = await Promise.all(everyone().map((id) => visibility.seesSafetyOf(id)));
    expect(server.database.statements.count).toBe(1);
    // Victim safety follows the allocated practitioner only, not the organisation.
    expect(names(new Set(everyone().filter((_, i) => seen[i])))).toEqual(["current", "endsTomorrow", "startsToday"]);
  });
});
