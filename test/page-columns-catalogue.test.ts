import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getTableColumns, getTableName, type Table } from "drizzle-orm";
import { isObjectType } from "graphql";
import { IomCohortDocument, PerpetratorLookupDocument, ProbationReferralsDocument } from "../client/generated/graphql.js";
import { buildAppSchema } from "../src/schema.js";
import { Role } from "../src/shared/auth/roles.js";
import type { FieldColumns } from "../src/db/columns-read.js";
import { PERPETRATOR_FIELD_COLUMNS } from "../src/modules/perpetrators/perpetrator.columns.js";
import { perpetrators } from "../src/modules/perpetrators/perpetrator.table.js";
import { REFERRAL_FIELD_COLUMNS } from "../src/modules/referrals/referral.columns.js";
import { referrals } from "../src/modules/referrals/referral.table.js";
import { GROUP_FIELD_COLUMNS } from "../src/modules/groups/group.columns.js";
import { programmeGroups } from "../src/modules/groups/group.table.js";
import { MEMBERSHIP_FIELD_COLUMNS, STAFF_FIELD_COLUMNS } from "../src/modules/iom/cohort.columns.js";
import { iomMemberships, iomStaff } from "../src/modules/iom/iom.table.js";
import { createFixtures, type Fixtures } from "./support/fixtures.js";
import { createIomFixtures } from "./support/iom-fixtures.js";
import { startTestServer, type TestServer } from "./support/server.js";
import { statementsDuring } from "./support/database.js";

/**
 * The catalogue's pages (the benchmark's probation referrals, IOM cohort and PNC lookup) select the
 * columns the operation's fields read, and no others; rows read with fewer columns never reach a
 * loader that another part of the operation reads.
 */
let server: TestServer;
let fx: Fixtures;
let probation: string;
let police: string;
let officer: string;
let pncId: string;

/** The columns of `table` a statement selects (its select list, before the first FROM), by SQL name. */
function selectedColumns(text: string, table: Table): string[] {
  const list = text.slice(0, text.indexOf(' from "'));
  const name = getTableName(table);
  const qualified = [...list.matchAll(new RegExp(`"${name}"\\."([a-z_]+)"`, "g"))].map((match) => match[1]!);
  // A statement over one table names its columns bare.
  const bare = list.includes(`"${name}".`) ? [] : [...list.matchAll(/(?:select |, )"([a-z_]+)"(?=,|$)/g)].map((match) => match[1]!);
  return [...new Set([...qualified, ...bare])].sort();
}

/** What `fields` read by `byField`, with the columns every row carries, by SQL name. */
function columnsRead<T extends Table>(table: T, byField: FieldColumns<T>, always: string[], fields: string[]): string[] {
  const all = getTableColumns(table) as Record<string, { name: string }>;
  const keys = new Set([...always, ...fields.flatMap((field) => byField[field] ?? [])]);
  return [...keys].map((key) => all[key]!.name).sort();
}

/** The page statement a request issued: the first select from `from`. */
async function statementOf<T>(run: () => Promise<T>, from: Table): Promise<{ text: string; result: T }> {
  const { result, texts } = await statementsDuring(server.database, run);
  const page = texts.filter((text) => text.startsWith("select") && text.includes(` from "${getTableName(from)}"`));
  return { text: page[0]!, result };
}

beforeAll(async () => {
  server = await startTestServer();
  fx = await createFixtures(server);
  const iom = await createIomFixtures(server, fx);
  probation = await server.token(Role.PROBATION, "prob-columns", { org: "Probation Service" });
  police = await server.token(Role.POLICE, "pol-columns", { org: "West Yorkshire Police" });
  const manager = await iom.offenderManager("om-columns");
  officer = manager.token;
  const group = await fx.group("BBR", ["fac-columns"]);
  for (let i = 0; i < 3; i++) {
    const { person, referral } = await fx.participant("BBR", group.id, { familyName: `Catalogue${i}` });
    const { membership } = await iom.member(manager.staff.id, { perpetratorId: person.id });
    await iom.plan(membership.id, [
      iom.action({ pathway: "PROGRAMME_ATTENDANCE", description: "Complete BBR", ownerAgency: "PROBATION", ownerName: "Leeds PDU", referralId: referral.id }),
    ]);
  }
  const lookup = await server.query<{ perpetrators: { edges: { node: { pncId: string | null } }[] } }, unknown>(
    `{ perpetrators(first: 1, filter: { name: "catalogue0" }) { edges { node { pncId } } } }`,
    {},
    police,
  );
  pncId = lookup.perpetrators.edges[0]!.node.pncId!;
}, 240_000);
afterAll(() => server.close());

describe("the probation referrals page", () => {
  it("reads of the referral, the person and the group only what the operation selects", async () => {
    const { text, result } = await statementOf(() => server.query(ProbationReferralsDocument, { first: 50, filter: { programme: "BBR" } }, probation), referrals);
    const ours = result.referrals.edges.filter((edge) => edge.node.perpetrator.familyName.startsWith("Catalogue"));
    expect(ours).toHaveLength(3);
    expect(ours.every((edge) => edge.node.group?.name && edge.node.perpetrator.crn && edge.node.perpetrator.givenName)).toBe(true);
    expect(selectedColumns(text, referrals)).toEqual(
      columnsRead(referrals, REFERRAL_FIELD_COLUMNS, ["id", "referredAt"], ["id", "status", "version", "perpetrator", "programme", "group", "attendance", "enforcement"]),
    );
    expect(selectedColumns(text, perpetrators)).toEqual(columnsRead(perpetrators, PERPETRATOR_FIELD_COLUMNS, ["id"], ["id", "givenName", "familyName", "crn"]));
    expect(selectedColumns(text, programmeGroups)).toEqual(["id", "name"]);
  });

  it("answers the same person as a full read when the operation reads more of them elsewhere", async () => {
    const first = (await server.query(ProbationReferralsDocument, { first: 50, filter: { programme: "BBR" } }, probation)).referrals.edges.find((edge) =>
      edge.node.perpetrator.familyName.startsWith("Catalogue"),
    )!;
    const document = `query Both($id: ID!) {
      referrals(first: 50, filter: { programme: BBR }) { edges { node { id perpetrator { id familyName } } } }
      perpetrator(id: $id) { id familyName dateOfBirth crn needs }
      again: referrals(first: 50, filter: { programme: BBR }) { edges { node { id perpetrator { id dateOfBirth crn } } } }
    }`;
    type Person = { id: string; familyName?: string; dateOfBirth?: string; crn?: string; needs?: unknown };
    type Page = { edges: { node: { id: string; perpetrator: Person } }[] };
    const data = await server.query<{ referrals: Page; again: Page; perpetrator: Person }, unknown>(document, { id: first.node.perpetrator.id }, probation);
    expect(data.perpetrator.dateOfBirth).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(data.perpetrator.crn).toBe(first.node.perpetrator.crn);
    const again = data.again.edges.find((edge) => edge.node.id === first.node.id)!;
    expect(again.node.perpetrator).toEqual({ id: data.perpetrator.id, dateOfBirth: data.perpetrator.dateOfBirth, crn: data.perpetrator.crn });
  });
});

describe("the IOM cohort page", () => {
  it("reads of the member, the person and the offender manager only what the operation selects", async () => {
    const { text, result } = await statementOf(() => server.query(IomCohortDocument, { first: 50, filter: { mine: true } }, officer), iomMemberships);
    expect(result.iomCohort.edges).toHaveLength(3);
    expect(result.iomCohort.edges.every((edge) => edge.node.offenderManager?.name && edge.node.perpetrator.crn && edge.node.plan?.actions.length === 1)).toBe(true);
    // MembershipFields, the derived fields and the relations the operation selects.
    const membershipFields = ["id", "open", "selectionSource", "cohortType", "rfgScore", "startedOn", "endedOn", "deselectionReason", "deselectionNote"];
    const derived = ["reviewOverdue", "overdueActionCount", "perpetrator", "offenderManager", "plan"];
    expect(selectedColumns(text, iomMemberships)).toEqual(columnsRead(iomMemberships, MEMBERSHIP_FIELD_COLUMNS, ["id", "startedOn"], [...membershipFields, ...derived]));
    expect(selectedColumns(text, iomMemberships)).not.toContain("selected_by");
    expect(selectedColumns(text, perpetrators)).toEqual(columnsRead(perpetrators, PERPETRATOR_FIELD_COLUMNS, ["id"], ["id", "givenName", "familyName", "crn", "pncId"]));
    expect(selectedColumns(text, iomStaff)).toEqual(columnsRead(iomStaff, STAFF_FIELD_COLUMNS, ["id"], ["id", "name", "collarNumber", "team"]));
  });

  it("answers the person of a member in full where the same operation reaches them through a plan action", async () => {
    const document = `{ iomCohort(first: 50, filter: { mine: true }) { edges { node {
      perpetrator { id givenName }
      plan { actions { referral { perpetrator { id crn dateOfBirth } } } }
    } } } }`;
    type Node = { perpetrator: { id: string; givenName: string }; plan: { actions: { referral: { perpetrator: { id: string; crn: string; dateOfBirth: string } } }[] } };
    const data = await server.query<{ iomCohort: { edges: { node: Node }[] } }, unknown>(document, {}, officer);
    for (const { node } of data.iomCohort.edges) {
      const viaAction = node.plan.actions[0]!.referral.perpetrator;
      expect(viaAction.id).toBe(node.perpetrator.id);
      expect(viaAction.crn).toMatch(/^[A-Z]\d{6}$/);
      expect(viaAction.dateOfBirth).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe("the PNC lookup", () => {
  it("reads of the person only what the operation selects", async () => {
    const { text, result } = await statementOf(() => server.query(PerpetratorLookupDocument, { pncId }, police), perpetrators);
    expect(result.perpetrator?.pncId).toBe(pncId);
    const fields = Object.keys(result.perpetrator!).filter((field) => field !== "__typename");
    expect(selectedColumns(text, perpetrators)).toEqual(columnsRead(perpetrators, PERPETRATOR_FIELD_COLUMNS, ["id"], fields));
    expect(selectedColumns(text, perpetrators).length).toBeLessThan(Object.keys(getTableColumns(perpetrators)).length);
  });
});

describe("the column maps", () => {
  const maps: [string, Record<string, readonly string[]>, Table][] = [
    ["Perpetrator", PERPETRATOR_FIELD_COLUMNS, perpetrators],
    ["Referral", REFERRAL_FIELD_COLUMNS, referrals],
    ["ProgrammeGroup", GROUP_FIELD_COLUMNS, programmeGroups],
    ["IomMembership", MEMBERSHIP_FIELD_COLUMNS, iomMemberships],
    ["IomStaffMember", STAFF_FIELD_COLUMNS, iomStaff],
  ];
  it.each(maps)("%s: names every field of the schema's type, and only columns of its table", async (typeName, byField, table) => {
    const type = (await buildAppSchema()).getType(typeName);
    if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
    expect(Object.keys(byField).filter((field) => field !== "__typename").sort()).toEqual(Object.keys(type.getFields()).sort());
    const columns = getTableColumns(table);
    for (const keys of Object.values(byField)) for (const key of keys) expect(columns).toHaveProperty(key);
  });
});
