import {
  CreateInterventionPlanDocument,
  RegisterIomStaffMemberDocument,
  SelectForIomCohortDocument,
  type PlanActionInput,
  type RegisterIomStaffMemberInput,
  type SelectForIomCohortInput,
} from "../../client/generated/graphql.js";
import { Role } from "../../src/shared/auth/roles.js";
import type { Fixtures } from "./fixtures.js";
import type { TestServer } from "./server.js";

/** IOM test data made through the API: staff, members and plans, each passing the same rules a client's would. */
export async function createIomFixtures(server: TestServer, fx: Fixtures) {
  const supervisor = await server.token(Role.IOM_SUPERVISOR, "iom-sup-1", { name: "IOM Sergeant" });
  let serial = 0;

  const unwrap = <T extends { userErrors: { message: string }[] }>(payload: T, what: string): T => {
    if (payload.userErrors.length) throw new Error(`${what} refused: ${JSON.stringify(payload.userErrors)}`);
    return payload;
  };

  /** A police offender manager signing in as `subject`, with a token for them. */
  async function offenderManager(subject: string, overrides: Partial<RegisterIomStaffMemberInput> = {}) {
    serial += 1;
    const input: RegisterIomStaffMemberInput = {
      kind: "POLICE_OFFENDER_MANAGER",
      name: `PC Test ${serial}`,
      collarNumber: String(5000 + serial),
      force: "West Yorkshire Police",
      team: "Leeds DV IOM North",
      sub: subject,
      ...overrides,
    };
    const data = await server.query(RegisterIomStaffMemberDocument, { input }, supervisor);
    const staff = unwrap(data.registerIomStaffMember, "registerIomStaffMember").staffMember!;
    const token = await server.token(Role.IOM_OFFICER, subject, { name: staff.name });
    return { staff, token };
  }

  async function probationPractitioner(subject: string, team = "Leeds PDU") {
    const input: RegisterIomStaffMemberInput = {
      kind: "PROBATION_PRACTITIONER",
      name: `Probation Practitioner ${subject}`,
      team,
      organisation: "Probation Service",
      sub: subject,
    };
    const data = await server.query(RegisterIomStaffMemberDocument, { input }, supervisor);
    return unwrap(data.registerIomStaffMember, "registerIomStaffMember").staffMember!;
  }

  /** A new adult selected onto the cohort (FLEX, from the safeguarding hub) with `managerId` as offender manager. */
  async function member(managerId: string | null, overrides: Partial<SelectForIomCohortInput> = {}) {
    const person = overrides.perpetratorId ? null : await fx.person();
    const input: SelectForIomCohortInput = {
      perpetratorId: person?.id ?? overrides.perpetratorId!,
      selectionSource: "FRONT_DOOR_SAFEGUARDING_HUB",
      cohortType: "FLEX",
      rfgScore: 72.5,
      startedOn: "2026-03-01",
      offenderManagerId: managerId,
      ...overrides,
    };
    const data = await server.query(SelectForIomCohortDocument, { input }, supervisor);
    return { membership: unwrap(data.selectForIomCohort, "selectForIomCohort").membership!, perpetratorId: input.perpetratorId };
  }

  const action = (overrides: Partial<PlanActionInput> = {}): PlanActionInput => ({
    pathway: "ACCOMMODATION",
    description: "Attend Housing Options appointment",
    ownerAgency: "COUNCIL",
    ownerName: "Leeds Housing Options",
    dueOn: "2026-07-01",
    ...overrides,
  });

  async function plan(membershipId: string, actions: PlanActionInput[] = [action()], reviewDueOn = "2026-08-01", token = supervisor) {
    const data = await server.query(CreateInterventionPlanDocument, { input: { membershipId, summary: "Stabilise housing; engage with Caring Dads", reviewDueOn, actions } }, token);
    return unwrap(data.createInterventionPlan, "createInterventionPlan").plan!;
  }

  return { supervisor, offenderManager, probationPractitioner, member, action, plan, unwrap };
}

export type IomFixtures = Awaited<ReturnType<typeof createIomFixtures>>;
