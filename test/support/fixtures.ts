import {
  AllocateToGroupDocument,
  CreatePerpetratorDocument,
  CreateProgrammeGroupDocument,
  ReferToProgrammeDocument,
  ScheduleSessionDocument,
  TransitionReferralDocument,
  type CreatePerpetratorInput,
  type ProgrammeCode,
  type ReferToProgrammeInput,
  type ReferralStatus,
} from "../../client/generated/graphql.js";
import { formatPncId } from "../../src/modules/perpetrators/identifiers.rules.js";
import { Role } from "../../src/shared/auth/roles.js";
import type { TestServer } from "./server.js";

/** The route a referral takes to a group place, one validated transition at a time. */
const PATH_TO_ALLOCATION: ReferralStatus[] = ["AWAITING_ASSESSMENT", "ASSESSED_SUITABLE", "AWAITING_ALLOCATION"];

/** Test data made through the API itself, so every fixture passes the same rules a client's data does. */
export async function createFixtures(server: TestServer) {
  const admin = await server.token(Role.ADMIN, "admin-1");
  const probation = await server.token(Role.PROBATION, "prob-1", { name: "Probation Practitioner", org: "Probation Service" });
  let serial = 0;

  const unwrap = <T extends { userErrors: { message: string }[] }>(payload: T, what: string): T => {
    if (payload.userErrors.length) throw new Error(`${what} refused: ${JSON.stringify(payload.userErrors)}`);
    return payload;
  };

  async function person(overrides: Partial<CreatePerpetratorInput> = {}) {
    serial += 1;
    const input: CreatePerpetratorInput = {
      givenName: "Test",
      familyName: `Person${serial}`,
      dateOfBirth: "1985-04-12",
      sex: "MALE",
      crn: `T${String(100000 + serial)}`,
      pncId: formatPncId(2010, 10000 + serial),
      children: [{ dateOfBirth: "2019-02-01" }],
      ...overrides,
    };
    const data = await server.query(CreatePerpetratorDocument, { input }, admin);
    return unwrap(data.createPerpetrator, "createPerpetrator").perpetrator!;
  }

  async function refer(perpetratorId: string, programme: ProgrammeCode, extra: Partial<ReferToProgrammeInput> = {}) {
    const mandated = programme === "BBR";
    const input: ReferToProgrammeInput = {
      perpetratorId,
      programme,
      source: mandated ? "PROBATION" : "CHILDRENS_SERVICES",
      ...(mandated ? { legalBasis: "COMMUNITY_ORDER", riskLevel: "MEDIUM" } : {}),
      ...extra,
    };
    const data = await server.query(ReferToProgrammeDocument, { input }, probation);
    return unwrap(data.referToProgramme, "referToProgramme").referral!;
  }

  async function transition(referralId: string, toStatus: ReferralStatus, expectedVersion: number, extra: { withdrawalReason?: "MOVED_AREA" | "OTHER"; unsuitabilityReason?: "DENIES_ABUSE" | "OTHER"; note?: string } = {}) {
    const data = await server.query(TransitionReferralDocument, { input: { referralId, toStatus, expectedVersion, ...extra } }, probation);
    return unwrap(data.transitionReferral, `transition to ${toStatus}`).referral!;
  }

  async function readyForAllocation(programme: ProgrammeCode, personOverrides: Partial<CreatePerpetratorInput> = {}) {
    const who = await person(personOverrides);
    let referral = await refer(who.id, programme);
    for (const status of PATH_TO_ALLOCATION) referral = await transition(referral.id, status, referral.version);
    return { person: who, referral };
  }

  async function group(programme: ProgrammeCode, facilitatorSubs: string[], startsOn = "2026-03-02") {
    serial += 1;
    const data = await server.query(
      CreateProgrammeGroupDocument,
      { input: { programme, name: `${programme} test group ${serial}`, startsOn, facilitatorSubs, location: "Test Centre" } },
      admin,
    );
    return unwrap(data.createProgrammeGroup, "createProgrammeGroup").group!;
  }

  /** Weekly sessions numbered from 1, the first at `firstStart`. */
  async function sessions(groupId: string, count: number, firstStart: string) {
    const created = [];
    for (let n = 1; n <= count; n++) {
      const scheduledStart = new Date(new Date(firstStart).getTime() + (n - 1) * 7 * 86_400_000).toISOString();
      const data = await server.query(ScheduleSessionDocument, { input: { groupId, sessionNumber: n, scheduledStart } }, admin);
      created.push(unwrap(data.scheduleSession, "scheduleSession").session!);
    }
    return created;
  }

  async function allocate(referralId: string, groupId: string, expectedVersion: number, token = probation) {
    const data = await server.query(AllocateToGroupDocument, { input: { referralId, groupId, expectedVersion } }, token);
    return data.allocateToGroup;
  }

  /** A person allocated to the group, ready to appear on its registers. */
  async function participant(programme: ProgrammeCode, groupId: string, personOverrides: Partial<CreatePerpetratorInput> = {}) {
    const { person: who, referral } = await readyForAllocation(programme, personOverrides);
    const allocated = unwrap(await allocate(referral.id, groupId, referral.version), "allocateToGroup").referral!;
    return { person: who, referral: allocated };
  }

  /**
   * Allocates the person's probation case (ADMIN only): how a practitioner comes to see a person's
   * IOM membership and victim-safety data. Defaults to `probation` (prob-1, "Probation Service").
   */
  async function allocateCase(perpetratorId: string, practitionerSub = "prob-1", organisation = "Probation Service", startedOn?: string) {
    const data = await server.query<{ allocateCase: { caseAllocation: { id: string } | null; userErrors: { message: string }[] } }, unknown>(
      `mutation AllocateCaseFixture($input: AllocateCaseInput!) { allocateCase(input: $input) { caseAllocation { id } userErrors { field message code } } }`,
      { input: { perpetratorId, practitionerSub, organisation, ...(startedOn ? { startedOn } : {}) } },
      admin,
    );
    return unwrap(data.allocateCase, "allocateCase").caseAllocation!;
  }

  return { admin, probation, person, refer, transition, readyForAllocation, group, sessions, allocate, participant, allocateCase };
}

export type Fixtures = Awaited<ReturnType<typeof createFixtures>>;
