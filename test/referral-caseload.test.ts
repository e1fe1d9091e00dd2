import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EndCaseAllocationDocument, ProbationReferralsDocument } from "../client/generated/graphql.js";
import { Role } from "../src/shared/auth/roles.js";
import { createFixtures, type Fixtures } from "./support/fixtures.js";
import { startTestServer, type TestServer } from "./support/server.js";

/** A probation practitioner's caseload: `referrals(filter: { mine: true })`, decided by the case allocation of each person. */
const NOW = "2026-06-01T12:00:00Z";
const ORG = "West Yorkshire Probation Service - Leeds";

let server: TestServer;
let fx: Fixtures;
let mine: string;
let colleague: string;
const people: Record<"allocatedToMe" | "allocatedToColleague" | "unallocated" | "endedWithMe", string> = {
  allocatedToMe: "",
  allocatedToColleague: "",
  unallocated: "",
  endedWithMe: "",
};

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  fx = await createFixtures(server);
  mine = await server.token(Role.PROBATION, "prob-caseload-me", { org: ORG });
  colleague = await server.token(Role.PROBATION, "prob-caseload-colleague", { org: ORG });
  for (const key of Object.keys(people) as (keyof typeof people)[]) {
    const person = await fx.person({ familyName: `Caseload-${key}` });
    people[key] = person.id;
    await fx.refer(person.id, "BBR", { legalBasis: "COMMUNITY_ORDER", riskLevel: "HIGH" });
  }
  await fx.allocateCase(people.allocatedToMe, "prob-caseload-me", ORG, "2026-05-01");
  await fx.allocateCase(people.allocatedToColleague, "prob-caseload-colleague", ORG, "2026-05-01");
  const ended = (await fx.allocateCase(people.endedWithMe, "prob-caseload-me", ORG, "2026-04-01")).id;
  const { endCaseAllocation } = await server.query(EndCaseAllocationDocument, { input: { allocationId: ended, endedOn: "2026-05-15", reason: "Transferred to Bradford" } }, fx.admin);
  expect(endCaseAllocation.userErrors).toEqual([]);
}, 120_000);
afterAll(() => server.close());

async function caseload(token: string, filter: Record<string, unknown> = {}) {
  const { referrals } = await server.query(ProbationReferralsDocument, { first: 50, filter: { mine: true, ...filter } }, token);
  return { people: referrals.edges.map((edge) => edge.node.perpetrator.familyName).sort(), totalCount: referrals.totalCount };
}

describe("referrals(filter: { mine: true })", () => {
  it("lists only the referrals of people whose case is allocated to the caller today, and counts the same", async () => {
    expect(await caseload(mine)).toEqual({ people: ["Caseload-allocatedToMe"], totalCount: 1 });
    expect(await caseload(colleague)).toEqual({ people: ["Caseload-allocatedToColleague"], totalCount: 1 });
  });

  it("leaves out a case whose allocation to the caller has ended, and people with no allocation", async () => {
    const everyone = await server.query(ProbationReferralsDocument, { first: 50, filter: { programme: "BBR" } }, mine);
    const names = everyone.referrals.edges.map((edge) => edge.node.perpetrator.familyName);
    expect(names).toEqual(expect.arrayContaining(["Caseload-unallocated", "Caseload-endedWithMe"]));
    expect((await caseload(mine)).people).not.toContain("Caseload-endedWithMe");
  });

  it("combines with the other filters", async () => {
    expect(await caseload(mine, { programme: "BBR", status: ["REFERRED"] })).toEqual({ people: ["Caseload-allocatedToMe"], totalCount: 1 });
    expect(await caseload(mine, { programme: "CHOICES" })).toEqual({ people: [], totalCount: 0 });
  });

  it("is empty for a caller with no caseload (an admin allocates cases but holds none)", async () => {
    expect(await caseload(fx.admin)).toEqual({ people: [], totalCount: 0 });
  });
});
