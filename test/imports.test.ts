import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ImportCsvDocument, type ImportKind } from "../client/generated/graphql.js";
import { Role } from "../src/shared/auth/roles.js";
import { formatPncId } from "../src/modules/perpetrators/index.js";
import { createFixtures, type Fixtures } from "./support/fixtures.js";
import { startTestServer, type TestServer } from "./support/server.js";

/**
 * importCsv over GraphQL (the command line calls the same service: test/import-cli.test.ts): a dry run
 * writes nothing and counts as the real run does, a real run is all or nothing, a re-run writes nothing,
 * people are matched by CRN then PNC ID, and only an admin may import.
 */
const sample = (name: string) => readFileSync(new URL(`../docs/import/${name}`, import.meta.url), "utf8");

let server: TestServer;
let fx: Fixtures;

beforeAll(async () => {
  server = await startTestServer({ now: "2026-06-01T12:00:00Z" });
  fx = await createFixtures(server);
}, 120_000);
afterAll(() => server?.close());

async function importCsv(kind: ImportKind, csv: string, dryRun = false, token = fx.admin) {
  const data = await server.query(ImportCsvDocument, { input: { kind, csv, dryRun } }, token);
  expect(data.importCsv.userErrors).toEqual([]);
  return data.importCsv.result!;
}

/** How many people, and referrals of people, whose CRN starts with `prefix` (and the sample's one person known only by PNC ID). */
async function held(prefix: string) {
  const [row] = await server.database.rows<{ people: number; referrals: number }>(
    server.database.db,
    sql`select (select count(*)::int from perpetrators where crn like ${`${prefix}%`} or (${prefix} = 'M1000' and pnc_id = '2010/1987650Q')) as people,
               (select count(*)::int from referrals r join perpetrators p on p.id = r.perpetrator_id where p.crn like ${`${prefix}%`} or (${prefix} = 'M1000' and p.pnc_id = '2010/1987650Q')) as referrals`,
  );
  return row!;
}

describe("the sample files", () => {
  it("a dry run writes nothing and reports what the real run then does; a second run writes nothing new", async () => {
    const dry = await importCsv("PEOPLE", sample("people.csv"), true);
    expect(dry).toMatchObject({ dryRun: true, written: false, rows: 4, counts: { created: 4, matched: 0, unchanged: 0, refused: 0 }, problems: [] });
    expect(await held("M1000")).toEqual({ people: 0, referrals: 0 });

    const real = await importCsv("PEOPLE", sample("people.csv"));
    expect(real).toMatchObject({ dryRun: false, written: true, counts: dry.counts });
    expect(await held("M1000")).toEqual({ people: 4, referrals: 0 });

    const again = await importCsv("PEOPLE", sample("people.csv"));
    expect(again).toMatchObject({ written: false, counts: { created: 0, matched: 0, unchanged: 4, refused: 0 }, problems: [] });
    expect(await held("M1000")).toEqual({ people: 4, referrals: 0 });

    const dryReferrals = await importCsv("REFERRALS", sample("referrals.csv"), true);
    expect(dryReferrals.counts).toEqual({ created: 4, matched: 0, unchanged: 0, refused: 0 });
    expect(await held("M1000")).toEqual({ people: 4, referrals: 0 });
    const referrals = await importCsv("REFERRALS", sample("referrals.csv"));
    expect(referrals).toMatchObject({ written: true, counts: dryReferrals.counts });
    expect(await held("M1000")).toEqual({ people: 4, referrals: 4 });
    const referralsAgain = await importCsv("REFERRALS", sample("referrals.csv"));
    expect(referralsAgain).toMatchObject({ written: false, counts: { created: 0, matched: 0, unchanged: 4, refused: 0 } });
    expect(await held("M1000")).toEqual({ people: 4, referrals: 4 });

    // The same referral with another risk level is matched, and left as held.
    const changed = sample("referrals.csv").replace("COMMUNITY_ORDER,HIGH", "COMMUNITY_ORDER,VERY_HIGH");
    expect((await importCsv("REFERRALS", changed)).counts).toEqual({ created: 0, matched: 1, unchanged: 3, refused: 0 });
  });

  it("one bad row in a real run writes nothing, and every row's problems are reported", async () => {
    const result = await importCsv("PEOPLE", sample("people-with-problems.csv"));
    expect(result).toMatchObject({ written: false, rows: 7, counts: { created: 2, refused: 5 } });
    expect(result.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, "date_of_birth", "INVALID"],
      [3, "pnc", "INVALID"],
      [4, "sex", "INVALID"],
      [5, "given_name", "INVALID"],
      [7, "crn", "DUPLICATE"],
    ]);
    expect(result.problems[1]!.message).toBe("PNC ID check letter is wrong: expected V");
    // The two clean rows (M100009, M100011) were not written either.
    const [row] = await server.database.rows<{ n: number }>(server.database.db, sql`select count(*)::int as n from perpetrators where crn in ('M100009', 'M100011')`);
    expect(row!.n).toBe(0);
    // The same answer on a dry run.
    expect((await importCsv("PEOPLE", sample("people-with-problems.csv"), true)).problems).toEqual(result.problems);
  });
});

describe("matching people already held", () => {
  it("by CRN, then by PNC ID; a file naming two held people in one row is refused", async () => {
    const a = await fx.person({ crn: "N100001", pncId: formatPncId(2011, 1200001) });
    const b = await fx.person({ crn: "N100002", pncId: formatPncId(2011, 1200002) });
    const header = "given_name,family_name,date_of_birth,sex,crn,pnc\n";
    const csv =
      header +
      `Test,${a.familyName},1985-04-12,MALE,n100001,\n` + // same details by CRN (lower case read as the canonical form)
      `Other,Name,1985-04-12,MALE,,${formatPncId(2011, 1200002).replace("2011/", "11/")}\n`; // by PNC ID, in its short form, details differ
    const result = await importCsv("PEOPLE", csv);
    expect(result).toMatchObject({ written: false, counts: { created: 0, matched: 1, unchanged: 1, refused: 0 }, problems: [] });
    const [kept] = await server.database.rows<{ givenName: string }>(server.database.db, sql`select given_name as "givenName" from perpetrators where crn = 'N100002'`);
    expect(kept!.givenName, "a matched person is not overwritten").toBe(b.givenName);

    const mixed = await importCsv("PEOPLE", `${header}Test,Mixed,1985-04-12,MALE,N100001,${formatPncId(2011, 1200002)}\n`); // A's CRN with B's PNC
    expect(mixed.problems).toEqual([{ row: 2, column: "pnc", code: "CONFLICT", message: "The CRN and the PNC ID belong to two different people held" }]);
  });

  it("a new person's prison number held by someone else is a DUPLICATE, as createPerpetrator says", async () => {
    await fx.person({ crn: "N100003", pncId: null, prisonNumber: "A1234NN" });
    const result = await importCsv("PEOPLE", "given_name,family_name,date_of_birth,sex,crn,prison_number\nNew,Person,1980-01-01,MALE,N100004,A1234NN\n", true);
    expect(result.problems).toEqual([{ row: 2, column: "prison_number", code: "DUPLICATE", message: "Another person already has this prison number" }]);
  });
});

describe("referral rows", () => {
  it("are checked by the programme's rules and against what is held", async () => {
    const person = await fx.person({ crn: "N100010", pncId: null });
    await fx.refer(person.id, "CHOICES");
    const csv = [
      "crn,programme,source,legal_basis,risk_level,referred_date",
      "N100010,BBR,PROBATION,,MEDIUM,2026-05-01", // mandated: no legal basis
      "N100010,NOPE,PROBATION,,,2026-05-01", // no such programme
      "Z999999,CHOICES,SELF,,,2026-05-01", // nobody holds this CRN
      "N100010,CHOICES,SELF,,,2026-05-02", // an open CHOICES referral is held already
      "N100010,PACT,SELF,,,2026-07-01", // in the future (and too old for PACT)
    ].join("\n");
    const result = await importCsv("REFERRALS", csv, true);
    expect(result.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, "legal_basis", "INELIGIBLE"],
      [3, "programme", "NOT_FOUND"],
      [4, "crn", "NOT_FOUND"],
      [5, "programme", "DUPLICATE"],
      [6, "referred_date", "INVALID"],
    ]);
    expect(result.counts).toEqual({ created: 0, matched: 0, unchanged: 0, refused: 5 });
  });
});

describe("the file as a whole", () => {
  it("an unknown or missing column is reported on row 1", async () => {
    const result = await importCsv("PEOPLE", "given_name,surname,dob,gender\nA,B,1980-01-01,MALE\n", true);
    expect(result.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [1, "gender", "INVALID"],
      [1, "sex", "INVALID"],
    ]);
  });

  it("a file over the size cap is refused before it is read", async () => {
    const csv = `given_name,family_name,date_of_birth,sex\n${"A,B,1980-01-01,MALE\n".repeat(11_000)}`;
    const data = await server.query(ImportCsvDocument, { input: { kind: "PEOPLE", csv, dryRun: true } }, fx.admin);
    expect(data.importCsv.result).toBeNull();
    expect(data.importCsv.userErrors.map((e) => [e.field, e.code])).toEqual([[["input", "csv"], "INVALID"]]);
  });
});

describe("who may import", () => {
  it.each([Role.PROBATION, Role.POLICE, Role.ANALYST, Role.AUDITOR, Role.FACILITATOR])("%s is refused with FORBIDDEN, and nothing is written", async (role) => {
    const token = await server.token(role, `import-${role.toLowerCase()}`);
    const csv = "given_name,family_name,date_of_birth,sex,crn\nNot,Written,1980-01-01,MALE,N100099\n";
    const response = await server.request(ImportCsvDocument, { input: { kind: "PEOPLE", csv } }, token);
    expect(response.errors?.map((e) => e.extensions?.["code"])).toEqual(["FORBIDDEN"]);
    expect((await held("N100099")).people).toBe(0);
  });
});
