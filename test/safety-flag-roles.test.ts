import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../src/shared/auth/roles.js";
import { createFixtures, type Fixtures } from "./support/fixtures.js";
import { startTestServer, type TestServer } from "./support/server.js";
import { withPurpose } from "./support/victim-fixtures.js";

/**
 * `hasActiveSafetyConcerns` is told through a relationship, never through a role alone: a token that
 * is both FACILITATOR and PROBATION reads every person as probation, but the flag only of the people
 * in the groups it runs and the cases allocated to it (before, it was told the flag of everyone).
 */
const FLAG = `query SafetyFlagOf($id: ID!) { perpetrator(id: $id) { id hasActiveSafetyConcerns } }`;
type FlagAnswer = { data?: { perpetrator: { id: string; hasActiveSafetyConcerns: boolean } | null } | null; errors?: { extensions?: { code?: string } }[] };

let server: TestServer;
let fx: Fixtures;
let both: string;
let inMyGroup: string;
let allocatedToMe: string;
let stranger: string;
beforeAll(async () => {
  server = await startTestServer({ now: "2026-06-01T12:00:00Z" });
  fx = await createFixtures(server);
  both = await server.token([Role.FACILITATOR, Role.PROBATION], "fac-prob-1");
  const group = await fx.group("CHOICES", ["fac-prob-1"]);
  inMyGroup = (await fx.participant("CHOICES", group.id)).person.id;
  allocatedToMe = (await fx.person()).id;
  await fx.allocateCase(allocatedToMe, "fac-prob-1");
  stranger = (await fx.person()).id;
}, 60_000);
afterAll(() => server.close());

const flagOf = (id: string, token: string) => server.request(FLAG, { id }, token, withPurpose) as Promise<FlagAnswer>;
const codes = (answer: FlagAnswer) => (answer.errors ?? []).map((error) => error.extensions?.code);

describe("hasActiveSafetyConcerns for a caller with several roles", () => {
  it("is told for a person in a group the caller facilitates", async () => {
    const answer = await flagOf(inMyGroup, both);
    expect(codes(answer)).toEqual([]);
    expect(answer.data?.perpetrator?.hasActiveSafetyConcerns).toBe(false);
  });

  it("is told for a case allocated to the caller", async () => {
    const answer = await flagOf(allocatedToMe, both);
    expect(codes(answer)).toEqual([]);
    expect(answer.data?.perpetrator?.hasActiveSafetyConcerns).toBe(false);
  });

  it("is FORBIDDEN for anyone else, though probation reads the person", async () => {
    const answer = await flagOf(stranger, both);
    expect(codes(answer)).toEqual(["FORBIDDEN"]);
    expect(answer.data?.perpetrator).toBeNull();
    const person = (await server.request(`query PersonAsBoth($id: ID!) { perpetrator(id: $id) { id } }`, { id: stranger }, both)) as FlagAnswer;
    expect(person.data?.perpetrator?.id).toBe(stranger);
  });

  it("a facilitator alone is told for their group's people and does not reach anyone else", async () => {
    const facilitator = await server.token(Role.FACILITATOR, "fac-prob-1");
    expect((await flagOf(inMyGroup, facilitator)).data?.perpetrator?.hasActiveSafetyConcerns).toBe(false);
    const other = await flagOf(stranger, facilitator);
    expect(other.data?.perpetrator ?? null).toBeNull();
    expect(JSON.stringify(other)).not.toContain("hasActiveSafetyConcerns\":");
  });
});
