import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ReferToProgrammeDocument, SafetyAlertsDocument } from "../client/generated/graphql.js";
import { createFixtures } from "./support/fixtures.js";
import { createIomFixtures } from "./support/iom-fixtures.js";
import { startTestServer, type TestServer } from "./support/server.js";
import { ROLES, otherProbationToken, readerTokens, referrerOnlyToken, supportWorkerToken, type Reader } from "./support/victim-access-scenario.js";
import { createVictimFixtures, withPurpose, type VictimFixtures } from "./support/victim-fixtures.js";

/**
 * Who may read which victim-safety data, as one table: every reader against every entry point and
 * field, for the victims of P1 (allocated to prob-1 of the Probation Service, referred as well by a
 * colleague who holds no allocation, managed in the IOM cohort by om-own, in fac-1's group, its victim
 * supported by idva-p1 and formerly by isw-ended-p1) and of P2 (referred by and allocated to prob-2 of
 * another trust, its victim supported by idva-p2), and a victim linked to both whom nobody supports.
 * Every response is searched for strings its reader may not see; the count of leaks must end at zero.
 *
 * The rules the table documents: police safeguarding and police read every victim; a probation
 * practitioner the victims of the people whose case is allocated to them now (not their
 * organisation's, not those they referred); an IOM officer those of the people they manage now; a
 * support worker the victims allocated to them now, with how to reach them safely, their links,
 * assessments, incidents, MARAC referrals, support, the orders protecting them and the alerts
 * addressed to them (of a linked perpetrator, only the name). A row the caller may not see is null,
 * dropped or NOT_FOUND, as if it did not exist; only roles with no relationship to victims at all are
 * told FORBIDDEN.
 */

type Side = "P1" | "P2";
/**
 * D: the whole record. H: only the reader's part of it. U: UNAUTHENTICATED.
 * F: nothing shown (null, absent or an empty list) and no error but FORBIDDEN or NOT_FOUND, if any.
 */
type Expected = "D" | "F" | "H" | "U";

/** What a scoped reader reaches: the victims of a case they hold, or the victim they support. */
type Scope = { via: "case"; side: Side } | { via: "support"; side: Side; sub: string };
const SCOPES: Partial<Record<Reader, Scope>> = {
  PROBATION_OWN: { via: "case", side: "P1" },
  PROBATION_OTHER: { via: "case", side: "P2" },
  IOM_OWN: { via: "case", side: "P1" },
  SW_OWN: { via: "support", side: "P1", sub: "idva-p1" },
};
const ENDED_WORKER = "isw-ended-p1";

// prettier-ignore
const MATRIX: [string, ...Expected[]][] = [
  //                                                    SG   POL  PR1  PR2  PRR  OM1  OM2  SUP  FAC  SW1  SWX  ANL  AUD  ADM  none
  // The search: each reader their own victims; nobody's is an empty page, not a refusal.
  ["victims(first: 10)",                                "D", "D", "H", "H", "F", "H", "F", "F", "F", "H", "F", "F", "F", "F", "U"],
  // Alerts: the police queue, and each support worker's own.
  ["safetyAlerts(first: 10)",                           "D", "D", "F", "F", "F", "F", "F", "F", "F", "H", "F", "F", "F", "F", "U"],
  ["victimSafetyStatistics",                            "D", "D", "F", "F", "F", "F", "F", "F", "F", "F", "F", "D", "F", "D", "U"],
  ["auditEvents(first: 5)",                             "F", "F", "F", "F", "F", "F", "F", "F", "F", "F", "F", "F", "D", "F", "U"],
  ["node: Victim of P1",                                "D", "D", "D", "F", "F", "D", "F", "F", "F", "D", "F", "F", "F", "F", "U"],
  ["node: Victim of P2",                                "D", "D", "F", "D", "F", "F", "F", "F", "F", "F", "F", "F", "F", "F", "U"],
  ["node: VictimLink of P1",                            "D", "D", "D", "F", "F", "D", "F", "F", "F", "D", "F", "F", "F", "F", "U"],
  ["node: VictimLink of P2",                            "D", "D", "F", "D", "F", "F", "F", "F", "F", "F", "F", "F", "F", "F", "U"],
  ["node: RiskAssessment of P1",                        "D", "D", "D", "F", "F", "D", "F", "F", "F", "D", "F", "F", "F", "F", "U"],
  ["node: RiskAssessment of P2",                        "D", "D", "F", "D", "F", "F", "F", "F", "F", "F", "F", "F", "F", "F", "U"],
  ["node: SafetyIncident of P1",                        "D", "D", "D", "F", "F", "D", "F", "F", "F", "D", "F", "F", "F", "F", "U"],
  ["node: SafetyIncident of P2",                        "D", "D", "F", "D", "F", "F", "F", "F", "F", "F", "F", "F", "F", "F", "U"],
  ["node: MaracReferral of P1",                         "D", "D", "D", "F", "F", "D", "F", "F", "F", "D", "F", "F", "F", "F", "U"],
  ["node: MaracReferral of P2",                         "D", "D", "F", "D", "F", "F", "F", "F", "F", "F", "F", "F", "F", "F", "U"],
  ["node: SupportAllocation of P1",                     "D", "D", "D", "F", "F", "D", "F", "F", "F", "D", "F", "F", "F", "F", "U"],
  ["node: SupportAllocation of P2",                     "D", "D", "F", "D", "F", "F", "F", "F", "F", "F", "F", "F", "F", "F", "U"],
  ["node: ProtectiveOrder of P1",                       "D", "D", "D", "F", "F", "D", "F", "F", "F", "D", "F", "F", "F", "F", "U"],
  ["node: ProtectiveOrder of P2",                       "D", "D", "F", "D", "F", "F", "F", "F", "F", "F", "F", "F", "F", "F", "U"],
  // An alert is its recipient's (and the police's): not the case holders', not another worker's.
  ["node: SafetyAlert of P1",                           "D", "D", "F", "F", "F", "F", "F", "F", "F", "D", "F", "F", "F", "F", "U"],
  ["node: SafetyAlert of P2",                           "D", "D", "F", "F", "F", "F", "F", "F", "F", "F", "F", "F", "F", "F", "U"],
  // Addressed to the ended worker while they supported the victim: theirs no longer.
  ["node: SafetyAlert of P1 to the ended worker",       "D", "D", "F", "F", "F", "F", "F", "F", "F", "F", "F", "F", "F", "F", "U"],
  ["Victim.contactSafety of P1",                        "D", "D", "F", "F", "F", "F", "F", "F", "F", "D", "F", "F", "F", "F", "U"],
  ["Victim.contactSafety of P2",                        "D", "D", "F", "F", "F", "F", "F", "F", "F", "F", "F", "F", "F", "F", "U"],
  ["Victim.links of P1",                                "D", "D", "D", "F", "F", "D", "F", "F", "F", "D", "F", "F", "F", "F", "U"],
  ["Victim.links of P2",                                "D", "D", "F", "D", "F", "F", "F", "F", "F", "F", "F", "F", "F", "F", "U"],
  ["Victim.links of the shared victim",                 "D", "D", "H", "H", "F", "H", "F", "F", "F", "F", "F", "F", "F", "F", "U"],
  ["Victim.supportWorkers(includeEnded) of P1",         "D", "D", "D", "F", "F", "D", "F", "F", "F", "D", "F", "F", "F", "F", "U"],
  ["Victim.supportWorkers(includeEnded) of P2",         "D", "D", "F", "D", "F", "F", "F", "F", "F", "F", "F", "F", "F", "F", "U"],
  ["Victim.protectiveOrders of P1",                     "D", "D", "D", "F", "F", "D", "F", "F", "F", "D", "F", "F", "F", "F", "U"],
  ["Victim.protectiveOrders of P2",                     "D", "D", "F", "D", "F", "F", "F", "F", "F", "F", "F", "F", "F", "F", "U"],
  ["Victim.protectiveOrders of the shared victim",      "D", "D", "H", "H", "F", "H", "F", "F", "F", "F", "F", "F", "F", "F", "U"],
  // P1's order protects the shared victim too: the support worker sees the order, not that victim.
  ["ProtectiveOrder.protectedPeople of P1",             "D", "D", "D", "F", "F", "D", "F", "F", "F", "H", "F", "F", "F", "F", "U"],
  ["ProtectiveOrder.protectedPeople of P2",             "D", "D", "F", "D", "F", "F", "F", "F", "F", "F", "F", "F", "F", "F", "U"],
  ["Perpetrator.victimLinks of P1",                     "D", "D", "D", "F", "F", "D", "F", "F", "F", "H", "F", "F", "F", "F", "U"],
  ["Perpetrator.victimLinks of P2",                     "D", "D", "F", "D", "F", "F", "F", "F", "F", "F", "F", "F", "F", "F", "U"],
  ["Perpetrator.protectiveOrders of P1",                "D", "D", "D", "F", "F", "D", "F", "F", "F", "D", "F", "F", "F", "F", "U"],
  ["Perpetrator.protectiveOrders of P2",                "D", "D", "F", "D", "F", "F", "F", "F", "F", "F", "F", "F", "F", "F", "U"],
  // The yes-or-no flag: for whoever reads the person's victim-safety data, and their group's facilitators.
  ["Perpetrator.hasActiveSafetyConcerns of P1",         "D", "D", "D", "F", "F", "D", "F", "F", "D", "D", "F", "F", "F", "F", "U"],
  ["Perpetrator.hasActiveSafetyConcerns of P2",         "D", "D", "F", "D", "F", "F", "F", "F", "F", "F", "F", "F", "F", "F", "U"],
  // Through node(group) → participants → perpetrator: how a facilitator meets P1; a support worker sees no group.
  ["group participant's hasActiveSafetyConcerns of P1", "D", "D", "D", "F", "F", "D", "F", "F", "D", "F", "F", "F", "F", "F", "U"],
  ["group participant's victimLinks of P1",             "D", "D", "D", "F", "F", "D", "F", "F", "F", "F", "F", "F", "F", "F", "U"],
  ["group participant's protectiveOrders of P1",        "D", "D", "D", "F", "F", "D", "F", "F", "F", "F", "F", "F", "F", "F", "U"],
  // Of the perpetrator linked to their victim, a support worker sees the name and nothing of the case.
  ["VictimLink.perpetrator's name of P1",               "D", "D", "D", "F", "F", "D", "F", "F", "F", "D", "F", "F", "F", "F", "U"],
  ["VictimLink.perpetrator's crn of P1",                "D", "D", "D", "F", "F", "D", "F", "F", "F", "F", "F", "F", "F", "F", "U"],
  ["VictimLink.perpetrator's referrals of P1",          "D", "D", "D", "F", "F", "D", "F", "F", "F", "F", "F", "F", "F", "F", "U"],
  // The IOM cohort is not police safeguarding's: it reads the link, and is refused the membership.
  ["VictimLink.perpetrator's iomMembership of P1",      "F", "D", "D", "F", "F", "D", "F", "F", "F", "F", "F", "F", "F", "F", "U"],
];

const TYPES = ["Victim", "VictimLink", "RiskAssessment", "SafetyIncident", "MaracReferral", "SupportAllocation", "ProtectiveOrder", "SafetyAlert"] as const;
type RecordType = (typeof TYPES)[number];
interface PersonStrings { givenName: string; familyName: string; dateOfBirth: string; notes: string; safeContactTimes: string }
/** An allocation that ended, and the alert it brought its worker before it did. */
interface EndedSupport { allocationId: string; workerName: string; alertId: string }
/**
 * One perpetrator's victim-safety records: `ids.SafetyAlert` is the alert to the victim's current
 * worker; the shared link and alert are those of the victim linked to both (an alert in the police queue).
 */
interface CaseRecords {
  perpetratorId: string;
  crn: string | null;
  referralIds: string[];
  ids: Record<RecordType, string>;
  sharedLinkId: string;
  sharedAlertId: string;
  workerName: string;
  orderReference: string;
  ended: EndedSupport | null;
}
/**
 * A string from the victims' records. `about`: the side's own victim, or the shared one (the side's
 * link to them and its alert about them). `recipient`: whom an alert is addressed to.
 */
interface Secret { value: string; what: string; side: Side | "shared"; about: "own" | "shared"; kind: "id" | "personal" | "contact" | "alert"; recipient?: string | null }

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
let p1MembershipId: string;
let secrets: Secret[];
const tally = { leakChecks: 0, stringsSearched: 0, leaks: [] as string[] };

const rawId = (globalId: string) => Buffer.from(globalId, "base64url").toString("utf8").split(":")[1]!;

async function recordPerson(vx: VictimFixtures, { notes, safeContactTimes, ...person }: PersonStrings) {
  return (await vx.victim({ ...person, contactSafety: { safeContactMethod: "TEXT", safeContactTimes, addressKnownToPerpetrator: false, notes } })).id;
}

async function recordCase(
  vx: VictimFixtures,
  label: Side,
  person: { id: string; crn: string | null },
  referralIds: string[],
  endedWorker?: string,
): Promise<CaseRecords> {
  const victimId = await recordPerson(vx, PEOPLE[label]);
  const link = await vx.link(victimId, person.id);
  const sharedLink = await vx.link(sharedVictimId, person.id, "EX_PARTNER");
  const assessment = await vx.assess(link.id, 15);
  const incident = await vx.incident(link.id, "2026-05-02");
  const marac = await vx.marac(link.id);
  const worker = `idva-${label.toLowerCase()}`;
  const allocation = await vx.supportWorker(victimId, worker);
  const formerAllocation = endedWorker ? await vx.supportWorker(victimId, endedWorker, { kind: "INTEGRATED_SUPPORT_SERVICE" }) : null;
  const orderReference = `NMO-${label}-4471`;
  // Ends within 7 days, so recording it alerts each protected victim's workers (the shared victim has none: the police queue).
  const order = await vx.order(person.id, [victimId, sharedVictimId], { reference: orderReference, startsOn: "2026-03-01", endsOn: "2026-06-05" });
  const alertFor = async (id: string, recipient: string | null) => {
    const alerts = await server.query(SafetyAlertsDocument, { first: 10, filter: { victimId: id } }, vx.safeguarding, withPurpose);
    return alerts.safetyAlerts.edges.find((edge) => edge.node.order?.id === order.id && edge.node.recipientSub === recipient)!.node.id;
  };
  let ended: EndedSupport | null = null;
  if (formerAllocation && endedWorker) {
    // The alert reached them while they supported the victim; the allocation then ends.
    ended = { allocationId: formerAllocation.id, workerName: formerAllocation.workerName, alertId: await alertFor(victimId, endedWorker) };
    await vx.endSupport(formerAllocation.id);
  }
  const ids = { Victim: victimId, VictimLink: link.id, RiskAssessment: assessment.id, SafetyIncident: incident.id, MaracReferral: marac.id };
  return {
    perpetratorId: person.id,
    crn: person.crn,
    referralIds,
    ids: { ...ids, SupportAllocation: allocation.id, ProtectiveOrder: order.id, SafetyAlert: await alertFor(victimId, worker) },
    sharedLinkId: sharedLink.id,
    sharedAlertId: await alertFor(sharedVictimId, null),
    workerName: allocation.workerName,
    orderReference,
    ended,
  };
}

type SecretTags = Pick<Secret, "side" | "about" | "kind" | "recipient">;
const idSecrets = (what: string, id: string, tags: SecretTags): Secret[] => [
  { value: id, what: `${tags.side} ${what} id`, ...tags },
  { value: rawId(id), what: `${tags.side} ${what} database id`, ...tags },
];

function caseSecrets(label: Side, records: CaseRecords): Secret[] {
  const own = { side: label, about: "own" } as const;
  const ended = records.ended;
  return [
    ...TYPES.filter((type) => type !== "SafetyAlert").flatMap((type) => idSecrets(type, records.ids[type], { ...own, kind: "id" })),
    ...idSecrets("SafetyAlert", records.ids.SafetyAlert, { ...own, kind: "alert", recipient: `idva-${label.toLowerCase()}` }),
    ...idSecrets("shared VictimLink", records.sharedLinkId, { side: label, about: "shared", kind: "id" }),
    ...idSecrets("shared SafetyAlert", records.sharedAlertId, { side: label, about: "shared", kind: "alert", recipient: null }),
    ...personSecrets(label, PEOPLE[label]),
    { value: records.workerName, what: `${label} support worker`, ...own, kind: "personal" },
    { value: records.orderReference, what: `${label} order reference`, ...own, kind: "personal" },
    ...(ended
      ? [
          ...idSecrets("ended SupportAllocation", ended.allocationId, { ...own, kind: "id" }),
          { value: ended.workerName, what: `${label} ended support worker`, ...own, kind: "personal" as const },
          ...idSecrets("ended worker's SafetyAlert", ended.alertId, { ...own, kind: "alert", recipient: ENDED_WORKER }),
        ]
      : []),
  ];
}

function personSecrets(label: Side | "shared", person: PersonStrings): Secret[] {
  const about = label === "shared" ? "shared" : "own";
  const personal = (["givenName", "familyName", "dateOfBirth"] as const).map((field): Secret => ({ value: person[field], what: `${label} victim ${field}`, side: label, about, kind: "personal" }));
  const contact = (["notes", "safeContactTimes"] as const).map((field): Secret => ({ value: person[field], what: `${label} victim contact ${field}`, side: label, about, kind: "contact" }));
  return [...personal, ...contact];
}

/**
 * What a reader may be shown when answered: police everything; an auditor the log's ids; a case
 * holder the ids and personal details of their case's records and of the shared victim (never
 * contact details or alerts); a support worker everything of their own victim, and of alerts only
 * those addressed to them.
 */
function mayShow(reader: Reader, secret: Secret): boolean {
  if (reader === "SAFEGUARDING" || reader === "POLICE") return true;
  if (reader === "AUDITOR") return secret.kind === "id" || secret.kind === "alert";
  const scope = SCOPES[reader];
  if (!scope) return false;
  if (scope.via === "case") return (secret.kind === "id" || secret.kind === "personal") && (secret.side === scope.side || secret.side === "shared");
  return secret.side === scope.side && secret.about === "own" && (secret.kind !== "alert" || secret.recipient === scope.sub);
}

beforeAll(async () => {
  server = await startTestServer();
  const fx = await createFixtures(server);
  const iom = await createIomFixtures(server, fx);
  const vx = await createVictimFixtures(server, fx);
  const omOwn = await iom.offenderManager("om-own");
  const omOther = await iom.offenderManager("om-other");
  const otherProbation = await otherProbationToken(server);
  const referrerOnly = await referrerOnlyToken(server);

  const group = await fx.group("CHOICES", ["fac-1"]);
  groupId = group.id;
  const { person: p1, referral: p1Referral } = await fx.participant("CHOICES", group.id);
  await fx.allocateCase(p1.id);
  p1MembershipId = (await iom.member(omOwn.staff.id, { perpetratorId: p1.id })).membership.id;
  // A colleague of prob-1's organisation refers P1 too, and holds no allocation.
  const alsoReferred = await server.query(ReferToProgrammeDocument, { input: { perpetratorId: p1.id, programme: "CARING_DADS", source: "CHILDRENS_SERVICES" } }, referrerOnly);
  expect(alsoReferred.referToProgramme.userErrors).toEqual([]);

  const p2 = await fx.person();
  const referred = await server.query(ReferToProgrammeDocument, { input: { perpetratorId: p2.id, programme: "CHOICES", source: "CHILDRENS_SERVICES" } }, otherProbation);
  expect(referred.referToProgramme.userErrors).toEqual([]);
  await fx.allocateCase(p2.id, "prob-2", "Another Probation Trust");

  sharedVictimId = await recordPerson(vx, PEOPLE.shared);
  side = {
    P1: await recordCase(vx, "P1", p1, [p1Referral.id, alsoReferred.referToProgramme.referral!.id], ENDED_WORKER),
    P2: await recordCase(vx, "P2", p2, [referred.referToProgramme.referral!.id]),
  };
  const sharedTags = { side: "shared", about: "shared", kind: "id" } as const;
  secrets = [...caseSecrets("P1", side.P1), ...caseSecrets("P2", side.P2), ...idSecrets("Victim", sharedVictimId, sharedTags), ...personSecrets("shared", PEOPLE.shared)];

  tokens = await readerTokens(server, fx, iom, vx, {
    PROBATION_OTHER: otherProbation,
    PROBATION_REFERRER_ONLY: referrerOnly,
    IOM_OWN: omOwn.token,
    IOM_OTHER: omOther.token,
    SW_OWN: await supportWorkerToken(server, "idva-p1"),
    SW_ENDED: await supportWorkerToken(server, ENDED_WORKER),
  });
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
/** Nothing shown: what "not yours" and "not there" both look like. */
const showsNothing = (shown: unknown) => shown === null || shown === undefined || (Array.isArray(shown) && shown.length === 0);

interface Surface {
  query: string;
  variables(): Record<string, string>;
  /** The part of the answer the surface is about: undefined, null or empty when nothing is shown. */
  pick(data: unknown): unknown;
  /** What a reader who may see it all gets. */
  full(): unknown;
  /** What a scoped reader gets when only part of it is theirs. */
  ownPart?(scope: Scope): unknown;
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
const linkPerpetrator = (name: string, fields: string) => nodeQuery(`LinkPerpetrator${name}`, onNode("VictimLink", `perpetrator { id ${fields} }`));
const none = () => ({});

function nodeSurface(id: () => string, type: RecordType, shown: () => object = () => ({})): Surface {
  return surface(NODE, () => ({ id: id() }), (data) => at(data, "node"), () => expect.objectContaining({ id: id(), __typename: type, ...shown() }));
}

function caseSurfaces(label: Side): [string, Surface][] {
  const records = () => side[label];
  const victim = () => ({ id: records().ids.Victim });
  const perpetrator = () => ({ id: records().perpetratorId });
  const shown: Partial<Record<RecordType, () => object>> = {
    Victim: () => ({ givenName: PEOPLE[label].givenName, dateOfBirth: PEOPLE[label].dateOfBirth }),
    SupportAllocation: () => ({ workerName: records().workerName }),
    ProtectiveOrder: () => ({ reference: records().orderReference }),
  };
  return [
    ...TYPES.map((type): [string, Surface] => [`node: ${type} of ${label}`, nodeSurface(() => records().ids[type], type, shown[type])]),
    [
      `Victim.contactSafety of ${label}`,
      surface(nodeQuery("ContactSafety", onNode("Victim", "contactSafety { notes safeContactTimes }")), victim, (data) => at(data, "node", "contactSafety"), () => {
        const { notes, safeContactTimes } = PEOPLE[label];
        return { notes, safeContactTimes };
      }),
    ],
    [`Victim.links of ${label}`, surface(VICTIM_LINKS, victim, (data) => idsOf(at(data, "node", "links")), () => [records().ids.VictimLink])],
    [
      `Victim.supportWorkers(includeEnded) of ${label}`,
      surface(
        nodeQuery("SupportWorkers", onNode("Victim", "supportWorkers(includeEnded: true) { id workerName current }")),
        victim,
        (data) => idsOf(at(data, "node", "supportWorkers")),
        () => sorted(records().ids.SupportAllocation, ...(records().ended ? [records().ended!.allocationId] : [])),
      ),
    ],
    [`Victim.protectiveOrders of ${label}`, surface(VICTIM_ORDERS, victim, (data) => idsOf(at(data, "node", "protectiveOrders")), () => [records().ids.ProtectiveOrder])],
    [
      `ProtectiveOrder.protectedPeople of ${label}`,
      surface(
        nodeQuery("ProtectedPeople", onNode("ProtectiveOrder", "protectedPeople { id givenName }")),
        () => ({ id: records().ids.ProtectiveOrder }),
        (data) => idsOf(at(data, "node", "protectedPeople")),
        () => sorted(records().ids.Victim, sharedVictimId),
        () => [records().ids.Victim],
      ),
    ],
    [
      `Perpetrator.victimLinks of ${label}`,
      surface(PERPETRATOR_LINKS, perpetrator, (data) => idsOf(at(data, "node", "victimLinks")), () => linkIdsOf(label), () => [records().ids.VictimLink]),
    ],
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
const p1Link = () => ({ id: side.P1.ids.VictimLink });
/** The alerts a support worker reads: those addressed to them about the victims they support now. */
const alertsOf = (scope: Scope) => (scope.via === "support" ? [side[scope.side].ids.SafetyAlert] : []);

const SURFACES: Record<string, Surface> = {
  "victims(first: 10)": surface(
    `query VictimAccessSearch { victims(first: 10) { edges { node { id givenName familyName } } totalCount } }`,
    none,
    (data) => edgeIds(at(data, "victims")),
    () => sorted(side.P1.ids.Victim, side.P2.ids.Victim, sharedVictimId),
    (scope) => (scope.via === "case" ? sorted(side[scope.side].ids.Victim, sharedVictimId) : [side[scope.side].ids.Victim]),
  ),
  "safetyAlerts(first: 10)": surface(
    `query VictimAccessAlerts { safetyAlerts(first: 10) { edges { node { id kind summary victim { id } } } totalCount } }`,
    none,
    (data) => edgeIds(at(data, "safetyAlerts")),
    () => sorted(side.P1.ids.SafetyAlert, side.P1.ended!.alertId, side.P1.sharedAlertId, side.P2.ids.SafetyAlert, side.P2.sharedAlertId),
    alertsOf,
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
  "node: SafetyAlert of P1 to the ended worker": nodeSurface(() => side.P1.ended!.alertId, "SafetyAlert"),
  "Victim.links of the shared victim": surface(
    VICTIM_LINKS,
    sharedVictim,
    (data) => idsOf(at(data, "node", "links")),
    () => sorted(side.P1.sharedLinkId, side.P2.sharedLinkId),
    (scope) => [side[scope.side].sharedLinkId],
  ),
  "Victim.protectiveOrders of the shared victim": surface(
    VICTIM_ORDERS,
    sharedVictim,
    (data) => idsOf(at(data, "node", "protectiveOrders")),
    () => sorted(side.P1.ids.ProtectiveOrder, side.P2.ids.ProtectiveOrder),
    (scope) => [side[scope.side].ids.ProtectiveOrder],
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
  "VictimLink.perpetrator's name of P1": surface(
    linkPerpetrator("Name", "givenName familyName"),
    p1Link,
    (data) => at(data, "node", "perpetrator"),
    () => expect.objectContaining({ id: side.P1.perpetratorId, givenName: "Test", familyName: expect.stringMatching(/^Person\d+$/) }),
  ),
  "VictimLink.perpetrator's crn of P1": surface(linkPerpetrator("Crn", "crn"), p1Link, (data) => at(data, "node", "perpetrator", "crn"), () => side.P1.crn),
  "VictimLink.perpetrator's referrals of P1": surface(
    linkPerpetrator("Referrals", "referrals(first: 10) { edges { node { id } } }"),
    p1Link,
    (data) => edgeIds(at(data, "node", "perpetrator", "referrals")),
    () => sorted(...side.P1.referralIds),
  ),
  "VictimLink.perpetrator's iomMembership of P1": surface(
    linkPerpetrator("Iom", "iomMembership { id }"),
    p1Link,
    (data) => at(data, "node", "perpetrator", "iomMembership", "id"),
    () => p1MembershipId,
  ),
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
  it("has one expectation for every reader on every surface, and a scope for every reader shown part of one", () => {
    expect(MATRIX.every((row) => row.length === ROLES.length + 1)).toBe(true);
    expect(Object.keys(SURFACES).sort()).toEqual(MATRIX.map(([surface]) => surface).sort());
    const partial = CASES.filter((entry) => entry.expected === "H");
    expect(partial.filter((entry) => !SCOPES[entry.reader] || !SURFACES[entry.surface]!.ownPart)).toEqual([]);
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

    // Strings the answer may not carry: any victim data when nothing is to be shown, else what this
    // reader may not see. The ids the caller sent are theirs already.
    const sent = new Set(Object.values(variables).flatMap((id) => [id, rawId(id)]));
    const refused = expected === "F" || expected === "U";
    const hidden = secrets.filter((secret) => !sent.has(secret.value) && (refused || !mayShow(reader, secret)));
    const leaked = leaksIn(response.body, hidden);
    if (refused && !showsNothing(shown)) leaked.push(`answered ${JSON.stringify(shown)}`);
    tally.leakChecks++;
    tally.stringsSearched += hidden.length;
    tally.leaks.push(...leaked.map((leak) => `${reader} on ${name}: ${leak}`));
    expect(leaked).toEqual([]);

    if (expected === "D") {
      expect(response.errors).toBeUndefined();
      expect(shown).toEqual(surface.full());
    } else if (expected === "H") {
      expect(response.errors).toBeUndefined();
      expect(shown).toEqual(surface.ownPart!(SCOPES[reader]!));
    } else if (expected === "F") {
      // "Not yours" reads as "not there": nothing, or a refusal that confirms nothing exists.
      expect(codes.filter((code) => code !== "FORBIDDEN" && code !== "NOT_FOUND")).toEqual([]);
      expect(showsNothing(shown)).toBe(true);
    } else {
      expect(response.status).toBe(401);
      expect(codes).toEqual(["UNAUTHENTICATED"]);
      expect(response.data ?? null).toBeNull();
    }
  });
});
