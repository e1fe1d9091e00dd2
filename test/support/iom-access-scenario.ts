import { Role } from "../../src/shared/auth/roles.js";
import { createFixtures } from "./fixtures.js";
import { createIomFixtures, type IomFixtures } from "./iom-fixtures.js";
import { startTestServer } from "./server.js";

type Plan = Awaited<ReturnType<IomFixtures["plan"]>>;
export type Officer = Awaited<ReturnType<IomFixtures["offenderManager"]>>;
export interface Member {
  membershipId: string;
  perpetratorId: string;
  plan: Plan;
}

/**
 * The people and members the IOM access tests ask about: an offender manager and another IOM officer,
 * a police user, a probation practitioner who owns an action (and one of another organisation), and
 * three members — a probation case (allocated to prob-1 of "Probation Service") placed in a group `fac-iom-acc` runs, one whose action the
 * practitioner owns, and one with no probation link at all.
 */
export async function iomAccessScenario() {
  const server = await startTestServer();
  const fx = await createFixtures(server);
  const iom = await createIomFixtures(server, fx);
  const om = await iom.offenderManager("om-acc-1");
  const otherOfficer = await iom.offenderManager("om-acc-2");
  const police = await server.token(Role.POLICE, "police-acc");
  const probationOwner = await server.token(Role.PROBATION, "prob-owner", { name: "Owner Practitioner", org: "Community Probation Partnership" });
  const probationOwnerStaffId = (await iom.probationPractitioner("prob-owner")).id;
  const probationElsewhere = await server.token(Role.PROBATION, "prob-elsewhere", { name: "Elsewhere Practitioner", org: "Another Probation Trust" });

  const group = await fx.group("CHOICES", ["fac-iom-acc"]);
  const participant = await fx.participant("CHOICES", group.id);
  const selectedCase = await iom.member(om.staff.id, { perpetratorId: participant.person.id });
  // A probation case by allocation (an admin's record), not because probation referred them.
  await fx.allocateCase(participant.person.id);
  const caseMember = {
    membershipId: selectedCase.membership.id,
    perpetratorId: participant.person.id,
    referralId: participant.referral.id,
    plan: await iom.plan(selectedCase.membership.id),
  };

  const owned = await iom.member(om.staff.id);
  const ownedPlan = await iom.plan(owned.membership.id, [
    iom.action(),
    iom.action({ pathway: "ATTITUDES_THINKING_BEHAVIOUR", description: "Supervision sessions", ownerAgency: "PROBATION", ownerStaffId: probationOwnerStaffId, ownerName: null, dueOn: "2026-07-20" }),
  ]);
  const ownedMember = {
    membershipId: owned.membership.id,
    perpetratorId: owned.perpetratorId,
    plan: ownedPlan,
    otherActionId: ownedPlan.actions[0]!.id,
    ownedActionId: ownedPlan.actions[1]!.id,
  };

  const other = await iom.member(om.staff.id);
  const otherMember: Member = { membershipId: other.membership.id, perpetratorId: other.perpetratorId, plan: await iom.plan(other.membership.id) };
  return { server, fx, iom, om, otherOfficer, police, probationOwner, probationOwnerStaffId, probationElsewhere, caseMember, ownedMember, otherMember };
}
