import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CreatePerpetratorDocument, PerpetratorLookupDocument, SearchPerpetratorsDocument } from "../client/generated/graphql.js";
import { Role } from "../src/shared/auth/roles.js";
import { createFixtures, type Fixtures } from "./support/fixtures.js";
import { startTestServer, type TestServer } from "./support/server.js";

let server: TestServer;
let fx: Fixtures;
beforeAll(async () => {
  server = await startTestServer();
  fx = await createFixtures(server);
});
afterAll(() => server.close());

const validInput = {
  givenName: "Aaron",
  familyName: "Okafor",
  dateOfBirth: "1988-09-30",
  sex: "MALE" as const,
};

describe("createPerpetrator", () => {
  it("stores identifiers in canonical form and returns the person", async () => {
    const data = await server.query(
      CreatePerpetratorDocument,
      {
        input: {
          ...validInput,
          crn: " x123456 ",
          pncId: "79/163001B",
          prisonNumber: "a1234bc",
          croNumber: "265416/21G",
          needs: ["ALCOHOL_MISUSE", "ACCOMMODATION"],
          children: [{ dateOfBirth: "2018-05-05", relationship: "STEP", regularContact: true }],
        },
      },
      fx.probation,
    );
    expect(data.createPerpetrator.userErrors).toEqual([]);
    expect(data.createPerpetrator.perpetrator).toMatchObject({
      crn: "X123456",
      pncId: "1979/0163001B",
      prisonNumber: "A1234BC",
      croNumber: "265416/21G",
      needs: ["ALCOHOL_MISUSE", "ACCOMMODATION"],
      children: [{ dateOfBirth: "2018-05-05", relationship: "STEP", regularContact: true }],
    });
  });

  it("answers an invalid PNC ID with a userErrors entry on pncId and writes nothing", async () => {
    const data = await server.query(CreatePerpetratorDocument, { input: { ...validInput, crn: "Y222222", pncId: "2001/0171310S" } }, fx.probation);
    expect(data.createPerpetrator.perpetrator).toBeNull();
    expect(data.createPerpetrator.userErrors).toEqual([
      { field: ["input", "pncId"], code: "INVALID", message: expect.stringMatching(/check letter/i) },
    ]);
    const lookup = await server.query(PerpetratorLookupDocument, { crn: "Y222222" }, fx.probation);
    expect(lookup.perpetrator).toBeNull();
  });

  it("reports every invalid field at once", async () => {
    const data = await server.query(
      CreatePerpetratorDocument,
      { input: { ...validInput, givenName: "  ", dateOfBirth: "2099-01-01", crn: "12345", croNumber: "265416/21A" } },
      fx.probation,
    );
    const fields = data.createPerpetrator.userErrors.map((e) => e.field.join("."));
    expect(fields.sort()).toEqual(["input.crn", "input.croNumber", "input.dateOfBirth", "input.givenName"]);
  });

  it("refuses a second person with the same CRN or PNC ID", async () => {
    await fx.person({ crn: "D100001", pncId: "2008/0056560Z" });
    const data = await server.query(CreatePerpetratorDocument, { input: { ...validInput, crn: "d100001", pncId: "08/56560Z" } }, fx.probation);
    expect(data.createPerpetrator.userErrors.map((e) => [e.field.at(-1), e.code])).toEqual([
      ["crn", "DUPLICATE"],
      ["pncId", "DUPLICATE"],
    ]);
  });

  it("is refused to facilitators and analysts", async () => {
    for (const role of [Role.FACILITATOR, Role.ANALYST]) {
      const result = await server.request(CreatePerpetratorDocument, { input: { ...validInput, crn: "Z999999" } }, await server.token(role));
      expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(result.data).toBeNull();
    }
  });
});

describe("looking people up", () => {
  it("finds a person by id, CRN or PNC ID in any accepted form", async () => {
    const created = await fx.person({ crn: "L555555", pncId: "1981/0154257C" });
    for (const variables of [{ id: created.id }, { crn: "l555555" }, { pncId: "81/154257C" }]) {
      const data = await server.query(PerpetratorLookupDocument, variables, fx.probation);
      expect(data.perpetrator?.id).toBe(created.id);
    }
  });

  it("refuses an ambiguous lookup with BAD_USER_INPUT", async () => {
    const result = await server.request(PerpetratorLookupDocument, { crn: "L555555", pncId: "81/154257C" }, fx.probation);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("searches by name prefix in name order, a page at a time", async () => {
    for (const given of ["Ben", "Carl", "Adam", "Dev", "Eli"]) await fx.person({ givenName: given, familyName: "Zebedee" });
    await fx.person({ givenName: "Ben", familyName: "Zephyr" });
    const token = await server.token(Role.POLICE);

    const first = await server.query(SearchPerpetratorsDocument, { first: 2, filter: { name: "zeb" } }, token);
    expect(first.perpetrators.totalCount).toBe(5);
    expect(first.perpetrators.edges.map((e) => e.node.givenName)).toEqual(["Adam", "Ben"]);
    expect(first.perpetrators.pageInfo.hasNextPage).toBe(true);

    const names: string[] = first.perpetrators.edges.map((e) => e.node.givenName);
    let after = first.perpetrators.pageInfo.endCursor;
    while (after) {
      const page = await server.query(SearchPerpetratorsDocument, { first: 2, after, filter: { name: "zeb" } }, token);
      names.push(...page.perpetrators.edges.map((e) => e.node.givenName));
      after = page.perpetrators.pageInfo.hasNextPage ? page.perpetrators.pageInfo.endCursor : null;
    }
    expect(names).toEqual(["Adam", "Ben", "Carl", "Dev", "Eli"]);

    const both = await server.query(SearchPerpetratorsDocument, { first: 10, filter: { name: "b ze" } }, token);
    expect(both.perpetrators.edges.map((e) => e.node.familyName).sort()).toEqual(["Zebedee", "Zephyr"]);
  });

  it("treats LIKE wildcards in a name as plain characters", async () => {
    const data = await server.query(SearchPerpetratorsDocument, { first: 5, filter: { name: "%" } }, fx.probation);
    expect(data.perpetrators.totalCount).toBe(0);
  });

  it("refuses first outside 1-100 and a cursor it did not issue", async () => {
    for (const variables of [{ first: 0 }, { first: 101 }, { first: 5, after: "not-a-cursor" }]) {
      const result = await server.request(SearchPerpetratorsDocument, variables, fx.probation);
      expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
  });

  it("keeps people out of reach of analysts and auditors, and facilitators to the people in their groups", async () => {
    const created = await fx.person();
    for (const role of [Role.ANALYST, Role.AUDITOR]) {
      const result = await server.request(PerpetratorLookupDocument, { id: created.id }, await server.token(role));
      expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    // A facilitator reaches only their participants; anyone else reads as nobody (null, no error).
    const group = await fx.group("CHOICES", ["fac-lookup"]);
    const participant = await fx.participant("CHOICES", group.id);
    const facilitator = await server.token(Role.FACILITATOR, "fac-lookup");
    const stranger = await server.request(PerpetratorLookupDocument, { id: created.id }, facilitator);
    expect(stranger.errors).toBeUndefined();
    expect(stranger.data?.perpetrator ?? null).toBeNull();
    // Their own participant, without the identifiers a facilitator is never shown.
    const own = await server.request(PerpetratorLookupDocument, { id: participant.person.id }, facilitator);
    expect(own.data?.perpetrator?.id).toBe(participant.person.id);
    expect(new Set(own.errors?.map((error) => [error.extensions?.code, error.path?.at(-1)].join(" ")))).toEqual(
      new Set(["FORBIDDEN pncId", "FORBIDDEN prisonNumber", "FORBIDDEN croNumber"]),
    );
  });

  it("shows equality data only to probation and admins", async () => {
    const created = await fx.person({ ethnicity: "Mixed: White and Black Caribbean", interpreterRequired: true, firstLanguage: "Polish" });
    const query = `query($id: ID!) { perpetrator(id: $id) { ethnicity firstLanguage } }`;
    const forProbation = await server.request<{ perpetrator: { ethnicity: string } }, { id: string }>(query, { id: created.id }, fx.probation);
    expect(forProbation.data?.perpetrator.ethnicity).toBe("Mixed: White and Black Caribbean");
    const forPolice = await server.request(query, { id: created.id }, await server.token(Role.POLICE));
    expect(forPolice.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(forPolice.errors?.[0]?.path).toEqual(["perpetrator", "ethnicity"]);
  });
});
