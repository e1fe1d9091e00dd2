import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { attendanceRecords } from "../modules/attendance/index.js";
import { caseAllocations } from "../modules/cases/index.js";
import { interventionPlans, iomMemberships, planActions } from "../modules/iom/index.js";
import { perpetrators } from "../modules/perpetrators/index.js";
import { referrals } from "../modules/referrals/index.js";
import {
  maracReferrals,
  protectiveOrders,
  riskAssessments,
  safetyAlerts,
  safetyIncidents,
  supportAllocations,
  victimLinks,
  victims,
} from "../modules/victim-safety/index.js";
import type { GuardedType } from "./visibility.types.js";

/**
 * Rows of erased or restricted people and victims, which leave every query: a person or victim
 * erased (personal data removed, DPA 2018 s.47 / UK GDPR art. 17) or restricted (data kept, s.47(2)).
 * An admin still reads a restricted person by id (the "explicit read" a restriction allows); an
 * erased one nobody reads. Each condition is true of a row that is hidden, and is added to the
 * caller's row condition in `RequestVisibility` (so lists filter it in their one statement).
 */
export type HiddenBy = "ERASED_OR_RESTRICTED" | "ERASED";

const personHidden = (id: SQLWrapper, by: HiddenBy): SQL =>
  by === "ERASED"
    ? sql`exists (select 1 from ${perpetrators} hp where hp.id = ${id} and hp.erased_at is not null)`
    : sql`exists (select 1 from ${perpetrators} hp where hp.id = ${id} and (hp.erased_at is not null or hp.restricted_at is not null))`;

const victimHidden = (id: SQLWrapper, by: HiddenBy): SQL =>
  by === "ERASED"
    ? sql`exists (select 1 from ${victims} hv where hv.id = ${id} and hv.erased_at is not null)`
    : sql`exists (select 1 from ${victims} hv where hv.id = ${id} and (hv.erased_at is not null or hv.restricted_at is not null))`;

/** Hidden through the link a row hangs off: its perpetrator or its victim is hidden. */
const linkHidden = (linkId: SQLWrapper, by: HiddenBy): SQL =>
  sql`exists (select 1 from ${victimLinks} hl where hl.id = ${linkId} and (${personHidden(sql`hl.perpetrator_id`, by)} or ${victimHidden(sql`hl.victim_id`, by)}))`;

const ownRow = (erasedAt: SQLWrapper, restrictedAt: SQLWrapper, by: HiddenBy): SQL =>
  by === "ERASED" ? sql`${erasedAt} is not null` : sql`(${erasedAt} is not null or ${restrictedAt} is not null)`;

/** For each guarded type with rows about a person or victim: when a row is hidden. Groups, sessions and staff are nobody's. */
export const HIDDEN_ROWS: Partial<Record<GuardedType | "SafetyOfPerson" | "SafetyFlagOfPerson" | "ContactDetails", (by: HiddenBy) => SQL>> = {
  Perpetrator: (by) => ownRow(perpetrators.erasedAt, perpetrators.restrictedAt, by),
  SafetyOfPerson: (by) => ownRow(perpetrators.erasedAt, perpetrators.restrictedAt, by),
  SafetyFlagOfPerson: (by) => ownRow(perpetrators.erasedAt, perpetrators.restrictedAt, by),
  Referral: (by) => personHidden(referrals.perpetratorId, by),
  AttendanceRecord: (by) => sql`exists (select 1 from ${referrals} hr where hr.id = ${attendanceRecords.referralId} and ${personHidden(sql`hr.perpetrator_id`, by)})`,
  CaseAllocation: (by) => personHidden(caseAllocations.perpetratorId, by),
  IomMembership: (by) => personHidden(iomMemberships.perpetratorId, by),
  InterventionPlan: (by) => sql`exists (select 1 from ${iomMemberships} hm where hm.id = ${interventionPlans.membershipId} and ${personHidden(sql`hm.perpetrator_id`, by)})`,
  PlanAction: (by) =>
    sql`exists (select 1 from ${interventionPlans} hip join ${iomMemberships} hm on hm.id = hip.membership_id where hip.id = ${planActions.planId} and ${personHidden(sql`hm.perpetrator_id`, by)})`,
  Victim: (by) => ownRow(victims.erasedAt, victims.restrictedAt, by),
  ContactDetails: (by) => ownRow(victims.erasedAt, victims.restrictedAt, by),
  VictimLink: (by) => sql`(${personHidden(victimLinks.perpetratorId, by)} or ${victimHidden(victimLinks.victimId, by)})`,
  RiskAssessment: (by) => linkHidden(riskAssessments.linkId, by),
  SafetyIncident: (by) => linkHidden(safetyIncidents.linkId, by),
  MaracReferral: (by) => linkHidden(maracReferrals.linkId, by),
  SupportAllocation: (by) => victimHidden(supportAllocations.victimId, by),
  ProtectiveOrder: (by) => personHidden(protectiveOrders.perpetratorId, by),
  SafetyAlert: (by) => sql`(${personHidden(safetyAlerts.perpetratorId, by)} or ${victimHidden(safetyAlerts.victimId, by)})`,
};

/**
 * Whether this process knows of any hidden person or victim. While none is (every database until its
 * first erasure or restriction), callers who read every row of a type pay nothing for the check, as
 * before. Loaded at start-up, set by an erasure here, and by the `people_hidden` NOTIFY another
 * instance's erasure sends on commit.
 */
export class HiddenPeople {
  private known = false;

  get any(): boolean {
    return this.known;
  }

  markHidden(): void {
    this.known = true;
  }
}

/** The channel an erasure or restriction announces itself on, so every instance starts checking. */
export const PEOPLE_HIDDEN_CHANNEL = "people_hidden";
