import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../src/shared/auth/roles.js";
import { createFixtures, type Fixtures } from "./support/fixtures.js";
import { startTestServer, type TestServer } from "./support/server.js";

/*
 * Subject access for those who are not admins: case staff ask for one person's export, an auditor
 * other than them approves or refuses, and an approval lets the requester (only) export that person
 * (only) for a month, over GraphQL and GET /subject-access-request alike. HMPPS's subject access
 * service (SAR_DATA_ACCESS) exports anyone and reads nothing else.
 */
let server: TestServer;
let fx: Fixtures;
let auditor: string;
let practitioner: string;

beforeAll(async () => {
  server = await startTestServer({ now: "2026-06-01T12:00:00Z" });
  fx = await createFixtures(server);
  auditor = await server.token(Role.AUDITOR, "auditor-sar");
  practitioner = await server.token(Role.PROBATION, "prob-sar", { org: "Probation Service" });
}, 120_000);
afterAll(() => server?.close());

const REQUEST = `mutation Ask($input: RequestSubjectAccessInput!) { requestSubjectAccess(input: $input) { request { id status perpetratorId reference requestedBy expiresOn } userErrors { field code message } } }`;
const DECIDE = `mutation Decide($input: DecideSubjectAccessRequestInput!) { decideSubjectAccessRequest(input: $input) { request { id status decidedBy expiresOn decisionNote } userErrors { field code message } } }`;
const EXPORT = `query Export($crn: String, $requestId: ID) { subjectAccessExport(crn: $crn, requestId: $requestId) }`;
const LIST = `query Requests($status: SubjectAccessRequestStatus) { subjectAccessRequests(first: 50, status: $status) { totalCount edges { node { id status requestedBy } } } }`;

interface Request {
  id: string;
  status: string;
  perpetratorId: string;
  reference: string;
  requestedBy: string;
  expiresOn: string | null;
  decidedBy?: string | null;
  decisionNote?: string | null;
}
type Payload = { request: Request | null; userErrors: { field: string[]; code: string; message: string }[] };

async function ask(perpetratorId: string, token = practitioner, reference = "DPO-2026-0141") {
  return (await server.query<{ requestSubjectAccess: Payload }, unknown>(REQUEST, { input: { perpetratorId, reference, reason: "The data subject asked in writing on 28 May; identity checked" } }, token)).requestSubjectAccess;
}
async function decide(requestId: string, decision: "APPROVE" | "REFUSE", token = auditor, note: string | null = null) {
  return (await server.query<{ decideSubjectAccessRequest: Payload }, unknown>(DECIDE, { input: { requestId, decision, note } }, token)).decideSubjectAccessRequest;
}
const exportOver = (crn: string, requestId: string | null, token: string) => server.request<{ subjectAccessExport: { content?: unknown; personalDetails?: unknown } | null }, unknown>(EXPORT, { crn, requestId }, token);
const httpExport = (query: string, token: string) => fetch(new URL(`/subject-access-request?${query}`, server.url), { headers: { authorization: `Bearer ${token}` } });

describe("an auditor-approved request", () => {
  it("lets its requester export that person for a month, and nobody else or no one else", async () => {
    const person = await fx.person({ crn: "R400001" });
    const other = await fx.person({ crn: "R400002" });

    // Without a request, a practitioner may not export.
    expect((await exportOver("R400001", null, practitioner)).errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");
    expect((await httpExport("crn=R400001", practitioner)).status).toBe(403);

    const asked = await ask(person.id);
    expect(asked.userErrors).toEqual([]);
    expect(asked.request).toMatchObject({ status: "REQUESTED", perpetratorId: person.id, requestedBy: "prob-sar", expiresOn: null });
    const requestId = asked.request!.id;

    // Waiting: not yet.
    const waiting = await exportOver("R400001", requestId, practitioner);
    expect(waiting.errors?.[0]).toMatchObject({ message: "The request has not been approved yet", extensions: { code: "FORBIDDEN" } });

    const approved = await decide(requestId, "APPROVE");
    expect(approved.userErrors).toEqual([]);
    expect(approved.request).toMatchObject({ status: "APPROVED", decidedBy: "auditor-sar", expiresOn: "2026-07-01" });
    expect((await decide(requestId, "REFUSE", auditor, "Changed my mind")).userErrors.map((e) => e.code)).toEqual(["CONFLICT"]);

    // The requester exports that person, over GraphQL and HTTP.
    const exported = await exportOver("R400001", requestId, practitioner);
    expect(exported.errors).toBeUndefined();
    expect(JSON.stringify(exported.data!.subjectAccessExport)).toContain("R400001");
    const overHttp = await httpExport(`crn=R400001&requestId=${encodeURIComponent(requestId)}`, practitioner);
    expect(overHttp.status).toBe(200);
    expect(JSON.stringify(await overHttp.json())).toContain("R400001");

    // Not another person with it, not another practitioner with it.
    expect((await exportOver("R400002", requestId, practitioner)).errors?.[0]).toMatchObject({ message: "The request is for another person", extensions: { code: "FORBIDDEN" } });
    const colleague = await server.token(Role.PROBATION, "prob-sar-2");
    expect((await exportOver("R400001", requestId, colleague)).errors?.[0]?.extensions?.["code"]).toBe("NOT_FOUND");
    expect((await httpExport(`crn=R400001&requestId=${encodeURIComponent(requestId)}`, colleague)).status).toBe(404);
    expect(other.id).not.toBe(person.id);
    // Nor a CRN nobody holds: the answer is the same refusal, so a request cannot probe who is held.
    expect((await exportOver("R499998", requestId, practitioner)).errors?.[0]).toMatchObject({ message: "The request is for another person", extensions: { code: "FORBIDDEN" } });
    // Without a usable request of one's own, held and unheld CRNs answer alike (no 204 to tell them apart).
    const facilitator = await server.token(Role.FACILITATOR, "fac-sar-probe");
    const madeUp = "U3ViamVjdEFjY2Vzc1JlcXVlc3Q6MDAwMDAwMDAtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAw";
    for (const crn of ["R400001", "R499998"]) {
      expect((await httpExport(`crn=${crn}&requestId=${madeUp}`, facilitator)).status).toBe(404);
      expect((await exportOver(crn, madeUp, facilitator)).errors?.[0]?.extensions?.["code"]).toBe("NOT_FOUND");
    }

    // Each export is a disclosure naming the request.
    const disclosures = await server.database.rows<{ purpose: string; actorSub: string }>(
      server.database.db,
      sql`select purpose, actor_sub as "actorSub" from audit_events where action = 'DISCLOSURE' and entity_type = 'SubjectAccessExport' and actor_sub = 'prob-sar'`,
    );
    expect(disclosures).toHaveLength(2);
    expect(disclosures[0]!.purpose).toContain("request DPO-2026-0141 approved by auditor-sar");

    // A month on, the approval has expired.
    server.clock.set("2026-07-02T09:00:00Z");
    try {
      expect((await exportOver("R400001", requestId, practitioner)).errors?.[0]).toMatchObject({ message: "The approval expired on 2026-07-01; make a new request", extensions: { code: "FORBIDDEN" } });
    } finally {
      server.clock.set("2026-06-01T12:00:00Z");
    }
  });

  it("is decided by an auditor who did not make it; a refusal says why", async () => {
    const person = await fx.person({ crn: "R400011" });
    const both = await server.token([Role.PROBATION, Role.AUDITOR], "prob-auditor-sar");
    const own = await ask(person.id, both);
    expect(own.userErrors).toEqual([]);
    expect((await decide(own.request!.id, "APPROVE", both)).userErrors.map((e) => [e.field.join("."), e.code])).toEqual([["input.requestId", "INVALID"]]);
    expect((await decide(own.request!.id, "REFUSE")).userErrors.map((e) => [e.field.join("."), e.code])).toEqual([["input.note", "REASON_REQUIRED"]]);
    const refused = await decide(own.request!.id, "REFUSE", auditor, "Identity not yet verified");
    expect(refused.request).toMatchObject({ status: "REFUSED", decisionNote: "Identity not yet verified", expiresOn: null });
    expect((await exportOver("R400011", own.request!.id, both)).errors?.[0]?.message).toBe("The request was refused");

    const response = await server.request(DECIDE, { input: { requestId: own.request!.id, decision: "APPROVE" } }, practitioner);
    expect(response.errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");
  });

  it("refuses bad input and those who may not ask, with nothing written", async () => {
    const person = await fx.person({ crn: "R400021" });
    const short = await server.query<{ requestSubjectAccess: Payload }, unknown>(REQUEST, { input: { perpetratorId: person.id, reference: " ", reason: "short" } }, practitioner);
    expect(short.requestSubjectAccess.userErrors.map((e) => [e.field.join("."), e.code])).toEqual([["input.reference", "INVALID"], ["input.reason", "INVALID"]]);
    expect((await ask("UGVycGV0cmF0b3I6MDAwMDAwMDAtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAw")).userErrors.map((e) => e.code)).toEqual(["NOT_FOUND"]);
    for (const role of [Role.FACILITATOR, Role.ANALYST, Role.AUDITOR, Role.SUPPORT_WORKER]) {
      const token = await server.token(role, `sar-${role.toLowerCase()}`);
      const response = await server.request(REQUEST, { input: { perpetratorId: person.id, reference: "X", reason: "The data subject asked in writing" } }, token);
      expect(response.errors?.[0]?.extensions?.["code"], role).toBe("FORBIDDEN");
    }
    const [row] = await server.database.rows<{ n: number }>(server.database.db, sql`select count(*)::int as n from subject_access_requests s join perpetrators p on p.id = s.perpetrator_id where p.crn = 'R400021'`);
    expect(row!.n).toBe(0);
  });

  it("are listed for auditors and admins, and to case staff only their own", async () => {
    const person = await fx.person({ crn: "R400031" });
    await ask(person.id, practitioner, "DPO-LIST-1");
    type List = { subjectAccessRequests: { totalCount: number; edges: { node: { requestedBy: string; status: string } }[] } };
    const all = (await server.query<List, unknown>(LIST, {}, auditor)).subjectAccessRequests;
    expect(new Set(all.edges.map((e) => e.node.requestedBy))).toEqual(new Set(["prob-sar", "prob-auditor-sar"]));
    expect((await server.query<List, unknown>(LIST, { status: "REFUSED" }, fx.admin)).subjectAccessRequests.edges.map((e) => e.node.status)).toEqual(["REFUSED"]);
    const mine = (await server.query<List, unknown>(LIST, {}, practitioner)).subjectAccessRequests;
    expect(mine.edges.every((e) => e.node.requestedBy === "prob-sar")).toBe(true);
    expect(mine.totalCount).toBe(2);
    const colleague = await server.token(Role.PROBATION, "prob-sar-3");
    expect((await server.query<List, unknown>(LIST, {}, colleague)).subjectAccessRequests.totalCount).toBe(0);
    const analyst = await server.token(Role.ANALYST, "analyst-sar");
    expect((await server.request(LIST, {}, analyst)).errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");
  });
});

describe("HMPPS's subject access service (SAR_DATA_ACCESS)", () => {
  it("exports anyone, and reads nothing else", async () => {
    await fx.person({ crn: "R400041" });
    const service = await server.token(Role.SAR_DATA_ACCESS, "hmpps-sar-client");
    expect((await httpExport("crn=R400041", service)).status).toBe(200);
    expect((await httpExport("crn=R499999", service)).status).toBe(204);
    const people = await server.request(`query { perpetrators(first: 5) { edges { node { id } } } }`, {}, service);
    expect(people.errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");
    const requests = await server.request(LIST, {}, service);
    expect(requests.errors?.[0]?.extensions?.["code"]).toBe("FORBIDDEN");
  });
});
