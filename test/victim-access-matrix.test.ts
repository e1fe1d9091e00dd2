import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ReferToProgrammeDocument, SafetyAlertsDocument } from "../client/generated/graphql.js";
import { Role } from "../src/shared/auth/roles.js";
import { createFixtures } from "./support/fixtures.js";
import { createIomFixtures } from "./support/iom-fixtures.js";
import { startTestServer, type TestServer } from "./support/server.js";
import { ROLES, readerTokens, type Reader } from "./support/victim-access-scenario.js";
import { createVictimFixtures, withPurpose, type VictimFixtures } from "./support/victim-fixtures.js";

/**
 * Who may read which victim-safety data, as one table: every reader role against every entry point
 * and field, for the victims of P1 (probation's own case, in the IOM cohort of om-own, in fac-1's
 * group) and P2 (referred by another probation organisation), and a victim linked to both. Every
 * response is searched for strings its reader may not see; the count of leaks must end at zero.
 */

type Side = "P1" | "P2";
/** D: returns the record; F: FORBIDDEN and no victim data; H: only the reader's own cases' part; U: UNAUTHENTICATED. */
type Expected = "D" | "F" | "H" | "U";
/** Whose cases a scoped reader may see: probation the people it referred, an offender manager their cohort members. */
const REACH: Partial<Record<Reader, Side>> = { PROBATION_OWN: "P1", IOM_OWN: "P1", PROBATION_OTHER: "P2" };

// prettier-ignore
const MATRIX: [string, ...Expected[]][] = [
  //                                                    SG   POL  PR1  PR2  OM1  OM2  SUP  FAC  ANL  AUD  ADM  none
  ["victims(first: 5)",                                 "D", "D", "F", "F", "F", "F", "F", "F", "F", "F", "F", "U"],
  ["safetyAlerts(first: 5)",                            "D", "D", "F", "F", "F", "F", "F", "F", "F", "F", "F", "U"],
  ["victimSafetyStatistics",                            "D", "D", "F", "F", "F", "F", "F", "F", "D", "F", "D", "U"],
  ["auditEvents(first: 5)",                             "F", "F", "F", "F", "F", "F", "F", "F", "F", "D", "F", "U"],
  ["node: Victim of P1",                                "D", "D", "D", "F", "D", "F", "F", "F", "F", "F", "F", "U"],
  ["node: Victim of P2",                                "D", "D", "F", "D", "F", "F", "F", "F", "F", "F", "F", "U"],
  ["node: VictimLink of P1",                            "D", "D", "D", "F", "D", "F", "F", "F", "F", "F", "F", "U"],
  ["node: VictimLink of P2",                            "D", "D", "F", "D", "F", "F", "F", "F", "F", "F", "F", "U"],
  ["node: RiskAssessment of P1",                        "D", "D", "D", "F", "D", "F", "F", "F", "F", "F", "F", "U"],
  ["node: RiskAssessment of P2",                        "D", "D", "F", "D", "F", "F", "F", "F", "F", "F", "F", "U"],
  ["node: SafetyIncident of P1",                        "D", "D", "D", "F", "D", "F", "F", "F", "F", "F", "F", "U"],
  ["node: SafetyIncident of P2",                        "D", "D", "F", "D", "F", "F", "F", "F", "F", "F", "F", "U"],
  ["node: MaracReferral of P1",                         "D", "D", "D", "F", "D", "F", "F", "F", "F", "F", "F", "U"],
  ["node: MaracReferral of P2",                         "D", "D", "F", "D", "F", "F", "F", "F", "F", "F", "F", "U"],
  ["node: SupportAllocation of P1",                     "D", "D", "D", "F", "D", "F", "F", "F", "F", "F", "F", "U"],
  ["node: SupportAllocation of P2",                     "D", "D", "F", "D", "F", "F", "F", "F", "F", "F", "F", "U"],
  ["node: ProtectiveOrder of P1",                       "D", "D", "D", "F", "D", "F", "F", "F", "F", "F", "F", "U"],
  ["node: ProtectiveOrder of P2",                       "D", "D", "F", "D", "F", "F", "F", "F", "F", "F", "F", "U"],
  // Alerts, like the safetyAlerts query, are for safeguarding and police only.
  ["node: SafetyAlert of P1",                           "D", "D", "F", "F", "F", "F", "F", "F", "F", "F", "F", "U"],
  ["node: SafetyAlert of P2",                           "D", "D", "F", "F", "F", "F", "F", "F", "F", "F", "F", "U"],
  ["Victim.contactSafety of P1",                        "D", "D", "F", "F", "F", "F", "F", "F", "F", "F", "F", "U"],
  ["Victim.contactSafety of P2",                        "D", "D", "F", "F", "F", "F", "F", "F", "F", "F", "F", "U"],
  ["Victim.links of P1",                                "D", "D", "D", "F", "D", "F", "F", "F", "F", "F", "F", "U"],
  ["Victim.links of P2",                                "D", "D", "F", "D", "F", "F", "F", "F", "F", "F", "F", "U"],
  ["Victim.links of the shared victim",                 "D", "D", "H", "H", "H", "F", "F", "F", "F", "F", "F", "U"],
  ["Victim.protectiveOrders of P1",                     "D", "D", "D", "F", "D", "F", "F", "F", "F", "F", "F", "U"],
  ["Victim.protectiveOrders of P2",                     "D", "D", "F", "D", "F", "F", "F", "F", "F", "F", "F", "U"],
  ["Victim.protectiveOrders of the shared victim",      "D", "D", "H", "H", "H", "F", "F", "F", "F", "F", "F", "U"],
  ["ProtectiveOrder.protectedPeople of P1",             "D", "D", "D", "F", "D", "F", "F", "F", "F", "F", "F", "U"],
  ["ProtectiveOrder.protectedPeople of P2",             "D", "D", "F", "D", "F", "F", "F", "F", "F", "F", "F", "U"],
  ["Perpetrator.victimLinks of P1",                     "D", "D", "D", "F", "D", "F", "F", "F", "F", "F", "F", "U"],
  ["Perpetrator.victimLinks of P2",                     "D", "D", "F", "D", "F", "F", "F", "F", "F", "F", "F", "U"],
  ["Perpetrator.protectiveOrders of P1",                "D", "D", "D", "F", "D", "F", "F", "F", "F", "F", "F", "U"],
  ["Perpetrator.protectiveOrders of P2",                "D", "D", "F", "D", "F", "F", "F", "F", "F", "F", "F", "U"],
  ["Perpetrator.hasActiveSafetyConcerns of P1",         "D", "D", "D", "F", "D", "F", "F", "F", "F", "F", "F", "U"],
  ["Perpetrator.hasActiveSafetyConcerns of P2",         "D", "D", "F", "D", "F", "F", "F", "F", "F", "F", "F", "U"],
  // Through node(group) → participants → perpetrator: the only way a facilitator reaches P1.
  ["group participant's hasActiveSafetyConcerns of P1", "D", "D", "D", "F", "D", "F", "F", "D", "F", "F", "F", "U"],
  ["group participant's victimLinks of P1",             "D", "D", "D", "F", "D", "F", "F", "F", "F", "F", "F", "U"],
  ["group participant's protectiveOrders of P1",        "D", "D", "D", "F", "D", "F", "F", "F", "F", "F", "F", "U"],
];

const TYPES = ["Victim", "VictimLink", "RiskAssessment", "SafetyIncident", "MaracReferral", "SupportAllocation", "ProtectiveOrder", "SafetyAlert"] as const;
type RecordType = (typeof TYPES)[number];
interface PersonStrings { givenName: string; familyName: string; dateOfBirth: string; notes: string; safeContactTimes: string }
/** One perpetrator's victim-safety records; the shared link and alert are those of the victim linked to both. */
interface CaseRecords { perpetratorId: string; ids: Record<RecordType, string>; sharedLinkId: string; sharedAlertId: string; workerName: string; orderReference: string }
/** A string from the victims' records: who may see it depends on its side and kind. */
interface Secret { value: string; what: string; side: Side | "shared"; kind: "id" | "personal" | "contact" | "alert" }

const PEOPLE: Record<Side | "shared", PersonStrings> = {
  P1: { givenName: "Oriel", familyName: "Abernethy-Quillon", dateOfBirth: "1991-03-07", notes: "Code word LARKSPUR-ONE", safeContactTimes: "Tuesdays 09:15-09:45 only" },
  P2: { givenName: "Sorcha", familyName: "Achterberg-Lunde", dateOfBirth: "1988-11-23", notes: "Code word JUNIPER-TWO", safeContactTimes: "Fridays 13:05-13:35 only" },
  shared: { givenName: "Tamsin", familyName: "Adeyemi-Sablon", dateOfBirth: "1979-08-30", notes: "Code word HAWTHORN-THREE", safeContactTimes: "Mondays 16:20-16:50 only" },
};

let server: TestServer;
let tokens: Record<Reader, string | null>;
let side: Record<Side, CaseRecords>;
let sharedVictimId: string;
let groupId: string;
let secrets: Secret[];
const tally = { leakChecks: 0, stringsSearched: 0, leaks: [] as string[] };

const rawId = (globalId: string) => Buffer.from(globalId, "base64url").toString("utf8").split(":")[1]!;

async function recordPerson(vx: VictimFixtures, { notes, safeContactTimes, ...person }: PersonStrings) {
  return (await vx.victim({ ...person, contactSafety: { safeContactMethod: "TEXT", safeContactTimes, addressKnownToPerpetrator: false, notes } })).id;
}

async function recordCase(vx: VictimFixtures, label: Side, perpetratorId: string): Promise<CaseRecords> {
  const victimId = await recordPerson(vx, PEOPLE[label]);
  const link = await vx.link(victimId, perpetratorId);
  const sharedLink = await vx.link(sharedVictimId, perpetratorId, "EX_PARTNER");
  const assessment = await vx.assess(link.id, 15);
  const incident = await vx.incident(link.id, "2026-05-02");
  const marac = await vx.marac(link.id);
  const allocation = await vx.supportWorker(victimId, `idva-${label.toLowerCase()}`);
  const orderReference = `NMO-${label}-4471`;
  // Ends within 7 days, so recording it raises an alert for each victim it protects.
  const order = await vx.order(perpetratorId, [victimId, sharedVictimId], { reference: orderReference, startsOn: "2026-03-01", endsOn: "2026-06-05" });
  const alertFor = async (id: string) => {
    const alerts = await server.query(SafetyAlertsDocument, { first: 10, filter: { victimId: id } }, vx.safeguarding, withPurpose);
    return alerts.safetyAlerts.edges.find((edge) => edge.node.order?.id === order.id)!.node.id;
  };
  const ids = { Victim: victimId, VictimLink: link.id, RiskAssessment: assessment.id, SafetyIncident: incident.id, MaracReferral: marac.id };
  return {
    perpetratorId,
    ids: { ...ids, SupportAllocation: allocation.id, ProtectiveOrder: order.id, SafetyAlert: await alertFor(victimId) },
    sharedLinkId: sharedLink.id,
    sharedAlertId: await alertFor(sharedVictimId),
    workerName: allocation.workerName,
    orderReference,
  };
}

const idSecrets = (label: Side | "shared", what: string, id: string, kind: Secret["kind"] = "id"): Secret[] => [
  { value: id, what: `${label} ${what} id`, side: label, kind },
  { value: rawId(id), what: `${label} ${what} database id`, side: label, kind },
];

function caseSecrets(label: Side, records: CaseRecords): Secret[] {
  return [
    ...TYPES.flatMap((type) => idSecrets(label, type, records.ids[type], type === "SafetyAlert" ? "alert" : "id")),
    ...idSecrets(label, "shared VictimLink", records.sharedLinkId),
    ...idSecrets(label, "shared SafetyAlert", records.sharedAlertId, "alert"),
    ...personSecrets(label, PEOPLE[label]),
    { value: records.workerName, what: `${label} support worker`, side: label, kind: "personal" },
    { value: records.orderReference, what: `${label} order reference`, side: label, kind: "personal" },
  ];
}

function personSecrets(label: Side | "shared", person: PersonStrings): Secret[] {
  const personal = (["givenName", "familyName", "dateOfBirth"] as const).map((field): Secret => ({ value: person[field], what: `${label} victim ${field}`, side: label, kind: "personal" }));
  const contact = (["notes", "safeContactTimes"] as const).map((field): Secret => ({ value: person[field], what: `${label} victim contact ${field}`, side: label, kind: "contact" }));
  return [...personal, ...contact];
}

/** What a reader may be shown when answered: police everything, an auditor the log's ids, a scoped reader their own cases' records. */
function mayShow(reader: Reader, secret: Secret): boolean {
  if (reader === "SAFEGUARDING" || reader === "POLICE") return true;
  if (reader === "AUDITOR") return secret.kind === "id" || secret.kind === "alert";
  const reach = REACH[reader];
  return reach !== undefined && (secret.kind === "id" || secret.kind === "personal") && (secret.side === reach || secret.side === "shared");
}

beforeAll(async () => {
  server = await startTestServer();
  const fx = await createFixtures(server);
  const iom = await createIomFixtures(server, fx);
  const vx = await createVictimFixtures(server, fx);
  const omOwn = await iom.offenderManager("om-own");
  const omOther = await iom.offenderManager("om-other");
  const otherProbation = await server.token(Role.PROBATION, "prob-2", { name: "Other Practitioner", org: "Another Probation Trust" });

  const group = await fx.group("CHOICES", ["fac-1"]);
  groupId = group.id;
  const p1 = (await fx.participant("CHOICES", group.id)).person;
  await iom.member(omOwn.staff.id, { perpetratorId: p1.id });
  const p2 = await fx.person();
  const referred = await server.query(ReferToProgrammeDocument, { input: { perpetratorId: p2.id, programme: "CHOICES", source: "CHILDRENS_SERVICES" } }, otherProbation);
  expect(referred.referToProgramme.userErrors).toEqual([]);

  sharedVictimId = await recordPerson(vx, PEOPLE.shared);
  side = { P1: await recordCase(vx, "P1", p1.id), P2: await recordCase(vx, "P2", p2.id) };
  secrets = [...caseSecrets("P1", side.P1), ...caseSecrets("P2", side.P2), ...idSecrets("shared", "Victim", sharedVictimId), ...personSecrets("shared", PEOPLE.shared)];

  tokens = await readerTokens(server, fx, iom, vx, { PROBATION_OTHER: otherProbation, IOM_OWN: omOwn.token, IOM_OTHER: omOther.token });
});

afterAll(async () => {
  console.log(
    `victim-access matrix: ${ROLES.length} roles × ${MATRIX.length} surfaces = ${CASES.length} cases; ${tally.leakChecks} answers searched ` +
      `for ${tally.stringsSearched} strings their reader may not see; ${tally.leaks.length} leaks`,
  );
  await server?.close();
  expect(tally.leaks).toEqual([]);
});

// --- the surfaces -------------------------------------------------------------------------------

const at = (value: unknown, ...path: (string | number)[]): unknown =>
  path.reduce<unknown>((current, key) => (current !== null && typeof current === "object" ? (current as Record<string | number, unknown>)[key] : undefined), value);
const idsOf = (list: unknown) => (Array.isArray(list) ? list.map((item) => at(item, "id")).sort() : list);
const edgeIds = (connection: unknown) => idsOf((at(connection, "edges") as unknown[] | undefined)?.map((edge) => at(edge, "node")));
const sorted = (...ids: string[]) => [...ids].sort();

interface Surface {
  query: string;
  variables(): Record<string, string>;
  /** The part of the answer the surface is about: undefined or null when refused. */
  pick(data: unknown): unknown;
  /** What a reader who may see it all gets. */
  full(): unknown;
  /** What a scoped reader gets when part of it is another case's. */
  ownPart?(reach: Side): unknown;
}
const surface = (query: string, variables: Surface["variables"], pick: Surface["pick"], full: Surface["full"], ownPart?: Surface["ownPart"]): Surface => ({
  query,
  variables,
  pick,
  full,
  ...(ownPart ? { ownPart } : {}),
});

const nodeQuery = (name: string, fields: string) => `query VictimAccess${name}($id: ID!) { node(id: $id) { id ${fields} } }`;
const onNode = (type: string, fields: string) => `... on ${type} { ${fields} }`;
const NODE = nodeQuery(
  "Node",
  `__typename ${onNode("Victim", "givenName familyName dateOfBirth")} ${onNode("VictimLink", "relationship")} ${onNode("RiskAssessment", "level")}
  ${onNode("SafetyIncident", "occurredOn")} ${onNode("MaracReferral", "referredOn")} ${onNode("SupportAllocation", "workerName")}
  ${onNode("ProtectiveOrder", "reference")} ${onNode("SafetyAlert", "kind")}`,
);
const VICTIM_LINKS = nodeQuery("VictimLinks", onNode("Victim", "links { id relationship perpetrator { id } }"));
const VICTIM_ORDERS = nodeQuery("VictimOrders", onNode("Victim", "protectiveOrders { id reference }"));
const PERPETRATOR_LINKS = nodeQuery("PerpetratorLinks", onNode("Perpetrator", "victimLinks { id relationship victim { id familyName } }"));
const participants = (fields: string) => nodeQuery("Participants", onNode("ProgrammeGroup", `participants(first: 10) { edges { node { id perpetrator { id ${fields} } } } }`));
const participant = (data: unknown) => at(data, "node", "participants", "edges", 0, "node", "perpetrator");
const none = () => ({});

function nodeSurface(type: RecordType, label: Side): Surface {
  const records = () => side[label];
  const shown: Partial<Record<RecordType, () => object>> = {
    Victim: () => ({ givenName: PEOPLE[label].givenName, dateOfBirth: PEOPLE[label].dateOfBirth }),
    SupportAllocation: () => ({ workerName: records().workerName }),
    ProtectiveOrder: () => ({ reference: records().orderReference }),
  };
  const id = () => records().ids[type];
  return surface(NODE, () => ({ id: id() }), (data) => at(data, "node"), () => expect.objectContaining({ id: id(), __typename: type, ...shown[type]?.() }));
}

function caseSurfaces(label: Side): [string, Surface][] {
  const records = () => side[label];
  const victim = () => ({ id: records().ids.Victim });
  const perpetrator = () => ({ id: records().perpetratorId });
  return [
    ...TYPES.map((type): [string, Surface] => [`node: ${type} of ${label}`, nodeSurface(type, label)]),
    [
      `Victim.contactSafety of ${label}`,
      surface(nodeQuery("ContactSafety", onNode("Victim", "contactSafety { notes safeContactTimes }")), victim, (data) => at(data, "node", "contactSafety"), () => {
        const { notes, safeContactTimes } = PEOPLE[label];
        return { notes, safeContactTimes };
      }),
    ],
    [`Victim.links of ${label}`, surface(VICTIM_LINKS, victim, (data) => idsOf(at(data, "node", "links")), () => [records().ids.VictimLink])],
    [`Victim.protectiveOrders of ${label}`, surface(VICTIM_ORDERS, victim, (data) => idsOf(at(data, "node", "protectiveOrders")), () => [records().ids.ProtectiveOrder])],
    [
      `ProtectiveOrder.protectedPeople of ${label}`,
      surface(
        nodeQuery("ProtectedPeople", onNode("ProtectiveOrder", "protectedPeople { id givenName }")),
        () => ({ id: records().ids.ProtectiveOrder }),
        (data) => idsOf(at(data, "node", "protectedPeople")),
        () => sorted(records().ids.Victim, sharedVictimId),
      ),
    ],
    [`Perpetrator.victimLinks of ${label}`, surface(PERPETRATOR_LINKS, perpetrator, (data) => idsOf(at(data, "node", "victimLinks")), () => linkIdsOf(label))],
    [
      `Perpetrator.protectiveOrders of ${label}`,
      surface(nodeQuery("PerpetratorOrders", onNode("Perpetrator", "protectiveOrders { id reference }")), perpetrator, (data) => idsOf(at(data, "node", "protectiveOrders")), () => [
        records().ids.ProtectiveOrder,
      ]),
    ],
    [
      `Perpetrator.hasActiveSafetyConcerns of ${label}`,
      surface(nodeQuery("PerpetratorConcerns", onNode("Perpetrator", "hasActiveSafetyConcerns")), perpetrator, (data) => at(data, "node", "hasActiveSafetyConcerns"), () => true),
    ],
  ];
}

const linkIdsOf = (label: Side) => sorted(side[label].ids.VictimLink, side[label].sharedLinkId);
const sharedVictim = () => ({ id: sharedVictimId });
const group = () => ({ id: groupId });

const SURFACES: Record<string, Surface> = {
  "victims(first: 5)": surface(
    `query VictimAccessSearch { victims(first: 5) { edges { node { id givenName familyName } } totalCount } }`,
    none,
    (data) => edgeIds(at(data, "victims")),
    () => sorted(side.P1.ids.Victim, side.P2.ids.Victim, sharedVictimId),
  ),
  "safetyAlerts(first: 5)": surface(
    `query VictimAccessAlerts { safetyAlerts(first: 5) { edges { node { id kind summary victim { id } } } totalCount } }`,
    none,
    (data) => edgeIds(at(data, "safetyAlerts")),
    () => sorted(side.P1.ids.SafetyAlert, side.P1.sharedAlertId, side.P2.ids.SafetyAlert, side.P2.sharedAlertId),
  ),
  victimSafetyStatistics: surface(
    `query VictimAccessStatistics { victimSafetyStatistics { asOf suppressed linksByRisk { key count } victimsWithCurrentIdva } }`,
    none,
    (data) => at(data, "victimSafetyStatistics", "asOf"),
    () => "2026-06-01",
  ),
  "auditEvents(first: 5)": surface(
    `query VictimAccessAudit { auditEvents(first: 5) { edges { node { id action entityType entityId purpose actor { sub } } } totalCount } }`,
    none,
    (data) => at(data, "auditEvents", "edges", "length"),
    () => 5,
  ),
  ...Object.fromEntries([...caseSurfaces("P1"), ...caseSurfaces("P2")]),
  "Victim.links of the shared victim": surface(
    VICTIM_LINKS,
    sharedVictim,
    (data) => idsOf(at(data, "node", "links")),
    () => sorted(side.P1.sharedLinkId, side.P2.sharedLinkId),
    (reach) => [side[reach].sharedLinkId],
  ),
  "Victim.protectiveOrders of the shared victim": surface(
    VICTIM_ORDERS,
    sharedVictim,
    (data) => idsOf(at(data, "node", "protectiveOrders")),
    () => sorted(side.P1.ids.ProtectiveOrder, side.P2.ids.ProtectiveOrder),
    (reach) => [side[reach].ids.ProtectiveOrder],
  ),
  "group participant's hasActiveSafetyConcerns of P1": surface(participants("hasActiveSafetyConcerns"), group, (data) => at(participant(data), "hasActiveSafetyConcerns"), () => true),
  "group participant's victimLinks of P1": surface(
    participants("victimLinks { id victim { id familyName } }"),
    group,
    (data) => idsOf(at(participant(data), "victimLinks")),
    () => linkIdsOf("P1"),
  ),
  "group participant's protectiveOrders of P1": surface(participants("protectiveOrders { id reference }"), group, (data) => idsOf(at(participant(data), "protectiveOrders")), () => [
    side.P1.ids.ProtectiveOrder,
  ]),
};

/** The secrets found in an answer, by what they are. */
function leaksIn(body: unknown, hidden: Secret[]): string[] {
  const text = JSON.stringify(body);
  return hidden.filter((secret) => text.includes(secret.value)).map((secret) => secret.what);
}

// --- the matrix ---------------------------------------------------------------------------------

const CASES = MATRIX.flatMap(([surface, ...expected]) => ROLES.map((reader, index) => ({ reader, surface, expected: expected[index]! })));
const TITLED = CASES.map((entry) => [`${entry.reader} on ${entry.surface} → ${entry.expected}`, entry] as const);

describe("victim-safety authorisation matrix", () => {
  it("has one expectation for every reader on every surface", () => {
    expect(MATRIX.every((row) => row.length === ROLES.length + 1)).toBe(true);
    expect(Object.keys(SURFACES).sort()).toEqual(MATRIX.map(([surface]) => surface).sort());
  });

  it("the leak search finds a victim's strings in an answer that shows them", async () => {
    const probe = nodeQuery("LeakProbe", onNode("Victim", "givenName familyName dateOfBirth contactSafety { notes safeContactTimes }"));
    const answer = await server.query(probe, { id: side.P1.ids.Victim }, tokens.SAFEGUARDING!, withPurpose);
    expect(leaksIn(answer, secrets).sort()).toEqual(["P1 Victim id", ...personSecrets("P1", PEOPLE.P1).map((secret) => secret.what)].sort());
  });

  it.each(TITLED)("%s", async (_title, { reader, surface: name, expected }) => {
    const surface = SURFACES[name]!;
    const variables = surface.variables();
    const response = await server.request(surface.query, variables, tokens[reader], withPurpose);
    const codes = (response.errors ?? []).map((error) => error.extensions?.code);
    const shown = surface.pick(response.data);

    // Strings the answer may not carry: any victim data when refused, else what this reader may not see.
    // The ids the caller sent are theirs already.
    const sent = new Set(Object.values(variables).flatMap((id) => [id, rawId(id)]));
    const refused = expected === "F" || expected === "U";
    const hidden = secrets.filter((secret) => !sent.has(secret.value) && (refused || !mayShow(reader, secret)));
    const leaked = leaksIn(response.body, hidden);
    if (refused && shown !== undefined && shown !== null) leaked.push(`answered ${JSON.stringify(shown)}`);
    tally.leakChecks++;
    tally.stringsSearched += hidden.length;
    tally.leaks.push(...leaked.map((leak) => `${reader} on ${name}: ${leak}`));
    expect(leaked).toEqual([]);

    if (expected === "D") {
      expect(response.errors).toBeUndefined();
      expect(shown).toEqual(surface.full());
    } else if (expected === "H") {
      expect(response.errors).toBeUndefined();
      expect(shown).toEqual(surface.ownPart!(REACH[reader]!));
    } else if (expected === "F") {
      expect(codes.length).toBeGreaterThan(0);
      expect(codes.every((code) => code === "FORBIDDEN")).toBe(true);
      expect(shown ?? null).toBeNull();
    } else {
      expect(response.status).toBe(401);
      expect(codes).toEqual(["UNAUTHENTICATED"]);
      expect(response.data ?? null).toBeNull();
    }
  });
});
