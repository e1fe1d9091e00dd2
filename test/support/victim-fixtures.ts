import {
  AllocateSupportWorkerDocument,
  EndSupportAllocationDocument,
  LinkVictimToPerpetratorDocument,
  RecordProtectiveOrderDocument,
  RecordRiskAssessmentDocument,
  RecordSafetyIncidentDocument,
  RecordVictimDocument,
  ReferToMaracDocument,
  type AllocateSupportWorkerInput,
  type DashAnswer,
  type RecordProtectiveOrderInput,
  type RecordRiskAssessmentInput,
  type RecordVictimInput,
  type ReferToMaracInput,
  type VictimRelationship,
} from "../../client/generated/graphql.js";
import { Role } from "../../src/shared/auth/roles.js";
import { createFixtures, type Fixtures } from "./fixtures.js";
import { startTestServer, type TestServer } from "./server.js";

/** The purpose every victim-safety call in the tests states, unless a test is about purpose itself. */
export const PURPOSE = "Safeguarding review for a test case";
export const withPurpose = { purpose: PURPOSE };

/** A DASH checklist with `yes` "yes" answers, the rest "no". */
export const dashAnswers = (yes: number, rest: DashAnswer = "NO"): DashAnswer[] =>
  Array.from({ length: 24 }, (_, index) => (index < yes ? "YES" : rest));

/** Victim-safety data made through the API by a police safeguarding officer, with a stated purpose. */
export async function createVictimFixtures(server: TestServer, fx: Fixtures) {
  const safeguarding = await server.token(Role.SAFEGUARDING, "safeguarding-1", { name: "DS Safeguarding", org: "West Yorkshire Police" });
  let serial = 0;

  const unwrap = <T extends { userErrors: { message: string }[] }>(payload: T, what: string): T => {
    if (payload.userErrors.length) throw new Error(`${what} refused: ${JSON.stringify(payload.userErrors)}`);
    return payload;
  };

  async function victim(overrides: Partial<RecordVictimInput> = {}) {
    serial += 1;
    const input: RecordVictimInput = {
      givenName: "Alex",
      familyName: `Victim${serial}`,
      dateOfBirth: "1990-06-15",
      contactSafety: { safeContactMethod: "TEXT", safeContactTimes: "Weekdays 10:00-14:00", addressKnownToPerpetrator: true, notes: "Text first; never call" },
      ...overrides,
    };
    const data = await server.query(RecordVictimDocument, { input }, safeguarding, withPurpose);
    return unwrap(data.recordVictim, "recordVictim").victim!;
  }

  async function link(victimId: string, perpetratorId: string, relationship: VictimRelationship = "PARTNER", startedOn = "2024-01-01") {
    const data = await server.query(LinkVictimToPerpetratorDocument, { input: { victimId, perpetratorId, relationship, startedOn } }, safeguarding, withPurpose);
    return unwrap(data.linkVictimToPerpetrator, "linkVictimToPerpetrator").link!;
  }

  /** A perpetrator (made by the base fixtures unless given) with one new partner victim. */
  async function linkedPair(perpetratorId?: string) {
    const person = perpetratorId ? { id: perpetratorId } : await fx.person();
    const v = await victim();
    const l = await link(v.id, person.id);
    return { perpetratorId: person.id, victim: v, link: l };
  }

  async function assess(linkId: string, yes: number, extra: Partial<RecordRiskAssessmentInput> = {}) {
    const input: RecordRiskAssessmentInput = { linkId, assessedOn: "2026-05-01", answers: dashAnswers(yes), ...extra };
    const data = await server.query(RecordRiskAssessmentDocument, { input }, safeguarding, withPurpose);
    return unwrap(data.recordRiskAssessment, "recordRiskAssessment").assessment!;
  }

  async function incident(linkId: string, occurredOn: string) {
    const data = await server.query(RecordSafetyIncidentDocument, { input: { linkId, occurredOn } }, safeguarding, withPurpose);
    return unwrap(data.recordSafetyIncident, "recordSafetyIncident").incident!;
  }

  async function marac(linkId: string, extra: Partial<ReferToMaracInput> = {}) {
    const input: ReferToMaracInput = { linkId, referredOn: "2026-05-10", grounds: ["PROFESSIONAL_JUDGEMENT"], judgementReason: "Escalating control after separation", ...extra };
    const data = await server.query(ReferToMaracDocument, { input }, safeguarding, withPurpose);
    return unwrap(data.referToMarac, "referToMarac").maracReferral!;
  }

  async function supportWorker(victimId: string, workerSubject: string | null, extra: Partial<AllocateSupportWorkerInput> = {}) {
    const input: AllocateSupportWorkerInput = {
      victimId,
      kind: "IDVA",
      workerName: `Worker ${workerSubject ?? "without login"}`,
      workerSub: workerSubject,
      organisation: "Leeds Domestic Violence Service",
      startedOn: "2026-01-10",
      ...extra,
    };
    const data = await server.query(AllocateSupportWorkerDocument, { input }, safeguarding, withPurpose);
    return unwrap(data.allocateSupportWorker, "allocateSupportWorker").allocation!;
  }

  /** Ends a support allocation: from `endedOn` the worker no longer supports the victim. */
  async function endSupport(allocationId: string, endedOn = "2026-05-31") {
    const data = await server.query(EndSupportAllocationDocument, { input: { allocationId, endedOn } }, safeguarding, withPurpose);
    return unwrap(data.endSupportAllocation, "endSupportAllocation").allocation!;
  }

  async function order(perpetratorId: string, protectedVictimIds: string[], extra: Partial<RecordProtectiveOrderInput> = {}) {
    const input: RecordProtectiveOrderInput = {
      perpetratorId,
      type: "NON_MOLESTATION_ORDER",
      protectedVictimIds,
      conditions: ["Not to contact the protected person directly or indirectly"],
      startsOn: "2026-04-01",
      endsOn: "2027-04-01",
      issuedBy: "Leeds Family Court",
      ...extra,
    };
    const data = await server.query(RecordProtectiveOrderDocument, { input }, safeguarding, withPurpose);
    return unwrap(data.recordProtectiveOrder, "recordProtectiveOrder").order!;
  }

  return { safeguarding, victim, link, linkedPair, assess, incident, marac, supportWorker, endSupport, order };
}

export type VictimFixtures = Awaited<ReturnType<typeof createVictimFixtures>>;

/** A test server at `now` with the base fixtures and the victim-safety fixtures on it. */
export async function startVictimTestServer(now: string) {
  const server = await startTestServer({ now });
  const fx = await createFixtures(server);
  const vfx = await createVictimFixtures(server, fx);
  return { server, fx, vfx };
}
