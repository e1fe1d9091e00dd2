import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getTableColumns } from "drizzle-orm";
import { isObjectType } from "graphql";
import { SearchPerpetratorsDocument } from "../client/generated/graphql.js";
import { buildAppSchema } from "../src/schema.js";
import { Role } from "../src/shared/auth/roles.js";
import { PERPETRATOR_FIELD_COLUMNS } from "../src/modules/perpetrators/perpetrator.columns.js";
import { perpetrators } from "../src/modules/perpetrators/perpetrator.table.js";
import { createFixtures, type Fixtures } from "./support/fixtures.js";
import { startTestServer, type TestServer } from "./support/server.js";
import { statementsDuring } from "./support/database.js";

/** A page query selects the columns the operation's fields read, and no others. */
let server: TestServer;
let fx: Fixtures;
let police: string;

const columnName = Object.fromEntries(Object.entries(getTableColumns(perpetrators)).map(([key, column]) => [key, column.name]));

/** The columns of `perpetrators` a statement selects, read from its text: `"perpetrators"."x"` or a bare `"x"` before `from`. */
function perpetratorColumnsSelected(text: string): string[] {
  const list = text.slice("select ".length, text.indexOf(' from "perpetrators"'));
  return [...list.matchAll(/(?:^|, )(?:"perpetrators"\.)?"([a-z_]+)"(?=,|$)/g)].map((match) => match[1]!).sort();
}

/** The columns the fields of the operation read, by PERPETRATOR_FIELD_COLUMNS, with the id every row carries. */
function columnsRead(fields: string[]): string[] {
  return [...new Set(["id", ...fields.flatMap((field) => PERPETRATOR_FIELD_COLUMNS[field]!.map((key) => columnName[key]!))])].sort();
}

async function pageStatement<T>(run: () => Promise<T>): Promise<{ text: string; result: T }> {
  const { result, texts } = await statementsDuring(server.database, run);
  const page = texts.filter((text) => text.includes(' from "perpetrators"'));
  expect(page).toHaveLength(1);
  return { text: page[0]!, result };
}

beforeAll(async () => {
  server = await startTestServer();
  fx = await createFixtures(server);
  police = await server.token(Role.POLICE, "pol-columns", { org: "West Yorkshire Police" });
  for (let i = 0; i < 3; i++) await fx.person({ familyName: `Columnson${i}` });
}, 120_000);
afterAll(() => server.close());

describe("the name search page selects only the columns its fields read", () => {
  it("the benchmark's search-name operation: id, names and PNC id, nothing else of the person", async () => {
    const { text, result } = await pageStatement(() => server.query(SearchPerpetratorsDocument, { first: 50, filter: { name: "columnson" } }, police));
    expect(result.perpetrators.edges.map((edge) => edge.node.familyName)).toEqual(["Columnson0", "Columnson1", "Columnson2"]);
    expect(result.perpetrators.edges.every((edge) => edge.node.pncId)).toBe(true);
    expect(perpetratorColumnsSelected(text)).toEqual(columnsRead(["id", "givenName", "familyName", "pncId"]));
    expect(perpetratorColumnsSelected(text)).toEqual(["family_name", "given_name", "id", "pnc_id"]);
  });

  it("follows the selection through fragments, inline fragments and aliases, and answers the same values as a full read", async () => {
    const document = `query Columns($filter: PerpetratorFilter) {
      perpetrators(first: 10, filter: $filter) {
        edges { node { ...Dates ... on Perpetrator { needs } } }
        more: edges { node { sex children { dateOfBirth } } }
      }
    }
    fragment Dates on Perpetrator { dateOfBirth createdAt }`;
    const { text, result } = await pageStatement(() =>
      server.query<{ perpetrators: { edges: { node: Record<string, unknown> }[]; more: { node: Record<string, unknown> }[] } }, unknown>(document, { filter: { name: "columnson" } }, police),
    );
    expect(perpetratorColumnsSelected(text)).toEqual(columnsRead(["dateOfBirth", "createdAt", "needs", "sex", "children"]));
    const full = await server.query<{ perpetrators: { edges: { node: Record<string, unknown> }[] } }, unknown>(
      `query Full($filter: PerpetratorFilter) { perpetrators(first: 10, filter: $filter) { edges { node { dateOfBirth createdAt needs sex } } } }`,
      { filter: { name: "columnson" } },
      police,
    );
    expect(result.perpetrators.edges.map(({ node }) => ({ dateOfBirth: node.dateOfBirth, createdAt: node.createdAt, needs: node.needs }))).toEqual(
      full.perpetrators.edges.map(({ node: { dateOfBirth, createdAt, needs } }) => ({ dateOfBirth, createdAt, needs })),
    );
    expect(result.perpetrators.more.map(({ node }) => node.sex)).toEqual(full.perpetrators.edges.map(({ node }) => node.sex));
  });

  it("selecting only totalCount reads the id alone", async () => {
    const { text, result } = await pageStatement(() =>
      server.query<{ perpetrators: { totalCount: number } }, unknown>(`{ perpetrators(first: 5, filter: { name: "columnson" }) { totalCount } }`, {}, police),
    );
    expect(result.perpetrators.totalCount).toBe(3);
    expect(perpetratorColumnsSelected(text)).toEqual(["id"]);
  });
});

describe("PERPETRATOR_FIELD_COLUMNS", () => {
  it("names every field of the schema's Perpetrator, and only columns of the table", async () => {
    const type = (await buildAppSchema()).getType("Perpetrator");
    if (!isObjectType(type)) throw new Error("Perpetrator is not an object type");
    const declared = Object.keys(PERPETRATOR_FIELD_COLUMNS).filter((field) => field !== "__typename");
    expect(declared.sort()).toEqual(Object.keys(type.getFields()).sort());
    for (const columns of Object.values(PERPETRATOR_FIELD_COLUMNS)) for (const key of columns) expect(columnName[key]).toBeDefined();
  });
});
