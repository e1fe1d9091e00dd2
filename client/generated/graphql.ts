/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AcknowledgeSafetyAlertInput = {
  alertId: string;
  /** What was done, e.g. "Called the victim; safety plan reviewed". */
  note?: string | null | undefined;
};

export type ActionOwnerAgency =
  | 'COUNCIL'
  | 'HEALTH'
  | 'POLICE'
  | 'PROBATION'
  | 'THIRD_SECTOR';

/** An individual catch-up for one participant's missed session. */
export type AddCatchUpSessionInput = {
  /** 15 to 480 minutes; 60 when omitted. */
  durationMinutes?: number | null | undefined;
  /** The group session they missed with an acceptable reason (ABSENT_ACCEPTABLE on its register). */
  missedSessionId: string;
  /** The participant's referral; the catch-up is held in their current group. */
  referralId: string;
  /** When the catch-up starts: in the future. */
  scheduledStart: string;
};

export type AddPlanActionInput = {
  action: PlanActionInput;
  planId: string;
};

export type AllocateCaseInput = {
  /** The responsible organisation, 1 to 200 characters. */
  organisation: string;
  perpetratorId: string;
  practitionerName?: string | null | undefined;
  /** JWT subject of the probation practitioner who will hold the case. */
  practitionerSub: string;
  /** Why the case moves; recorded on the allocation it ends. */
  reason?: string | null | undefined;
  /** Defaults to today. The open allocation, if any, ends on this day. */
  startedOn?: string | null | undefined;
};

export type AllocateSupportWorkerInput = {
  kind: SupportWorkerKind;
  organisation: string;
  startedOn: string;
  victimId: string;
  workerName: string;
  /** The worker's JWT subject, so safety alerts reach them. */
  workerSubject?: string | null | undefined;
};

export type AllocateToGroupInput = {
  expectedVersion: number;
  groupId: string;
  referralId: string;
};

export type AssignOffenderManagerInput = {
  membershipId: string;
  reason?: string | null | undefined;
  staffId: string;
  /** The day the new offender manager takes over; the current assignment ends then. */
  startedOn: string;
};

export type AttendanceOutcome =
  /** Absent with a reason given and accepted. */
  | 'ABSENT_ACCEPTABLE'
  | 'ABSENT_UNACCEPTABLE'
  | 'ATTENDED'
  /** Asked to leave the session. */
  | 'EXCLUDED'
  /** Arrived late; counts as attended. */
  | 'LATE';

/** The DPA 2018 s.62 processing operations: CONSULTATION is a read, DISCLOSURE a sending to others. */
export type AuditAction =
  | 'ALTERATION'
  | 'COLLECTION'
  | 'COMBINATION'
  | 'CONSULTATION'
  | 'DISCLOSURE'
  | 'ERASURE';

export type AuditEventFilter = {
  action?: AuditAction | null | undefined;
  /** The JWT subject of whoever acted. */
  actorSub?: string | null | undefined;
  entityType?: string | null | undefined;
  /** From this instant (inclusive). */
  from?: string | null | undefined;
  /** A Victim or Perpetrator global id: every event about that person. */
  personId?: string | null | undefined;
  requestId?: string | null | undefined;
  /** Before this instant. */
  to?: string | null | undefined;
};

/** A session to cancel, and why. */
export type CancelSessionInput = {
  /** Why the session is cancelled (1 to 500 characters); kept with the session and in its history. */
  reason: string;
  /** The session: one with no register yet, not already cancelled. */
  sessionId: string;
};

export type CaseAllocationFilter = {
  /** Ended allocations too; by default only open ones. */
  includeEnded?: boolean | null | undefined;
  organisation?: string | null | undefined;
  practitionerSub?: string | null | undefined;
};

export type ChildInput = {
  dateOfBirth: string;
  regularContact?: boolean | null | undefined;
  relationship?: ChildRelationship | null | undefined;
};

export type ChildRelationship =
  | 'BIRTH'
  | 'OTHER'
  | 'SOCIAL'
  | 'STEP';

export type ContactSafetyInput = {
  addressKnownToPerpetrator?: boolean | null | undefined;
  notes?: string | null | undefined;
  safeContactMethod?: SafeContactMethod | null | undefined;
  safeContactTimes?: string | null | undefined;
};

export type CreateInterventionPlanInput = {
  actions: Array<PlanActionInput>;
  membershipId: string;
  /** First review: after today and within six months. */
  reviewDueOn: string;
  summary?: string | null | undefined;
};

export type CreatePerpetratorInput = {
  children?: Array<ChildInput> | null | undefined;
  /** Probation CRN, e.g. X123456. */
  crn?: string | null | undefined;
  croNumber?: string | null | undefined;
  dateOfBirth: string;
  disability?: boolean | null | undefined;
  ethnicity?: string | null | undefined;
  familyName: string;
  firstLanguage?: string | null | undefined;
  genderIdentity?: string | null | undefined;
  givenName: string;
  interpreterRequired?: boolean | null | undefined;
  needs?: Array<Need> | null | undefined;
  /** PNC ID in any accepted form; stored canonical. */
  pncId?: string | null | undefined;
  prisonNumber?: string | null | undefined;
  sex: Sex;
  sexualOrientation?: string | null | undefined;
};

export type CreateProgrammeGroupInput = {
  /** JWT subjects of the facilitators who run the group and record its registers. */
  facilitatorSubs: Array<string>;
  location?: string | null | undefined;
  name: string;
  programme: ProgrammeCode;
  startsOn: string;
};

export type DashAnswer =
  | 'NO'
  | 'NOT_KNOWN'
  | 'YES';

/** SafeLives DASH: HIGH is 14+ "yes" (or raised by judgement), MEDIUM 10-13, STANDARD fewer. */
export type DashRiskLevel =
  | 'HIGH'
  | 'MEDIUM'
  | 'STANDARD';

export type DeselectFromIomCohortInput = {
  endedOn: string;
  membershipId: string;
  /** Required when the reason is OTHER. */
  note?: string | null | undefined;
  reason: IomDeselectionReason;
};

export type EndCaseAllocationInput = {
  allocationId: string;
  /** The first day off the case; defaults to today. */
  endedOn?: string | null | undefined;
  reason: string;
};

export type EndSupportAllocationInput = {
  allocationId: string;
  endedOn: string;
};

export type EndVictimLinkInput = {
  endedOn: string;
  linkId: string;
};

/** What the responsible officer did about non-compliance. */
export type EnforcementActionKind =
  /** The case was returned to court (or the licence enforced) for breach. */
  | 'BREACH_PROCEEDINGS_STARTED'
  /** A warning letter was issued for an unacceptable failure. */
  | 'WARNING_LETTER_ISSUED';

/** The reducing-reoffending pathways, plus programme attendance and deterrence/disruption (orders, curfews, enforcement). */
export type InterventionPathway =
  | 'ACCOMMODATION'
  | 'ATTITUDES_THINKING_BEHAVIOUR'
  | 'CHILDREN_FAMILIES'
  | 'DETERRENCE_DISRUPTION'
  | 'DRUGS_ALCOHOL'
  | 'EDUCATION_TRAINING_EMPLOYMENT'
  | 'FINANCE_BENEFIT_DEBT'
  | 'HEALTH_MENTAL_HEALTH'
  | 'PROGRAMME_ATTENDANCE';

/** LIVE is the plan in force; SUPERSEDED by a re-plan; CLOSED when the member left the cohort. */
export type InterventionPlanStatus =
  | 'CLOSED'
  | 'LIVE'
  | 'SUPERSEDED';

export type IomCohortFilter = {
  /** true: an open action in the live plan is past due; false: none is. */
  actionOverdue?: boolean | null | undefined;
  cohortType?: IomCohortType | null | undefined;
  /** Include ended memberships (default false). */
  includeEnded?: boolean | null | undefined;
  /** Only members whose current offender manager is the caller. */
  mine?: boolean | null | undefined;
  offenderManagerId?: string | null | undefined;
  /** The live plan has an action on this pathway. */
  pathway?: InterventionPathway | null | undefined;
  perpetratorId?: string | null | undefined;
  /** true: live plan past its review date; false: not. */
  reviewOverdue?: boolean | null | undefined;
  /** The current offender manager's team. */
  team?: string | null | undefined;
};

/** National IOM cohorts: FIXED (statutory), FLEX (local priority; domestic abuse), FREE (local discretion). */
export type IomCohortType =
  | 'FIXED'
  | 'FLEX'
  | 'FREE';

export type IomDeselectionReason =
  | 'CUSTODY'
  | 'DECEASED'
  | 'MOVED_AREA'
  | 'OTHER'
  | 'REDUCED_RISK';

/** Who put the person forward for the cohort. */
export type IomSelectionSource =
  | 'FRONT_DOOR_SAFEGUARDING_HUB'
  | 'MARAC'
  | 'OTHER'
  | 'POLICE'
  | 'PROBATION';

export type IomStaffFilter = {
  /** Only active staff (default true). */
  activeOnly?: boolean | null | undefined;
  kind?: IomStaffKind | null | undefined;
  team?: string | null | undefined;
};

export type IomStaffKind =
  | 'POLICE_OFFENDER_MANAGER'
  | 'PROBATION_PRACTITIONER';

/** Why attendance is mandated. */
export type LegalBasis =
  | 'COMMUNITY_ORDER'
  | 'FAMILY_COURT'
  | 'LICENCE'
  | 'SUSPENDED_SENTENCE';

export type LinkVictimInput = {
  perpetratorId: string;
  relationship: VictimRelationship;
  startedOn: string;
  victimId: string;
};

/** SafeLives referral criteria. REPEAT is set by the system when the pair had a referral in the last 12 months. */
export type MaracGround =
  | 'ESCALATION'
  | 'PROFESSIONAL_JUDGEMENT'
  | 'REPEAT'
  | 'VISIBLE_HIGH_RISK';

export type Need =
  | 'ACCOMMODATION'
  | 'ALCOHOL_MISUSE'
  | 'COMPLEX_NEEDS'
  | 'EDUCATION_TRAINING_EMPLOYMENT'
  | 'FINANCE_AND_DEBT'
  | 'MENTAL_HEALTH'
  | 'SUBSTANCE_MISUSE';

/** Narrows a search. Name terms match the start of names, case-insensitively. */
export type PerpetratorFilter = {
  crn?: string | null | undefined;
  /** "smith" matches family names; "jo smith" also a given name starting jo. */
  name?: string | null | undefined;
  /** Any accepted PNC ID form. */
  pncId?: string | null | undefined;
};

export type PlanActionInput = {
  description: string;
  dueOn: string;
  notes?: string | null | undefined;
  ownerAgency: ActionOwnerAgency;
  /** The owning team or service, when the owner has no staff record. */
  ownerName?: string | null | undefined;
  /** A staff record (police or probation) who owns the action. */
  ownerStaffId?: string | null | undefined;
  pathway: InterventionPathway;
  /** PROGRAMME_ATTENDANCE only: the member's programme referral. */
  referralId?: string | null | undefined;
};

export type PlanActionStatus =
  | 'CANCELLED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'NOT_ACHIEVED'
  | 'PLANNED';

export type PlanReviewOutcome =
  | 'DESELECTION_RECOMMENDED'
  | 'NOT_ENGAGING'
  | 'ON_TRACK'
  | 'PARTIAL_PROGRESS'
  | 'RISK_INCREASED';

export type ProgrammeCode =
  | 'BBR'
  | 'CARING_DADS'
  | 'CHOICES'
  | 'PACT';

/** DVPN/DVPO (Crime and Security Act 2010), DAPN/DAPO (Domestic Abuse Act 2021), non-molestation and restraining orders, and Clare's Law (DVDS) disclosures. */
export type ProtectiveOrderType =
  | 'DAPN'
  | 'DAPO'
  | 'DVDS_DISCLOSURE'
  | 'DVPN'
  | 'DVPO'
  | 'NON_MOLESTATION_ORDER'
  | 'RESTRAINING_ORDER';

export type RecordEnforcementActionInput = {
  kind: EnforcementActionKind;
  /** At most 2000 characters. */
  note?: string | null | undefined;
  referralId: string;
  /** The session whose unacceptable absence or exclusion this answers to (a session of the referral's group). */
  sessionId?: string | null | undefined;
  /** The day it was done: not in the future, not before the referral was made. */
  takenOn: string;
};

export type RecordPlanReviewInput = {
  /** After reviewedOn and within six months of it; becomes the plan's reviewDueOn. */
  nextReviewOn: string;
  notes?: string | null | undefined;
  outcome: PlanReviewOutcome;
  planId: string;
  reviewedOn: string;
};

export type RecordProtectiveOrderInput = {
  conditions: Array<string>;
  endsOn?: string | null | undefined;
  issuedBy?: string | null | undefined;
  /** The person the order is made against. */
  perpetratorId: string;
  /** The victims it protects; each must be linked to the perpetrator. */
  protectedVictimIds: Array<string>;
  reference?: string | null | undefined;
  startsOn: string;
  type: ProtectiveOrderType;
};

export type RecordRiskAssessmentInput = {
  /** All 24 answers, in the checklist's order. */
  answers: Array<DashAnswer>;
  assessedOn: string;
  /** Professional judgement: may raise the score's level, never lower it. */
  judgementLevel?: DashRiskLevel | null | undefined;
  /** Required with judgementLevel. */
  judgementReason?: string | null | undefined;
  linkId: string;
};

export type RecordSafetyIncidentInput = {
  linkId: string;
  occurredOn: string;
  policeReference?: string | null | undefined;
};

export type RecordSessionAttendanceInput = {
  /** The register: one entry per participant. Re-sending a participant corrects their entry. */
  entries: Array<RegisterEntryInput>;
  /** A client-generated key (e.g. a UUID) for this submission: resending it returns the first result and writes nothing. */
  idempotencyKey: string;
  sessionId: string;
};

export type RecordVictimInput = {
  contactSafety?: ContactSafetyInput | null | undefined;
  dateOfBirth?: string | null | undefined;
  familyName: string;
  givenName: string;
};

export type ReferToMaracInput = {
  /** The grounds claimed; each is checked against what is recorded. REPEAT is added automatically. */
  grounds: Array<MaracGround>;
  hearingOn?: string | null | undefined;
  /** Required for PROFESSIONAL_JUDGEMENT. */
  judgementReason?: string | null | undefined;
  linkId: string;
  referredOn: string;
  referringAgency?: string | null | undefined;
};

export type ReferToProgrammeInput = {
  /** Required for mandated programmes (BBR); refused for voluntary ones. */
  legalBasis?: LegalBasis | null | undefined;
  note?: string | null | undefined;
  perpetratorId: string;
  programme: ProgrammeCode;
  /** Assessed risk (e.g. SARA); BBR needs MEDIUM or above. */
  riskLevel?: RiskLevel | null | undefined;
  source: ReferralSource;
};

export type ReferralFilter = {
  groupId?: string | null | undefined;
  /** Only the referrals of people whose probation case is allocated to you today (a probation practitioner's caseload). */
  mine?: boolean | null | undefined;
  perpetratorId?: string | null | undefined;
  programme?: ProgrammeCode | null | undefined;
  /** Any of these statuses. */
  status?: Array<ReferralStatus> | null | undefined;
};

export type ReferralSource =
  | 'CHILDRENS_SERVICES'
  | 'FAMILY_COURT'
  | 'FRONT_DOOR_SAFEGUARDING_HUB'
  | 'OTHER'
  | 'POLICE'
  | 'PROBATION'
  | 'SCHOOL'
  | 'SELF'
  | 'YOUTH_JUSTICE_SERVICE';

export type ReferralStatus =
  | 'ALLOCATED'
  | 'ASSESSED_SUITABLE'
  | 'ASSESSED_UNSUITABLE'
  | 'AWAITING_ALLOCATION'
  | 'AWAITING_ASSESSMENT'
  | 'BREACHED'
  | 'COMPLETED'
  | 'DEFERRED'
  | 'DID_NOT_ATTEND_ASSESSMENT'
  | 'DROPPED_OUT'
  | 'ON_PROGRAMME'
  | 'REFERRED'
  | 'SUITABLE_NOT_READY'
  | 'WITHDRAWN';

export type RegisterEntryInput = {
  behaviourConcern?: boolean | null | undefined;
  note?: string | null | undefined;
  outcome: AttendanceOutcome;
  referralId: string;
};

export type RegisterIomStaffMemberInput = {
  /** Required for police offender managers. */
  collarNumber?: string | null | undefined;
  /** Required for police offender managers. */
  force?: string | null | undefined;
  kind: IomStaffKind;
  name: string;
  organisation?: string | null | undefined;
  /** The JWT subject they sign in with (unique). */
  subject: string;
  team: string;
};

export type ReplanInterventionInput = {
  actions?: Array<PlanActionInput>;
  /** Copy the live plan's PLANNED and IN_PROGRESS actions into the new version. */
  carryOverOpenActions?: boolean;
  /** The live plan's version the caller saw; a stale one is refused with CONFLICT. */
  expectedPlanVersion: number;
  membershipId: string;
  reviewDueOn: string;
  summary?: string | null | undefined;
};

export type RescheduleSessionInput = {
  /** 15 to 480; unchanged when omitted. */
  durationMinutes?: number | null | undefined;
  /** Why the session moves (1 to 500 characters). */
  reason: string;
  /** In the future, after the group's previous session and before its next. */
  scheduledStart: string;
  sessionId: string;
};

/** Assessed risk of serious harm (e.g. SARA). */
export type RiskLevel =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM'
  | 'VERY_HIGH';

export type SafeContactMethod =
  | 'EMAIL'
  | 'IN_PERSON'
  | 'NONE'
  | 'PHONE'
  | 'TEXT'
  | 'VIA_SUPPORT_WORKER';

export type SafetyAlertFilter = {
  /** Only alerts for me (my JWT subject). */
  mine?: boolean | null | undefined;
  /** Only alerts not yet acknowledged. */
  openOnly?: boolean | null | undefined;
  victimId?: string | null | undefined;
};

export type SafetyAlertKind =
  | 'ORDER_EXPIRING'
  | 'PROGRAMME_BREACHED'
  | 'PROGRAMME_DROPPED_OUT'
  | 'PROGRAMME_WITHDRAWN'
  | 'SESSION_EXCLUDED'
  | 'UNACCEPTABLE_ABSENCE';

export type ScheduleSessionInput = {
  durationMinutes?: number | null | undefined;
  format?: SessionFormat | null | undefined;
  groupId: string;
  scheduledStart: string;
  /** 1 to the programme's sessionsTotal; one session per number per group. */
  sessionNumber: number;
};

export type SelectForIomCohortInput = {
  /** Domestic abuse is usually FLEX. */
  cohortType: IomCohortType;
  /** The offender manager from the start, if already chosen. */
  offenderManagerId?: string | null | undefined;
  perpetratorId: string;
  rfgScore?: number | null | undefined;
  selectionSource: IomSelectionSource;
  startedOn: string;
};

/** What changed about a session. */
export type SessionChangeKind =
  /** Cancelled: it will not take place and takes no register. */
  | 'CANCELLED'
  /** Moved to a new start (and perhaps length). */
  | 'RESCHEDULED';

export type SessionFormat =
  | 'GROUP'
  | 'INDIVIDUAL';

/** Where a session stands. */
export type SessionStatus =
  /** Cancelled: counts neither as attended nor as missed, and takes no register. */
  | 'CANCELLED'
  /** Took place: a register has been recorded for it. */
  | 'DELIVERED'
  /** Going ahead; no register recorded yet. */
  | 'SCHEDULED';

export type SetMaracHearingInput = {
  hearingOn: string;
  maracReferralId: string;
};

export type Sex =
  | 'FEMALE'
  | 'INTERSEX'
  | 'MALE'
  | 'NOT_KNOWN';

/** IDVA; the programme's partner support worker; the Respect integrated support service; or other. */
export type SupportWorkerKind =
  | 'IDVA'
  | 'INTEGRATED_SUPPORT_SERVICE'
  | 'OTHER'
  | 'PARTNER_SUPPORT';

export type TransferToGroupInput = {
  /** The version the caller last saw; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  /** A group of the referral's programme, open for allocation and with a place. */
  groupId: string;
  /** Why the person moves (1 to 500 characters); kept in the referral's history. */
  reason: string;
  referralId: string;
};

export type TransitionReferralInput = {
  /** The version the caller last saw; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  /** Why; required for withdrawal reason OTHER, for taking someone out of a group and for re-opening a breached referral on a court's order. */
  note?: string | null | undefined;
  referralId: string;
  toStatus: ReferralStatus;
  /** Required when withdrawing. */
  withdrawalReason?: WithdrawalReason | null | undefined;
};

export type UpdateIomStaffMemberInput = {
  /** False when they leave the IOM team; their members need a new offender manager. */
  active?: boolean | null | undefined;
  name?: string | null | undefined;
  organisation?: string | null | undefined;
  staffId: string;
  team?: string | null | undefined;
};

/** A correction of a person's record (DPA 2018 s.46). Name only the fields to change: an omitted field is left as it is, an explicit null clears an optional one. */
export type UpdatePerpetratorInput = {
  /** Probation CRN, e.g. X123456; null clears it. */
  crn?: string | null | undefined;
  croNumber?: string | null | undefined;
  dateOfBirth?: string | null | undefined;
  disability?: boolean | null | undefined;
  ethnicity?: string | null | undefined;
  /** The version the caller last read; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  familyName?: string | null | undefined;
  firstLanguage?: string | null | undefined;
  genderIdentity?: string | null | undefined;
  givenName?: string | null | undefined;
  id: string;
  interpreterRequired?: boolean | null | undefined;
  /** The whole list of needs, replacing the old one ([] for none). */
  needs?: Array<Need> | null | undefined;
  /** PNC ID in any accepted form; stored canonical; null clears it. */
  pncId?: string | null | undefined;
  prisonNumber?: string | null | undefined;
  /** Why the record is corrected (1 to 500 characters); kept in the person's history of changes. */
  reason: string;
  sex?: Sex | null | undefined;
  sexualOrientation?: string | null | undefined;
};

/** Only the fields given change. An action's owner may change only status and notes. */
export type UpdatePlanActionInput = {
  actionId: string;
  /** Unlink the referral. */
  clearReferral?: boolean | null | undefined;
  description?: string | null | undefined;
  dueOn?: string | null | undefined;
  expectedVersion: number;
  /** Required when moving to NOT_ACHIEVED or CANCELLED. */
  notes?: string | null | undefined;
  ownerAgency?: ActionOwnerAgency | null | undefined;
  ownerName?: string | null | undefined;
  ownerStaffId?: string | null | undefined;
  referralId?: string | null | undefined;
  status?: PlanActionStatus | null | undefined;
};

/** Changes only the fields given; contactSafety replaces the details as a whole. */
export type UpdateVictimInput = {
  contactSafety?: ContactSafetyInput | null | undefined;
  dateOfBirth?: string | null | undefined;
  expectedVersion: number;
  familyName?: string | null | undefined;
  givenName?: string | null | undefined;
  victimId: string;
};

/** Why a mutation's input was refused. */
export type UserErrorCode =
  | 'ALREADY_ASSIGNED'
  /** A missed session must be caught up before the participant attends a session of a later module (BBR). */
  | 'CATCH_UP_REQUIRED'
  | 'COMPLETION_NOT_MET'
  | 'CONFLICT'
  | 'DUPLICATE'
  | 'GROUP_CLOSED'
  | 'GROUP_FULL'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INELIGIBLE'
  | 'INVALID'
  | 'INVALID_SESSION_NUMBER'
  | 'INVALID_TRANSITION'
  | 'MEMBERSHIP_ENDED'
  /** A catch-up session's register records only the participant it was arranged for. */
  | 'NOT_CATCH_UP_PARTICIPANT'
  | 'NOT_FOUND'
  | 'NOT_IN_GROUP'
  /** The participant was not recorded absent with an acceptable reason from that session, so it has no catch-up. */
  | 'NO_ACCEPTABLE_ABSENCE'
  | 'ORDER_TOO_LONG'
  | 'PLAN_NOT_LIVE'
  | 'REASON_REQUIRED'
  | 'RISK_CANNOT_BE_LOWERED'
  /** The session is cancelled: it takes no register and cannot be cancelled again. */
  | 'SESSION_CANCELLED'
  /** The session has a register (it took place), so it cannot be cancelled. */
  | 'SESSION_DELIVERED'
  | 'SESSION_NOT_STARTED'
  | 'STAFF_INACTIVE'
  | 'WRONG_PROGRAMME';

/** A court varies or extends an order: the new end date and conditions. */
export type VaryProtectiveOrderInput = {
  /** The conditions as they now stand; omit to keep them. */
  conditions?: Array<string> | null | undefined;
  /** The new last day; omit to keep it. */
  endsOn?: string | null | undefined;
  expectedVersion: number;
  orderId: string;
};

export type VictimFilter = {
  /** The start of the first or last name (2+ characters). */
  nameStartsWith?: string | null | undefined;
  /** Victims linked to this perpetrator. */
  perpetratorId?: string | null | undefined;
};

/** What the victim is to the perpetrator. */
export type VictimRelationship =
  | 'CHILD'
  | 'EX_PARTNER'
  | 'OTHER'
  | 'OTHER_FAMILY'
  | 'PARENT'
  | 'PARTNER';

export type WithdrawalReason =
  | 'CUSTODY'
  | 'DECEASED'
  | 'DECLINED'
  | 'MOVED_AREA'
  | 'OTHER'
  | 'REFERRER_WITHDREW';

export type RecordSessionAttendanceMutationVariables = Exact<{
  input: RecordSessionAttendanceInput;
}>;


export type RecordSessionAttendanceMutation = { recordSessionAttendance: { replayed: boolean, session: { id: string, sessionNumber: number } | null, records: Array<{ id: string, outcome: AttendanceOutcome, behaviourConcern: boolean, note: string | null, superseded: boolean, referral: { id: string } }>, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type SessionRegisterHistoryQueryVariables = Exact<{
  id: string;
  first: number;
}>;


export type SessionRegisterHistoryQuery = { programmeSession: { register: Array<{ outcome: AttendanceOutcome, referral: { id: string } }>, registerHistory: { totalCount: number, edges: Array<{ node: { outcome: AttendanceOutcome, superseded: boolean, recordedBy: string } }> } } | null };

export type AddCatchUpSessionMutationVariables = Exact<{
  input: AddCatchUpSessionInput;
}>;


export type AddCatchUpSessionMutation = { addCatchUpSession: { session: { id: string, sessionNumber: number, format: SessionFormat, scheduledStart: string, durationMinutes: number, status: SessionStatus, catchUpFor: { id: string, sessionNumber: number } | null, catchUpParticipant: { id: string } | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type CaseAllocationFieldsFragment = { id: string, practitionerSub: string, practitionerName: string | null, organisation: string, startedOn: string, endedOn: string | null, endReason: string | null, current: boolean, createdBy: string, createdAt: string, endedBy: string | null };

export type AllocateCaseMutationVariables = Exact<{
  input: AllocateCaseInput;
}>;


export type AllocateCaseMutation = { allocateCase: { caseAllocation: { id: string, practitionerSub: string, practitionerName: string | null, organisation: string, startedOn: string, endedOn: string | null, endReason: string | null, current: boolean, createdBy: string, createdAt: string, endedBy: string | null, perpetrator: { id: string, caseAllocation: { id: string } | null, caseAllocationHistory: Array<{ id: string, practitionerSub: string, practitionerName: string | null, organisation: string, startedOn: string, endedOn: string | null, endReason: string | null, current: boolean, createdBy: string, createdAt: string, endedBy: string | null }> } } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type EndCaseAllocationMutationVariables = Exact<{
  input: EndCaseAllocationInput;
}>;


export type EndCaseAllocationMutation = { endCaseAllocation: { caseAllocation: { id: string, practitionerSub: string, practitionerName: string | null, organisation: string, startedOn: string, endedOn: string | null, endReason: string | null, current: boolean, createdBy: string, createdAt: string, endedBy: string | null, perpetrator: { id: string, caseAllocation: { id: string } | null } } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type PerpetratorCaseAllocationsQueryVariables = Exact<{
  id: string;
}>;


export type PerpetratorCaseAllocationsQuery = { perpetrator: { id: string, caseAllocation: { id: string, practitionerSub: string, practitionerName: string | null, organisation: string, startedOn: string, endedOn: string | null, endReason: string | null, current: boolean, createdBy: string, createdAt: string, endedBy: string | null } | null, caseAllocationHistory: Array<{ id: string, practitionerSub: string, practitionerName: string | null, organisation: string, startedOn: string, endedOn: string | null, endReason: string | null, current: boolean, createdBy: string, createdAt: string, endedBy: string | null }> } | null };

export type CaseAllocationsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: CaseAllocationFilter | null | undefined;
}>;


export type CaseAllocationsQuery = { caseAllocations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, practitionerSub: string, practitionerName: string | null, organisation: string, startedOn: string, endedOn: string | null, endReason: string | null, current: boolean, createdBy: string, createdAt: string, endedBy: string | null, perpetrator: { id: string, familyName: string } } }> } };

export type CaseAllocationNodeQueryVariables = Exact<{
  id: string;
}>;


export type CaseAllocationNodeQuery = { node:
    | { __typename: 'AttendanceRecord', id: string }
    | { __typename: 'CaseAllocation', id: string, practitionerSub: string, practitionerName: string | null, organisation: string, startedOn: string, endedOn: string | null, endReason: string | null, current: boolean, createdBy: string, createdAt: string, endedBy: string | null, perpetrator: { id: string } }
    | { __typename: 'InterventionPlan', id: string }
    | { __typename: 'IomMembership', id: string }
    | { __typename: 'IomStaffMember', id: string }
    | { __typename: 'MaracReferral', id: string }
    | { __typename: 'Perpetrator', id: string }
    | { __typename: 'PlanAction', id: string }
    | { __typename: 'Programme', id: string }
    | { __typename: 'ProgrammeGroup', id: string }
    | { __typename: 'ProgrammeSession', id: string }
    | { __typename: 'ProtectiveOrder', id: string }
    | { __typename: 'Referral', id: string }
    | { __typename: 'RiskAssessment', id: string }
    | { __typename: 'SafetyAlert', id: string }
    | { __typename: 'SafetyIncident', id: string }
    | { __typename: 'SupportAllocation', id: string }
    | { __typename: 'Victim', id: string }
    | { __typename: 'VictimLink', id: string }
   | null };

export type EnforcementActionFieldsFragment = { id: string, kind: EnforcementActionKind, takenOn: string, note: string | null, recordedBy: string, recordedByName: string | null, recordedAt: string };

export type EnforcementRecordFieldsFragment = { warningsInLast12Months: number, breachRequired: boolean, unacceptableFailures: number, warningLettersIssued: number, breachProceedingsStarted: boolean, actions: Array<{ id: string, kind: EnforcementActionKind, takenOn: string, note: string | null, recordedBy: string, recordedByName: string | null, recordedAt: string }>, outstanding: Array<{ kind: EnforcementActionKind, failureAt: string, description: string }> };

export type RecordEnforcementActionMutationVariables = Exact<{
  input: RecordEnforcementActionInput;
}>;


export type RecordEnforcementActionMutation = { recordEnforcementAction: { enforcementAction: { id: string, kind: EnforcementActionKind, takenOn: string, note: string | null, recordedBy: string, recordedByName: string | null, recordedAt: string } | null, referral: { id: string, status: ReferralStatus, enforcement: { warningsInLast12Months: number, breachRequired: boolean, unacceptableFailures: number, warningLettersIssued: number, breachProceedingsStarted: boolean, actions: Array<{ id: string, kind: EnforcementActionKind, takenOn: string, note: string | null, recordedBy: string, recordedByName: string | null, recordedAt: string }>, outstanding: Array<{ kind: EnforcementActionKind, failureAt: string, description: string }> } | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ReferralEnforcementQueryVariables = Exact<{
  id: string;
}>;


export type ReferralEnforcementQuery = { referral: { id: string, status: ReferralStatus, mandated: boolean, enforcement: { warningsInLast12Months: number, breachRequired: boolean, unacceptableFailures: number, warningLettersIssued: number, breachProceedingsStarted: boolean, actions: Array<{ id: string, kind: EnforcementActionKind, takenOn: string, note: string | null, recordedBy: string, recordedByName: string | null, recordedAt: string }>, outstanding: Array<{ kind: EnforcementActionKind, failureAt: string, description: string }> } | null } | null };

export type ReferralsEnforcementPageQueryVariables = Exact<{
  first: number;
  filter?: ReferralFilter | null | undefined;
}>;


export type ReferralsEnforcementPageQuery = { referrals: { edges: Array<{ node: { id: string, enforcement: { warningsInLast12Months: number, breachRequired: boolean, unacceptableFailures: number, warningLettersIssued: number, breachProceedingsStarted: boolean, actions: Array<{ id: string, kind: EnforcementActionKind, takenOn: string, note: string | null, recordedBy: string, recordedByName: string | null, recordedAt: string }>, outstanding: Array<{ kind: EnforcementActionKind, failureAt: string, description: string }> } | null } }> } };

export type CreateProgrammeGroupMutationVariables = Exact<{
  input: CreateProgrammeGroupInput;
}>;


export type CreateProgrammeGroupMutation = { createProgrammeGroup: { group: { id: string, name: string, startsOn: string, facilitatorSubs: Array<string>, programme: { code: ProgrammeCode } } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ScheduleSessionMutationVariables = Exact<{
  input: ScheduleSessionInput;
}>;


export type ScheduleSessionMutation = { scheduleSession: { session: { id: string, sessionNumber: number, scheduledStart: string, format: SessionFormat } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type GroupRegisterViewQueryVariables = Exact<{
  id: string;
  first: number;
}>;


export type GroupRegisterViewQuery = { programmeGroup: { id: string, name: string, memberCount: number, sessions: { totalCount: number, edges: Array<{ node: { id: string, sessionNumber: number, register: Array<{ outcome: AttendanceOutcome, referral: { id: string } }> } }> } } | null };

export type RescheduleSessionMutationVariables = Exact<{
  input: RescheduleSessionInput;
}>;


export type RescheduleSessionMutation = { rescheduleSession: { session: { id: string, sessionNumber: number, scheduledStart: string, durationMinutes: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type CancelSessionMutationVariables = Exact<{
  input: CancelSessionInput;
}>;


export type CancelSessionMutation = { cancelSession: { session: { id: string, sessionNumber: number, status: SessionStatus, cancelledAt: string | null, cancelledBy: string | null, cancellationReason: string | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type SessionChangesQueryVariables = Exact<{
  id: string;
  first: number;
}>;


export type SessionChangesQuery = { programmeSession: { id: string, sessionNumber: number, status: SessionStatus, scheduledStart: string, cancelledAt: string | null, cancelledBy: string | null, cancellationReason: string | null, changes: { totalCount: number, edges: Array<{ node: { kind: SessionChangeKind, previousStart: string, newStart: string | null, previousDurationMinutes: number, newDurationMinutes: number | null, reason: string, changedBy: string, changedAt: string } }> } } | null };

export type IomTestNodeQueryVariables = Exact<{
  id: string;
}>;


export type IomTestNodeQuery = { node:
    | { __typename: 'AttendanceRecord', id: string }
    | { __typename: 'CaseAllocation', id: string }
    | { __typename: 'InterventionPlan', version: number, id: string, planStatus: InterventionPlanStatus }
    | { __typename: 'IomMembership', startedOn: string, open: boolean, id: string }
    | { __typename: 'IomStaffMember', name: string, subject: string, id: string }
    | { __typename: 'MaracReferral', id: string }
    | { __typename: 'Perpetrator', id: string }
    | { __typename: 'PlanAction', description: string, id: string, actionStatus: PlanActionStatus }
    | { __typename: 'Programme', id: string }
    | { __typename: 'ProgrammeGroup', id: string }
    | { __typename: 'ProgrammeSession', id: string }
    | { __typename: 'ProtectiveOrder', id: string }
    | { __typename: 'Referral', id: string }
    | { __typename: 'RiskAssessment', id: string }
    | { __typename: 'SafetyAlert', id: string }
    | { __typename: 'SafetyIncident', id: string }
    | { __typename: 'SupportAllocation', id: string }
    | { __typename: 'Victim', id: string }
    | { __typename: 'VictimLink', id: string }
   | null };

export type IomTestReferralPersonQueryVariables = Exact<{
  id: string;
}>;


export type IomTestReferralPersonQuery = { referral: { id: string, perpetrator: { id: string, iomMembership: { id: string } | null } } | null };

export type UserErrorFieldsFragment = { field: Array<string>, message: string, code: UserErrorCode };

export type StaffFieldsFragment = { id: string, kind: IomStaffKind, name: string, collarNumber: string | null, force: string | null, team: string, subject: string, active: boolean };

export type MembershipFieldsFragment = { id: string, open: boolean, selectionSource: IomSelectionSource, cohortType: IomCohortType, rfgScore: number | null, startedOn: string, endedOn: string | null, deselectionReason: IomDeselectionReason | null, deselectionNote: string | null };

export type ActionFieldsFragment = { id: string, pathway: InterventionPathway, description: string, ownerAgency: ActionOwnerAgency, ownerName: string | null, status: PlanActionStatus, dueOn: string, overdue: boolean, daysOverdue: number, notes: string | null, version: number, closedAt: string | null, ownerStaff: { id: string, name: string } | null };

export type PlanFieldsFragment = { id: string, version: number, status: InterventionPlanStatus, summary: string | null, reviewDueOn: string, reviewOverdue: boolean, daysReviewOverdue: number, createdBy: string, endedAt: string | null, actions: Array<{ id: string, pathway: InterventionPathway, description: string, ownerAgency: ActionOwnerAgency, ownerName: string | null, status: PlanActionStatus, dueOn: string, overdue: boolean, daysOverdue: number, notes: string | null, version: number, closedAt: string | null, ownerStaff: { id: string, name: string } | null }> };

export type RegisterIomStaffMemberMutationVariables = Exact<{
  input: RegisterIomStaffMemberInput;
}>;


export type RegisterIomStaffMemberMutation = { registerIomStaffMember: { staffMember: { id: string, kind: IomStaffKind, name: string, collarNumber: string | null, force: string | null, team: string, subject: string, active: boolean } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type UpdateIomStaffMemberMutationVariables = Exact<{
  input: UpdateIomStaffMemberInput;
}>;


export type UpdateIomStaffMemberMutation = { updateIomStaffMember: { staffMember: { id: string, kind: IomStaffKind, name: string, collarNumber: string | null, force: string | null, team: string, subject: string, active: boolean } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type IomStaffQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: IomStaffFilter | null | undefined;
}>;


export type IomStaffQuery = { iomStaff: { totalCount: number, edges: Array<{ node: { id: string, kind: IomStaffKind, name: string, collarNumber: string | null, force: string | null, team: string, subject: string, active: boolean } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SelectForIomCohortMutationVariables = Exact<{
  input: SelectForIomCohortInput;
}>;


export type SelectForIomCohortMutation = { selectForIomCohort: { membership: { id: string, open: boolean, selectionSource: IomSelectionSource, cohortType: IomCohortType, rfgScore: number | null, startedOn: string, endedOn: string | null, deselectionReason: IomDeselectionReason | null, deselectionNote: string | null, offenderManager: { id: string, name: string } | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type DeselectFromIomCohortMutationVariables = Exact<{
  input: DeselectFromIomCohortInput;
}>;


export type DeselectFromIomCohortMutation = { deselectFromIomCohort: { membership: { id: string, open: boolean, selectionSource: IomSelectionSource, cohortType: IomCohortType, rfgScore: number | null, startedOn: string, endedOn: string | null, deselectionReason: IomDeselectionReason | null, deselectionNote: string | null, offenderManager: { id: string } | null, plan: { id: string } | null, offenderManagerHistory: Array<{ startedOn: string, endedOn: string | null }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type AssignOffenderManagerMutationVariables = Exact<{
  input: AssignOffenderManagerInput;
}>;


export type AssignOffenderManagerMutation = { assignOffenderManager: { membership: { id: string, offenderManager: { id: string, name: string } | null, offenderManagerHistory: Array<{ startedOn: string, endedOn: string | null, reason: string | null, assignedBy: string, staffMember: { id: string, name: string } }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type CreateInterventionPlanMutationVariables = Exact<{
  input: CreateInterventionPlanInput;
}>;


export type CreateInterventionPlanMutation = { createInterventionPlan: { plan: { id: string, version: number, status: InterventionPlanStatus, summary: string | null, reviewDueOn: string, reviewOverdue: boolean, daysReviewOverdue: number, createdBy: string, endedAt: string | null, actions: Array<{ id: string, pathway: InterventionPathway, description: string, ownerAgency: ActionOwnerAgency, ownerName: string | null, status: PlanActionStatus, dueOn: string, overdue: boolean, daysOverdue: number, notes: string | null, version: number, closedAt: string | null, ownerStaff: { id: string, name: string } | null }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ReplanInterventionMutationVariables = Exact<{
  input: ReplanInterventionInput;
}>;


export type ReplanInterventionMutation = { replanIntervention: { plan: { id: string, version: number, status: InterventionPlanStatus, summary: string | null, reviewDueOn: string, reviewOverdue: boolean, daysReviewOverdue: number, createdBy: string, endedAt: string | null, actions: Array<{ id: string, pathway: InterventionPathway, description: string, ownerAgency: ActionOwnerAgency, ownerName: string | null, status: PlanActionStatus, dueOn: string, overdue: boolean, daysOverdue: number, notes: string | null, version: number, closedAt: string | null, ownerStaff: { id: string, name: string } | null }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type AddPlanActionMutationVariables = Exact<{
  input: AddPlanActionInput;
}>;


export type AddPlanActionMutation = { addPlanAction: { action: { id: string, pathway: InterventionPathway, description: string, ownerAgency: ActionOwnerAgency, ownerName: string | null, status: PlanActionStatus, dueOn: string, overdue: boolean, daysOverdue: number, notes: string | null, version: number, closedAt: string | null, ownerStaff: { id: string, name: string } | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type UpdatePlanActionMutationVariables = Exact<{
  input: UpdatePlanActionInput;
}>;


export type UpdatePlanActionMutation = { updatePlanAction: { action: { id: string, pathway: InterventionPathway, description: string, ownerAgency: ActionOwnerAgency, ownerName: string | null, status: PlanActionStatus, dueOn: string, overdue: boolean, daysOverdue: number, notes: string | null, version: number, closedAt: string | null, referral: { id: string } | null, ownerStaff: { id: string, name: string } | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type RecordPlanReviewMutationVariables = Exact<{
  input: RecordPlanReviewInput;
}>;


export type RecordPlanReviewMutation = { recordPlanReview: { review: { reviewedOn: string, outcome: PlanReviewOutcome, notes: string | null, nextReviewOn: string, reviewerSub: string, reviewerName: string | null } | null, plan: { id: string, reviewDueOn: string, reviewOverdue: boolean } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type IomCohortQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: IomCohortFilter | null | undefined;
}>;


export type IomCohortQuery = { iomCohort: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { reviewOverdue: boolean, overdueActionCount: number, id: string, open: boolean, selectionSource: IomSelectionSource, cohortType: IomCohortType, rfgScore: number | null, startedOn: string, endedOn: string | null, deselectionReason: IomDeselectionReason | null, deselectionNote: string | null, perpetrator: { id: string, givenName: string, familyName: string, crn: string | null, pncId: string | null }, offenderManager: { id: string, name: string, collarNumber: string | null, team: string } | null, plan: { id: string, version: number, reviewDueOn: string, reviewOverdue: boolean, actions: Array<{ id: string, pathway: InterventionPathway, description: string, ownerAgency: ActionOwnerAgency, ownerName: string | null, status: PlanActionStatus, dueOn: string, overdue: boolean, referral: { id: string, status: ReferralStatus, programme: { code: ProgrammeCode }, attendance: { attended: number, late: number, absentAcceptable: number, absentUnacceptable: number, excluded: number, completionThresholdMet: boolean } } | null }> } | null } }> } };

export type IomMemberPageQueryVariables = Exact<{
  id: string;
}>;


export type IomMemberPageQuery = { iomMembership: { selectedBy: string, deselectedBy: string | null, reviewOverdue: boolean, overdueActionCount: number, id: string, open: boolean, selectionSource: IomSelectionSource, cohortType: IomCohortType, rfgScore: number | null, startedOn: string, endedOn: string | null, deselectionReason: IomDeselectionReason | null, deselectionNote: string | null, perpetrator: { id: string, givenName: string, familyName: string, crn: string | null, pncId: string | null, referrals: { edges: Array<{ node: { id: string, status: ReferralStatus, programme: { code: ProgrammeCode }, attendance: { attended: number, completionThresholdMet: boolean } } }> } }, offenderManager: { id: string, kind: IomStaffKind, name: string, collarNumber: string | null, force: string | null, team: string, subject: string, active: boolean } | null, offenderManagerHistory: Array<{ startedOn: string, endedOn: string | null, reason: string | null, assignedBy: string, staffMember: { id: string, name: string } }>, plan: { id: string, version: number, status: InterventionPlanStatus, summary: string | null, reviewDueOn: string, reviewOverdue: boolean, daysReviewOverdue: number, createdBy: string, endedAt: string | null, lastReview: { reviewedOn: string, outcome: PlanReviewOutcome, notes: string | null, nextReviewOn: string, reviewerSub: string } | null, reviews: { totalCount: number, edges: Array<{ node: { reviewedOn: string, outcome: PlanReviewOutcome, nextReviewOn: string } }> }, actions: Array<{ id: string, pathway: InterventionPathway, description: string, ownerAgency: ActionOwnerAgency, ownerName: string | null, status: PlanActionStatus, dueOn: string, overdue: boolean, daysOverdue: number, notes: string | null, version: number, closedAt: string | null, referral: { id: string, attendance: { attended: number, late: number, absentAcceptable: number, absentUnacceptable: number, excluded: number, sessionsRecorded: number } } | null, ownerStaff: { id: string, name: string } | null }> } | null, planVersions: { totalCount: number, edges: Array<{ node: { id: string, version: number, status: InterventionPlanStatus, reviewDueOn: string, endedAt: string | null, actions: Array<{ id: string, pathway: InterventionPathway, description: string, status: PlanActionStatus, dueOn: string, version: number, overdue: boolean }> } }> } } | null };

export type IomWorkloadQueryVariables = Exact<{
  team?: string | null | undefined;
  byOffenderManager?: boolean | null | undefined;
}>;


export type IomWorkloadQuery = { iomWorkload: Array<{ team: string | null, openMembers: number | null, withoutLivePlan: number | null, reviewsOverdue: number | null, actionsOverdue: number | null, membersWithOverdueActions: number | null, suppressed: boolean, offenderManager: { id: string, name: string } | null }> };

export type PerpetratorIomMembershipQueryVariables = Exact<{
  id: string;
}>;


export type PerpetratorIomMembershipQuery = { perpetrator: { id: string, iomMembership: { id: string, cohortType: IomCohortType, offenderManager: { id: string, name: string } | null } | null } | null };

export type NodeByIdQueryVariables = Exact<{
  id: string;
}>;


export type NodeByIdQuery = { node:
    | { __typename: 'AttendanceRecord', id: string }
    | { __typename: 'CaseAllocation', id: string }
    | { __typename: 'InterventionPlan', id: string }
    | { __typename: 'IomMembership', id: string }
    | { __typename: 'IomStaffMember', id: string }
    | { __typename: 'MaracReferral', id: string }
    | { __typename: 'Perpetrator', familyName: string, id: string }
    | { __typename: 'PlanAction', id: string }
    | { __typename: 'Programme', id: string }
    | { __typename: 'ProgrammeGroup', id: string }
    | { __typename: 'ProgrammeSession', id: string }
    | { __typename: 'ProtectiveOrder', id: string }
    | { __typename: 'Referral', status: ReferralStatus, id: string }
    | { __typename: 'RiskAssessment', id: string }
    | { __typename: 'SafetyAlert', id: string }
    | { __typename: 'SafetyIncident', id: string }
    | { __typename: 'SupportAllocation', id: string }
    | { __typename: 'Victim', id: string }
    | { __typename: 'VictimLink', id: string }
   | null };

export type PerpetratorFieldsFragment = { id: string, givenName: string, familyName: string, dateOfBirth: string, sex: Sex, crn: string | null, pncId: string | null, prisonNumber: string | null, croNumber: string | null };

export type CreatePerpetratorMutationVariables = Exact<{
  input: CreatePerpetratorInput;
}>;


export type CreatePerpetratorMutation = { createPerpetrator: { perpetrator: { needs: Array<Need>, id: string, givenName: string, familyName: string, dateOfBirth: string, sex: Sex, crn: string | null, pncId: string | null, prisonNumber: string | null, croNumber: string | null, children: Array<{ dateOfBirth: string, relationship: ChildRelationship, regularContact: boolean }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type PerpetratorLookupQueryVariables = Exact<{
  id?: string | null | undefined;
  crn?: string | null | undefined;
  pncId?: string | null | undefined;
}>;


export type PerpetratorLookupQuery = { perpetrator: { id: string, givenName: string, familyName: string, dateOfBirth: string, sex: Sex, crn: string | null, pncId: string | null, prisonNumber: string | null, croNumber: string | null } | null };

export type SearchPerpetratorsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: PerpetratorFilter | null | undefined;
}>;


export type SearchPerpetratorsQuery = { perpetrators: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, givenName: string, familyName: string, pncId: string | null } }> } };

export type UpdatePerpetratorMutationVariables = Exact<{
  input: UpdatePerpetratorInput;
}>;


export type UpdatePerpetratorMutation = { updatePerpetrator: { perpetrator: { version: number, needs: Array<Need>, interpreterRequired: boolean, id: string, givenName: string, familyName: string, dateOfBirth: string, sex: Sex, crn: string | null, pncId: string | null, prisonNumber: string | null, croNumber: string | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type PerpetratorChangesQueryVariables = Exact<{
  id: string;
  first: number;
  after?: string | null | undefined;
}>;


export type PerpetratorChangesQuery = { perpetrator: { id: string, version: number, changes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { version: number, changedFields: Array<string>, reason: string, actorSub: string, actorName: string | null, occurredAt: string, previous: Array<{ field: string, previousValue: string | null }> } }> } } | null };

export type ProgrammesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgrammesQuery = { programmes: Array<{ id: string, code: ProgrammeCode, name: string, mandated: boolean, sessionsTotal: number, completionThreshold: number, closesAfterSession: number | null }> };

export type ReferralResultFragment = { referral: { id: string, status: ReferralStatus, version: number, mandated: boolean, legalBasis: LegalBasis | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> };

export type ReferToProgrammeMutationVariables = Exact<{
  input: ReferToProgrammeInput;
}>;


export type ReferToProgrammeMutation = { referToProgramme: { referral: { id: string, status: ReferralStatus, version: number, mandated: boolean, legalBasis: LegalBasis | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type TransitionReferralMutationVariables = Exact<{
  input: TransitionReferralInput;
}>;


export type TransitionReferralMutation = { transitionReferral: { referral: { id: string, status: ReferralStatus, version: number, mandated: boolean, legalBasis: LegalBasis | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type AllocateToGroupMutationVariables = Exact<{
  input: AllocateToGroupInput;
}>;


export type AllocateToGroupMutation = { allocateToGroup: { referral: { id: string, status: ReferralStatus, version: number, mandated: boolean, legalBasis: LegalBasis | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type TransferToGroupMutationVariables = Exact<{
  input: TransferToGroupInput;
}>;


export type TransferToGroupMutation = { transferToGroup: { referral: { id: string, status: ReferralStatus, version: number, mandated: boolean, legalBasis: LegalBasis | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ReferralDetailQueryVariables = Exact<{
  id: string;
}>;


export type ReferralDetailQuery = { referral: { id: string, status: ReferralStatus, version: number, withdrawalReason: WithdrawalReason | null, history: Array<{ fromStatus: ReferralStatus | null, toStatus: ReferralStatus, version: number, reason: string | null, note: string | null, actorSub: string }>, attendance: { attended: number, late: number, absentAcceptable: number, absentUnacceptable: number, excluded: number, sessionsRecorded: number, sessionsRemaining: number, attendanceRate: number | null, completionThreshold: number, completionThresholdMet: boolean, completionStillPossible: boolean }, enforcement: { warningsInLast12Months: number, breachRequired: boolean, unacceptableFailures: number } | null } | null };

export type ProbationReferralsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: ReferralFilter | null | undefined;
}>;


export type ProbationReferralsQuery = { referrals: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: ReferralStatus, version: number, perpetrator: { id: string, givenName: string, familyName: string, crn: string | null }, programme: { code: ProgrammeCode }, group: { id: string, name: string } | null, attendance: { attended: number, sessionsRemaining: number, attendanceRate: number | null, completionThresholdMet: boolean, completionStillPossible: boolean }, enforcement: { warningsInLast12Months: number, breachRequired: boolean } | null } }> } };

export type VictimFieldsFragment = { id: string, givenName: string, familyName: string, dateOfBirth: string | null, version: number };

export type ContactSafetyFieldsFragment = { safeContactMethod: SafeContactMethod | null, safeContactTimes: string | null, addressKnownToPerpetrator: boolean | null, notes: string | null };

export type RiskAssessmentFieldsFragment = { id: string, assessedOn: string, yesCount: number, scoreLevel: DashRiskLevel, judgementLevel: DashRiskLevel | null, judgementReason: string | null, level: DashRiskLevel, assessedBy: string };

export type MaracReferralFieldsFragment = { id: string, referredOn: string, grounds: Array<MaracGround>, judgementReason: string | null, isRepeat: boolean, hearingOn: string | null, referringAgency: string | null, previousReferral: { id: string, referredOn: string } | null, escalation: { incidentsInWindow: number, threshold: number, windowMonths: number, met: boolean } };

export type SupportAllocationFieldsFragment = { id: string, kind: SupportWorkerKind, workerName: string, workerSubject: string | null, organisation: string, startedOn: string, endedOn: string | null, current: boolean };

export type ProtectiveOrderFieldsFragment = { id: string, type: ProtectiveOrderType, reference: string | null, issuedBy: string | null, conditions: Array<string>, startsOn: string, endsOn: string | null, inForce: boolean, daysUntilExpiry: number | null, expiresWithinDays: boolean, version: number };

export type SafetyAlertFieldsFragment = { id: string, kind: SafetyAlertKind, summary: string, occurredAt: string, createdAt: string, recipientSubject: string | null, acknowledged: boolean, acknowledgedAt: string | null, acknowledgedBy: string | null, acknowledgementNote: string | null };

export type VictimSafetyViewQueryVariables = Exact<{
  perpetratorId: string;
}>;


export type VictimSafetyViewQuery = { node:
    | { id: string, givenName: string, familyName: string, victimLinks: Array<{ id: string, relationship: VictimRelationship, startedOn: string, endedOn: string | null, current: boolean, victim: { id: string, givenName: string, familyName: string, dateOfBirth: string | null, version: number, contactSafety: { safeContactMethod: SafeContactMethod | null, safeContactTimes: string | null, addressKnownToPerpetrator: boolean | null, notes: string | null } | null, supportWorkers: Array<{ id: string, kind: SupportWorkerKind, workerName: string, workerSubject: string | null, organisation: string, startedOn: string, endedOn: string | null, current: boolean }> }, currentRisk: { id: string, assessedOn: string, yesCount: number, scoreLevel: DashRiskLevel, judgementLevel: DashRiskLevel | null, judgementReason: string | null, level: DashRiskLevel, assessedBy: string } | null, maracReferrals: Array<{ id: string, referredOn: string, grounds: Array<MaracGround>, judgementReason: string | null, isRepeat: boolean, hearingOn: string | null, referringAgency: string | null, previousReferral: { id: string, referredOn: string } | null, escalation: { incidentsInWindow: number, threshold: number, windowMonths: number, met: boolean } }>, escalation: { incidentsInWindow: number, threshold: number, windowMonths: number, met: boolean } }>, protectiveOrders: Array<{ id: string, type: ProtectiveOrderType, reference: string | null, issuedBy: string | null, conditions: Array<string>, startsOn: string, endsOn: string | null, inForce: boolean, daysUntilExpiry: number | null, expiresWithinDays: boolean, version: number, protectedPeople: Array<{ id: string }> }> }
    | Record<PropertyKey, never>
   | null };

export type VictimSafetyCaseloadQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type VictimSafetyCaseloadQuery = { perpetrators: { edges: Array<{ node: { id: string, victimLinks: Array<{ id: string, relationship: VictimRelationship, victim: { id: string, givenName: string, familyName: string, dateOfBirth: string | null, version: number, supportWorkers: Array<{ id: string, kind: SupportWorkerKind, workerName: string, workerSubject: string | null, organisation: string, startedOn: string, endedOn: string | null, current: boolean }> }, currentRisk: { id: string, assessedOn: string, yesCount: number, scoreLevel: DashRiskLevel, judgementLevel: DashRiskLevel | null, judgementReason: string | null, level: DashRiskLevel, assessedBy: string } | null, maracReferrals: Array<{ id: string, referredOn: string, grounds: Array<MaracGround>, judgementReason: string | null, isRepeat: boolean, hearingOn: string | null, referringAgency: string | null, previousReferral: { id: string, referredOn: string } | null, escalation: { incidentsInWindow: number, threshold: number, windowMonths: number, met: boolean } }> }>, protectiveOrders: Array<{ id: string, type: ProtectiveOrderType, reference: string | null, issuedBy: string | null, conditions: Array<string>, startsOn: string, endsOn: string | null, inForce: boolean, daysUntilExpiry: number | null, expiresWithinDays: boolean, version: number, protectedPeople: Array<{ id: string }> }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type VictimByIdQueryVariables = Exact<{
  id: string;
}>;


export type VictimByIdQuery = { node:
    | { id: string, givenName: string, familyName: string, dateOfBirth: string | null, version: number, contactSafety: { safeContactMethod: SafeContactMethod | null, safeContactTimes: string | null, addressKnownToPerpetrator: boolean | null, notes: string | null } | null, links: Array<{ id: string, relationship: VictimRelationship, current: boolean, perpetrator: { id: string }, riskAssessments: Array<{ answers: Array<DashAnswer>, assessedByName: string | null, id: string, assessedOn: string, yesCount: number, scoreLevel: DashRiskLevel, judgementLevel: DashRiskLevel | null, judgementReason: string | null, level: DashRiskLevel, assessedBy: string }>, incidents: Array<{ id: string, occurredOn: string, policeReference: string | null, recordedBy: string }> }>, supportWorkers: Array<{ id: string, kind: SupportWorkerKind, workerName: string, workerSubject: string | null, organisation: string, startedOn: string, endedOn: string | null, current: boolean }>, currentIdva: { id: string, kind: SupportWorkerKind, workerName: string, workerSubject: string | null, organisation: string, startedOn: string, endedOn: string | null, current: boolean } | null, protectiveOrders: Array<{ id: string, type: ProtectiveOrderType, reference: string | null, issuedBy: string | null, conditions: Array<string>, startsOn: string, endsOn: string | null, inForce: boolean, daysUntilExpiry: number | null, expiresWithinDays: boolean, version: number }> }
    | Record<PropertyKey, never>
   | null };

export type SearchVictimsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: VictimFilter | null | undefined;
}>;


export type SearchVictimsQuery = { victims: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, givenName: string, familyName: string, dateOfBirth: string | null, version: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type HasActiveSafetyConcernsQueryVariables = Exact<{
  perpetratorId: string;
}>;


export type HasActiveSafetyConcernsQuery = { node:
    | { id: string, hasActiveSafetyConcerns: boolean }
    | Record<PropertyKey, never>
   | null };

export type VictimSafetyStatisticsQueryVariables = Exact<{ [key: string]: never; }>;


export type VictimSafetyStatisticsQuery = { victimSafetyStatistics: { asOf: string, maracReferralsLast12Months: number | null, repeatMaracReferralsLast12Months: number | null, victimsWithCurrentIdva: number | null, suppressed: boolean, linksByRisk: Array<{ key: string, count: number | null }>, ordersInForceByType: Array<{ key: string, count: number | null }> } };

export type RecordVictimMutationVariables = Exact<{
  input: RecordVictimInput;
}>;


export type RecordVictimMutation = { recordVictim: { victim: { id: string, givenName: string, familyName: string, dateOfBirth: string | null, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type UpdateVictimMutationVariables = Exact<{
  input: UpdateVictimInput;
}>;


export type UpdateVictimMutation = { updateVictim: { victim: { id: string, givenName: string, familyName: string, dateOfBirth: string | null, version: number, contactSafety: { safeContactMethod: SafeContactMethod | null, safeContactTimes: string | null, addressKnownToPerpetrator: boolean | null, notes: string | null } | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type LinkVictimToPerpetratorMutationVariables = Exact<{
  input: LinkVictimInput;
}>;


export type LinkVictimToPerpetratorMutation = { linkVictimToPerpetrator: { link: { id: string, relationship: VictimRelationship, startedOn: string, endedOn: string | null, current: boolean } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type EndVictimLinkMutationVariables = Exact<{
  input: EndVictimLinkInput;
}>;


export type EndVictimLinkMutation = { endVictimLink: { link: { id: string, endedOn: string | null, current: boolean } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type RecordRiskAssessmentMutationVariables = Exact<{
  input: RecordRiskAssessmentInput;
}>;


export type RecordRiskAssessmentMutation = { recordRiskAssessment: { assessment: { id: string, assessedOn: string, yesCount: number, scoreLevel: DashRiskLevel, judgementLevel: DashRiskLevel | null, judgementReason: string | null, level: DashRiskLevel, assessedBy: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type RecordSafetyIncidentMutationVariables = Exact<{
  input: RecordSafetyIncidentInput;
}>;


export type RecordSafetyIncidentMutation = { recordSafetyIncident: { incident: { id: string, occurredOn: string, policeReference: string | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ReferToMaracMutationVariables = Exact<{
  input: ReferToMaracInput;
}>;


export type ReferToMaracMutation = { referToMarac: { maracReferral: { id: string, referredOn: string, grounds: Array<MaracGround>, judgementReason: string | null, isRepeat: boolean, hearingOn: string | null, referringAgency: string | null, previousReferral: { id: string, referredOn: string } | null, escalation: { incidentsInWindow: number, threshold: number, windowMonths: number, met: boolean } } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type SetMaracHearingMutationVariables = Exact<{
  input: SetMaracHearingInput;
}>;


export type SetMaracHearingMutation = { setMaracHearing: { maracReferral: { id: string, hearingOn: string | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type AllocateSupportWorkerMutationVariables = Exact<{
  input: AllocateSupportWorkerInput;
}>;


export type AllocateSupportWorkerMutation = { allocateSupportWorker: { allocation: { id: string, kind: SupportWorkerKind, workerName: string, workerSubject: string | null, organisation: string, startedOn: string, endedOn: string | null, current: boolean } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type EndSupportAllocationMutationVariables = Exact<{
  input: EndSupportAllocationInput;
}>;


export type EndSupportAllocationMutation = { endSupportAllocation: { allocation: { id: string, kind: SupportWorkerKind, workerName: string, workerSubject: string | null, organisation: string, startedOn: string, endedOn: string | null, current: boolean } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type RecordProtectiveOrderMutationVariables = Exact<{
  input: RecordProtectiveOrderInput;
}>;


export type RecordProtectiveOrderMutation = { recordProtectiveOrder: { order: { id: string, type: ProtectiveOrderType, reference: string | null, issuedBy: string | null, conditions: Array<string>, startsOn: string, endsOn: string | null, inForce: boolean, daysUntilExpiry: number | null, expiresWithinDays: boolean, version: number, protectedPeople: Array<{ id: string }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type VaryProtectiveOrderMutationVariables = Exact<{
  input: VaryProtectiveOrderInput;
}>;


export type VaryProtectiveOrderMutation = { varyProtectiveOrder: { order: { id: string, type: ProtectiveOrderType, reference: string | null, issuedBy: string | null, conditions: Array<string>, startsOn: string, endsOn: string | null, inForce: boolean, daysUntilExpiry: number | null, expiresWithinDays: boolean, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type SafetyAlertsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: SafetyAlertFilter | null | undefined;
}>;


export type SafetyAlertsQuery = { safetyAlerts: { totalCount: number, edges: Array<{ node: { id: string, kind: SafetyAlertKind, summary: string, occurredAt: string, createdAt: string, recipientSubject: string | null, acknowledged: boolean, acknowledgedAt: string | null, acknowledgedBy: string | null, acknowledgementNote: string | null, victim: { id: string }, perpetrator: { id: string }, referral: { id: string, status: ReferralStatus } | null, order: { id: string, type: ProtectiveOrderType, endsOn: string | null } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AcknowledgeSafetyAlertMutationVariables = Exact<{
  input: AcknowledgeSafetyAlertInput;
}>;


export type AcknowledgeSafetyAlertMutation = { acknowledgeSafetyAlert: { alert: { id: string, kind: SafetyAlertKind, summary: string, occurredAt: string, createdAt: string, recipientSubject: string | null, acknowledged: boolean, acknowledgedAt: string | null, acknowledgedBy: string | null, acknowledgementNote: string | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type RaiseExpiringOrderAlertsMutationVariables = Exact<{ [key: string]: never; }>;


export type RaiseExpiringOrderAlertsMutation = { raiseExpiringOrderAlerts: { alertsRaised: number } };

export type SafetyAlertCreatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type SafetyAlertCreatedSubscription = { safetyAlertCreated: { id: string, kind: SafetyAlertKind, summary: string, occurredAt: string, createdAt: string, recipientSubject: string | null, acknowledged: boolean, acknowledgedAt: string | null, acknowledgedBy: string | null, acknowledgementNote: string | null, victim: { id: string }, perpetrator: { id: string } } };

export type AuditEventsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: AuditEventFilter | null | undefined;
}>;


export type AuditEventsQuery = { auditEvents: { totalCount: number, edges: Array<{ node: { id: string, occurredAt: string, action: AuditAction, entityType: string, entityId: string, fields: Array<string>, purpose: string | null, victimIds: Array<string>, perpetratorId: string | null, recipients: Array<string> | null, requestId: string, operationName: string | null, actor: { sub: string, name: string | null, roles: Array<string>, org: string | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export const CaseAllocationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseAllocationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseAllocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"practitionerSub"}},{"kind":"Field","name":{"kind":"Name","value":"practitionerName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedBy"}}]}}]} as unknown as DocumentNode<CaseAllocationFieldsFragment, unknown>;
export const EnforcementActionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnforcementActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnforcementAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"takenOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]} as unknown as DocumentNode<EnforcementActionFieldsFragment, unknown>;
export const EnforcementRecordFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnforcementRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enforcement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warningsInLast12Months"}},{"kind":"Field","name":{"kind":"Name","value":"breachRequired"}},{"kind":"Field","name":{"kind":"Name","value":"unacceptableFailures"}},{"kind":"Field","name":{"kind":"Name","value":"warningLettersIssued"}},{"kind":"Field","name":{"kind":"Name","value":"breachProceedingsStarted"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnforcementActionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"failureAt"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnforcementActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnforcementAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"takenOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]} as unknown as DocumentNode<EnforcementRecordFieldsFragment, unknown>;
export const UserErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<UserErrorFieldsFragment, unknown>;
export const StaffFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IomStaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"collarNumber"}},{"kind":"Field","name":{"kind":"Name","value":"force"}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<StaffFieldsFragment, unknown>;
export const MembershipFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IomMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"selectionSource"}},{"kind":"Field","name":{"kind":"Name","value":"cohortType"}},{"kind":"Field","name":{"kind":"Name","value":"rfgScore"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deselectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"deselectionNote"}}]}}]} as unknown as DocumentNode<MembershipFieldsFragment, unknown>;
export const ActionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pathway"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]} as unknown as DocumentNode<ActionFieldsFragment, unknown>;
export const PlanFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InterventionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"daysReviewOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pathway"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]} as unknown as DocumentNode<PlanFieldsFragment, unknown>;
export const PerpetratorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PerpetratorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Perpetrator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"crn"}},{"kind":"Field","name":{"kind":"Name","value":"pncId"}},{"kind":"Field","name":{"kind":"Name","value":"prisonNumber"}},{"kind":"Field","name":{"kind":"Name","value":"croNumber"}}]}}]} as unknown as DocumentNode<PerpetratorFieldsFragment, unknown>;
export const ReferralResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"mandated"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ReferralResultFragment, unknown>;
export const VictimFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VictimFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Victim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<VictimFieldsFragment, unknown>;
export const ContactSafetyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactSafetyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactSafety"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"safeContactMethod"}},{"kind":"Field","name":{"kind":"Name","value":"safeContactTimes"}},{"kind":"Field","name":{"kind":"Name","value":"addressKnownToPerpetrator"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]} as unknown as DocumentNode<ContactSafetyFieldsFragment, unknown>;
export const RiskAssessmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskAssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"yesCount"}},{"kind":"Field","name":{"kind":"Name","value":"scoreLevel"}},{"kind":"Field","name":{"kind":"Name","value":"judgementLevel"}},{"kind":"Field","name":{"kind":"Name","value":"judgementReason"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"assessedBy"}}]}}]} as unknown as DocumentNode<RiskAssessmentFieldsFragment, unknown>;
export const MaracReferralFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaracReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaracReferral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}},{"kind":"Field","name":{"kind":"Name","value":"grounds"}},{"kind":"Field","name":{"kind":"Name","value":"judgementReason"}},{"kind":"Field","name":{"kind":"Name","value":"isRepeat"}},{"kind":"Field","name":{"kind":"Name","value":"previousReferral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentsInWindow"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"windowMonths"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hearingOn"}},{"kind":"Field","name":{"kind":"Name","value":"referringAgency"}}]}}]} as unknown as DocumentNode<MaracReferralFieldsFragment, unknown>;
export const SupportAllocationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportAllocationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportAllocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"workerName"}},{"kind":"Field","name":{"kind":"Name","value":"workerSubject"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]} as unknown as DocumentNode<SupportAllocationFieldsFragment, unknown>;
export const ProtectiveOrderFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProtectiveOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProtectiveOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"daysUntilExpiry"}},{"kind":"Field","name":{"kind":"Name","value":"expiresWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ProtectiveOrderFieldsFragment, unknown>;
export const SafetyAlertFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyAlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SafetyAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"recipientSubject"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgementNote"}}]}}]} as unknown as DocumentNode<SafetyAlertFieldsFragment, unknown>;
export const RecordSessionAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSessionAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSessionAttendanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSessionAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"behaviourConcern"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"superseded"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RecordSessionAttendanceMutation, RecordSessionAttendanceMutationVariables>;
export const SessionRegisterHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionRegisterHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmeSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"registerHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"superseded"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SessionRegisterHistoryQuery, SessionRegisterHistoryQueryVariables>;
export const AddCatchUpSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCatchUpSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCatchUpSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCatchUpSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"catchUpFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"catchUpParticipant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AddCatchUpSessionMutation, AddCatchUpSessionMutationVariables>;
export const AllocateCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AllocateCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AllocateCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocateCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseAllocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseAllocationFields"}},{"kind":"Field","name":{"kind":"Name","value":"perpetrator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseAllocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseAllocationHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseAllocationFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseAllocationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseAllocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"practitionerSub"}},{"kind":"Field","name":{"kind":"Name","value":"practitionerName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedBy"}}]}}]} as unknown as DocumentNode<AllocateCaseMutation, AllocateCaseMutationVariables>;
export const EndCaseAllocationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndCaseAllocation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndCaseAllocationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCaseAllocation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseAllocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseAllocationFields"}},{"kind":"Field","name":{"kind":"Name","value":"perpetrator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseAllocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseAllocationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseAllocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"practitionerSub"}},{"kind":"Field","name":{"kind":"Name","value":"practitionerName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedBy"}}]}}]} as unknown as DocumentNode<EndCaseAllocationMutation, EndCaseAllocationMutationVariables>;
export const PerpetratorCaseAllocationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PerpetratorCaseAllocations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"perpetrator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseAllocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseAllocationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseAllocationHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseAllocationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseAllocationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseAllocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"practitionerSub"}},{"kind":"Field","name":{"kind":"Name","value":"practitionerName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedBy"}}]}}]} as unknown as DocumentNode<PerpetratorCaseAllocationsQuery, PerpetratorCaseAllocationsQueryVariables>;
export const CaseAllocationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseAllocations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseAllocationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseAllocations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseAllocationFields"}},{"kind":"Field","name":{"kind":"Name","value":"perpetrator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseAllocationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseAllocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"practitionerSub"}},{"kind":"Field","name":{"kind":"Name","value":"practitionerName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedBy"}}]}}]} as unknown as DocumentNode<CaseAllocationsQuery, CaseAllocationsQueryVariables>;
export const CaseAllocationNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseAllocationNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseAllocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseAllocationFields"}},{"kind":"Field","name":{"kind":"Name","value":"perpetrator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseAllocationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CaseAllocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"practitionerSub"}},{"kind":"Field","name":{"kind":"Name","value":"practitionerName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedBy"}}]}}]} as unknown as DocumentNode<CaseAllocationNodeQuery, CaseAllocationNodeQueryVariables>;
export const RecordEnforcementActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordEnforcementAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordEnforcementActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEnforcementAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enforcementAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnforcementActionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"enforcement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnforcementRecordFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnforcementActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnforcementAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"takenOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnforcementRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enforcement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warningsInLast12Months"}},{"kind":"Field","name":{"kind":"Name","value":"breachRequired"}},{"kind":"Field","name":{"kind":"Name","value":"unacceptableFailures"}},{"kind":"Field","name":{"kind":"Name","value":"warningLettersIssued"}},{"kind":"Field","name":{"kind":"Name","value":"breachProceedingsStarted"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnforcementActionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"failureAt"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<RecordEnforcementActionMutation, RecordEnforcementActionMutationVariables>;
export const ReferralEnforcementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralEnforcement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"mandated"}},{"kind":"Field","name":{"kind":"Name","value":"enforcement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnforcementRecordFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnforcementActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnforcementAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"takenOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnforcementRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enforcement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warningsInLast12Months"}},{"kind":"Field","name":{"kind":"Name","value":"breachRequired"}},{"kind":"Field","name":{"kind":"Name","value":"unacceptableFailures"}},{"kind":"Field","name":{"kind":"Name","value":"warningLettersIssued"}},{"kind":"Field","name":{"kind":"Name","value":"breachProceedingsStarted"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnforcementActionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"failureAt"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<ReferralEnforcementQuery, ReferralEnforcementQueryVariables>;
export const ReferralsEnforcementPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralsEnforcementPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enforcement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnforcementRecordFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnforcementActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnforcementAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"takenOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByName"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnforcementRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enforcement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warningsInLast12Months"}},{"kind":"Field","name":{"kind":"Name","value":"breachRequired"}},{"kind":"Field","name":{"kind":"Name","value":"unacceptableFailures"}},{"kind":"Field","name":{"kind":"Name","value":"warningLettersIssued"}},{"kind":"Field","name":{"kind":"Name","value":"breachProceedingsStarted"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnforcementActionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"failureAt"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<ReferralsEnforcementPageQuery, ReferralsEnforcementPageQueryVariables>;
export const CreateProgrammeGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProgrammeGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProgrammeGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProgrammeGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"facilitatorSubs"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateProgrammeGroupMutation, CreateProgrammeGroupMutationVariables>;
export const ScheduleSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"format"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ScheduleSessionMutation, ScheduleSessionMutationVariables>;
export const GroupRegisterViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupRegisterView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmeGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"register"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GroupRegisterViewQuery, GroupRegisterViewQueryVariables>;
export const RescheduleSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RescheduleSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RescheduleSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescheduleSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RescheduleSessionMutation, RescheduleSessionMutationVariables>;
export const CancelSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledBy"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CancelSessionMutation, CancelSessionMutationVariables>;
export const SessionChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmeSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledBy"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"previousStart"}},{"kind":"Field","name":{"kind":"Name","value":"newStart"}},{"kind":"Field","name":{"kind":"Name","value":"previousDurationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"newDurationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SessionChangesQuery, SessionChangesQueryVariables>;
export const IomTestNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IomTestNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IomMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"open"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InterventionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","alias":{"kind":"Name","value":"planStatus"},"name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","alias":{"kind":"Name","value":"actionStatus"},"name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IomStaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}}]}}]}}]} as unknown as DocumentNode<IomTestNodeQuery, IomTestNodeQueryVariables>;
export const IomTestReferralPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IomTestReferralPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"perpetrator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iomMembership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IomTestReferralPersonQuery, IomTestReferralPersonQueryVariables>;
export const RegisterIomStaffMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterIomStaffMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterIomStaffMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerIomStaffMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IomStaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"collarNumber"}},{"kind":"Field","name":{"kind":"Name","value":"force"}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<RegisterIomStaffMemberMutation, RegisterIomStaffMemberMutationVariables>;
export const UpdateIomStaffMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateIomStaffMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateIomStaffMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateIomStaffMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IomStaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"collarNumber"}},{"kind":"Field","name":{"kind":"Name","value":"force"}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<UpdateIomStaffMemberMutation, UpdateIomStaffMemberMutationVariables>;
export const IomStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IomStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IomStaffFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iomStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IomStaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"collarNumber"}},{"kind":"Field","name":{"kind":"Name","value":"force"}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<IomStaffQuery, IomStaffQueryVariables>;
export const SelectForIomCohortDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SelectForIomCohort"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SelectForIomCohortInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"selectForIomCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipFields"}},{"kind":"Field","name":{"kind":"Name","value":"offenderManager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IomMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"selectionSource"}},{"kind":"Field","name":{"kind":"Name","value":"cohortType"}},{"kind":"Field","name":{"kind":"Name","value":"rfgScore"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deselectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"deselectionNote"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<SelectForIomCohortMutation, SelectForIomCohortMutationVariables>;
export const DeselectFromIomCohortDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeselectFromIomCohort"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeselectFromIomCohortInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deselectFromIomCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipFields"}},{"kind":"Field","name":{"kind":"Name","value":"offenderManager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offenderManagerHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IomMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"selectionSource"}},{"kind":"Field","name":{"kind":"Name","value":"cohortType"}},{"kind":"Field","name":{"kind":"Name","value":"rfgScore"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deselectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"deselectionNote"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<DeselectFromIomCohortMutation, DeselectFromIomCohortMutationVariables>;
export const AssignOffenderManagerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignOffenderManager"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignOffenderManagerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignOffenderManager"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"offenderManager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offenderManagerHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"assignedBy"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<AssignOffenderManagerMutation, AssignOffenderManagerMutationVariables>;
export const CreateInterventionPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateInterventionPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInterventionPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInterventionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pathway"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InterventionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"daysReviewOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<CreateInterventionPlanMutation, CreateInterventionPlanMutationVariables>;
export const ReplanInterventionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplanIntervention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplanInterventionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replanIntervention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pathway"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InterventionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"daysReviewOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<ReplanInterventionMutation, ReplanInterventionMutationVariables>;
export const AddPlanActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPlanAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddPlanActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPlanAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pathway"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<AddPlanActionMutation, AddPlanActionMutationVariables>;
export const UpdatePlanActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePlanAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePlanActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePlanAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionFields"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pathway"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<UpdatePlanActionMutation, UpdatePlanActionMutationVariables>;
export const RecordPlanReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPlanReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPlanReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlanReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerSub"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOverdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<RecordPlanReviewMutation, RecordPlanReviewMutationVariables>;
export const IomCohortDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IomCohort"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IomCohortFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iomCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipFields"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueActionCount"}},{"kind":"Field","name":{"kind":"Name","value":"perpetrator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"crn"}},{"kind":"Field","name":{"kind":"Name","value":"pncId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offenderManager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"collarNumber"}},{"kind":"Field","name":{"kind":"Name","value":"team"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pathway"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"absentAcceptable"}},{"kind":"Field","name":{"kind":"Name","value":"absentUnacceptable"}},{"kind":"Field","name":{"kind":"Name","value":"excluded"}},{"kind":"Field","name":{"kind":"Name","value":"completionThresholdMet"}}]}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IomMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"selectionSource"}},{"kind":"Field","name":{"kind":"Name","value":"cohortType"}},{"kind":"Field","name":{"kind":"Name","value":"rfgScore"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deselectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"deselectionNote"}}]}}]} as unknown as DocumentNode<IomCohortQuery, IomCohortQueryVariables>;
export const IomMemberPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IomMemberPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iomMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipFields"}},{"kind":"Field","name":{"kind":"Name","value":"selectedBy"}},{"kind":"Field","name":{"kind":"Name","value":"deselectedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueActionCount"}},{"kind":"Field","name":{"kind":"Name","value":"perpetrator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"crn"}},{"kind":"Field","name":{"kind":"Name","value":"pncId"}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"completionThresholdMet"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"offenderManager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offenderManagerHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"assignedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanFields"}},{"kind":"Field","name":{"kind":"Name","value":"lastReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerSub"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewOn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"absentAcceptable"}},{"kind":"Field","name":{"kind":"Name","value":"absentUnacceptable"}},{"kind":"Field","name":{"kind":"Name","value":"excluded"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsRecorded"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"planVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pathway"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pathway"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IomMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"selectionSource"}},{"kind":"Field","name":{"kind":"Name","value":"cohortType"}},{"kind":"Field","name":{"kind":"Name","value":"rfgScore"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deselectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"deselectionNote"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IomStaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"collarNumber"}},{"kind":"Field","name":{"kind":"Name","value":"force"}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InterventionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"daysReviewOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionFields"}}]}}]}}]} as unknown as DocumentNode<IomMemberPageQuery, IomMemberPageQueryVariables>;
export const IomWorkloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IomWorkload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"team"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"byOffenderManager"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iomWorkload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"team"},"value":{"kind":"Variable","name":{"kind":"Name","value":"team"}}},{"kind":"Argument","name":{"kind":"Name","value":"byOffenderManager"},"value":{"kind":"Variable","name":{"kind":"Name","value":"byOffenderManager"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"offenderManager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openMembers"}},{"kind":"Field","name":{"kind":"Name","value":"withoutLivePlan"}},{"kind":"Field","name":{"kind":"Name","value":"reviewsOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"actionsOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"membersWithOverdueActions"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<IomWorkloadQuery, IomWorkloadQueryVariables>;
export const PerpetratorIomMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PerpetratorIomMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"perpetrator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iomMembership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cohortType"}},{"kind":"Field","name":{"kind":"Name","value":"offenderManager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PerpetratorIomMembershipQuery, PerpetratorIomMembershipQueryVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Perpetrator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const CreatePerpetratorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePerpetrator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePerpetratorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPerpetrator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"perpetrator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PerpetratorFields"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"regularContact"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PerpetratorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Perpetrator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"crn"}},{"kind":"Field","name":{"kind":"Name","value":"pncId"}},{"kind":"Field","name":{"kind":"Name","value":"prisonNumber"}},{"kind":"Field","name":{"kind":"Name","value":"croNumber"}}]}}]} as unknown as DocumentNode<CreatePerpetratorMutation, CreatePerpetratorMutationVariables>;
export const PerpetratorLookupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PerpetratorLookup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"crn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pncId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"perpetrator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"crn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"crn"}}},{"kind":"Argument","name":{"kind":"Name","value":"pncId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pncId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PerpetratorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PerpetratorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Perpetrator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"crn"}},{"kind":"Field","name":{"kind":"Name","value":"pncId"}},{"kind":"Field","name":{"kind":"Name","value":"prisonNumber"}},{"kind":"Field","name":{"kind":"Name","value":"croNumber"}}]}}]} as unknown as DocumentNode<PerpetratorLookupQuery, PerpetratorLookupQueryVariables>;
export const SearchPerpetratorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchPerpetrators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PerpetratorFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"perpetrators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"pncId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchPerpetratorsQuery, SearchPerpetratorsQueryVariables>;
export const UpdatePerpetratorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePerpetrator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePerpetratorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePerpetrator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"perpetrator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PerpetratorFields"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterRequired"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PerpetratorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Perpetrator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"crn"}},{"kind":"Field","name":{"kind":"Name","value":"pncId"}},{"kind":"Field","name":{"kind":"Name","value":"prisonNumber"}},{"kind":"Field","name":{"kind":"Name","value":"croNumber"}}]}}]} as unknown as DocumentNode<UpdatePerpetratorMutation, UpdatePerpetratorMutationVariables>;
export const PerpetratorChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PerpetratorChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"perpetrator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"previousValue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actorSub"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PerpetratorChangesQuery, PerpetratorChangesQueryVariables>;
export const ProgrammesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Programmes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mandated"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"completionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"closesAfterSession"}}]}}]}}]} as unknown as DocumentNode<ProgrammesQuery, ProgrammesQueryVariables>;
export const ReferToProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReferToProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferToProgrammeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referToProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"mandated"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ReferToProgrammeMutation, ReferToProgrammeMutationVariables>;
export const TransitionReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"mandated"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<TransitionReferralMutation, TransitionReferralMutationVariables>;
export const AllocateToGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AllocateToGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AllocateToGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocateToGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"mandated"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<AllocateToGroupMutation, AllocateToGroupMutationVariables>;
export const TransferToGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferToGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferToGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferToGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"mandated"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<TransferToGroupMutation, TransferToGroupMutationVariables>;
export const ReferralDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actorSub"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"absentAcceptable"}},{"kind":"Field","name":{"kind":"Name","value":"absentUnacceptable"}},{"kind":"Field","name":{"kind":"Name","value":"excluded"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceRate"}},{"kind":"Field","name":{"kind":"Name","value":"completionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"completionThresholdMet"}},{"kind":"Field","name":{"kind":"Name","value":"completionStillPossible"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warningsInLast12Months"}},{"kind":"Field","name":{"kind":"Name","value":"breachRequired"}},{"kind":"Field","name":{"kind":"Name","value":"unacceptableFailures"}}]}}]}}]}}]} as unknown as DocumentNode<ReferralDetailQuery, ReferralDetailQueryVariables>;
export const ProbationReferralsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProbationReferrals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"perpetrator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"crn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceRate"}},{"kind":"Field","name":{"kind":"Name","value":"completionThresholdMet"}},{"kind":"Field","name":{"kind":"Name","value":"completionStillPossible"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warningsInLast12Months"}},{"kind":"Field","name":{"kind":"Name","value":"breachRequired"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProbationReferralsQuery, ProbationReferralsQueryVariables>;
export const VictimSafetyViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VictimSafetyView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perpetratorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perpetratorId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Perpetrator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"victimLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"victim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VictimFields"}},{"kind":"Field","name":{"kind":"Name","value":"contactSafety"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactSafetyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportWorkers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportAllocationFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskAssessmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maracReferrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaracReferralFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentsInWindow"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"windowMonths"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"protectiveOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProtectiveOrderFields"}},{"kind":"Field","name":{"kind":"Name","value":"protectedPeople"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VictimFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Victim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactSafetyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactSafety"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"safeContactMethod"}},{"kind":"Field","name":{"kind":"Name","value":"safeContactTimes"}},{"kind":"Field","name":{"kind":"Name","value":"addressKnownToPerpetrator"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportAllocationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportAllocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"workerName"}},{"kind":"Field","name":{"kind":"Name","value":"workerSubject"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskAssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"yesCount"}},{"kind":"Field","name":{"kind":"Name","value":"scoreLevel"}},{"kind":"Field","name":{"kind":"Name","value":"judgementLevel"}},{"kind":"Field","name":{"kind":"Name","value":"judgementReason"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"assessedBy"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaracReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaracReferral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}},{"kind":"Field","name":{"kind":"Name","value":"grounds"}},{"kind":"Field","name":{"kind":"Name","value":"judgementReason"}},{"kind":"Field","name":{"kind":"Name","value":"isRepeat"}},{"kind":"Field","name":{"kind":"Name","value":"previousReferral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentsInWindow"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"windowMonths"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hearingOn"}},{"kind":"Field","name":{"kind":"Name","value":"referringAgency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProtectiveOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProtectiveOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"daysUntilExpiry"}},{"kind":"Field","name":{"kind":"Name","value":"expiresWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<VictimSafetyViewQuery, VictimSafetyViewQueryVariables>;
export const VictimSafetyCaseloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VictimSafetyCaseload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"perpetrators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"victimLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"victim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VictimFields"}},{"kind":"Field","name":{"kind":"Name","value":"supportWorkers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportAllocationFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskAssessmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maracReferrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaracReferralFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"protectiveOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"inForceOnly"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProtectiveOrderFields"}},{"kind":"Field","name":{"kind":"Name","value":"protectedPeople"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VictimFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Victim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportAllocationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportAllocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"workerName"}},{"kind":"Field","name":{"kind":"Name","value":"workerSubject"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskAssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"yesCount"}},{"kind":"Field","name":{"kind":"Name","value":"scoreLevel"}},{"kind":"Field","name":{"kind":"Name","value":"judgementLevel"}},{"kind":"Field","name":{"kind":"Name","value":"judgementReason"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"assessedBy"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaracReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaracReferral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}},{"kind":"Field","name":{"kind":"Name","value":"grounds"}},{"kind":"Field","name":{"kind":"Name","value":"judgementReason"}},{"kind":"Field","name":{"kind":"Name","value":"isRepeat"}},{"kind":"Field","name":{"kind":"Name","value":"previousReferral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentsInWindow"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"windowMonths"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hearingOn"}},{"kind":"Field","name":{"kind":"Name","value":"referringAgency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProtectiveOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProtectiveOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"daysUntilExpiry"}},{"kind":"Field","name":{"kind":"Name","value":"expiresWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<VictimSafetyCaseloadQuery, VictimSafetyCaseloadQueryVariables>;
export const VictimByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VictimById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Victim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VictimFields"}},{"kind":"Field","name":{"kind":"Name","value":"contactSafety"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactSafetyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeEnded"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"perpetrator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskAssessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskAssessmentFields"}},{"kind":"Field","name":{"kind":"Name","value":"answers"}},{"kind":"Field","name":{"kind":"Name","value":"assessedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"policeReference"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportWorkers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeEnded"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportAllocationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentIdva"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportAllocationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"protectiveOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProtectiveOrderFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VictimFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Victim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactSafetyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactSafety"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"safeContactMethod"}},{"kind":"Field","name":{"kind":"Name","value":"safeContactTimes"}},{"kind":"Field","name":{"kind":"Name","value":"addressKnownToPerpetrator"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskAssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"yesCount"}},{"kind":"Field","name":{"kind":"Name","value":"scoreLevel"}},{"kind":"Field","name":{"kind":"Name","value":"judgementLevel"}},{"kind":"Field","name":{"kind":"Name","value":"judgementReason"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"assessedBy"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportAllocationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportAllocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"workerName"}},{"kind":"Field","name":{"kind":"Name","value":"workerSubject"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProtectiveOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProtectiveOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"daysUntilExpiry"}},{"kind":"Field","name":{"kind":"Name","value":"expiresWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<VictimByIdQuery, VictimByIdQueryVariables>;
export const SearchVictimsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchVictims"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VictimFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"victims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VictimFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VictimFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Victim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SearchVictimsQuery, SearchVictimsQueryVariables>;
export const HasActiveSafetyConcernsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HasActiveSafetyConcerns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perpetratorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perpetratorId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Perpetrator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hasActiveSafetyConcerns"}}]}}]}}]}}]} as unknown as DocumentNode<HasActiveSafetyConcernsQuery, HasActiveSafetyConcernsQueryVariables>;
export const VictimSafetyStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VictimSafetyStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"victimSafetyStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"linksByRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maracReferralsLast12Months"}},{"kind":"Field","name":{"kind":"Name","value":"repeatMaracReferralsLast12Months"}},{"kind":"Field","name":{"kind":"Name","value":"ordersInForceByType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"victimsWithCurrentIdva"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<VictimSafetyStatisticsQuery, VictimSafetyStatisticsQueryVariables>;
export const RecordVictimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordVictim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordVictimInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordVictim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"victim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VictimFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VictimFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Victim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<RecordVictimMutation, RecordVictimMutationVariables>;
export const UpdateVictimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateVictim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateVictimInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateVictim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"victim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VictimFields"}},{"kind":"Field","name":{"kind":"Name","value":"contactSafety"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactSafetyFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VictimFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Victim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactSafetyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactSafety"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"safeContactMethod"}},{"kind":"Field","name":{"kind":"Name","value":"safeContactTimes"}},{"kind":"Field","name":{"kind":"Name","value":"addressKnownToPerpetrator"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<UpdateVictimMutation, UpdateVictimMutationVariables>;
export const LinkVictimToPerpetratorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkVictimToPerpetrator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkVictimInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkVictimToPerpetrator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<LinkVictimToPerpetratorMutation, LinkVictimToPerpetratorMutationVariables>;
export const EndVictimLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndVictimLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndVictimLinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endVictimLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<EndVictimLinkMutation, EndVictimLinkMutationVariables>;
export const RecordRiskAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordRiskAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRiskAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRiskAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskAssessmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskAssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"yesCount"}},{"kind":"Field","name":{"kind":"Name","value":"scoreLevel"}},{"kind":"Field","name":{"kind":"Name","value":"judgementLevel"}},{"kind":"Field","name":{"kind":"Name","value":"judgementReason"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"assessedBy"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<RecordRiskAssessmentMutation, RecordRiskAssessmentMutationVariables>;
export const RecordSafetyIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSafetyIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSafetyIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSafetyIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"policeReference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<RecordSafetyIncidentMutation, RecordSafetyIncidentMutationVariables>;
export const ReferToMaracDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReferToMarac"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferToMaracInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referToMarac"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maracReferral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaracReferralFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaracReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaracReferral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}},{"kind":"Field","name":{"kind":"Name","value":"grounds"}},{"kind":"Field","name":{"kind":"Name","value":"judgementReason"}},{"kind":"Field","name":{"kind":"Name","value":"isRepeat"}},{"kind":"Field","name":{"kind":"Name","value":"previousReferral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentsInWindow"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"windowMonths"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hearingOn"}},{"kind":"Field","name":{"kind":"Name","value":"referringAgency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<ReferToMaracMutation, ReferToMaracMutationVariables>;
export const SetMaracHearingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMaracHearing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMaracHearingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMaracHearing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maracReferral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hearingOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<SetMaracHearingMutation, SetMaracHearingMutationVariables>;
export const AllocateSupportWorkerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AllocateSupportWorker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AllocateSupportWorkerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocateSupportWorker"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportAllocationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportAllocationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportAllocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"workerName"}},{"kind":"Field","name":{"kind":"Name","value":"workerSubject"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<AllocateSupportWorkerMutation, AllocateSupportWorkerMutationVariables>;
export const EndSupportAllocationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndSupportAllocation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndSupportAllocationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endSupportAllocation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportAllocationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportAllocationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportAllocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"workerName"}},{"kind":"Field","name":{"kind":"Name","value":"workerSubject"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<EndSupportAllocationMutation, EndSupportAllocationMutationVariables>;
export const RecordProtectiveOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordProtectiveOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordProtectiveOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordProtectiveOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProtectiveOrderFields"}},{"kind":"Field","name":{"kind":"Name","value":"protectedPeople"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProtectiveOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProtectiveOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"daysUntilExpiry"}},{"kind":"Field","name":{"kind":"Name","value":"expiresWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<RecordProtectiveOrderMutation, RecordProtectiveOrderMutationVariables>;
export const VaryProtectiveOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VaryProtectiveOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VaryProtectiveOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"varyProtectiveOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProtectiveOrderFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProtectiveOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProtectiveOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"daysUntilExpiry"}},{"kind":"Field","name":{"kind":"Name","value":"expiresWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<VaryProtectiveOrderMutation, VaryProtectiveOrderMutationVariables>;
export const SafetyAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SafetyAlerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SafetyAlertFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"safetyAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SafetyAlertFields"}},{"kind":"Field","name":{"kind":"Name","value":"victim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"perpetrator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyAlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SafetyAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"recipientSubject"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgementNote"}}]}}]} as unknown as DocumentNode<SafetyAlertsQuery, SafetyAlertsQueryVariables>;
export const AcknowledgeSafetyAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeSafetyAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcknowledgeSafetyAlertInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeSafetyAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SafetyAlertFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyAlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SafetyAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"recipientSubject"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgementNote"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<AcknowledgeSafetyAlertMutation, AcknowledgeSafetyAlertMutationVariables>;
export const RaiseExpiringOrderAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaiseExpiringOrderAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseExpiringOrderAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertsRaised"}}]}}]}}]} as unknown as DocumentNode<RaiseExpiringOrderAlertsMutation, RaiseExpiringOrderAlertsMutationVariables>;
export const SafetyAlertCreatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SafetyAlertCreated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"safetyAlertCreated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SafetyAlertFields"}},{"kind":"Field","name":{"kind":"Name","value":"victim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"perpetrator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyAlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SafetyAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"recipientSubject"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgementNote"}}]}}]} as unknown as DocumentNode<SafetyAlertCreatedSubscription, SafetyAlertCreatedSubscriptionVariables>;
export const AuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"org"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"victimIds"}},{"kind":"Field","name":{"kind":"Name","value":"perpetratorId"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"operationName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;