import { SignJWT, UnsecuredJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NodeByIdDocument, ProbationReferralsDocument, ProgrammesDocument, ReferralDetailDocument } from "../client/generated/graphql.js";
import { Role } from "../src/shared/auth/roles.js";
import { createFixtures, type Fixtures } from "./support/fixtures.js";
import { startTestServer, TEST_SECRET, type TestServer } from "./support/server.js";

let server: TestServer;
let fx: Fixtures;
let mine: { referralId: string; personId: string; groupId: string };
let theirs: { referralId: string; personId: string; groupId: string };
let facilitator: string;

beforeAll(async () => {
  server = await startTestServer();
  fx = await createFixtures(server);
  facilitator = await server.token(Role.FACILITATOR, "fac-mine");
  const myGroup = await fx.group("CHOICES", ["fac-mine"]);
  const otherGroup = await fx.group("CHOICES", ["fac-other"]);
  const a = await fx.participant("CHOICES", myGroup.id);
  const b = await fx.participant("CHOICES", otherGroup.id);
  mine = { referralId: a.referral.id, personId: a.person.id, groupId: myGroup.id };
  theirs = { referralId: b.referral.id, personId: b.person.id, groupId: otherGroup.id };
});
afterAll(() => server.close());

const secret = new TextEncoder().encode(TEST_SECRET);
const sign = (claims: Record<string, unknown>, configure: (jwt: SignJWT) => SignJWT = (jwt) => jwt) =>
  configure(new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).setSubject("attacker").setIssuedAt().setExpirationTime("1h")).sign(secret);

describe("authentication", () => {
  it.each([
    ["no token", async () => null],
    ["a malformed token", async () => "not.a.jwt"],
    ["a token signed with another key", async () => new SignJWT({ roles: ["ADMIN"] }).setProtectedHeader({ alg: "HS256" }).setSubject("x").setExpirationTime("1h").sign(new TextEncoder().encode("another-secret-another-secret-another-secret"))],
    ["an unsigned (alg none) token", async () => new UnsecuredJWT({ roles: ["ADMIN"] }).setSubject("x").setExpirationTime("1h").encode()],
    ["an expired token", async () => sign({ roles: ["ADMIN"] }, (jwt) => jwt.setExpirationTime(Math.floor(Date.now() / 1000) - 3600))],
    ["a token not valid yet", async () => sign({ roles: ["ADMIN"] }, (jwt) => jwt.setNotBefore(Math.floor(Date.now() / 1000) + 3600))],
    ["a token whose roles claim is not a list", async () => sign({ roles: "ADMIN" })],
    ["a token without a subject", async () => new SignJWT({ roles: ["ADMIN"] }).setProtectedHeader({ alg: "HS256" }).setExpirationTime("1h").sign(secret)],
  ])("refuses %s with UNAUTHENTICATED and HTTP 401", async (_label, makeToken) => {
    const result = await server.request(ProgrammesDocument, {}, await makeToken());
    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(result.data).toBeUndefined();
  });

  it("drops roles it does not know: a token left with none is authenticated, and FORBIDDEN where a role is needed", async () => {
    for (const roles of [["SUPERUSER"], []]) {
      const token = await sign({ roles });
      expect((await server.request(ProgrammesDocument, {}, token)).errors).toBeUndefined();
      const list = await server.request(ProbationReferralsDocument, { first: 10 }, token);
      expect(list.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    const kept = await server.request(ProbationReferralsDocument, { first: 10 }, await sign({ roles: ["ADMIN", "SUPERUSER"] }));
    expect(kept.errors).toBeUndefined();
  });

  it("accepts a valid token and answers programmes to any role", async () => {
    const data = await server.query(ProgrammesDocument, {}, await server.token(Role.ANALYST));
    expect(data.programmes.map((p) => p.code).sort()).toEqual(["BBR", "CARING_DADS", "CHOICES", "PACT"]);
  });
});

describe("a facilitator's view", () => {
  it("lists only the referrals of their own groups", async () => {
    const data = await server.query(ProbationReferralsDocument, { first: 50 }, facilitator);
    expect(data.referrals.edges.map((e) => e.node.id)).toEqual([mine.referralId]);
    expect(data.referrals.totalCount).toBe(1);
    const filtered = await server.query(ProbationReferralsDocument, { first: 50, filter: { groupId: theirs.groupId } }, facilitator);
    expect(filtered.referrals.edges).toEqual([]);
  });

  it("reads its participant through the referral but not another group's", async () => {
    const own = await server.query(ReferralDetailDocument, { id: mine.referralId }, facilitator);
    expect(own.referral?.id).toBe(mine.referralId);
    // "Not yours" reads exactly as "not there": null, no error that would confirm the id exists.
    const other = await server.request(ReferralDetailDocument, { id: theirs.referralId }, facilitator);
    const missing = await server.request(ReferralDetailDocument, { id: Buffer.from("Referral:00000000-0000-4000-8000-000000000000").toString("base64url") }, facilitator);
    expect(other.errors).toBeUndefined();
    expect(other.data?.referral).toBeNull();
    expect(other.body).toEqual(missing.body);
  });

  it("gets the same answer through node(id) as through the typed queries", async () => {
    const own = await server.query(NodeByIdDocument, { id: mine.referralId }, facilitator);
    expect(own.node).toMatchObject({ id: mine.referralId, __typename: "Referral" });
    const person = await server.query(NodeByIdDocument, { id: mine.personId }, facilitator);
    expect(person.node).toMatchObject({ id: mine.personId, __typename: "Perpetrator" });
    for (const id of [theirs.referralId, theirs.groupId, theirs.personId]) {
      const hidden = await server.request(NodeByIdDocument, { id }, facilitator);
      expect(hidden.errors).toBeUndefined();
      expect(hidden.data?.node).toBeNull();
    }
  });
});

describe("analysts and auditors", () => {
  it.each([Role.ANALYST, Role.AUDITOR])("%s gets no person-level data", async (role) => {
    const token = await server.token(role);
    const list = await server.request(ProbationReferralsDocument, { first: 10 }, token);
    expect(list.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    for (const id of [mine.referralId, mine.personId, mine.groupId]) {
      const node = await server.request(NodeByIdDocument, { id }, token);
      expect(node.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
  });
});

describe("node(id)", () => {
  it("answers null for ids that are not ours", async () => {
    for (const id of ["garbage", "UmVmZXJyYWw6bm90LWEtdXVpZA", Buffer.from("Unknown:00000000-0000-0000-0000-000000000000").toString("base64url")]) {
      const data = await server.query(NodeByIdDocument, { id }, fx.probation);
      expect(data.node).toBeNull();
    }
  });

  it("serves probation any referral", async () => {
    const data = await server.query(NodeByIdDocument, { id: theirs.referralId }, fx.probation);
    expect(data.node).toMatchObject({ __typename: "Referral", status: "ALLOCATED" });
  });
});
