/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Marks an alert as seen and acted on. */
export type AcknowledgeSafetyAlertInput = {
  /** The alert's global id; it must not be acknowledged already. */
  alertId: string;
  /** What was done, e.g. "Called the victim; safety plan reviewed". */
  note?: string | null | undefined;
};

/** The agency that owns a plan action. */
export type ActionOwnerAgency =
  /** The local council (e.g. housing, children's services). */
  | 'COUNCIL'
  /** Health services (e.g. GP, mental-health or drug and alcohol services). */
  | 'HEALTH'
  /** The police. */
  | 'POLICE'
  /** The Probation Service. */
  | 'PROBATION'
  /** A voluntary or community organisation. */
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

/** Adds a facilitator to a group from a date. */
export type AddGroupFacilitatorInput = {
  /** JWT subject of the facilitator; refused (DUPLICATE) if they are already on the group's list. */
  facilitatorSub: string;
  /** The group (open, not closed). */
  groupId: string;
  /** Why they are added (up to 500 characters). */
  reason?: string | null | undefined;
  /** The first day they see and run the group: today (the default) or later, never earlier. */
  startedOn?: string | null | undefined;
};

/** An action to add to a live plan. */
export type AddPlanActionInput = {
  /** The action to add. */
  action: PlanActionInput;
  /** The live plan's global id. */
  planId: string;
};

/** Gives a person's probation case to a practitioner and organisation (admins only); an open allocation of the case ends the day this one starts. */
export type AllocateCaseInput = {
  /** The responsible organisation, 1 to 200 characters. */
  organisation: string;
  /** The person's global id. */
  perpetratorId: string;
  /** The practitioner's name, up to 200 characters; optional. */
  practitionerName?: string | null | undefined;
  /** JWT subject of the probation practitioner who will hold the case. */
  practitionerSub: string;
  /** Why the case moves; recorded on the allocation it ends. */
  reason?: string | null | undefined;
  /** Defaults to today. The open allocation, if any, ends on this day. */
  startedOn?: string | null | undefined;
};

/** A support worker for a victim (police safeguarding); a victim has at most one current IDVA. */
export type AllocateSupportWorkerInput = {
  /** What kind of support the worker gives. */
  kind: SupportWorkerKind;
  /** The worker's organisation, 1 to 100 characters. */
  organisation: string;
  /** The first day of the allocation (a calendar date, not in the future). */
  startedOn: string;
  /** The victim's global id. */
  victimId: string;
  /** The worker's name, 1 to 100 characters. */
  workerName: string;
  /** The worker's JWT subject, so safety alerts reach them. */
  workerSub?: string | null | undefined;
  /**
   * The worker's JWT subject.
   * @deprecated Use workerSub: a person's JWT subject is named …Sub, like the JWT claim and Viewer.sub.
   */
  workerSubject?: string | null | undefined;
};

/** A place for an AWAITING_ALLOCATION referral in a group of its programme. */
export type AllocateToGroupInput = {
  /** The referral's version the caller last saw; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  /** The group's global id: a group of the referral's programme that is still open to new members and has a place. */
  groupId: string;
  /** The referral's global id. */
  referralId: string;
};

/** A new offender manager for a member (IOM supervisors or admins). */
export type AssignOffenderManagerInput = {
  /** The membership's global id; it must still be open. */
  membershipId: string;
  /** Why the member changes hands, up to 2000 characters; optional. */
  reason?: string | null | undefined;
  /** The new offender manager's staff id (global id): an active staff member other than the current one. */
  staffId: string;
  /** The day the new offender manager takes over; the current assignment ends then. */
  startedOn: string;
};

/** A participant's outcome for one session, as the facilitator records it on the register. */
export type AttendanceOutcome =
  /** Absent with a reason given and accepted. */
  | 'ABSENT_ACCEPTABLE'
  /** Absent without an acceptable reason; on a mandated programme this counts towards warning and breach. */
  | 'ABSENT_UNACCEPTABLE'
  /** Attended the session. */
  | 'ATTENDED'
  /** Asked to leave the session. */
  | 'EXCLUDED'
  /** Arrived late; counts as attended. */
  | 'LATE';

/** The DPA 2018 s.62 processing operations: CONSULTATION is a read, DISCLOSURE a sending to others. */
export type AuditAction =
  /** A record was changed. */
  | 'ALTERATION'
  /** A record was created: data about a person was first recorded. */
  | 'COLLECTION'
  /** Records were combined with other data (an s.62 operation, listed for completeness). */
  | 'COMBINATION'
  /** A record was read: returned to the caller, whatever was selected of it. */
  | 'CONSULTATION'
  /** A record was disclosed to others by the system (the recipients field says to whom), e.g. a safety alert raised for support workers. */
  | 'DISCLOSURE'
  /** A record was erased; the log keeps metadata only, never the erased content. */
  | 'ERASURE';

/** Narrows the audit log; every field given must match (fields left out or null do not filter). */
export type AuditEventFilter = {
  /** Only events of this processing operation. */
  action?: AuditAction | null | undefined;
  /** The JWT subject of whoever acted. */
  actorSub?: string | null | undefined;
  /** Only events about records of this GraphQL type, exactly as written, e.g. "Victim". */
  entityType?: string | null | undefined;
  /** From this instant (inclusive). */
  from?: string | null | undefined;
  /** A Victim or Perpetrator global id: every event about that person. */
  personId?: string | null | undefined;
  /** Only events of the request the server gave this id (its X-Request-Id response header). */
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

/** Narrows a list of case allocations; every field given must match (fields left out or null do not filter). */
export type CaseAllocationFilter = {
  /** Ended allocations too; by default only open ones. */
  includeEnded?: boolean | null | undefined;
  /** Only allocations to this organisation (exact match). */
  organisation?: string | null | undefined;
  /** Only allocations to this practitioner (their JWT subject, exact match). */
  practitionerSub?: string | null | undefined;
};

/** A child to record with a new person. */
export type ChildInput = {
  /** The child's date of birth (a calendar date, not in the future). */
  dateOfBirth: string;
  /** Whether the person has regular contact with the child; true when left out. */
  regularContact?: boolean | null | undefined;
  /** How the person is the child's parent; BIRTH when left out. */
  relationship?: ChildRelationship | null | undefined;
};

/** How a person is a child's parent (Caring Dads takes birth, step and social fathers). */
export type ChildRelationship =
  /** The child's birth parent. */
  | 'BIRTH'
  /** Another relationship to the child. */
  | 'OTHER'
  /** A social parent: someone in a parenting role who is neither birth nor step-parent. */
  | 'SOCIAL'
  /** A step-parent: the partner of the child's parent. */
  | 'STEP';

/** Closes a group that has finished its work. */
export type CloseGroupInput = {
  /** The group's version as read; a different current version is refused with CONFLICT. */
  expectedVersion: number;
  /** The group (open). */
  groupId: string;
  /** Why the group closes (1 to 500 characters). */
  reason: string;
};

/** How to reach a victim safely. Given, it replaces all of the victim's contact-safety details; a field left out is cleared. */
export type ContactSafetyInput = {
  /** Whether the perpetrator knows where the victim lives; null when not known. */
  addressKnownToPerpetrator?: boolean | null | undefined;
  /** Anything else about contacting the victim safely, up to 2000 characters. */
  notes?: string | null | undefined;
  /** How the victim may safely be contacted. */
  safeContactMethod?: SafeContactMethod | null | undefined;
  /** When contact is safe, up to 500 characters. */
  safeContactTimes?: string | null | undefined;
};

/** A member's first intervention plan (their offender manager, an IOM supervisor or an admin). */
export type CreateInterventionPlanInput = {
  /** The plan's actions, at most 40. */
  actions: Array<PlanActionInput>;
  /** The membership's global id; it must be open and have no live plan. */
  membershipId: string;
  /** First review: after today and within six months. */
  reviewDueOn: string;
  /** The plan's summary, up to 2000 characters; optional. */
  summary?: string | null | undefined;
};

/** A new person to record. Identifiers are checked and stored in canonical form, and each must be unique to one person. */
export type CreatePerpetratorInput = {
  /** Children in the person's life; none when left out. */
  children?: Array<ChildInput> | null | undefined;
  /** Probation CRN, e.g. X123456. */
  crn?: string | null | undefined;
  /** Criminal Records Office number, NNNNNN/YYL or SFYY/NNNNNNL, with a valid check letter; blank or null for none. */
  croNumber?: string | null | undefined;
  /** Date of birth (a calendar date); not in the future, and no more than 110 years ago. */
  dateOfBirth: string;
  /** Whether the person considers themselves disabled; null when not given. Optional equality data. */
  disability?: boolean | null | undefined;
  /** Ethnicity as the person describes it, up to 100 characters; optional equality data. */
  ethnicity?: string | null | undefined;
  /** Family name, 1 to 100 characters; spaces are trimmed and collapsed. */
  familyName: string;
  /** First language, up to 100 characters; optional. */
  firstLanguage?: string | null | undefined;
  /** Gender identity in the person's own words, up to 100 characters; optional equality data. */
  genderIdentity?: string | null | undefined;
  /** Given name(s), 1 to 100 characters; spaces are trimmed and collapsed. */
  givenName: string;
  /** Whether the person needs an interpreter; false when left out. */
  interpreterRequired?: boolean | null | undefined;
  /** Needs the programmes track; repeats are ignored; none when left out. */
  needs?: Array<Need> | null | undefined;
  /** PNC ID in any accepted form; stored canonical. */
  pncId?: string | null | undefined;
  /** NOMIS prison number, e.g. A1234BC; blank or null for none. */
  prisonNumber?: string | null | undefined;
  /** Sex as recorded (NOT_KNOWN when it is not known). */
  sex: Sex;
  /** Sexual orientation as the person describes it, up to 100 characters; optional equality data. */
  sexualOrientation?: string | null | undefined;
};

/** A new group of a programme (admins only). */
export type CreateProgrammeGroupInput = {
  /** JWT subjects of the facilitators who run the group and record its registers. */
  facilitatorSubs: Array<string>;
  /** Where the group meets; blank or null for not recorded. */
  location?: string | null | undefined;
  /** The group's name, 1 to 120 characters, unique within the programme. */
  name: string;
  /** The programme the group runs. */
  programme: ProgrammeCode;
  /** The day the group starts (a calendar date). */
  startsOn: string;
};

/** A new webhook subscriber. */
export type CreateWebhookSubscriberInput = {
  /** The event types to deliver (see the eventTypes query); null or empty: every type. */
  eventTypes?: Array<string> | null | undefined;
  /** What the subscriber is, for admins: 1 to 200 characters. */
  name: string;
  /** Where deliveries are POSTed: an http or https URL, without credentials in it. */
  url: string;
};

/** An answer to one of the 24 DASH questions. */
export type DashAnswer =
  /** No. */
  | 'NO'
  /** Not known or not answered; does not count towards the score. */
  | 'NOT_KNOWN'
  /** Yes; counts towards the score. */
  | 'YES';

/** SafeLives DASH: HIGH is 14+ "yes" (or raised by judgement), MEDIUM 10-13, STANDARD fewer. */
export type DashRiskLevel =
  /** High risk: 14 or more "yes" answers (visible high risk), or raised by professional judgement. */
  | 'HIGH'
  /** Medium risk: 10 to 13 "yes" answers (or raised to it by professional judgement). */
  | 'MEDIUM'
  /** Standard risk: fewer than 10 "yes" answers, and not raised by judgement. */
  | 'STANDARD';

/** An auditor's decision on a waiting subject access request. */
export type DecideSubjectAccessRequestInput = {
  /** APPROVE or REFUSE. */
  decision: SubjectAccessDecision;
  /** Why (required to refuse), up to 2000 characters. */
  note?: string | null | undefined;
  /** The request's global id. */
  requestId: string;
};

/** Takes a member off the cohort. */
export type DeselectFromIomCohortInput = {
  /** The day the person leaves: not in the future, not before they joined. */
  endedOn: string;
  /** The membership's global id; it must still be open. */
  membershipId: string;
  /** Required when the reason is OTHER. */
  note?: string | null | undefined;
  /** Why the person leaves the cohort. */
  reason: IomDeselectionReason;
};

/** The subscriber to disable. */
export type DisableWebhookSubscriberInput = {
  /** The subscriber's id. */
  subscriberId: string;
};

/** Ends an open case allocation, leaving the case unallocated (admins only). */
export type EndCaseAllocationInput = {
  /** The allocation's global id. */
  allocationId: string;
  /** The first day off the case; defaults to today. */
  endedOn?: string | null | undefined;
  /** Why the allocation ends, 1 to 500 characters; kept on the allocation. */
  reason: string;
};

/** Ends a current support allocation; the worker stops receiving the victim's alerts. */
export type EndSupportAllocationInput = {
  /** The allocation's global id. */
  allocationId: string;
  /** The first day the worker no longer supports the victim: not before the allocation started, not in the future. */
  endedOn: string;
};

/** Ends a current victim link. */
export type EndVictimLinkInput = {
  /** The day the link ends: not before it started, not in the future. */
  endedOn: string;
  /** The link's global id. */
  linkId: string;
};

/** What the responsible officer did about non-compliance. */
export type EnforcementActionKind =
  /** The case was returned to court (or the licence enforced) for breach. */
  | 'BREACH_PROCEEDINGS_STARTED'
  /** A warning letter was issued for an unacceptable failure. */
  | 'WARNING_LETTER_ISSUED';

/** How failing to comply with the order is enforced. */
export type EnforcementRoute =
  /** Breach proceedings: the case goes back to the court (community and suspended sentence orders, post-sentence supervision). */
  | 'BREACH'
  /** Non-compliance is reported to the family court that made the order. */
  | 'FAMILY_COURT'
  /** Recall to custody (a licence): not breach. */
  | 'RECALL';

/** Erase or restrict one person's or victim's records. */
export type EraseRecordInput = {
  /** The record's version the caller last read; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  /** The Perpetrator's (erasePerpetrator) or Victim's (eraseVictim) global id. */
  id: string;
  /** ERASE removes the personal data for good; RESTRICT keeps it hidden. */
  mode: ErasureMode;
  /** Erase or restrict even though work is open (each open item is otherwise refused with CONFLICT); the reason must say why. */
  overrideOpenWork?: boolean | null | undefined;
  /** Why (1 to 500 characters); kept in the erasure record, never in the audit log. */
  reason: string;
};

/** What an erasure does to a person's or victim's records. */
export type ErasureMode =
  /** Removes the personal data for good (names, date of birth, identifiers, contact details, free text), keeping the rows reports count; the record leaves every query. */
  | 'ERASE'
  /** DPA 2018 s.47 restriction: the data is kept but leaves every list and search; only an admin reads it, by id, and in a subject access export. */
  | 'RESTRICT';

/** Whose records an erasure was about. */
export type ErasureSubjectKind =
  /** A person (perpetrator) and every feature's records of them. */
  | 'PERPETRATOR'
  /** A victim and their victim-safety records. */
  | 'VICTIM';

/** Narrows the list of deliveries; every field optional. */
export type EventDeliveryFilter = {
  /** Only deliveries in this state (e.g. DEAD_LETTER). */
  status?: EventDeliveryStatus | null | undefined;
  /** Only deliveries to this subscriber. */
  subscriberId?: string | null | undefined;
};

/** Where one event's delivery to one subscriber stands. */
export type EventDeliveryStatus =
  /** Every try failed (EVENT_DELIVERY_MAX_ATTEMPTS): no more tries until an admin asks for redelivery. The person's later events to this subscriber wait behind it. */
  | 'DEAD_LETTER'
  /** The subscriber answered 2xx. */
  | 'DELIVERED'
  /** Not yet received: waiting its turn (the person's earlier events go first), due for a try, or waiting out a backoff. */
  | 'PENDING';

/** A CSV file to check, and to import unless dryRun. */
export type ImportCsvInput = {
  /** The file's text: a header row naming the columns, then one row per record (RFC 4180 CSV, UTF-8). At most 200000 characters and 2000 data rows; larger files go through the command line (npm run import). */
  csv: string;
  /** Check every row and report what would happen, writing nothing. False when left out. */
  dryRun?: boolean | null | undefined;
  /** What the file's rows are. */
  kind: ImportKind;
};

/** What the rows of an imported CSV file are. */
export type ImportKind =
  /** Session attendance of people placed in a group: the person's crn or pnc, programme, group (its name), session_number, outcome, behaviour_concern. */
  | 'ATTENDANCE'
  /** IOM cohort memberships, current or past: the person's crn or pnc, selection_source, cohort_type, rfg_score, started_on, ended_on with deselection_reason (and deselection_note), offender_manager_collar and force. */
  | 'IOM_COHORT'
  /** People (perpetrators): given_name, family_name, date_of_birth, sex, and crn, pnc, prison_number, cro_number, equality data, needs. */
  | 'PEOPLE'
  /** Referrals of people already held: the person's crn or pnc, programme, source, legal_basis, risk_level, referred_date. */
  | 'REFERRALS';

/** The reducing-reoffending pathways, plus programme attendance and deterrence/disruption (orders, curfews, enforcement). */
export type InterventionPathway =
  /** Somewhere settled and safe to live. */
  | 'ACCOMMODATION'
  /** Attitudes, thinking and behaviour, including abusive behaviour. */
  | 'ATTITUDES_THINKING_BEHAVIOUR'
  /** Children and families. */
  | 'CHILDREN_FAMILIES'
  /** Deterrence and disruption: orders, curfews, enforcement. */
  | 'DETERRENCE_DISRUPTION'
  /** Drug and alcohol use. */
  | 'DRUGS_ALCOHOL'
  /** Education, training and employment. */
  | 'EDUCATION_TRAINING_EMPLOYMENT'
  /** Finance, benefits and debt. */
  | 'FINANCE_BENEFIT_DEBT'
  /** Physical and mental health. */
  | 'HEALTH_MENTAL_HEALTH'
  /** Attending a perpetrator programme; such an action may track the programme referral. */
  | 'PROGRAMME_ATTENDANCE';

/** LIVE is the plan in force; SUPERSEDED by a re-plan; CLOSED when the member left the cohort. */
export type InterventionPlanStatus =
  /** Ended when the member left the cohort. */
  | 'CLOSED'
  /** The plan in force for the member; at most one per membership. */
  | 'LIVE'
  /** Replaced by a newer version through a re-plan; kept as history. */
  | 'SUPERSEDED';

/** Narrows the cohort; every field given must match (fields left out or null do not filter). Open memberships only unless includeEnded. */
export type IomCohortFilter = {
  /** true: an open action in the live plan is past due; false: none is. */
  actionOverdue?: boolean | null | undefined;
  /** Only members of this cohort type. */
  cohortType?: IomCohortType | null | undefined;
  /** Include ended memberships (default false). */
  includeEnded?: boolean | null | undefined;
  /** Only members whose current offender manager is the caller. */
  managedByMe?: boolean | null | undefined;
  /**
   * Only members whose current offender manager is the caller.
   * @deprecated Use managedByMe: relationship filters are named for the relationship (managedByMe, allocatedToMe, facilitatedByMe).
   */
  mine?: boolean | null | undefined;
  /** Only members whose current offender manager is this staff member (global id). */
  offenderManagerId?: string | null | undefined;
  /** The live plan has an action on this pathway. */
  pathway?: InterventionPathway | null | undefined;
  /** Only this person's memberships (a person's global id). */
  perpetratorId?: string | null | undefined;
  /** true: live plan past its review date; false: not. */
  reviewOverdue?: boolean | null | undefined;
  /** The current offender manager's team. */
  team?: string | null | undefined;
};

/** National IOM cohorts: FIXED (statutory), FLEX (local priority; domestic abuse), FREE (local discretion). */
export type IomCohortType =
  /** The Fixed cohort: offenders every area must manage under national IOM guidance. */
  | 'FIXED'
  /** The Flex cohort: a local priority chosen by the area; domestic abuse usually sits here. */
  | 'FLEX'
  /** The Free cohort: offenders selected at local discretion. */
  | 'FREE';

/** Why a member left the IOM cohort. */
export type IomDeselectionReason =
  /** They went into custody. */
  | 'CUSTODY'
  /** They died. */
  | 'DECEASED'
  /** They moved out of the area. */
  | 'MOVED_AREA'
  /** Another reason, given in the deselection note. */
  | 'OTHER'
  /** Their risk has reduced enough that they no longer need IOM management. */
  | 'REDUCED_RISK';

/** Who put the person forward for the cohort. */
export type IomSelectionSource =
  /** The Front Door Safeguarding Hub (the route for the Leeds DV IOM cohort). */
  | 'FRONT_DOOR_SAFEGUARDING_HUB'
  /** A MARAC hearing. */
  | 'MARAC'
  /** Another agency or route. */
  | 'OTHER'
  /** The police. */
  | 'POLICE'
  /** Probation. */
  | 'PROBATION';

/** Narrows the staff list; every field given must match (fields left out or null do not filter). */
export type IomStaffFilter = {
  /**
   * Only active staff (default true).
   * @deprecated Use includeInactive (activeOnly: false is includeInactive: true): lists that show current rows by default widen with include… flags that default to false.
   */
  activeOnly?: boolean | null | undefined;
  /** Staff who have left the IOM team too (default false: active staff only). */
  includeInactive?: boolean | null | undefined;
  /** Only police offender managers, or only probation practitioners. */
  kind?: IomStaffKind | null | undefined;
  /** Only staff of this team (exact match). */
  team?: string | null | undefined;
};

/** What kind of IOM staff member someone is. */
export type IomStaffKind =
  /** A police officer (usually a constable) acting as offender manager for cohort members. */
  | 'POLICE_OFFENDER_MANAGER'
  /** A probation practitioner who works with the cohort and owns plan actions. */
  | 'PROBATION_PRACTITIONER';

/** Why attendance is mandated. */
export type LegalBasis =
  /** A community order with an Accredited Programme Requirement. */
  | 'COMMUNITY_ORDER'
  /** An order of the family court. */
  | 'FAMILY_COURT'
  /** A licence condition on release from prison (enforced by recall). */
  | 'LICENCE'
  /** A suspended sentence order with an Accredited Programme Requirement. */
  | 'SUSPENDED_SENTENCE';

/** Ties a victim to a perpetrator; a victim has at most one current link to the same person. */
export type LinkVictimInput = {
  /** The perpetrator's global id. */
  perpetratorId: string;
  /** What the victim is to the perpetrator. */
  relationship: VictimRelationship;
  /** The day the relationship or risk began (a calendar date, not in the future). */
  startedOn: string;
  /** The victim's global id. */
  victimId: string;
};

/** SafeLives referral criteria. REPEAT is set by the system when the pair had a referral in the last 12 months. */
export type MaracGround =
  /** Abuse is escalating: at least the configured number of incidents (3 by default) in the configured window (12 months by default). */
  | 'ESCALATION'
  /** A professional judges the risk high enough whatever the score; the reason must be recorded. */
  | 'PROFESSIONAL_JUDGEMENT'
  /** Abuse between the same people within 12 months of their last MARAC referral; set by the system, never claimed. */
  | 'REPEAT'
  /** The DASH assessment scored 14 or more "yes" answers. */
  | 'VISIBLE_HIGH_RISK';

/** Two records of the same person to make one: the duplicate's rows move to the survivor. */
export type MergePerpetratorsInput = {
  /** The duplicate's version the caller last read; a stale one is refused with CONFLICT. */
  duplicateExpectedVersion: number;
  /** The record merged into the survivor: it stays, marked merged, and its id resolves to the survivor. */
  duplicateId: string;
  /** Why the two records are the same person (1 to 500 characters); kept in the merge record. */
  reason: string;
  /** The survivor's version the caller last read; a stale one is refused with CONFLICT. */
  survivorExpectedVersion: number;
  /** The record that stays. */
  survivorId: string;
};

/** A need the programmes and the seed reports track for a person; a person may have several. */
export type Need =
  /** No settled accommodation, or accommodation at risk. */
  | 'ACCOMMODATION'
  /** Misuse of alcohol. */
  | 'ALCOHOL_MISUSE'
  /** Several needs together that services must meet jointly. */
  | 'COMPLEX_NEEDS'
  /** A need for education, training or employment. */
  | 'EDUCATION_TRAINING_EMPLOYMENT'
  /** Problems with money, benefits or debt. */
  | 'FINANCE_AND_DEBT'
  /** A mental-health need. */
  | 'MENTAL_HEALTH'
  /** Misuse of drugs or other substances. */
  | 'SUBSTANCE_MISUSE';

/** A way to break the programme performance report down. Each category of a breakdown is a line; the lines of one breakdown add up to the period's total, count by count. */
export type PerformanceBreakdown =
  /** By the person's age on the day of referral: UNDER_18, AGED_18_TO_24, AGED_25_TO_34, AGED_35_TO_44, AGED_45_TO_54, AGED_55_AND_OVER (equality monitoring). */
  | 'AGE_BAND'
  /** By whether the person has a disability as they describe it: YES, NO or NOT_RECORDED (equality monitoring). */
  | 'DISABILITY'
  /** By the person's ethnicity as recorded, in the ONS's five high-level groups: ASIAN, BLACK, MIXED, WHITE, OTHER; NOT_RECORDED when empty or not stated, UNCLASSIFIED when the text names no group (equality monitoring; the rule is reporting/equality.rules.ts). */
  | 'ETHNICITY_GROUP'
  /** By the person's first language as recorded: ENGLISH, NOT_ENGLISH or NOT_RECORDED (equality monitoring). */
  | 'FIRST_LANGUAGE'
  /** By the group the referral is in now (key: the group's global id; NO_GROUP when not in one). Attendance counts under the referral's current group. */
  | 'GROUP'
  /** By the referral's source (who referred). */
  | 'REFERRAL_SOURCE'
  /** By the person's sex as recorded (equality monitoring). */
  | 'SEX';

/** Narrows a search. Name terms match the start of names, case-insensitively. */
export type PerpetratorFilter = {
  /** Only the person with this probation CRN (exact match), e.g. X123456. */
  crn?: string | null | undefined;
  /** "smith" matches family names; "jo smith" also a given name starting jo. */
  name?: string | null | undefined;
  /** Any accepted PNC ID form. */
  pncId?: string | null | undefined;
};

/** An action for a plan. Name the owner by staff record (ownerStaffId) or, when they have none, by team or service (ownerName). */
export type PlanActionInput = {
  /** What is to be done, 1 to 500 characters. */
  description: string;
  /** The day it is due: not in the past, and within 24 months. */
  dueOn: string;
  /** Notes, up to 2000 characters; optional. */
  notes?: string | null | undefined;
  /** The agency that owns the action; it must match the owner's staff record when one is given. */
  ownerAgency: ActionOwnerAgency;
  /** The owning team or service, when the owner has no staff record. */
  ownerName?: string | null | undefined;
  /** A staff record (police or probation) who owns the action. */
  ownerStaffId?: string | null | undefined;
  /** The pathway the action addresses. */
  pathway: InterventionPathway;
  /** PROGRAMME_ATTENDANCE only: the member's programme referral. */
  referralId?: string | null | undefined;
};

/** Where a plan action stands. PLANNED and IN_PROGRESS are open; DONE, NOT_ACHIEVED and CANCELLED close it for good. */
export type PlanActionStatus =
  /** No longer needed; the notes say why. */
  | 'CANCELLED'
  /** Done as planned. */
  | 'DONE'
  /** Under way. */
  | 'IN_PROGRESS'
  /** Closed without being achieved; the notes say why. */
  | 'NOT_ACHIEVED'
  /** Agreed and not yet started. */
  | 'PLANNED';

/** What a plan review concluded. */
export type PlanReviewOutcome =
  /** The review recommends taking the member off the cohort. */
  | 'DESELECTION_RECOMMENDED'
  /** The member is not engaging with the plan. */
  | 'NOT_ENGAGING'
  /** The member is engaging and the plan is on track. */
  | 'ON_TRACK'
  /** Some actions are progressing and others are not. */
  | 'PARTIAL_PROGRESS'
  /** The member's risk has increased since the last review. */
  | 'RISK_INCREASED';

/** The four perpetrator programmes the partnership runs. */
export type ProgrammeCode =
  /** Building Better Relationships: the accredited HMPPS group programme for men convicted of intimate-partner violence; mandated by court order or licence. */
  | 'BBR'
  /** Caring Dads: 17 weekly sessions for fathers (birth, step or social) who have abused or neglected their children or exposed them to domestic abuse; voluntary. */
  | 'CARING_DADS'
  /** Choices: West Yorkshire's early-intervention programme for adults using abuse, usually before or without a conviction; voluntary. */
  | 'CHOICES'
  /** PACT (Parents and Children Together): for young people aged 14-17 who use violence or abuse towards a parent, run by the Youth Justice Service. */
  | 'PACT';

/** Whether a group is running its programme or has been closed by an admin. */
export type ProgrammeGroupStatus =
  /** Closed by an admin: takes nothing new. */
  | 'CLOSED'
  /** Takes allocations, sessions and facilitators within its programme's rules. */
  | 'OPEN';

/** Which programme performance report: a period, a programme and breakdowns. Every field may be left out. */
export type ProgrammePerformanceInput = {
  /** The period's first day; by default the first day of the quarter `to` is in (January, April, July, October). */
  from?: string | null | undefined;
  /** Breakdowns to add, each a set of lines that add up to the total. */
  groupBy?: Array<PerformanceBreakdown> | null | undefined;
  /** One programme; by default every programme together. */
  programme?: ProgrammeCode | null | undefined;
  /** The period's last day, included; by default today. At most ten years after from. */
  to?: string | null | undefined;
};

/** DVPN/DVPO (Crime and Security Act 2010), DAPN/DAPO (Domestic Abuse Act 2021), non-molestation and restraining orders, and Clare's Law (DVDS) disclosures. */
export type ProtectiveOrderType =
  /** Domestic abuse protection notice (Domestic Abuse Act 2021): police-issued, lasting up to 48 hours. */
  | 'DAPN'
  /** Domestic abuse protection order (Domestic Abuse Act 2021): no fixed length; piloted areas only. */
  | 'DAPO'
  /** A Clare's Law (Domestic Violence Disclosure Scheme) disclosure: right to ask or right to know. Has no end date and is never "in force". */
  | 'DVDS_DISCLOSURE'
  /** Domestic violence protection notice: police-issued, lasting up to 48 hours until a DVPO is heard. */
  | 'DVPN'
  /** Domestic violence protection order: made by a magistrates' court, lasting 14 to 28 days. */
  | 'DVPO'
  /** A non-molestation order made by the family court. */
  | 'NON_MOLESTATION_ORDER'
  /** A restraining order made by a criminal court; it may have no end date. */
  | 'RESTRAINING_ORDER';

/** An enforcement action taken for a mandated referral, recorded by the person's allocated probation practitioner (or an admin). */
export type RecordEnforcementActionInput = {
  /** What was done. */
  kind: EnforcementActionKind;
  /** At most 2000 characters. */
  note?: string | null | undefined;
  /** The referral's global id; it must be mandated. */
  referralId: string;
  /** The session whose unacceptable absence or exclusion this answers to (a session of the referral's group). */
  sessionId?: string | null | undefined;
  /** The day it was done: not in the future, not before the referral was made. */
  takenOn: string;
};

/** A review of a live plan. */
export type RecordPlanReviewInput = {
  /** After reviewedOn and within six months of it; becomes the plan's reviewDueOn. */
  nextReviewOn: string;
  /** The reviewer's notes, up to 2000 characters; optional. */
  notes?: string | null | undefined;
  /** What the review concluded. */
  outcome: PlanReviewOutcome;
  /** The live plan's global id. */
  planId: string;
  /** The day of the review: not in the future, not before the plan was made or its last review. */
  reviewedOn: string;
};

/** An order, notice or Clare's Law disclosure to record (police safeguarding or police). Its length is checked against its type. */
export type RecordProtectiveOrderInput = {
  /** The conditions as written, at most 30 of up to 500 characters each; [] for none. */
  conditions: Array<string>;
  /** The last day it applies (a calendar date). Required for DVPN, DAPN and DVPO (a DVPO lasts 14 to 28 days); null for none, and always null for a disclosure. */
  endsOn?: string | null | undefined;
  /** The court or force that made it, up to 100 characters; optional. */
  issuedBy?: string | null | undefined;
  /** The person the order is made against. */
  perpetratorId: string;
  /** The victims it protects; each must be linked to the perpetrator. */
  protectedVictimIds: Array<string>;
  /** The court or police reference, up to 100 characters; optional. */
  reference?: string | null | undefined;
  /** The first day it applies, or the day of a disclosure (a calendar date). */
  startsOn: string;
  /** What kind of order, notice or disclosure it is. */
  type: ProtectiveOrderType;
};

/** Records a referral's sentence or order, or corrects the one recorded. */
export type RecordReferralSentenceInput = {
  /** The version the caller last saw; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  /** Why (up to 500 characters); kept in the referral's history with the order before and after. */
  reason?: string | null | undefined;
  /** A mandated referral (one with a legal basis). */
  referralId: string;
  /** The order as it now stands; replaces any recorded before. */
  sentence: ReferralSentenceInput;
};

/** A DASH checklist for a victim link (police safeguarding or police). The level is computed from the answers. */
export type RecordRiskAssessmentInput = {
  /** All 24 answers, in the checklist's order. */
  answers: Array<DashAnswer>;
  /** The day of the assessment: not in the future, not before the link started. */
  assessedOn: string;
  /** Professional judgement: may raise the score's level, never lower it. */
  judgementLevel?: DashRiskLevel | null | undefined;
  /** Required with judgementLevel. */
  judgementReason?: string | null | undefined;
  /** The victim link's global id. */
  linkId: string;
};

/** An incident between the pair of a victim link. */
export type RecordSafetyIncidentInput = {
  /** The victim link's global id. */
  linkId: string;
  /** The day it happened (a calendar date, not in the future). */
  occurredOn: string;
  /** The police incident or crime reference, up to 100 characters; optional. */
  policeReference?: string | null | undefined;
};

/** A session's register: up to 50 entries, written together or not at all. */
export type RecordSessionAttendanceInput = {
  /** The register: one entry per participant. Re-sending a participant corrects their entry. */
  entries: Array<RegisterEntryInput>;
  /** A client-generated key (e.g. a UUID) for this submission: resending it returns the first result and writes nothing. */
  idempotencyKey: string;
  /** The session's global id; the session must have started. */
  sessionId: string;
};

/** A person at risk to record (police safeguarding or police). */
export type RecordVictimInput = {
  /** How to reach them safely; optional. */
  contactSafety?: ContactSafetyInput | null | undefined;
  /** Date of birth (a calendar date); optional. */
  dateOfBirth?: string | null | undefined;
  /** Family name, 1 to 100 characters. */
  familyName: string;
  /** Given name(s), 1 to 100 characters. */
  givenName: string;
};

/** The dead-lettered delivery to send again. */
export type RedeliverEventInput = {
  /** The delivery's id (EventDelivery.id). */
  deliveryId: string;
};

/** A MARAC referral for the pair of a victim link. */
export type ReferToMaracInput = {
  /** The grounds claimed; each is checked against what is recorded. REPEAT is added automatically. */
  grounds: Array<MaracGround>;
  /** The hearing date if already known (a calendar date); optional. */
  hearingOn?: string | null | undefined;
  /** Required for PROFESSIONAL_JUDGEMENT. */
  judgementReason?: string | null | undefined;
  /** The victim link's global id. */
  linkId: string;
  /** The day of the referral: not before the link started. */
  referredOn: string;
  /** The referring agency, up to 100 characters; optional. */
  referringAgency?: string | null | undefined;
};

/** A referral of a person to a programme. The programme's eligibility rules are checked; a person may have one open referral per programme. */
export type ReferToProgrammeInput = {
  /** Required for mandated programmes (BBR); refused for voluntary ones. */
  legalBasis?: LegalBasis | null | undefined;
  /** Anything the provider should know, up to 2000 characters; kept in the referral's history. */
  note?: string | null | undefined;
  /** The person's global id. */
  perpetratorId: string;
  /** The programme to refer to. */
  programme: ProgrammeCode;
  /** Assessed risk (e.g. SARA); BBR needs MEDIUM or above. */
  riskLevel?: RiskLevel | null | undefined;
  /** The sentence or order a mandated referral enforces, when known (recordReferralSentence records it later); refused for a voluntary one. */
  sentence?: ReferralSentenceInput | null | undefined;
  /** Who is referring the person. */
  source: ReferralSource;
};

/** Narrows a list of referrals; every field given must match (fields left out or null do not filter). */
export type ReferralFilter = {
  /** Only the referrals of people whose probation case is allocated to you today (a probation practitioner's caseload). */
  allocatedToMe?: boolean | null | undefined;
  /** Only referrals whose group is this one (a group's global id), including closed referrals whose last group it was. */
  groupId?: string | null | undefined;
  /**
   * Only the referrals of people whose probation case is allocated to you today.
   * @deprecated Use allocatedToMe: relationship filters are named for the relationship (allocatedToMe, facilitatedByMe).
   */
  mine?: boolean | null | undefined;
  /** Only this person's referrals (a person's global id). */
  perpetratorId?: string | null | undefined;
  /** Only referrals to this programme. */
  programme?: ProgrammeCode | null | undefined;
  /** Any of these statuses. */
  status?: Array<ReferralStatus> | null | undefined;
};

/** The sentence or order a mandated referral enforces. */
export type ReferralSentenceInput = {
  /** The order's last day, after startDate; required except for a family court order. */
  endDate?: string | null | undefined;
  /** Must belong to the referral's legal basis (e.g. LICENCE or POST_SENTENCE_SUPERVISION for LICENCE). */
  orderType: SentenceOrderType;
  /** The requirement's reference in the case-management system: 1 to 30 letters and digits, in parts joined by single - or / (e.g. nDelius's 2500012345 or X123456/2/1); stored in upper case. */
  requirementReference?: string | null | undefined;
  /** The day the order started (may be in the future, e.g. a licence starting on release). */
  startDate: string;
};

/** Who referred the person to the programme. */
export type ReferralSource =
  /** Children's social care. */
  | 'CHILDRENS_SERVICES'
  /** The family court. */
  | 'FAMILY_COURT'
  /** The Front Door Safeguarding Hub (police, children's services and partners' joint triage). */
  | 'FRONT_DOOR_SAFEGUARDING_HUB'
  /** Another agency. */
  | 'OTHER'
  /** The police. */
  | 'POLICE'
  /** Probation (e.g. on a licence or community order). */
  | 'PROBATION'
  /** A school. */
  | 'SCHOOL'
  /** The person referred themselves. */
  | 'SELF'
  /** The Youth Justice (Offending) Service, e.g. for PACT. */
  | 'YOUTH_JUSTICE_SERVICE';

/** Where a referral is in its life, from referral to outcome. Closed statuses: ASSESSED_UNSUITABLE, COMPLETED, BREACHED, DROPPED_OUT, WITHDRAWN. */
export type ReferralStatus =
  /** Has a place in a group that they have not started yet. */
  | 'ALLOCATED'
  /** Assessed as suitable for the programme. */
  | 'ASSESSED_SUITABLE'
  /** Assessed as unsuitable for the programme. Closed. */
  | 'ASSESSED_UNSUITABLE'
  /** Suitable and waiting for a place in a group. */
  | 'AWAITING_ALLOCATION'
  /** Waiting for the provider's suitability assessment. */
  | 'AWAITING_ASSESSMENT'
  /** A mandated referral returned to court for non-compliance. Closed, unless the court orders the order to continue (re-opened ON_PROGRAMME). */
  | 'BREACHED'
  /** Finished the programme, meeting its completion threshold. Closed. */
  | 'COMPLETED'
  /** Assessment put off for now; goes back to AWAITING_ASSESSMENT later. */
  | 'DEFERRED'
  /** Did not attend the assessment; it may be re-booked (back to AWAITING_ASSESSMENT). */
  | 'DID_NOT_ATTEND_ASSESSMENT'
  /** A voluntary participant stopped attending. Closed. */
  | 'DROPPED_OUT'
  /** Attending their group. */
  | 'ON_PROGRAMME'
  /** Referred and not yet booked for assessment. */
  | 'REFERRED'
  /** Suitable, but not ready to start a group yet; goes back to AWAITING_ALLOCATION when ready. */
  | 'SUITABLE_NOT_READY'
  /** Withdrawn before completion, with a withdrawal reason. Closed. */
  | 'WITHDRAWN';

/** One participant's outcome for the session. */
export type RegisterEntryInput = {
  /** A concern about their behaviour at this session; false when left out. */
  behaviourConcern?: boolean | null | undefined;
  /** A note on this participant, up to 2000 characters; blank is none. */
  note?: string | null | undefined;
  /** Whether they attended, were late, absent (with or without an acceptable reason) or excluded. */
  outcome: AttendanceOutcome;
  /** The participant's referral (global id); they must be allocated to the session's group. */
  referralId: string;
};

/** A police offender manager or probation practitioner to add (IOM supervisors or admins). */
export type RegisterIomStaffMemberInput = {
  /** Required for police offender managers. */
  collarNumber?: string | null | undefined;
  /** Required for police offender managers. */
  force?: string | null | undefined;
  /** Police offender manager or probation practitioner; only police have a collar number and force. */
  kind: IomStaffKind;
  /** Their name, 1 to 120 characters. */
  name: string;
  /** Their organisation, up to 120 characters; optional. */
  organisation?: string | null | undefined;
  /** The JWT subject they sign in with (unique); required (or the deprecated subject). */
  sub?: string | null | undefined;
  /**
   * The JWT subject they sign in with (unique).
   * @deprecated Use sub: a JWT subject is named sub (or …Sub), like the claim and Viewer.sub.
   */
  subject?: string | null | undefined;
  /** Their IOM team, 1 to 80 characters. */
  team: string;
};

/** Removes a facilitator from a group from a date. */
export type RemoveGroupFacilitatorInput = {
  /** The first day they no longer see or run the group (from the start of that day, in England): today or later, not before their period started. Defaults to today, or to the period's start if that is later (withdrawing a planned addition). */
  endedOn?: string | null | undefined;
  /** JWT subject of a facilitator on the group's list (current, or added from a later date). */
  facilitatorSub: string;
  /** The group. */
  groupId: string;
  /** Why they are removed (1 to 500 characters). */
  reason: string;
};

/** A new version of a member's live plan; the old version is kept as SUPERSEDED. */
export type ReplanInterventionInput = {
  /** New actions to add to those carried over; none when left out. At most 40 in all. */
  actions?: Array<PlanActionInput>;
  /** Copy the live plan's PLANNED and IN_PROGRESS actions into the new version. */
  carryOverOpenActions?: boolean;
  /** The live plan's version the caller saw; a stale one is refused with CONFLICT. */
  expectedPlanVersion: number;
  /** The membership's global id. */
  membershipId: string;
  /** When the new version is first due for review: after today and within six months. */
  reviewDueOn: string;
  /** The new version's summary, up to 2000 characters; optional. */
  summary?: string | null | undefined;
};

/** A period to report on: any range of days, both ends included. Both may be left out. */
export type ReportPeriodInput = {
  /** The period's first day; by default the first day of the quarter `to` is in (January, April, July, October). */
  from?: string | null | undefined;
  /** The period's last day, included; by default today. At most ten years after from. */
  to?: string | null | undefined;
};

/** A subject access request for one person, to be decided by an auditor. */
export type RequestSubjectAccessInput = {
  /** The person's global id: someone you may see. */
  perpetratorId: string;
  /** Who asked and on what basis (e.g. the data subject in writing, identity checked), 10 to 2000 characters. */
  reason: string;
  /** Your organisation's reference for the request, 1 to 100 characters. */
  reference: string;
};

/** A new start (and optionally length) for a session that has no register yet. */
export type RescheduleSessionInput = {
  /** 15 to 480; unchanged when omitted. */
  durationMinutes?: number | null | undefined;
  /** Why the session moves (1 to 500 characters). */
  reason: string;
  /** In the future, after the group's previous session and before its next. */
  scheduledStart: string;
  /** The session's global id. */
  sessionId: string;
};

/** The activity a record's retention runs from: its latest one. */
export type RetentionActivity =
  /** The end of a probation case allocation. */
  | 'CASE_ALLOCATION_END'
  /** The end of an IOM cohort membership. */
  | 'COHORT_EXIT'
  /** A MARAC referral (its hearing, or its referral date without one). */
  | 'MARAC_REFERRAL'
  /** The end of a protective order binding the person or protecting the victim. */
  | 'PROTECTIVE_ORDER_END'
  /** The record's creation, when nothing later happened. */
  | 'RECORD_CREATED'
  /** The last status change of one of the person's referrals. */
  | 'REFERRAL_OUTCOME'
  /** A DASH risk assessment. */
  | 'RISK_ASSESSMENT'
  /** A recorded domestic abuse incident. */
  | 'SAFETY_INCIDENT'
  /** The end of a sentence or order a referral enforces. */
  | 'SENTENCE_ORDER_END'
  /** The end of a support worker's (IDVA's) allocation. */
  | 'SUPPORT_END'
  /** The end of a victim-safety link. */
  | 'VICTIM_LINK_END';

/** A kind of record with a retention period (RETENTION_*_YEARS). The audit log is kept and is not reviewed here. */
export type RetentionKind =
  /** A person's case: referrals, registers, IOM, case allocations, orders (default 7 years after the last activity). */
  | 'PERPETRATOR_CASE'
  /** A victim's records: links, DASH, incidents, MARAC, support (default 6 years after the last activity). */
  | 'VICTIM';

/** Assessed risk of serious harm (e.g. SARA). */
export type RiskLevel =
  /** High risk: serious harm could happen at any time and the impact would be serious. */
  | 'HIGH'
  /** Low risk of serious harm. */
  | 'LOW'
  /** Medium risk: there are signs of risk of serious harm, though harm is unlikely unless circumstances change. */
  | 'MEDIUM'
  /** Very high risk: serious harm is imminent and the impact would be serious. */
  | 'VERY_HIGH';

/** How the victim may safely be contacted. */
export type SafeContactMethod =
  /** By email. */
  | 'EMAIL'
  /** In person only. */
  | 'IN_PERSON'
  /** Do not contact the victim directly. */
  | 'NONE'
  /** By phone call. */
  | 'PHONE'
  /** By text message. */
  | 'TEXT'
  /** Only through their support worker. */
  | 'VIA_SUPPORT_WORKER';

/** Narrows a list of safety alerts; every field given must match (fields left out or null do not filter). */
export type SafetyAlertFilter = {
  /** Only alerts addressed to me (recipientSub is my JWT subject). */
  addressedToMe?: boolean | null | undefined;
  /**
   * Only alerts for me (my JWT subject).
   * @deprecated Use addressedToMe: relationship filters are named for the relationship (addressedToMe, allocatedToMe, facilitatedByMe).
   */
  mine?: boolean | null | undefined;
  /** Only alerts not yet acknowledged. */
  openOnly?: boolean | null | undefined;
  /** Only alerts about this victim (a victim's global id). */
  victimId?: string | null | undefined;
};

/** What happened that a victim's support workers must hear about at once (the Respect Standard: partner services are kept informed of the perpetrator's engagement). */
export type SafetyAlertKind =
  /** A protective order protecting the victim ends within 7 days. */
  | 'ORDER_EXPIRING'
  /** The linked perpetrator's mandated referral was breached (returned to court). */
  | 'PROGRAMME_BREACHED'
  /** The linked perpetrator dropped out of their programme. */
  | 'PROGRAMME_DROPPED_OUT'
  /** The linked perpetrator's programme referral was withdrawn. */
  | 'PROGRAMME_WITHDRAWN'
  /** The linked perpetrator was excluded (asked to leave) from a programme session. */
  | 'SESSION_EXCLUDED'
  /** The linked perpetrator missed a programme session without an acceptable reason. */
  | 'UNACCEPTABLE_ABSENCE';

/** A session to add to a group's timetable. */
export type ScheduleSessionInput = {
  /** How long the session lasts, in minutes, 15 to 480; 120 when left out. */
  durationMinutes?: number | null | undefined;
  /** Group session or one-to-one; GROUP when left out. */
  format?: SessionFormat | null | undefined;
  /** The group's global id. */
  groupId: string;
  /** When the session starts (an ISO 8601 date-time with offset; stored as a UTC instant). */
  scheduledStart: string;
  /** 1 to the programme's sessionsTotal; one session per number per group. */
  sessionNumber: number;
};

/** A person to select onto the IOM cohort (IOM supervisors or admins); they may not already be in it. */
export type SelectForIomCohortInput = {
  /** Domestic abuse is usually FLEX. */
  cohortType: IomCohortType;
  /** The offender manager from the start, if already chosen. */
  offenderManagerId?: string | null | undefined;
  /** The person's global id. */
  perpetratorId: string;
  /** Recency-Frequency-Gravity score at selection, 0 to 10000; optional. */
  rfgScore?: number | null | undefined;
  /** Who put the person forward. */
  selectionSource: IomSelectionSource;
  /** The day the person joins the cohort: not in the future, and not before their last membership ended. */
  startedOn: string;
};

/** The kind of sentence or order a mandated referral enforces; each belongs to one legal basis. */
export type SentenceOrderType =
  /** A community order with a programme requirement (legal basis COMMUNITY_ORDER). */
  | 'COMMUNITY_ORDER'
  /** A family court order or direction (legal basis FAMILY_COURT); may have no end date. */
  | 'FAMILY_COURT_ORDER'
  /** A licence condition after release from custody (legal basis LICENCE); enforced by recall. */
  | 'LICENCE'
  /** Post-sentence supervision after a licence ends (legal basis LICENCE); enforced by the magistrates' court. */
  | 'POST_SENTENCE_SUPERVISION'
  /** A suspended sentence order with a programme requirement (legal basis SUSPENDED_SENTENCE). */
  | 'SUSPENDED_SENTENCE_ORDER';

/** What changed about a session. */
export type SessionChangeKind =
  /** Cancelled: it will not take place and takes no register. */
  | 'CANCELLED'
  /** Moved to a new start (and perhaps length). */
  | 'RESCHEDULED';

/** How a session is delivered. */
export type SessionFormat =
  /** A group session with the group's participants and facilitators. */
  | 'GROUP'
  /** A one-to-one session with a participant (e.g. Caring Dads' two individual sessions). */
  | 'INDIVIDUAL';

/** Where a session stands. */
export type SessionStatus =
  /** Cancelled: counts neither as attended nor as missed, and takes no register. */
  | 'CANCELLED'
  /** Took place: a register has been recorded for it. */
  | 'DELIVERED'
  /** Going ahead; no register recorded yet. */
  | 'SCHEDULED';

/** Sets or moves a MARAC referral's hearing date. */
export type SetMaracHearingInput = {
  /** The hearing date (a calendar date), not before the referral. */
  hearingOn: string;
  /** The MARAC referral's global id. */
  maracReferralId: string;
};

/** A person's sex as recorded. Nothing in the API assumes a perpetrator is male. */
export type Sex =
  /** Female. */
  | 'FEMALE'
  /** Intersex. */
  | 'INTERSEX'
  /** Male. */
  | 'MALE'
  /** Not known or not recorded. */
  | 'NOT_KNOWN';

/** An auditor's decision on a subject access request. */
export type SubjectAccessDecision =
  /** Let the requester export the person's record, for one month. */
  | 'APPROVE'
  /** Refuse the request; a note saying why is required. */
  | 'REFUSE';

/** Where a subject access request stands. */
export type SubjectAccessRequestStatus =
  /** Approved: the requester may export the person's record until expiresOn. */
  | 'APPROVED'
  /** Refused by an auditor (decisionNote says why); it cannot be used to export. */
  | 'REFUSED'
  /** Waiting for an auditor's decision. */
  | 'REQUESTED';

/** IDVA; the programme's partner support worker; the Respect integrated support service; or other. */
export type SupportWorkerKind =
  /** An independent domestic violence adviser, for high-risk victims; at most one current IDVA per victim. */
  | 'IDVA'
  /** A worker of the Respect integrated support service. */
  | 'INTEGRATED_SUPPORT_SERVICE'
  /** Another support worker. */
  | 'OTHER'
  /** The perpetrator programme's partner support (partner link) worker. */
  | 'PARTNER_SUPPORT';

/** Why a published figure is withheld (its value null). */
export type SuppressionReason =
  /** A rate or median worked out from a withheld count. */
  | 'DERIVED_FROM_WITHHELD'
  /** Withheld so that a withheld count cannot be worked out from a total it is part of (the smallest other count of that total, or the total itself). */
  | 'SECONDARY'
  /** A count from 1 to 4, which could single a person out. */
  | 'SMALL_COUNT';

/** A move of an ALLOCATED or ON_PROGRAMME participant to another group of the same programme; their attendance goes with them. */
export type TransferToGroupInput = {
  /** The version the caller last saw; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  /** A group of the referral's programme, open for allocation and with a place. */
  groupId: string;
  /** Why the person moves (1 to 500 characters); kept in the referral's history. */
  reason: string;
  /** The referral's global id. */
  referralId: string;
};

/** A move of a referral to another status. Allocation to a group has its own mutation (allocateToGroup). */
export type TransitionReferralInput = {
  /** The version the caller last saw; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  /** Why; required for withdrawal reason OTHER, for taking someone out of a group and for re-opening a breached referral on a court's order. */
  note?: string | null | undefined;
  /** The referral's global id. */
  referralId: string;
  /** The status to move to; it must be allowed from the current one. */
  toStatus: ReferralStatus;
  /** Why the assessment found the person unsuitable: only with toStatus ASSESSED_UNSUITABLE (refused otherwise), and counted by reason in the programme performance report (NOT_RECORDED when left out). */
  unsuitabilityReason?: UnsuitabilityReason | null | undefined;
  /** Required when withdrawing. */
  withdrawalReason?: WithdrawalReason | null | undefined;
};

/** Why an assessment found a person unsuitable for the programme (recorded with the move to ASSESSED_UNSUITABLE). */
export type UnsuitabilityReason =
  /** Denies the abuse altogether, so there is nothing the programme can work on. */
  | 'DENIES_ABUSE'
  /** Learning, literacy or language needs the programme cannot meet. */
  | 'LEARNING_OR_LANGUAGE_NEEDS'
  /** A mental health need that would stop them taking part safely; referred on. */
  | 'MENTAL_HEALTH'
  /** Not motivated to change or to take part. */
  | 'NOT_MOTIVATED'
  /** Another reason, given in the transition's note. */
  | 'OTHER'
  /** The risk they pose cannot be managed in a group programme. */
  | 'RISK_NOT_MANAGEABLE'
  /** Drug or alcohol use that would stop them taking part; referred on. */
  | 'SUBSTANCE_MISUSE';

/** Changes a group's own details; fields left out stay as they are. */
export type UpdateGroupInput = {
  /** The group's version as read; a different current version is refused with CONFLICT. */
  expectedVersion: number;
  /** The group (open, not closed). */
  groupId: string;
  /** Where it meets, up to 200 characters; an explicit null (or blank) clears it. */
  location?: string | null | undefined;
  /** 1 to 120 characters, unique within the programme. */
  name?: string | null | undefined;
  /** The group's start date; moves only while none of its sessions has started. */
  startsOn?: string | null | undefined;
};

/** Changes to a staff record (IOM supervisors or admins). Only the fields given change. */
export type UpdateIomStaffMemberInput = {
  /** False when they leave the IOM team; their members need a new offender manager. */
  active?: boolean | null | undefined;
  /** New name, 1 to 120 characters. */
  name?: string | null | undefined;
  /** New organisation, up to 120 characters; blank clears it. */
  organisation?: string | null | undefined;
  /** The staff member's global id. */
  staffId: string;
  /** New team, 1 to 80 characters. */
  team?: string | null | undefined;
};

/** A correction of a person's record (DPA 2018 s.46). Name only the fields to change: an omitted field is left as it is, an explicit null clears an optional one. */
export type UpdatePerpetratorInput = {
  /** Probation CRN, e.g. X123456; null clears it. */
  crn?: string | null | undefined;
  /** Criminal Records Office number, NNNNNN/YYL or SFYY/NNNNNNL; null clears it. */
  croNumber?: string | null | undefined;
  /** Corrected date of birth (a calendar date, not in the future). */
  dateOfBirth?: string | null | undefined;
  /** Whether the person considers themselves disabled; null clears it. */
  disability?: boolean | null | undefined;
  /** Ethnicity, up to 100 characters; null clears it. */
  ethnicity?: string | null | undefined;
  /** The version the caller last read; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  /** New family name, 1 to 100 characters. */
  familyName?: string | null | undefined;
  /** First language, up to 100 characters; null clears it. */
  firstLanguage?: string | null | undefined;
  /** Gender identity, up to 100 characters; null clears it. */
  genderIdentity?: string | null | undefined;
  /** New given name(s), 1 to 100 characters. */
  givenName?: string | null | undefined;
  /** The person's global id. */
  id: string;
  /** Whether the person needs an interpreter. */
  interpreterRequired?: boolean | null | undefined;
  /** The whole list of needs, replacing the old one ([] for none). */
  needs?: Array<Need> | null | undefined;
  /** PNC ID in any accepted form; stored canonical; null clears it. */
  pncId?: string | null | undefined;
  /** NOMIS prison number, e.g. A1234BC; null clears it. */
  prisonNumber?: string | null | undefined;
  /** Why the record is corrected (1 to 500 characters); kept in the person's history of changes. */
  reason: string;
  /** Corrected sex. */
  sex?: Sex | null | undefined;
  /** Sexual orientation, up to 100 characters; null clears it. */
  sexualOrientation?: string | null | undefined;
};

/** Only the fields given change. An action's owner may change only status and notes. */
export type UpdatePlanActionInput = {
  /** The action's global id; it must be in the live plan. */
  actionId: string;
  /** Unlink the referral. */
  clearReferral?: boolean | null | undefined;
  /** New description, 1 to 500 characters. */
  description?: string | null | undefined;
  /** New due date: not in the past, and within 24 months. */
  dueOn?: string | null | undefined;
  /** The action's version the caller last saw; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  /** Required when moving to NOT_ACHIEVED or CANCELLED. */
  notes?: string | null | undefined;
  /** New owning agency. */
  ownerAgency?: ActionOwnerAgency | null | undefined;
  /** New owning team or service, up to 120 characters, when the owner has no staff record. */
  ownerName?: string | null | undefined;
  /** New owner's staff record (global id); an active staff member. */
  ownerStaffId?: string | null | undefined;
  /** The member's programme referral to track (global id); PROGRAMME_ATTENDANCE actions only. */
  referralId?: string | null | undefined;
  /** New status; DONE, NOT_ACHIEVED and CANCELLED close the action and cannot be undone. */
  status?: PlanActionStatus | null | undefined;
};

/** Changes only the fields given; contactSafety replaces the details as a whole. */
export type UpdateVictimInput = {
  /** New contact-safety details, replacing the old ones as a whole. */
  contactSafety?: ContactSafetyInput | null | undefined;
  /** Corrected date of birth (a calendar date). */
  dateOfBirth?: string | null | undefined;
  /** The victim's version the caller last read; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  /** New family name, 1 to 100 characters. */
  familyName?: string | null | undefined;
  /** New given name(s), 1 to 100 characters. */
  givenName?: string | null | undefined;
  /** The victim's global id. */
  victimId: string;
};

/** Why a mutation's input was refused. */
export type UserErrorCode =
  /** That officer is already the member's offender manager. */
  | 'ALREADY_ASSIGNED'
  /** The person or victim has already been erased (or, for a restriction, is already restricted). */
  | 'ALREADY_ERASED'
  /** A missed session must be caught up before the participant attends a session of a later module (BBR). */
  | 'CATCH_UP_REQUIRED'
  /** The referral cannot be marked COMPLETED: the programme's completion threshold is not met. */
  | 'COMPLETION_NOT_MET'
  /** The record changed since the caller read it (expectedVersion is out of date) or was changed at the same time: reload and try again. */
  | 'CONFLICT'
  /** The change would repeat something that already exists, e.g. an identifier another person has or a second open referral. */
  | 'DUPLICATE'
  /** The group no longer takes new members: its programme's closing session has started. */
  | 'GROUP_CLOSED'
  /** The group already has the programme's maximum number of members. */
  | 'GROUP_FULL'
  /** The idempotency key was already used for a different request; use a new key for a new request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The person does not meet a rule of the programme or procedure (e.g. the programme's age bounds or MARAC grounds); the message names the rule. */
  | 'INELIGIBLE'
  /** A value is malformed or out of range (e.g. a CRN that is not one letter and six digits, an end date before the start). */
  | 'INVALID'
  /** The session number is not a whole number from 1 to the programme's number of sessions. */
  | 'INVALID_SESSION_NUMBER'
  /** The referral (or action) cannot move from its current status to the one asked for. */
  | 'INVALID_TRANSITION'
  /** The IOM cohort membership has ended, so it can no longer be changed. */
  | 'MEMBERSHIP_ENDED'
  /** A catch-up session's register records only the participant it was arranged for. */
  | 'NOT_CATCH_UP_PARTICIPANT'
  /** A referenced record does not exist or is not one the caller may see (the two read the same). */
  | 'NOT_FOUND'
  /** The person (or session) is not part of the group concerned, e.g. a register entry for someone not allocated to the session's group. */
  | 'NOT_IN_GROUP'
  /** The participant was not recorded absent with an acceptable reason from that session, so it has no catch-up. */
  | 'NO_ACCEPTABLE_ABSENCE'
  /** The protective order lasts longer than the law allows for its type (e.g. a DVPO beyond 28 days). */
  | 'ORDER_TOO_LONG'
  /** The intervention plan is not the member's live plan (it was superseded or closed); change the live plan instead. */
  | 'PLAN_NOT_LIVE'
  /** This change needs a reason or note (e.g. withdrawing a referral, raising risk by professional judgement). */
  | 'REASON_REQUIRED'
  /** Professional judgement may raise a DASH risk level above the score's, never lower it. */
  | 'RISK_CANNOT_BE_LOWERED'
  /** The session is cancelled: it takes no register and cannot be cancelled again. */
  | 'SESSION_CANCELLED'
  /** The session has a register (it took place), so it cannot be cancelled. */
  | 'SESSION_DELIVERED'
  /** A register cannot be recorded for a session that has not started yet. */
  | 'SESSION_NOT_STARTED'
  /** The IOM staff member named is no longer active. */
  | 'STAFF_INACTIVE'
  /** The group runs a different programme from the referral's. */
  | 'WRONG_PROGRAMME';

/** A court varies or extends an order: the new end date and conditions. */
export type VaryProtectiveOrderInput = {
  /** The conditions as they now stand; omit to keep them. */
  conditions?: Array<string> | null | undefined;
  /** The new last day; omit to keep it. */
  endsOn?: string | null | undefined;
  /** The order's version the caller last read; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  /** The order's global id. */
  orderId: string;
};

/** Narrows a list of victims; every field given must match (fields left out or null do not filter). */
export type VictimFilter = {
  /** The start of the first or last name (2+ characters). */
  nameStartsWith?: string | null | undefined;
  /** Victims linked to this perpetrator. */
  perpetratorId?: string | null | undefined;
};

/** What the victim is to the perpetrator. */
export type VictimRelationship =
  /** A child at risk from the perpetrator, e.g. their own child or a child of the household. */
  | 'CHILD'
  /** A former intimate partner. */
  | 'EX_PARTNER'
  /** Someone else at risk from the perpetrator. */
  | 'OTHER'
  /** Another family member. */
  | 'OTHER_FAMILY'
  /** The perpetrator's parent (e.g. child/adolescent-to-parent violence). */
  | 'PARENT'
  /** A current intimate partner. */
  | 'PARTNER';

/** Why a referral was withdrawn. */
export type WithdrawalReason =
  /** The person went into custody. */
  | 'CUSTODY'
  /** The person died. */
  | 'DECEASED'
  /** The person declined to take part. */
  | 'DECLINED'
  /** The person moved out of the programme's area. */
  | 'MOVED_AREA'
  /** Another reason, given in the transition's note. */
  | 'OTHER'
  /** The referrer withdrew the referral. */
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

export type CreateWebhookSubscriberMutationVariables = Exact<{
  input: CreateWebhookSubscriberInput;
}>;


export type CreateWebhookSubscriberMutation = { createWebhookSubscriber: { secret: string | null, subscriber: { id: string, name: string, url: string, eventTypes: Array<string>, active: boolean, createdAt: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type WebhookSubscribersQueryVariables = Exact<{
  first: number;
  includeDisabled?: boolean | null | undefined;
}>;


export type WebhookSubscribersQuery = { webhookSubscribers: { totalCount: number, edges: Array<{ node: { id: string, name: string, url: string, eventTypes: Array<string>, active: boolean, createdAt: string, disabledAt: string | null } }> } };

export type EventDeliveriesQueryVariables = Exact<{
  first: number;
  filter?: EventDeliveryFilter | null | undefined;
}>;


export type EventDeliveriesQuery = { eventDeliveries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, eventId: string, eventType: string, status: EventDeliveryStatus, attempts: number, nextAttemptAt: string, lastAttemptAt: string | null, lastStatusCode: number | null, lastError: string | null, deliveredAt: string | null, heldBehindDeadLetter: boolean, subscriber: { id: string, name: string } } }> } };

export type RedeliverEventMutationVariables = Exact<{
  input: RedeliverEventInput;
}>;


export type RedeliverEventMutation = { redeliverEvent: { delivery: { id: string, eventType: string, status: EventDeliveryStatus, attempts: number, nextAttemptAt: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type DisableWebhookSubscriberMutationVariables = Exact<{
  input: DisableWebhookSubscriberInput;
}>;


export type DisableWebhookSubscriberMutation = { disableWebhookSubscriber: { subscriber: { id: string, active: boolean, disabledAt: string | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

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

export type AddGroupFacilitatorMutationVariables = Exact<{
  input: AddGroupFacilitatorInput;
}>;


export type AddGroupFacilitatorMutation = { addGroupFacilitator: { facilitator: { facilitatorSub: string, startedOn: string, endedOn: string | null, current: boolean, addedBy: string } | null, group: { id: string, facilitatorSubs: Array<string> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type RemoveGroupFacilitatorMutationVariables = Exact<{
  input: RemoveGroupFacilitatorInput;
}>;


export type RemoveGroupFacilitatorMutation = { removeGroupFacilitator: { facilitator: { facilitatorSub: string, startedOn: string, endedOn: string | null, current: boolean, endedBy: string | null, endReason: string | null } | null, group: { id: string, facilitatorSubs: Array<string> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type GroupFacilitatorsQueryVariables = Exact<{
  id: string;
  includeEnded: boolean;
}>;


export type GroupFacilitatorsQuery = { programmeGroup: { id: string, status: ProgrammeGroupStatus, facilitators: Array<{ facilitatorSub: string, startedOn: string, endedOn: string | null, current: boolean, addedBy: string, addReason: string | null, endedBy: string | null, endReason: string | null }> } | null };

export type UpdateGroupMutationVariables = Exact<{
  input: UpdateGroupInput;
}>;


export type UpdateGroupMutation = { updateGroup: { group: { id: string, name: string, location: string | null, startsOn: string, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type CloseGroupMutationVariables = Exact<{
  input: CloseGroupInput;
}>;


export type CloseGroupMutation = { closeGroup: { group: { id: string, status: ProgrammeGroupStatus, version: number, closedAt: string | null, closedBy: string | null, closeReason: string | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type CancelSessionMutationVariables = Exact<{
  input: CancelSessionInput;
}>;


export type CancelSessionMutation = { cancelSession: { session: { id: string, sessionNumber: number, status: SessionStatus, cancelledAt: string | null, cancelledBy: string | null, cancellationReason: string | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type SessionChangesQueryVariables = Exact<{
  id: string;
  first: number;
}>;


export type SessionChangesQuery = { programmeSession: { id: string, sessionNumber: number, status: SessionStatus, scheduledStart: string, cancelledAt: string | null, cancelledBy: string | null, cancellationReason: string | null, changes: { totalCount: number, edges: Array<{ node: { kind: SessionChangeKind, previousStart: string, newStart: string | null, previousDurationMinutes: number, newDurationMinutes: number | null, reason: string, changedBy: string, changedAt: string } }> } } | null };

export type ImportCsvMutationVariables = Exact<{
  input: ImportCsvInput;
}>;


export type ImportCsvMutation = { importCsv: { result: { kind: ImportKind, dryRun: boolean, written: boolean, rows: number, counts: { created: number, matched: number, unchanged: number, refused: number }, problems: Array<{ row: number | null, column: string | null, code: UserErrorCode, message: string }> } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type ImportPeopleMutationVariables = Exact<{
  input: ImportCsvInput;
}>;


export type ImportPeopleMutation = { importCsv: { result: { dryRun: boolean, written: boolean, rows: number, counts: { created: number, matched: number, unchanged: number, refused: number }, problems: Array<{ row: number | null, column: string | null, code: UserErrorCode, message: string }> } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type ImportPeopleCorrectedMutationVariables = Exact<{
  input: ImportCsvInput;
}>;


export type ImportPeopleCorrectedMutation = { importCsv: { result: { written: boolean, counts: { created: number, matched: number, unchanged: number, refused: number }, problems: Array<{ row: number | null, column: string | null, code: UserErrorCode, message: string }> } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type ImportReferralsMutationVariables = Exact<{
  referrals: ImportCsvInput;
}>;


export type ImportReferralsMutation = { importCsv: { result: { written: boolean, counts: { created: number, matched: number, unchanged: number, refused: number }, problems: Array<{ row: number | null, column: string | null, code: UserErrorCode, message: string }> } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type ImportRegisterDryRunMutationVariables = Exact<{
  input: ImportCsvInput;
}>;


export type ImportRegisterDryRunMutation = { importCsv: { result: { dryRun: boolean, written: boolean, counts: { created: number, matched: number, unchanged: number, refused: number }, problems: Array<{ row: number | null, column: string | null, code: UserErrorCode, message: string }> } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type IomTestNodeQueryVariables = Exact<{
  id: string;
}>;


export type IomTestNodeQuery = { node:
    | { __typename: 'AttendanceRecord', id: string }
    | { __typename: 'CaseAllocation', id: string }
    | { __typename: 'InterventionPlan', version: number, id: string, planStatus: InterventionPlanStatus }
    | { __typename: 'IomMembership', startedOn: string, open: boolean, id: string }
    | { __typename: 'IomStaffMember', name: string, sub: string, id: string }
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

export type StaffFieldsFragment = { id: string, kind: IomStaffKind, name: string, collarNumber: string | null, force: string | null, team: string, sub: string, active: boolean };

export type MembershipFieldsFragment = { id: string, open: boolean, selectionSource: IomSelectionSource, cohortType: IomCohortType, rfgScore: number | null, startedOn: string, endedOn: string | null, deselectionReason: IomDeselectionReason | null, deselectionNote: string | null };

export type ActionFieldsFragment = { id: string, pathway: InterventionPathway, description: string, ownerAgency: ActionOwnerAgency, ownerName: string | null, status: PlanActionStatus, dueOn: string, overdue: boolean, daysOverdue: number, notes: string | null, version: number, closedAt: string | null, ownerStaff: { id: string, name: string } | null };

export type PlanFieldsFragment = { id: string, version: number, status: InterventionPlanStatus, summary: string | null, reviewDueOn: string, reviewOverdue: boolean, daysReviewOverdue: number, createdBy: string, endedAt: string | null, actions: Array<{ id: string, pathway: InterventionPathway, description: string, ownerAgency: ActionOwnerAgency, ownerName: string | null, status: PlanActionStatus, dueOn: string, overdue: boolean, daysOverdue: number, notes: string | null, version: number, closedAt: string | null, ownerStaff: { id: string, name: string } | null }> };

export type RegisterIomStaffMemberMutationVariables = Exact<{
  input: RegisterIomStaffMemberInput;
}>;


export type RegisterIomStaffMemberMutation = { registerIomStaffMember: { staffMember: { id: string, kind: IomStaffKind, name: string, collarNumber: string | null, force: string | null, team: string, sub: string, active: boolean } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type UpdateIomStaffMemberMutationVariables = Exact<{
  input: UpdateIomStaffMemberInput;
}>;


export type UpdateIomStaffMemberMutation = { updateIomStaffMember: { staffMember: { id: string, kind: IomStaffKind, name: string, collarNumber: string | null, force: string | null, team: string, sub: string, active: boolean } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type IomStaffQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: IomStaffFilter | null | undefined;
}>;


export type IomStaffQuery = { iomStaff: { totalCount: number, edges: Array<{ node: { id: string, kind: IomStaffKind, name: string, collarNumber: string | null, force: string | null, team: string, sub: string, active: boolean } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

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


export type IomMemberPageQuery = { iomMembership: { selectedBy: string, deselectedBy: string | null, reviewOverdue: boolean, overdueActionCount: number, id: string, open: boolean, selectionSource: IomSelectionSource, cohortType: IomCohortType, rfgScore: number | null, startedOn: string, endedOn: string | null, deselectionReason: IomDeselectionReason | null, deselectionNote: string | null, perpetrator: { id: string, givenName: string, familyName: string, crn: string | null, pncId: string | null, referrals: { edges: Array<{ node: { id: string, status: ReferralStatus, programme: { code: ProgrammeCode }, attendance: { attended: number, completionThresholdMet: boolean } } }> } }, offenderManager: { id: string, kind: IomStaffKind, name: string, collarNumber: string | null, force: string | null, team: string, sub: string, active: boolean } | null, offenderManagerHistory: Array<{ startedOn: string, endedOn: string | null, reason: string | null, assignedBy: string, staffMember: { id: string, name: string } }>, plan: { id: string, version: number, status: InterventionPlanStatus, summary: string | null, reviewDueOn: string, reviewOverdue: boolean, daysReviewOverdue: number, createdBy: string, endedAt: string | null, lastReview: { reviewedOn: string, outcome: PlanReviewOutcome, notes: string | null, nextReviewOn: string, reviewerSub: string } | null, reviews: { totalCount: number, edges: Array<{ node: { reviewedOn: string, outcome: PlanReviewOutcome, nextReviewOn: string } }> }, actions: Array<{ id: string, pathway: InterventionPathway, description: string, ownerAgency: ActionOwnerAgency, ownerName: string | null, status: PlanActionStatus, dueOn: string, overdue: boolean, daysOverdue: number, notes: string | null, version: number, closedAt: string | null, referral: { id: string, attendance: { attended: number, late: number, absentAcceptable: number, absentUnacceptable: number, excluded: number, sessionsRecorded: number } } | null, ownerStaff: { id: string, name: string } | null }> } | null, planVersions: { totalCount: number, edges: Array<{ node: { id: string, version: number, status: InterventionPlanStatus, reviewDueOn: string, endedAt: string | null, actions: Array<{ id: string, pathway: InterventionPathway, description: string, status: PlanActionStatus, dueOn: string, version: number, overdue: boolean }> } }> } } | null };

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

export type MergePerpetratorsMutationVariables = Exact<{
  input: MergePerpetratorsInput;
}>;


export type MergePerpetratorsMutation = { mergePerpetrators: { survivor: { version: number, id: string, givenName: string, familyName: string, dateOfBirth: string, sex: Sex, crn: string | null, pncId: string | null, prisonNumber: string | null, croNumber: string | null } | null, merge: { survivorId: string, duplicateId: string, reason: string, movedIdentifiers: Array<string>, actorSub: string, occurredAt: string, movedRows: Array<{ table: string, count: number }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type PerpetratorMergesQueryVariables = Exact<{
  id: string;
  first: number;
  after?: string | null | undefined;
}>;


export type PerpetratorMergesQuery = { perpetrator: { id: string, version: number, merges: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { survivorId: string, duplicateId: string, reason: string, movedIdentifiers: Array<string>, actorSub: string, actorName: string | null, occurredAt: string, movedRows: Array<{ table: string, count: number }>, duplicateValues: Array<{ field: string, previousValue: string | null }> } }> } } | null };

export type ProgrammesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgrammesQuery = { programmes: Array<{ id: string, code: ProgrammeCode, name: string, mandated: boolean, sessionsTotal: number, completionThreshold: number, closesAfterSession: number | null }> };

export type ProbationAttendanceQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ProbationAttendanceQuery = { referrals: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: ReferralStatus, version: number, perpetrator: { givenName: string, familyName: string, crn: string | null }, group: { name: string } | null, attendance: { attended: number, late: number, absentAcceptable: number, absentUnacceptable: number, excluded: number, sessionsRemaining: number, attendanceRate: number | null, completionThresholdMet: boolean, completionStillPossible: boolean }, enforcement: { warningsInLast12Months: number, breachRequired: boolean } | null } }> } };

export type MyAllocatedReferralsQueryVariables = Exact<{
  first: number;
}>;


export type MyAllocatedReferralsQuery = { referrals: { totalCount: number, edges: Array<{ node: { id: string, status: ReferralStatus, perpetrator: { familyName: string, crn: string | null } } }> } };

export type PersonByPncQueryVariables = Exact<{
  pncId: string;
}>;


export type PersonByPncQuery = { perpetrator: { id: string, givenName: string, familyName: string, crn: string | null, pncId: string | null, referrals: { edges: Array<{ node: { status: ReferralStatus, programme: { code: ProgrammeCode } } }> } } | null };

export type ReferToBbrMutationVariables = Exact<{
  input: ReferToProgrammeInput;
}>;


export type ReferToBbrMutation = { referToProgramme: { referral: { id: string, status: ReferralStatus, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type StartAssessmentMutationVariables = Exact<{
  input: TransitionReferralInput;
}>;


export type StartAssessmentMutation = { transitionReferral: { referral: { id: string, status: ReferralStatus, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type MyGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyGroupsQuery = { programmeGroups: { edges: Array<{ node: { id: string, name: string, programme: { code: ProgrammeCode }, sessions: { edges: Array<{ node: { id: string, sessionNumber: number, scheduledStart: string, register: Array<{ outcome: AttendanceOutcome }> } }> }, participants: { edges: Array<{ node: { id: string, perpetrator: { givenName: string, familyName: string } } }> } } }> } };

export type RecordRegisterMutationVariables = Exact<{
  input: RecordSessionAttendanceInput;
}>;


export type RecordRegisterMutation = { recordSessionAttendance: { replayed: boolean, records: Array<{ id: string, outcome: AttendanceOutcome, referral: { id: string, status: ReferralStatus } }>, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type MyCaseloadQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCaseloadQuery = { iomCohort: { totalCount: number, edges: Array<{ node: { id: string, cohortType: IomCohortType, startedOn: string, reviewOverdue: boolean, overdueActionCount: number, perpetrator: { givenName: string, familyName: string, crn: string | null, pncId: string | null }, offenderManager: { name: string, collarNumber: string | null, team: string } | null, plan: { version: number, reviewDueOn: string, daysReviewOverdue: number, actions: Array<{ pathway: InterventionPathway, description: string, ownerAgency: ActionOwnerAgency, ownerName: string | null, status: PlanActionStatus, dueOn: string, overdue: boolean, ownerStaff: { name: string } | null, referral: { status: ReferralStatus, programme: { code: ProgrammeCode }, attendance: { attended: number, absentUnacceptable: number, completionThresholdMet: boolean } } | null }> } | null } }> } };

export type TeamWorkloadQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamWorkloadQuery = { iomWorkload: Array<{ openMembers: number | null, withoutLivePlan: number | null, reviewsOverdue: number | null, actionsOverdue: number | null, membersWithOverdueActions: number | null, offenderManager: { name: string } | null }> };

export type StartPlanActionMutationVariables = Exact<{
  input: UpdatePlanActionInput;
}>;


export type StartPlanActionMutation = { updatePlanAction: { action: { status: PlanActionStatus, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ReviewPlanMutationVariables = Exact<{
  input: RecordPlanReviewInput;
}>;


export type ReviewPlanMutation = { recordPlanReview: { plan: { reviewDueOn: string, reviewOverdue: boolean } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ReplanAfterMaracMutationVariables = Exact<{
  input: ReplanInterventionInput;
}>;


export type ReplanAfterMaracMutation = { replanIntervention: { plan: { version: number, status: InterventionPlanStatus, actions: Array<{ description: string, status: PlanActionStatus }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type RecordDashMutationVariables = Exact<{
  input: RecordRiskAssessmentInput;
}>;


export type RecordDashMutation = { recordRiskAssessment: { assessment: { id: string, yesCount: number, scoreLevel: DashRiskLevel, level: DashRiskLevel } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ReferVisibleHighRiskMutationVariables = Exact<{
  input: ReferToMaracInput;
}>;


export type ReferVisibleHighRiskMutation = { referToMarac: { maracReferral: { id: string, grounds: Array<MaracGround>, isRepeat: boolean, previousReferral: { referredOn: string } | null, escalation: { incidentsInWindow: number, threshold: number, met: boolean } } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type RecordDvpoMutationVariables = Exact<{
  input: RecordProtectiveOrderInput;
}>;


export type RecordDvpoMutation = { recordProtectiveOrder: { order: { id: string, inForce: boolean, daysUntilExpiry: number | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type MyOpenAlertsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyOpenAlertsQuery = { safetyAlerts: { edges: Array<{ node: { id: string, kind: SafetyAlertKind, summary: string, occurredAt: string, victim: { id: string, givenName: string }, perpetrator: { givenName: string, familyName: string } } }> } };

export type AcknowledgeAlertMutationVariables = Exact<{
  input: AcknowledgeSafetyAlertInput;
}>;


export type AcknowledgeAlertMutation = { acknowledgeSafetyAlert: { alert: { id: string, acknowledged: boolean, acknowledgedAt: string | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type WhoLookedAtThisPersonQueryVariables = Exact<{
  personId: string;
  from?: string | null | undefined;
}>;


export type WhoLookedAtThisPersonQuery = { auditEvents: { totalCount: number, edges: Array<{ node: { occurredAt: string, action: AuditAction, entityType: string, entityId: string, fields: Array<string>, purpose: string | null, requestId: string, operationName: string | null, recipients: Array<string> | null, actor: { sub: string, name: string | null, roles: Array<string>, org: string | null } } }> } };

export type NewGroupMutationVariables = Exact<{
  input: CreateProgrammeGroupInput;
}>;


export type NewGroupMutation = { createProgrammeGroup: { group: { id: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type NewSessionMutationVariables = Exact<{
  input: ScheduleSessionInput;
}>;


export type NewSessionMutation = { scheduleSession: { session: { id: string, sessionNumber: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type AllocateWaitingReferralMutationVariables = Exact<{
  input: AllocateToGroupInput;
}>;


export type AllocateWaitingReferralMutation = { allocateToGroup: { referral: { status: ReferralStatus, group: { name: string } | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type MoveSessionMutationVariables = Exact<{
  input: RescheduleSessionInput;
}>;


export type MoveSessionMutation = { rescheduleSession: { session: { id: string, sessionNumber: number, scheduledStart: string, durationMinutes: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type MoveParticipantMutationVariables = Exact<{
  input: TransferToGroupInput;
}>;


export type MoveParticipantMutation = { transferToGroup: { referral: { status: ReferralStatus, version: number, group: { name: string } | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ReopenAfterCourtOrderMutationVariables = Exact<{
  input: TransitionReferralInput;
}>;


export type ReopenAfterCourtOrderMutation = { transitionReferral: { referral: { status: ReferralStatus, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type IssueWarningLetterMutationVariables = Exact<{
  input: RecordEnforcementActionInput;
}>;


export type IssueWarningLetterMutation = { recordEnforcementAction: { enforcementAction: { kind: EnforcementActionKind, takenOn: string } | null, referral: { enforcement: { breachRequired: boolean, warningLettersIssued: number, outstanding: Array<{ kind: EnforcementActionKind, description: string }> } | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type CancelLeedsSessionMutationVariables = Exact<{
  input: CancelSessionInput;
}>;


export type CancelLeedsSessionMutation = { cancelSession: { session: { id: string, sessionNumber: number, status: SessionStatus, cancelledAt: string | null, cancelledBy: string | null, cancellationReason: string | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type LeedsSessionHistoryQueryVariables = Exact<{
  id: string;
  first: number;
}>;


export type LeedsSessionHistoryQuery = { programmeSession: { sessionNumber: number, status: SessionStatus, scheduledStart: string, changes: { totalCount: number, edges: Array<{ node: { kind: SessionChangeKind, previousStart: string, newStart: string | null, reason: string, changedBy: string, changedAt: string } }> } } | null };

export type CorrectToAcceptableAbsenceMutationVariables = Exact<{
  register: RecordSessionAttendanceInput;
}>;


export type CorrectToAcceptableAbsenceMutation = { recordSessionAttendance: { records: Array<{ outcome: AttendanceOutcome }>, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ArrangeCatchUpMutationVariables = Exact<{
  catchUp: AddCatchUpSessionInput;
}>;


export type ArrangeCatchUpMutation = { addCatchUpSession: { session: { id: string, sessionNumber: number, format: SessionFormat, scheduledStart: string, durationMinutes: number, status: SessionStatus, catchUpFor: { sessionNumber: number } | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type AddCoFacilitatorMutationVariables = Exact<{
  add: AddGroupFacilitatorInput;
}>;


export type AddCoFacilitatorMutation = { addGroupFacilitator: { facilitator: { facilitatorSub: string, startedOn: string, endedOn: string | null, current: boolean, addedBy: string } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type EndCoFacilitationMutationVariables = Exact<{
  remove: RemoveGroupFacilitatorInput;
}>;


export type EndCoFacilitationMutation = { removeGroupFacilitator: { facilitator: { facilitatorSub: string, startedOn: string, endedOn: string | null, current: boolean, endedBy: string | null, endReason: string | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type LeedsFacilitatorsQueryVariables = Exact<{
  groupId: string;
}>;


export type LeedsFacilitatorsQuery = { programmeGroup: { id: string, status: ProgrammeGroupStatus, facilitatorSubs: Array<string>, facilitators: Array<{ facilitatorSub: string, startedOn: string, endedOn: string | null, current: boolean, addedBy: string, addReason: string | null, endedBy: string | null, endReason: string | null }> } | null };

export type RelocateGroupMutationVariables = Exact<{
  input: UpdateGroupInput;
}>;


export type RelocateGroupMutation = { updateGroup: { group: { id: string, name: string, location: string | null, startsOn: string, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type CloseLeedsGroupMutationVariables = Exact<{
  input: CloseGroupInput;
}>;


export type CloseLeedsGroupMutation = { closeGroup: { group: { id: string, status: ProgrammeGroupStatus, version: number, closedAt: string | null, closedBy: string | null, closeReason: string | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type RecordOrderMutationVariables = Exact<{
  input: RecordReferralSentenceInput;
}>;


export type RecordOrderMutation = { recordReferralSentence: { referral: { id: string, version: number, legalBasis: LegalBasis | null, sentence: { orderType: SentenceOrderType, startDate: string, endDate: string | null, requirementReference: string | null, enforcedBy: EnforcementRoute } | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ReferralOrderQueryVariables = Exact<{
  id: string;
}>;


export type ReferralOrderQuery = { referral: { id: string, legalBasis: LegalBasis | null, sentence: { orderType: SentenceOrderType, startDate: string, endDate: string | null, requirementReference: string | null, enforcedBy: EnforcementRoute } | null, history: Array<{ toStatus: ReferralStatus, version: number, note: string | null, actorSub: string }> } | null };

export type MergeHartRecordsMutationVariables = Exact<{
  input: MergePerpetratorsInput;
}>;


export type MergeHartRecordsMutation = { mergePerpetrators: { survivor: { id: string, version: number, crn: string | null } | null, merge: { movedIdentifiers: Array<string>, occurredAt: string, movedRows: Array<{ table: string, count: number }> } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type MergedIdStillResolvesQueryVariables = Exact<{
  duplicateId: string;
}>;


export type MergedIdStillResolvesQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { familyName: string, crn: string | null, id: string, merges: { totalCount: number, edges: Array<{ node: { reason: string, actorSub: string } }> } }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type AllocateToBradfordMutationVariables = Exact<{
  input: AllocateCaseInput;
}>;


export type AllocateToBradfordMutation = { allocateCase: { caseAllocation: { id: string, practitionerSub: string, organisation: string, startedOn: string, current: boolean, perpetrator: { caseAllocationHistory: Array<{ practitionerSub: string, startedOn: string, endedOn: string | null, endReason: string | null }> } } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type CloseCaseMutationVariables = Exact<{
  input: EndCaseAllocationInput;
}>;


export type CloseCaseMutation = { endCaseAllocation: { caseAllocation: { endedOn: string | null } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type CorrectRecordMutationVariables = Exact<{
  input: UpdatePerpetratorInput;
}>;


export type CorrectRecordMutation = { updatePerpetrator: { perpetrator: { id: string, familyName: string, dateOfBirth: string, pncId: string | null, prisonNumber: string | null, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ReferralsByStageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ReferralsByStageQuery = { referrals: { edges: Array<{ node: { id: string, status: ReferralStatus, referredAt: string, perpetrator: { familyName: string, givenName: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CohortByNextReviewQueryVariables = Exact<{
  first: number;
}>;


export type CohortByNextReviewQuery = { iomCohort: { edges: Array<{ node: { id: string, startedOn: string, perpetrator: { familyName: string, givenName: string }, plan: { reviewDueOn: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AlertQueueOpenFirstQueryVariables = Exact<{
  first: number;
}>;


export type AlertQueueOpenFirstQuery = { safetyAlerts: { edges: Array<{ node: { id: string, kind: SafetyAlertKind, createdAt: string, acknowledgedAt: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type VictimsByRiskQueryVariables = Exact<{
  id: string;
}>;


export type VictimsByRiskQuery = { perpetrator: { id: string, victimLinks: Array<{ id: string, startedOn: string, currentRisk: { id: string, level: DashRiskLevel } | null, victim: { id: string, familyName: string, givenName: string } }> } | null };

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


export type ReferralDetailQuery = { referral: { id: string, status: ReferralStatus, version: number, withdrawalReason: WithdrawalReason | null, history: Array<{ fromStatus: ReferralStatus | null, toStatus: ReferralStatus, version: number, reason: string | null, note: string | null, actorSub: string }>, attendance: { attended: number, late: number, absentAcceptable: number, absentUnacceptable: number, excluded: number, sessionsRecorded: number, sessionsCancelled: number, sessionsRemaining: number, attendanceRate: number | null, completionThreshold: number, completionThresholdMet: boolean, completionStillPossible: boolean }, enforcement: { warningsInLast12Months: number, breachRequired: boolean, unacceptableFailures: number } | null } | null };

export type ProbationReferralsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: ReferralFilter | null | undefined;
}>;


export type ProbationReferralsQuery = { referrals: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: ReferralStatus, version: number, perpetrator: { id: string, givenName: string, familyName: string, crn: string | null }, programme: { code: ProgrammeCode }, group: { id: string, name: string } | null, attendance: { attended: number, sessionsRemaining: number, attendanceRate: number | null, completionThresholdMet: boolean, completionStillPossible: boolean }, enforcement: { warningsInLast12Months: number, breachRequired: boolean } | null } }> } };

export type ReferralSentenceFieldsFragment = { orderType: SentenceOrderType, startDate: string, endDate: string | null, requirementReference: string | null, enforcedBy: EnforcementRoute };

export type RecordReferralSentenceMutationVariables = Exact<{
  input: RecordReferralSentenceInput;
}>;


export type RecordReferralSentenceMutation = { recordReferralSentence: { referral: { id: string, version: number, legalBasis: LegalBasis | null, sentence: { orderType: SentenceOrderType, startDate: string, endDate: string | null, requirementReference: string | null, enforcedBy: EnforcementRoute } | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ReferralSentenceQueryVariables = Exact<{
  id: string;
}>;


export type ReferralSentenceQuery = { referral: { id: string, version: number, legalBasis: LegalBasis | null, sentence: { orderType: SentenceOrderType, startDate: string, endDate: string | null, requirementReference: string | null, enforcedBy: EnforcementRoute } | null, history: Array<{ fromStatus: ReferralStatus | null, toStatus: ReferralStatus, version: number, reason: string | null, note: string | null, actorSub: string }> } | null };

export type ReportCountFieldsFragment = { value: number | null, suppression: SuppressionReason | null };

export type ReportMeasureFieldsFragment = { value: number | null, suppression: SuppressionReason | null };

export type PerformanceLineFieldsFragment = { breakdown: PerformanceBreakdown | null, key: string | null, label: string | null, referralsReceived: { value: number | null, suppression: SuppressionReason | null }, assessmentsMissed: { value: number | null, suppression: SuppressionReason | null }, assessedUnsuitable: { value: number | null, suppression: SuppressionReason | null }, allocated: { value: number | null, suppression: SuppressionReason | null }, started: { value: number | null, suppression: SuppressionReason | null }, completed: { value: number | null, suppression: SuppressionReason | null }, droppedOut: { value: number | null, suppression: SuppressionReason | null }, breached: { value: number | null, suppression: SuppressionReason | null }, withdrawn: { value: number | null, suppression: SuppressionReason | null }, startersCompleted: { value: number | null, suppression: SuppressionReason | null }, sessionsAttended: { value: number | null, suppression: SuppressionReason | null }, sessionsRecorded: { value: number | null, suppression: SuppressionReason | null }, warningLetters: { value: number | null, suppression: SuppressionReason | null }, breachProceedings: { value: number | null, suppression: SuppressionReason | null }, completionRate: { value: number | null, suppression: SuppressionReason | null }, attendanceRate: { value: number | null, suppression: SuppressionReason | null }, medianDaysToStart: { value: number | null, suppression: SuppressionReason | null } };

export type ProgrammePerformanceQueryVariables = Exact<{
  report?: ProgrammePerformanceInput | null | undefined;
}>;


export type ProgrammePerformanceQuery = { programmePerformance: { from: string, to: string, programme: ProgrammeCode | null, breakdowns: Array<PerformanceBreakdown>, suppressed: boolean, total: { breakdown: PerformanceBreakdown | null, key: string | null, label: string | null, referralsReceived: { value: number | null, suppression: SuppressionReason | null }, assessmentsMissed: { value: number | null, suppression: SuppressionReason | null }, assessedUnsuitable: { value: number | null, suppression: SuppressionReason | null }, allocated: { value: number | null, suppression: SuppressionReason | null }, started: { value: number | null, suppression: SuppressionReason | null }, completed: { value: number | null, suppression: SuppressionReason | null }, droppedOut: { value: number | null, suppression: SuppressionReason | null }, breached: { value: number | null, suppression: SuppressionReason | null }, withdrawn: { value: number | null, suppression: SuppressionReason | null }, startersCompleted: { value: number | null, suppression: SuppressionReason | null }, sessionsAttended: { value: number | null, suppression: SuppressionReason | null }, sessionsRecorded: { value: number | null, suppression: SuppressionReason | null }, warningLetters: { value: number | null, suppression: SuppressionReason | null }, breachProceedings: { value: number | null, suppression: SuppressionReason | null }, completionRate: { value: number | null, suppression: SuppressionReason | null }, attendanceRate: { value: number | null, suppression: SuppressionReason | null }, medianDaysToStart: { value: number | null, suppression: SuppressionReason | null } }, lines: Array<{ breakdown: PerformanceBreakdown | null, key: string | null, label: string | null, referralsReceived: { value: number | null, suppression: SuppressionReason | null }, assessmentsMissed: { value: number | null, suppression: SuppressionReason | null }, assessedUnsuitable: { value: number | null, suppression: SuppressionReason | null }, allocated: { value: number | null, suppression: SuppressionReason | null }, started: { value: number | null, suppression: SuppressionReason | null }, completed: { value: number | null, suppression: SuppressionReason | null }, droppedOut: { value: number | null, suppression: SuppressionReason | null }, breached: { value: number | null, suppression: SuppressionReason | null }, withdrawn: { value: number | null, suppression: SuppressionReason | null }, startersCompleted: { value: number | null, suppression: SuppressionReason | null }, sessionsAttended: { value: number | null, suppression: SuppressionReason | null }, sessionsRecorded: { value: number | null, suppression: SuppressionReason | null }, warningLetters: { value: number | null, suppression: SuppressionReason | null }, breachProceedings: { value: number | null, suppression: SuppressionReason | null }, completionRate: { value: number | null, suppression: SuppressionReason | null }, attendanceRate: { value: number | null, suppression: SuppressionReason | null }, medianDaysToStart: { value: number | null, suppression: SuppressionReason | null } }>, unsuitableByReason: Array<{ key: string, count: { value: number | null, suppression: SuppressionReason | null } }> } };

export type ProgrammePerformanceCsvQueryVariables = Exact<{
  report?: ProgrammePerformanceInput | null | undefined;
}>;


export type ProgrammePerformanceCsvQuery = { programmePerformance: { csv: string } };

export type QuarterlyProgrammePerformanceQueryVariables = Exact<{
  report?: ProgrammePerformanceInput | null | undefined;
}>;


export type QuarterlyProgrammePerformanceQuery = { programmePerformance: { from: string, to: string, programme: ProgrammeCode | null, suppressed: boolean, total: { referralsReceived: { value: number | null, suppression: SuppressionReason | null }, assessmentsMissed: { value: number | null, suppression: SuppressionReason | null }, assessedUnsuitable: { value: number | null, suppression: SuppressionReason | null }, started: { value: number | null, suppression: SuppressionReason | null }, completed: { value: number | null, suppression: SuppressionReason | null }, droppedOut: { value: number | null, suppression: SuppressionReason | null }, completionRate: { value: number | null, suppression: SuppressionReason | null }, attendanceRate: { value: number | null, suppression: SuppressionReason | null }, medianDaysToStart: { value: number | null, suppression: SuppressionReason | null }, warningLetters: { value: number | null, suppression: SuppressionReason | null }, breachProceedings: { value: number | null, suppression: SuppressionReason | null } }, lines: Array<{ breakdown: PerformanceBreakdown | null, key: string | null, referralsReceived: { value: number | null, suppression: SuppressionReason | null }, started: { value: number | null, suppression: SuppressionReason | null } }> } };

export type ReportCategoryCountFieldsFragment = { key: string, count: { value: number | null, suppression: SuppressionReason | null } };

export type VictimSafetyReportQueryVariables = Exact<{
  period?: ReportPeriodInput | null | undefined;
}>;


export type VictimSafetyReportQuery = { victimSafetyReport: { from: string, to: string, suppressed: boolean, csv: string, dashAssessments: { value: number | null, suppression: SuppressionReason | null }, dashAssessmentsByLevel: Array<{ key: string, count: { value: number | null, suppression: SuppressionReason | null } }>, maracReferrals: { value: number | null, suppression: SuppressionReason | null }, maracReferralsByKind: Array<{ key: string, count: { value: number | null, suppression: SuppressionReason | null } }>, maracRepeatRate: { value: number | null, suppression: SuppressionReason | null }, protectiveOrders: { value: number | null, suppression: SuppressionReason | null }, protectiveOrdersByType: Array<{ key: string, count: { value: number | null, suppression: SuppressionReason | null } }>, alertsRaised: { value: number | null, suppression: SuppressionReason | null }, alertsRaisedByKind: Array<{ key: string, count: { value: number | null, suppression: SuppressionReason | null } }>, alertsAcknowledged: { value: number | null, suppression: SuppressionReason | null }, alertsOpen: { value: number | null, suppression: SuppressionReason | null }, medianHoursToAcknowledge: { value: number | null, suppression: SuppressionReason | null } } };

export type IomReportQueryVariables = Exact<{
  period?: ReportPeriodInput | null | undefined;
}>;


export type IomReportQuery = { iomReport: { from: string, to: string, suppressed: boolean, csv: string, membersInPeriod: { value: number | null, suppression: SuppressionReason | null }, cohortAtStart: { value: number | null, suppression: SuppressionReason | null }, cohortAtEnd: { value: number | null, suppression: SuppressionReason | null }, selections: { value: number | null, suppression: SuppressionReason | null }, selectionsBySource: Array<{ key: string, count: { value: number | null, suppression: SuppressionReason | null } }>, deselections: { value: number | null, suppression: SuppressionReason | null }, deselectionsByReason: Array<{ key: string, count: { value: number | null, suppression: SuppressionReason | null } }>, reviewsDue: { value: number | null, suppression: SuppressionReason | null }, reviewsOnTime: { value: number | null, suppression: SuppressionReason | null }, reviewsLate: { value: number | null, suppression: SuppressionReason | null }, reviewsOnTimeRate: { value: number | null, suppression: SuppressionReason | null }, actionsCompleted: { value: number | null, suppression: SuppressionReason | null }, actionsCompletedByPathway: Array<{ key: string, count: { value: number | null, suppression: SuppressionReason | null } }>, incidentsBeforeSelection: { value: number | null, suppression: SuppressionReason | null }, incidentsSinceSelection: { value: number | null, suppression: SuppressionReason | null }, personMonthsBefore: { value: number | null, suppression: SuppressionReason | null }, personMonthsSince: { value: number | null, suppression: SuppressionReason | null }, incidentRateBefore: { value: number | null, suppression: SuppressionReason | null }, incidentRateSince: { value: number | null, suppression: SuppressionReason | null } } };

export type VictimSafetyQuarterQueryVariables = Exact<{
  period?: ReportPeriodInput | null | undefined;
}>;


export type VictimSafetyQuarterQuery = { victimSafetyReport: { from: string, to: string, suppressed: boolean, dashAssessments: { value: number | null, suppression: SuppressionReason | null }, dashAssessmentsByLevel: Array<{ key: string, count: { value: number | null, suppression: SuppressionReason | null } }>, maracReferrals: { value: number | null, suppression: SuppressionReason | null }, maracReferralsByKind: Array<{ key: string, count: { value: number | null, suppression: SuppressionReason | null } }>, maracRepeatRate: { value: number | null, suppression: SuppressionReason | null }, protectiveOrdersByType: Array<{ key: string, count: { value: number | null, suppression: SuppressionReason | null } }>, alertsRaised: { value: number | null, suppression: SuppressionReason | null }, alertsAcknowledged: { value: number | null, suppression: SuppressionReason | null }, medianHoursToAcknowledge: { value: number | null, suppression: SuppressionReason | null } } };

export type IomQuarterQueryVariables = Exact<{
  period?: ReportPeriodInput | null | undefined;
}>;


export type IomQuarterQuery = { iomReport: { from: string, to: string, suppressed: boolean, cohortAtStart: { value: number | null, suppression: SuppressionReason | null }, selections: { value: number | null, suppression: SuppressionReason | null }, deselections: { value: number | null, suppression: SuppressionReason | null }, cohortAtEnd: { value: number | null, suppression: SuppressionReason | null }, deselectionsByReason: Array<{ key: string, count: { value: number | null, suppression: SuppressionReason | null } }>, reviewsDue: { value: number | null, suppression: SuppressionReason | null }, reviewsOnTimeRate: { value: number | null, suppression: SuppressionReason | null }, actionsCompletedByPathway: Array<{ key: string, count: { value: number | null, suppression: SuppressionReason | null } }>, incidentsBeforeSelection: { value: number | null, suppression: SuppressionReason | null }, incidentsSinceSelection: { value: number | null, suppression: SuppressionReason | null }, incidentRateBefore: { value: number | null, suppression: SuppressionReason | null }, incidentRateSince: { value: number | null, suppression: SuppressionReason | null } } };

export type RetentionReviewQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  kinds?: Array<RetentionKind> | RetentionKind | null | undefined;
}>;


export type RetentionReviewQuery = { retentionReview: { totalCount: number, edges: Array<{ cursor: string, node: { kind: RetentionKind, recordId: string, retainedFrom: string, setBy: RetentionActivity, dueOn: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ErasePerpetratorMutationVariables = Exact<{
  input: EraseRecordInput;
}>;


export type ErasePerpetratorMutation = { erasePerpetrator: { erasure: { id: string, subjectKind: ErasureSubjectKind, subjectId: string, mode: ErasureMode, reason: string, openWorkOverridden: boolean, actorSub: string, occurredAt: string, erasedRows: Array<{ table: string, count: number }> } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type EraseVictimMutationVariables = Exact<{
  input: EraseRecordInput;
}>;


export type EraseVictimMutation = { eraseVictim: { erasure: { id: string, subjectKind: ErasureSubjectKind, subjectId: string, mode: ErasureMode, openWorkOverridden: boolean, erasedRows: Array<{ table: string, count: number }> } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type EraseRecordedInErrorAgainMutationVariables = Exact<{
  input: EraseRecordInput;
}>;


export type EraseRecordedInErrorAgainMutation = { erasePerpetrator: { erasure: { subjectId: string } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type SubjectAccessExportQueryVariables = Exact<{
  crn?: string | null | undefined;
  prn?: string | null | undefined;
  fromDate?: string | null | undefined;
  toDate?: string | null | undefined;
}>;


export type SubjectAccessExportQuery = { subjectAccessExport: unknown };

export type RequestSubjectAccessMutationVariables = Exact<{
  input: RequestSubjectAccessInput;
}>;


export type RequestSubjectAccessMutation = { requestSubjectAccess: { request: { id: string, status: SubjectAccessRequestStatus, reference: string, requestedBy: string, expiresOn: string | null } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type DecideSubjectAccessRequestMutationVariables = Exact<{
  input: DecideSubjectAccessRequestInput;
}>;


export type DecideSubjectAccessRequestMutation = { decideSubjectAccessRequest: { request: { id: string, status: SubjectAccessRequestStatus, decidedBy: string | null, expiresOn: string | null } | null, userErrors: Array<{ field: Array<string>, code: UserErrorCode, message: string }> } };

export type SubjectAccessExportOnRequestQueryVariables = Exact<{
  crn?: string | null | undefined;
  requestId?: string | null | undefined;
}>;


export type SubjectAccessExportOnRequestQuery = { subjectAccessExport: unknown };

export type SubjectAccessRequestsQueryVariables = Exact<{
  status?: SubjectAccessRequestStatus | null | undefined;
}>;


export type SubjectAccessRequestsQuery = { subjectAccessRequests: { totalCount: number, edges: Array<{ node: { id: string, reference: string, status: SubjectAccessRequestStatus, requestedBy: string, requestedAt: string, expiresOn: string | null } }> } };

export type VictimFieldsFragment = { id: string, givenName: string, familyName: string, dateOfBirth: string | null, version: number };

export type ContactSafetyFieldsFragment = { safeContactMethod: SafeContactMethod | null, safeContactTimes: string | null, addressKnownToPerpetrator: boolean | null, notes: string | null };

export type RiskAssessmentFieldsFragment = { id: string, assessedOn: string, yesCount: number, scoreLevel: DashRiskLevel, judgementLevel: DashRiskLevel | null, judgementReason: string | null, level: DashRiskLevel, assessedBy: string };

export type MaracReferralFieldsFragment = { id: string, referredOn: string, grounds: Array<MaracGround>, judgementReason: string | null, isRepeat: boolean, hearingOn: string | null, referringAgency: string | null, previousReferral: { id: string, referredOn: string } | null, escalation: { incidentsInWindow: number, threshold: number, windowMonths: number, met: boolean } };

export type SupportAllocationFieldsFragment = { id: string, kind: SupportWorkerKind, workerName: string, workerSub: string | null, organisation: string, startedOn: string, endedOn: string | null, current: boolean };

export type ProtectiveOrderFieldsFragment = { id: string, type: ProtectiveOrderType, reference: string | null, issuedBy: string | null, conditions: Array<string>, startsOn: string, endsOn: string | null, inForce: boolean, daysUntilExpiry: number | null, expiresWithinDays: boolean, version: number };

export type SafetyAlertFieldsFragment = { id: string, kind: SafetyAlertKind, summary: string, occurredAt: string, createdAt: string, recipientSub: string | null, acknowledged: boolean, acknowledgedAt: string | null, acknowledgedBy: string | null, acknowledgementNote: string | null };

export type VictimSafetyViewQueryVariables = Exact<{
  perpetratorId: string;
}>;


export type VictimSafetyViewQuery = { node:
    | { id: string, givenName: string, familyName: string, victimLinks: Array<{ id: string, relationship: VictimRelationship, startedOn: string, endedOn: string | null, current: boolean, victim: { id: string, givenName: string, familyName: string, dateOfBirth: string | null, version: number, contactSafety: { safeContactMethod: SafeContactMethod | null, safeContactTimes: string | null, addressKnownToPerpetrator: boolean | null, notes: string | null } | null, supportWorkers: Array<{ id: string, kind: SupportWorkerKind, workerName: string, workerSub: string | null, organisation: string, startedOn: string, endedOn: string | null, current: boolean }> }, currentRisk: { id: string, assessedOn: string, yesCount: number, scoreLevel: DashRiskLevel, judgementLevel: DashRiskLevel | null, judgementReason: string | null, level: DashRiskLevel, assessedBy: string } | null, maracReferrals: Array<{ id: string, referredOn: string, grounds: Array<MaracGround>, judgementReason: string | null, isRepeat: boolean, hearingOn: string | null, referringAgency: string | null, previousReferral: { id: string, referredOn: string } | null, escalation: { incidentsInWindow: number, threshold: number, windowMonths: number, met: boolean } }>, escalation: { incidentsInWindow: number, threshold: number, windowMonths: number, met: boolean } }>, protectiveOrders: Array<{ id: string, type: ProtectiveOrderType, reference: string | null, issuedBy: string | null, conditions: Array<string>, startsOn: string, endsOn: string | null, inForce: boolean, daysUntilExpiry: number | null, expiresWithinDays: boolean, version: number, protectedPeople: Array<{ id: string }> }> }
    | Record<PropertyKey, never>
   | null };

export type VictimSafetyCaseloadQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type VictimSafetyCaseloadQuery = { perpetrators: { edges: Array<{ node: { id: string, victimLinks: Array<{ id: string, relationship: VictimRelationship, victim: { id: string, givenName: string, familyName: string, dateOfBirth: string | null, version: number, supportWorkers: Array<{ id: string, kind: SupportWorkerKind, workerName: string, workerSub: string | null, organisation: string, startedOn: string, endedOn: string | null, current: boolean }> }, currentRisk: { id: string, assessedOn: string, yesCount: number, scoreLevel: DashRiskLevel, judgementLevel: DashRiskLevel | null, judgementReason: string | null, level: DashRiskLevel, assessedBy: string } | null, maracReferrals: Array<{ id: string, referredOn: string, grounds: Array<MaracGround>, judgementReason: string | null, isRepeat: boolean, hearingOn: string | null, referringAgency: string | null, previousReferral: { id: string, referredOn: string } | null, escalation: { incidentsInWindow: number, threshold: number, windowMonths: number, met: boolean } }> }>, protectiveOrders: Array<{ id: string, type: ProtectiveOrderType, reference: string | null, issuedBy: string | null, conditions: Array<string>, startsOn: string, endsOn: string | null, inForce: boolean, daysUntilExpiry: number | null, expiresWithinDays: boolean, version: number, protectedPeople: Array<{ id: string }> }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type VictimByIdQueryVariables = Exact<{
  id: string;
}>;


export type VictimByIdQuery = { node:
    | { id: string, givenName: string, familyName: string, dateOfBirth: string | null, version: number, contactSafety: { safeContactMethod: SafeContactMethod | null, safeContactTimes: string | null, addressKnownToPerpetrator: boolean | null, notes: string | null } | null, links: Array<{ id: string, relationship: VictimRelationship, current: boolean, perpetrator: { id: string }, riskAssessments: Array<{ answers: Array<DashAnswer>, assessedByName: string | null, id: string, assessedOn: string, yesCount: number, scoreLevel: DashRiskLevel, judgementLevel: DashRiskLevel | null, judgementReason: string | null, level: DashRiskLevel, assessedBy: string }>, incidents: Array<{ id: string, occurredOn: string, policeReference: string | null, recordedBy: string }> }>, supportWorkers: Array<{ id: string, kind: SupportWorkerKind, workerName: string, workerSub: string | null, organisation: string, startedOn: string, endedOn: string | null, current: boolean }>, currentIdva: { id: string, kind: SupportWorkerKind, workerName: string, workerSub: string | null, organisation: string, startedOn: string, endedOn: string | null, current: boolean } | null, protectiveOrders: Array<{ id: string, type: ProtectiveOrderType, reference: string | null, issuedBy: string | null, conditions: Array<string>, startsOn: string, endsOn: string | null, inForce: boolean, daysUntilExpiry: number | null, expiresWithinDays: boolean, version: number }> }
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


export type AllocateSupportWorkerMutation = { allocateSupportWorker: { allocation: { id: string, kind: SupportWorkerKind, workerName: string, workerSub: string | null, organisation: string, startedOn: string, endedOn: string | null, current: boolean } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type EndSupportAllocationMutationVariables = Exact<{
  input: EndSupportAllocationInput;
}>;


export type EndSupportAllocationMutation = { endSupportAllocation: { allocation: { id: string, kind: SupportWorkerKind, workerName: string, workerSub: string | null, organisation: string, startedOn: string, endedOn: string | null, current: boolean } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

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


export type SafetyAlertsQuery = { safetyAlerts: { totalCount: number, edges: Array<{ node: { id: string, kind: SafetyAlertKind, summary: string, occurredAt: string, createdAt: string, recipientSub: string | null, acknowledged: boolean, acknowledgedAt: string | null, acknowledgedBy: string | null, acknowledgementNote: string | null, victim: { id: string }, perpetrator: { id: string }, referral: { id: string, status: ReferralStatus } | null, order: { id: string, type: ProtectiveOrderType, endsOn: string | null } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AcknowledgeSafetyAlertMutationVariables = Exact<{
  input: AcknowledgeSafetyAlertInput;
}>;


export type AcknowledgeSafetyAlertMutation = { acknowledgeSafetyAlert: { alert: { id: string, kind: SafetyAlertKind, summary: string, occurredAt: string, createdAt: string, recipientSub: string | null, acknowledged: boolean, acknowledgedAt: string | null, acknowledgedBy: string | null, acknowledgementNote: string | null } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type RaiseExpiringOrderAlertsMutationVariables = Exact<{ [key: string]: never; }>;


export type RaiseExpiringOrderAlertsMutation = { raiseExpiringOrderAlerts: { alertsRaised: number } };

export type SafetyAlertCreatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type SafetyAlertCreatedSubscription = { safetyAlertCreated: { id: string, kind: SafetyAlertKind, summary: string, occurredAt: string, createdAt: string, recipientSub: string | null, acknowledged: boolean, acknowledgedAt: string | null, acknowledgedBy: string | null, acknowledgementNote: string | null, victim: { id: string }, perpetrator: { id: string } } };

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
export const StaffFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IomStaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"collarNumber"}},{"kind":"Field","name":{"kind":"Name","value":"force"}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<StaffFieldsFragment, unknown>;
export const MembershipFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IomMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"selectionSource"}},{"kind":"Field","name":{"kind":"Name","value":"cohortType"}},{"kind":"Field","name":{"kind":"Name","value":"rfgScore"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deselectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"deselectionNote"}}]}}]} as unknown as DocumentNode<MembershipFieldsFragment, unknown>;
export const ActionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pathway"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]} as unknown as DocumentNode<ActionFieldsFragment, unknown>;
export const PlanFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InterventionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"daysReviewOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pathway"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]} as unknown as DocumentNode<PlanFieldsFragment, unknown>;
export const PerpetratorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PerpetratorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Perpetrator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"crn"}},{"kind":"Field","name":{"kind":"Name","value":"pncId"}},{"kind":"Field","name":{"kind":"Name","value":"prisonNumber"}},{"kind":"Field","name":{"kind":"Name","value":"croNumber"}}]}}]} as unknown as DocumentNode<PerpetratorFieldsFragment, unknown>;
export const ReferralResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"mandated"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ReferralResultFragment, unknown>;
export const ReferralSentenceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralSentenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralSentence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderType"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"requirementReference"}},{"kind":"Field","name":{"kind":"Name","value":"enforcedBy"}}]}}]} as unknown as DocumentNode<ReferralSentenceFieldsFragment, unknown>;
export const ReportCountFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportCountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}}]} as unknown as DocumentNode<ReportCountFieldsFragment, unknown>;
export const ReportMeasureFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportMeasureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportMeasure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}}]} as unknown as DocumentNode<ReportMeasureFieldsFragment, unknown>;
export const PerformanceLineFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PerformanceLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PerformanceLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"breakdown"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"referralsReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessmentsMissed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessedUnsuitable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"started"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"droppedOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breached"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startersCompleted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionsAttended"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionsRecorded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warningLetters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breachProceedings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportMeasureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendanceRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportMeasureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysToStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportMeasureFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportCountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportMeasureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportMeasure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}}]} as unknown as DocumentNode<PerformanceLineFieldsFragment, unknown>;
export const ReportCategoryCountFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportCategoryCountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportCategoryCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCountFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportCountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}}]} as unknown as DocumentNode<ReportCategoryCountFieldsFragment, unknown>;
export const VictimFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VictimFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Victim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<VictimFieldsFragment, unknown>;
export const ContactSafetyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactSafetyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactSafety"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"safeContactMethod"}},{"kind":"Field","name":{"kind":"Name","value":"safeContactTimes"}},{"kind":"Field","name":{"kind":"Name","value":"addressKnownToPerpetrator"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]} as unknown as DocumentNode<ContactSafetyFieldsFragment, unknown>;
export const RiskAssessmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskAssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"yesCount"}},{"kind":"Field","name":{"kind":"Name","value":"scoreLevel"}},{"kind":"Field","name":{"kind":"Name","value":"judgementLevel"}},{"kind":"Field","name":{"kind":"Name","value":"judgementReason"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"assessedBy"}}]}}]} as unknown as DocumentNode<RiskAssessmentFieldsFragment, unknown>;
export const MaracReferralFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaracReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaracReferral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}},{"kind":"Field","name":{"kind":"Name","value":"grounds"}},{"kind":"Field","name":{"kind":"Name","value":"judgementReason"}},{"kind":"Field","name":{"kind":"Name","value":"isRepeat"}},{"kind":"Field","name":{"kind":"Name","value":"previousReferral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentsInWindow"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"windowMonths"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hearingOn"}},{"kind":"Field","name":{"kind":"Name","value":"referringAgency"}}]}}]} as unknown as DocumentNode<MaracReferralFieldsFragment, unknown>;
export const SupportAllocationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportAllocationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportAllocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"workerName"}},{"kind":"Field","name":{"kind":"Name","value":"workerSub"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]} as unknown as DocumentNode<SupportAllocationFieldsFragment, unknown>;
export const ProtectiveOrderFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProtectiveOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProtectiveOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"daysUntilExpiry"}},{"kind":"Field","name":{"kind":"Name","value":"expiresWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ProtectiveOrderFieldsFragment, unknown>;
export const SafetyAlertFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyAlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SafetyAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"recipientSub"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgementNote"}}]}}]} as unknown as DocumentNode<SafetyAlertFieldsFragment, unknown>;
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
export const CreateWebhookSubscriberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWebhookSubscriber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookSubscriberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookSubscriber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateWebhookSubscriberMutation, CreateWebhookSubscriberMutationVariables>;
export const WebhookSubscribersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookSubscribers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeDisabled"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookSubscribers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeDisabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeDisabled"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebhookSubscribersQuery, WebhookSubscribersQueryVariables>;
export const EventDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EventDeliveryFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"heldBehindDeadLetter"}},{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventDeliveriesQuery, EventDeliveriesQueryVariables>;
export const RedeliverEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeliverEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RedeliverEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeliverEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delivery"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RedeliverEventMutation, RedeliverEventMutationVariables>;
export const DisableWebhookSubscriberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisableWebhookSubscriber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DisableWebhookSubscriberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableWebhookSubscriber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"disabledAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DisableWebhookSubscriberMutation, DisableWebhookSubscriberMutationVariables>;
export const CreateProgrammeGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProgrammeGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProgrammeGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProgrammeGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"facilitatorSubs"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateProgrammeGroupMutation, CreateProgrammeGroupMutationVariables>;
export const ScheduleSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"format"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ScheduleSessionMutation, ScheduleSessionMutationVariables>;
export const GroupRegisterViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupRegisterView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmeGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"register"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GroupRegisterViewQuery, GroupRegisterViewQueryVariables>;
export const RescheduleSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RescheduleSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RescheduleSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescheduleSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RescheduleSessionMutation, RescheduleSessionMutationVariables>;
export const AddGroupFacilitatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddGroupFacilitator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddGroupFacilitatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addGroupFacilitator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilitator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilitatorSub"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"addedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"facilitatorSubs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AddGroupFacilitatorMutation, AddGroupFacilitatorMutationVariables>;
export const RemoveGroupFacilitatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveGroupFacilitator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveGroupFacilitatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeGroupFacilitator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilitator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilitatorSub"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"endedBy"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"facilitatorSubs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveGroupFacilitatorMutation, RemoveGroupFacilitatorMutationVariables>;
export const GroupFacilitatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupFacilitators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeEnded"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmeGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"facilitators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeEnded"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeEnded"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilitatorSub"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"addedBy"}},{"kind":"Field","name":{"kind":"Name","value":"addReason"}},{"kind":"Field","name":{"kind":"Name","value":"endedBy"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}}]}}]}}]}}]} as unknown as DocumentNode<GroupFacilitatorsQuery, GroupFacilitatorsQueryVariables>;
export const UpdateGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateGroupMutation, UpdateGroupMutationVariables>;
export const CloseGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedBy"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CloseGroupMutation, CloseGroupMutationVariables>;
export const CancelSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledBy"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CancelSessionMutation, CancelSessionMutationVariables>;
export const SessionChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmeSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledBy"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"previousStart"}},{"kind":"Field","name":{"kind":"Name","value":"newStart"}},{"kind":"Field","name":{"kind":"Name","value":"previousDurationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"newDurationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SessionChangesQuery, SessionChangesQueryVariables>;
export const ImportCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportCsvInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"written"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"refused"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ImportCsvMutation, ImportCsvMutationVariables>;
export const ImportPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportCsvInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"written"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"refused"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ImportPeopleMutation, ImportPeopleMutationVariables>;
export const ImportPeopleCorrectedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportPeopleCorrected"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportCsvInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"written"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"refused"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ImportPeopleCorrectedMutation, ImportPeopleCorrectedMutationVariables>;
export const ImportReferralsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportReferrals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"referrals"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportCsvInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"referrals"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"written"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"refused"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ImportReferralsMutation, ImportReferralsMutationVariables>;
export const ImportRegisterDryRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportRegisterDryRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportCsvInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"written"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"refused"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ImportRegisterDryRunMutation, ImportRegisterDryRunMutationVariables>;
export const IomTestNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IomTestNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IomMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"open"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InterventionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","alias":{"kind":"Name","value":"planStatus"},"name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","alias":{"kind":"Name","value":"actionStatus"},"name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IomStaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sub"}}]}}]}}]}}]} as unknown as DocumentNode<IomTestNodeQuery, IomTestNodeQueryVariables>;
export const IomTestReferralPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IomTestReferralPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"perpetrator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iomMembership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IomTestReferralPersonQuery, IomTestReferralPersonQueryVariables>;
export const RegisterIomStaffMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterIomStaffMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterIomStaffMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerIomStaffMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IomStaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"collarNumber"}},{"kind":"Field","name":{"kind":"Name","value":"force"}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<RegisterIomStaffMemberMutation, RegisterIomStaffMemberMutationVariables>;
export const UpdateIomStaffMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateIomStaffMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateIomStaffMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateIomStaffMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IomStaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"collarNumber"}},{"kind":"Field","name":{"kind":"Name","value":"force"}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<UpdateIomStaffMemberMutation, UpdateIomStaffMemberMutationVariables>;
export const IomStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IomStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IomStaffFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iomStaff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IomStaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"collarNumber"}},{"kind":"Field","name":{"kind":"Name","value":"force"}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<IomStaffQuery, IomStaffQueryVariables>;
export const SelectForIomCohortDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SelectForIomCohort"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SelectForIomCohortInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"selectForIomCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipFields"}},{"kind":"Field","name":{"kind":"Name","value":"offenderManager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IomMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"selectionSource"}},{"kind":"Field","name":{"kind":"Name","value":"cohortType"}},{"kind":"Field","name":{"kind":"Name","value":"rfgScore"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deselectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"deselectionNote"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<SelectForIomCohortMutation, SelectForIomCohortMutationVariables>;
export const DeselectFromIomCohortDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeselectFromIomCohort"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeselectFromIomCohortInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deselectFromIomCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipFields"}},{"kind":"Field","name":{"kind":"Name","value":"offenderManager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offenderManagerHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IomMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"selectionSource"}},{"kind":"Field","name":{"kind":"Name","value":"cohortType"}},{"kind":"Field","name":{"kind":"Name","value":"rfgScore"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deselectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"deselectionNote"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<DeselectFromIomCohortMutation, DeselectFromIomCohortMutationVariables>;
export const AssignOffenderManagerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignOffenderManager"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignOffenderManagerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignOffenderManager"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"membership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"offenderManager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offenderManagerHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"assignedBy"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<AssignOffenderManagerMutation, AssignOffenderManagerMutationVariables>;
export const CreateInterventionPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateInterventionPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInterventionPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInterventionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pathway"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InterventionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"daysReviewOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<CreateInterventionPlanMutation, CreateInterventionPlanMutationVariables>;
export const ReplanInterventionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplanIntervention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplanInterventionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replanIntervention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pathway"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InterventionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"daysReviewOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<ReplanInterventionMutation, ReplanInterventionMutationVariables>;
export const AddPlanActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPlanAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddPlanActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPlanAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pathway"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<AddPlanActionMutation, AddPlanActionMutationVariables>;
export const UpdatePlanActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePlanAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePlanActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePlanAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionFields"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pathway"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<UpdatePlanActionMutation, UpdatePlanActionMutationVariables>;
export const RecordPlanReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPlanReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPlanReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlanReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerSub"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOverdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<RecordPlanReviewMutation, RecordPlanReviewMutationVariables>;
export const IomCohortDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IomCohort"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IomCohortFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iomCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipFields"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueActionCount"}},{"kind":"Field","name":{"kind":"Name","value":"perpetrator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"crn"}},{"kind":"Field","name":{"kind":"Name","value":"pncId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offenderManager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"collarNumber"}},{"kind":"Field","name":{"kind":"Name","value":"team"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pathway"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"absentAcceptable"}},{"kind":"Field","name":{"kind":"Name","value":"absentUnacceptable"}},{"kind":"Field","name":{"kind":"Name","value":"excluded"}},{"kind":"Field","name":{"kind":"Name","value":"completionThresholdMet"}}]}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IomMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"selectionSource"}},{"kind":"Field","name":{"kind":"Name","value":"cohortType"}},{"kind":"Field","name":{"kind":"Name","value":"rfgScore"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deselectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"deselectionNote"}}]}}]} as unknown as DocumentNode<IomCohortQuery, IomCohortQueryVariables>;
export const IomMemberPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IomMemberPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iomMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembershipFields"}},{"kind":"Field","name":{"kind":"Name","value":"selectedBy"}},{"kind":"Field","name":{"kind":"Name","value":"deselectedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueActionCount"}},{"kind":"Field","name":{"kind":"Name","value":"perpetrator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"crn"}},{"kind":"Field","name":{"kind":"Name","value":"pncId"}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"completionThresholdMet"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"offenderManager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offenderManagerHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"assignedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanFields"}},{"kind":"Field","name":{"kind":"Name","value":"lastReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerSub"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewOn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"absentAcceptable"}},{"kind":"Field","name":{"kind":"Name","value":"absentUnacceptable"}},{"kind":"Field","name":{"kind":"Name","value":"excluded"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsRecorded"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"planVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pathway"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanAction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pathway"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"daysOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembershipFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IomMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"selectionSource"}},{"kind":"Field","name":{"kind":"Name","value":"cohortType"}},{"kind":"Field","name":{"kind":"Name","value":"rfgScore"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deselectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"deselectionNote"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IomStaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"collarNumber"}},{"kind":"Field","name":{"kind":"Name","value":"force"}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InterventionPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"daysReviewOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActionFields"}}]}}]}}]} as unknown as DocumentNode<IomMemberPageQuery, IomMemberPageQueryVariables>;
export const IomWorkloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IomWorkload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"team"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"byOffenderManager"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iomWorkload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"team"},"value":{"kind":"Variable","name":{"kind":"Name","value":"team"}}},{"kind":"Argument","name":{"kind":"Name","value":"byOffenderManager"},"value":{"kind":"Variable","name":{"kind":"Name","value":"byOffenderManager"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"offenderManager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openMembers"}},{"kind":"Field","name":{"kind":"Name","value":"withoutLivePlan"}},{"kind":"Field","name":{"kind":"Name","value":"reviewsOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"actionsOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"membersWithOverdueActions"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]} as unknown as DocumentNode<IomWorkloadQuery, IomWorkloadQueryVariables>;
export const PerpetratorIomMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PerpetratorIomMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"perpetrator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iomMembership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cohortType"}},{"kind":"Field","name":{"kind":"Name","value":"offenderManager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PerpetratorIomMembershipQuery, PerpetratorIomMembershipQueryVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Perpetrator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const CreatePerpetratorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePerpetrator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePerpetratorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPerpetrator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"perpetrator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PerpetratorFields"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"regularContact"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PerpetratorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Perpetrator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"crn"}},{"kind":"Field","name":{"kind":"Name","value":"pncId"}},{"kind":"Field","name":{"kind":"Name","value":"prisonNumber"}},{"kind":"Field","name":{"kind":"Name","value":"croNumber"}}]}}]} as unknown as DocumentNode<CreatePerpetratorMutation, CreatePerpetratorMutationVariables>;
export const PerpetratorLookupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PerpetratorLookup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"crn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pncId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"perpetrator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"crn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"crn"}}},{"kind":"Argument","name":{"kind":"Name","value":"pncId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pncId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PerpetratorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PerpetratorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Perpetrator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"crn"}},{"kind":"Field","name":{"kind":"Name","value":"pncId"}},{"kind":"Field","name":{"kind":"Name","value":"prisonNumber"}},{"kind":"Field","name":{"kind":"Name","value":"croNumber"}}]}}]} as unknown as DocumentNode<PerpetratorLookupQuery, PerpetratorLookupQueryVariables>;
export const SearchPerpetratorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchPerpetrators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PerpetratorFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"perpetrators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"pncId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchPerpetratorsQuery, SearchPerpetratorsQueryVariables>;
export const UpdatePerpetratorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePerpetrator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePerpetratorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePerpetrator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"perpetrator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PerpetratorFields"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"interpreterRequired"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PerpetratorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Perpetrator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"crn"}},{"kind":"Field","name":{"kind":"Name","value":"pncId"}},{"kind":"Field","name":{"kind":"Name","value":"prisonNumber"}},{"kind":"Field","name":{"kind":"Name","value":"croNumber"}}]}}]} as unknown as DocumentNode<UpdatePerpetratorMutation, UpdatePerpetratorMutationVariables>;
export const PerpetratorChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PerpetratorChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"perpetrator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"previousValue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actorSub"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PerpetratorChangesQuery, PerpetratorChangesQueryVariables>;
export const MergePerpetratorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergePerpetrators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MergePerpetratorsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergePerpetrators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"survivor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PerpetratorFields"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"merge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"survivorId"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"movedIdentifiers"}},{"kind":"Field","name":{"kind":"Name","value":"movedRows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"table"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actorSub"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PerpetratorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Perpetrator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"crn"}},{"kind":"Field","name":{"kind":"Name","value":"pncId"}},{"kind":"Field","name":{"kind":"Name","value":"prisonNumber"}},{"kind":"Field","name":{"kind":"Name","value":"croNumber"}}]}}]} as unknown as DocumentNode<MergePerpetratorsMutation, MergePerpetratorsMutationVariables>;
export const PerpetratorMergesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PerpetratorMerges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"perpetrator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"merges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"survivorId"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"movedIdentifiers"}},{"kind":"Field","name":{"kind":"Name","value":"movedRows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"table"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duplicateValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"previousValue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actorSub"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PerpetratorMergesQuery, PerpetratorMergesQueryVariables>;
export const ProgrammesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Programmes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mandated"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"completionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"closesAfterSession"}}]}}]}}]} as unknown as DocumentNode<ProgrammesQuery, ProgrammesQueryVariables>;
export const ProbationAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProbationAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"programme"},"value":{"kind":"EnumValue","value":"BBR"}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ALLOCATED"},{"kind":"EnumValue","value":"ON_PROGRAMME"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"perpetrator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"crn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"absentAcceptable"}},{"kind":"Field","name":{"kind":"Name","value":"absentUnacceptable"}},{"kind":"Field","name":{"kind":"Name","value":"excluded"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceRate"}},{"kind":"Field","name":{"kind":"Name","value":"completionThresholdMet"}},{"kind":"Field","name":{"kind":"Name","value":"completionStillPossible"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warningsInLast12Months"}},{"kind":"Field","name":{"kind":"Name","value":"breachRequired"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProbationAttendanceQuery, ProbationAttendanceQueryVariables>;
export const MyAllocatedReferralsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAllocatedReferrals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"allocatedToMe"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"perpetrator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"crn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyAllocatedReferralsQuery, MyAllocatedReferralsQueryVariables>;
export const PersonByPncDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonByPnc"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pncId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"perpetrator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"pncId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pncId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"crn"}},{"kind":"Field","name":{"kind":"Name","value":"pncId"}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonByPncQuery, PersonByPncQueryVariables>;
export const ReferToBbrDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReferToBbr"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferToProgrammeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referToProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ReferToBbrMutation, ReferToBbrMutationVariables>;
export const StartAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<StartAssessmentMutation, StartAssessmentMutationVariables>;
export const MyGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmeGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"facilitatedByMe"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"register"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"12"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"perpetrator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyGroupsQuery, MyGroupsQueryVariables>;
export const RecordRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSessionAttendanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSessionAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RecordRegisterMutation, RecordRegisterMutationVariables>;
export const MyCaseloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCaseload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iomCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"managedByMe"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cohortType"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"overdueActionCount"}},{"kind":"Field","name":{"kind":"Name","value":"perpetrator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"crn"}},{"kind":"Field","name":{"kind":"Name","value":"pncId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offenderManager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"collarNumber"}},{"kind":"Field","name":{"kind":"Name","value":"team"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysReviewOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pathway"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownerAgency"}},{"kind":"Field","name":{"kind":"Name","value":"ownerName"}},{"kind":"Field","name":{"kind":"Name","value":"ownerStaff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"absentUnacceptable"}},{"kind":"Field","name":{"kind":"Name","value":"completionThresholdMet"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyCaseloadQuery, MyCaseloadQueryVariables>;
export const TeamWorkloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamWorkload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iomWorkload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"team"},"value":{"kind":"StringValue","value":"Leeds DV IOM North","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"byOffenderManager"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offenderManager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openMembers"}},{"kind":"Field","name":{"kind":"Name","value":"withoutLivePlan"}},{"kind":"Field","name":{"kind":"Name","value":"reviewsOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"actionsOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"membersWithOverdueActions"}}]}}]}}]} as unknown as DocumentNode<TeamWorkloadQuery, TeamWorkloadQueryVariables>;
export const StartPlanActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartPlanAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePlanActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePlanAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<StartPlanActionMutation, StartPlanActionMutationVariables>;
export const ReviewPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPlanReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPlanReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewOverdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewPlanMutation, ReviewPlanMutationVariables>;
export const ReplanAfterMaracDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplanAfterMarac"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplanInterventionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replanIntervention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ReplanAfterMaracMutation, ReplanAfterMaracMutationVariables>;
export const RecordDashDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDash"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRiskAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRiskAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"yesCount"}},{"kind":"Field","name":{"kind":"Name","value":"scoreLevel"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RecordDashMutation, RecordDashMutationVariables>;
export const ReferVisibleHighRiskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReferVisibleHighRisk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferToMaracInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referToMarac"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maracReferral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"grounds"}},{"kind":"Field","name":{"kind":"Name","value":"isRepeat"}},{"kind":"Field","name":{"kind":"Name","value":"previousReferral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referredOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentsInWindow"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ReferVisibleHighRiskMutation, ReferVisibleHighRiskMutationVariables>;
export const RecordDvpoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDvpo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordProtectiveOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordProtectiveOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"daysUntilExpiry"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RecordDvpoMutation, RecordDvpoMutationVariables>;
export const MyOpenAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyOpenAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"safetyAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"addressedToMe"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"openOnly"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"victim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"perpetrator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyOpenAlertsQuery, MyOpenAlertsQueryVariables>;
export const AcknowledgeAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcknowledgeSafetyAlertInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeSafetyAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AcknowledgeAlertMutation, AcknowledgeAlertMutationVariables>;
export const WhoLookedAtThisPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhoLookedAtThisPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"personId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"personId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"org"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"operationName"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhoLookedAtThisPersonQuery, WhoLookedAtThisPersonQueryVariables>;
export const NewGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NewGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProgrammeGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProgrammeGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<NewGroupMutation, NewGroupMutationVariables>;
export const NewSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NewSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<NewSessionMutation, NewSessionMutationVariables>;
export const AllocateWaitingReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AllocateWaitingReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AllocateToGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocateToGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AllocateWaitingReferralMutation, AllocateWaitingReferralMutationVariables>;
export const MoveSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RescheduleSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rescheduleSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<MoveSessionMutation, MoveSessionMutationVariables>;
export const MoveParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferToGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferToGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<MoveParticipantMutation, MoveParticipantMutationVariables>;
export const ReopenAfterCourtOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenAfterCourtOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ReopenAfterCourtOrderMutation, ReopenAfterCourtOrderMutationVariables>;
export const IssueWarningLetterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueWarningLetter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordEnforcementActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEnforcementAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enforcementAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"takenOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enforcement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"breachRequired"}},{"kind":"Field","name":{"kind":"Name","value":"warningLettersIssued"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<IssueWarningLetterMutation, IssueWarningLetterMutationVariables>;
export const CancelLeedsSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelLeedsSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledBy"}},{"kind":"Field","name":{"kind":"Name","value":"cancellationReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CancelLeedsSessionMutation, CancelLeedsSessionMutationVariables>;
export const LeedsSessionHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeedsSessionHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmeSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"previousStart"}},{"kind":"Field","name":{"kind":"Name","value":"newStart"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeedsSessionHistoryQuery, LeedsSessionHistoryQueryVariables>;
export const CorrectToAcceptableAbsenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectToAcceptableAbsence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"register"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSessionAttendanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSessionAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"register"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CorrectToAcceptableAbsenceMutation, CorrectToAcceptableAbsenceMutationVariables>;
export const ArrangeCatchUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArrangeCatchUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"catchUp"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCatchUpSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCatchUpSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"catchUp"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"catchUpFor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ArrangeCatchUpMutation, ArrangeCatchUpMutationVariables>;
export const AddCoFacilitatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCoFacilitator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"add"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddGroupFacilitatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addGroupFacilitator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"add"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilitator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilitatorSub"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"addedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AddCoFacilitatorMutation, AddCoFacilitatorMutationVariables>;
export const EndCoFacilitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndCoFacilitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"remove"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveGroupFacilitatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeGroupFacilitator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"remove"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilitator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilitatorSub"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"endedBy"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<EndCoFacilitationMutation, EndCoFacilitationMutationVariables>;
export const LeedsFacilitatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeedsFacilitators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmeGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"facilitatorSubs"}},{"kind":"Field","name":{"kind":"Name","value":"facilitators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeEnded"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"facilitatorSub"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"addedBy"}},{"kind":"Field","name":{"kind":"Name","value":"addReason"}},{"kind":"Field","name":{"kind":"Name","value":"endedBy"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}}]}}]}}]}}]} as unknown as DocumentNode<LeedsFacilitatorsQuery, LeedsFacilitatorsQueryVariables>;
export const RelocateGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RelocateGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RelocateGroupMutation, RelocateGroupMutationVariables>;
export const CloseLeedsGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseLeedsGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedBy"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CloseLeedsGroupMutation, CloseLeedsGroupMutationVariables>;
export const RecordOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordReferralSentenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordReferralSentence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderType"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"requirementReference"}},{"kind":"Field","name":{"kind":"Name","value":"enforcedBy"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RecordOrderMutation, RecordOrderMutationVariables>;
export const ReferralOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderType"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"requirementReference"}},{"kind":"Field","name":{"kind":"Name","value":"enforcedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actorSub"}}]}}]}}]}}]} as unknown as DocumentNode<ReferralOrderQuery, ReferralOrderQueryVariables>;
export const MergeHartRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeHartRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MergePerpetratorsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergePerpetrators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"survivor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"crn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"merge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"movedIdentifiers"}},{"kind":"Field","name":{"kind":"Name","value":"movedRows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"table"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<MergeHartRecordsMutation, MergeHartRecordsMutationVariables>;
export const MergedIdStillResolvesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MergedIdStillResolves"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"duplicateId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"duplicateId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Perpetrator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"crn"}},{"kind":"Field","name":{"kind":"Name","value":"merges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actorSub"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MergedIdStillResolvesQuery, MergedIdStillResolvesQueryVariables>;
export const AllocateToBradfordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AllocateToBradford"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AllocateCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocateCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseAllocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"practitionerSub"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"perpetrator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseAllocationHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"practitionerSub"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AllocateToBradfordMutation, AllocateToBradfordMutationVariables>;
export const CloseCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndCaseAllocationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCaseAllocation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseAllocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CloseCaseMutation, CloseCaseMutationVariables>;
export const CorrectRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePerpetratorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePerpetrator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"perpetrator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"pncId"}},{"kind":"Field","name":{"kind":"Name","value":"prisonNumber"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CorrectRecordMutation, CorrectRecordMutationVariables>;
export const ReferralsByStageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralsByStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"STATUS"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"referredAt"}},{"kind":"Field","name":{"kind":"Name","value":"perpetrator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ReferralsByStageQuery, ReferralsByStageQueryVariables>;
export const CohortByNextReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CohortByNextReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iomCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"managedByMe"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"REVIEW_DUE_SOONEST"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"perpetrator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewDueOn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CohortByNextReviewQuery, CohortByNextReviewQueryVariables>;
export const AlertQueueOpenFirstDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertQueueOpenFirst"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"safetyAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"OPEN_FIRST"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AlertQueueOpenFirstQuery, AlertQueueOpenFirstQueryVariables>;
export const VictimsByRiskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VictimsByRisk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"perpetrator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"victimLinks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"RISK_HIGHEST_FIRST"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"currentRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"victim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VictimsByRiskQuery, VictimsByRiskQueryVariables>;
export const ReferToProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReferToProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferToProgrammeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referToProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"mandated"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ReferToProgrammeMutation, ReferToProgrammeMutationVariables>;
export const TransitionReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"mandated"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<TransitionReferralMutation, TransitionReferralMutationVariables>;
export const AllocateToGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AllocateToGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AllocateToGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocateToGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"mandated"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<AllocateToGroupMutation, AllocateToGroupMutationVariables>;
export const TransferToGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferToGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferToGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferToGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"mandated"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<TransferToGroupMutation, TransferToGroupMutationVariables>;
export const ReferralDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actorSub"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"absentAcceptable"}},{"kind":"Field","name":{"kind":"Name","value":"absentUnacceptable"}},{"kind":"Field","name":{"kind":"Name","value":"excluded"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsCancelled"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceRate"}},{"kind":"Field","name":{"kind":"Name","value":"completionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"completionThresholdMet"}},{"kind":"Field","name":{"kind":"Name","value":"completionStillPossible"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warningsInLast12Months"}},{"kind":"Field","name":{"kind":"Name","value":"breachRequired"}},{"kind":"Field","name":{"kind":"Name","value":"unacceptableFailures"}}]}}]}}]}}]} as unknown as DocumentNode<ReferralDetailQuery, ReferralDetailQueryVariables>;
export const ProbationReferralsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProbationReferrals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"perpetrator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"crn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceRate"}},{"kind":"Field","name":{"kind":"Name","value":"completionThresholdMet"}},{"kind":"Field","name":{"kind":"Name","value":"completionStillPossible"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warningsInLast12Months"}},{"kind":"Field","name":{"kind":"Name","value":"breachRequired"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProbationReferralsQuery, ProbationReferralsQueryVariables>;
export const RecordReferralSentenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordReferralSentence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordReferralSentenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordReferralSentence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralSentenceFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralSentenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralSentence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderType"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"requirementReference"}},{"kind":"Field","name":{"kind":"Name","value":"enforcedBy"}}]}}]} as unknown as DocumentNode<RecordReferralSentenceMutation, RecordReferralSentenceMutationVariables>;
export const ReferralSentenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralSentence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"sentence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralSentenceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actorSub"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralSentenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralSentence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderType"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"requirementReference"}},{"kind":"Field","name":{"kind":"Name","value":"enforcedBy"}}]}}]} as unknown as DocumentNode<ReferralSentenceQuery, ReferralSentenceQueryVariables>;
export const ProgrammePerformanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammePerformance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"report"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammePerformanceInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmePerformance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"report"},"value":{"kind":"Variable","name":{"kind":"Name","value":"report"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"breakdowns"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PerformanceLineFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PerformanceLineFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unsuitableByReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCountFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportCountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportMeasureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportMeasure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PerformanceLineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PerformanceLine"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"breakdown"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"referralsReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessmentsMissed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessedUnsuitable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"started"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"droppedOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breached"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"startersCompleted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionsAttended"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionsRecorded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warningLetters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breachProceedings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportMeasureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendanceRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportMeasureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysToStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportMeasureFields"}}]}}]}}]} as unknown as DocumentNode<ProgrammePerformanceQuery, ProgrammePerformanceQueryVariables>;
export const ProgrammePerformanceCsvDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammePerformanceCsv"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"report"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammePerformanceInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmePerformance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"report"},"value":{"kind":"Variable","name":{"kind":"Name","value":"report"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"csv"}}]}}]}}]} as unknown as DocumentNode<ProgrammePerformanceCsvQuery, ProgrammePerformanceCsvQueryVariables>;
export const QuarterlyProgrammePerformanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuarterlyProgrammePerformance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"report"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammePerformanceInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmePerformance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"report"},"value":{"kind":"Variable","name":{"kind":"Name","value":"report"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referralsReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessmentsMissed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessedUnsuitable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}},{"kind":"Field","name":{"kind":"Name","value":"started"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}},{"kind":"Field","name":{"kind":"Name","value":"droppedOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendanceRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysToStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}},{"kind":"Field","name":{"kind":"Name","value":"warningLetters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}},{"kind":"Field","name":{"kind":"Name","value":"breachProceedings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"breakdown"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"referralsReceived"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}},{"kind":"Field","name":{"kind":"Name","value":"started"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}}]}}]}}]}}]} as unknown as DocumentNode<QuarterlyProgrammePerformanceQuery, QuarterlyProgrammePerformanceQueryVariables>;
export const VictimSafetyReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VictimSafetyReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportPeriodInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"victimSafetyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"dashAssessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dashAssessmentsByLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCategoryCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maracReferrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maracReferralsByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCategoryCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maracRepeatRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportMeasureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"protectiveOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"protectiveOrdersByType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCategoryCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alertsRaised"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alertsRaisedByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCategoryCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alertsAcknowledged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alertsOpen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medianHoursToAcknowledge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportMeasureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"csv"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportCountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportCategoryCountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportCategoryCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCountFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportMeasureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportMeasure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}}]} as unknown as DocumentNode<VictimSafetyReportQuery, VictimSafetyReportQueryVariables>;
export const IomReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IomReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportPeriodInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iomReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"membersInPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cohortAtStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cohortAtEnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selectionsBySource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCategoryCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deselections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deselectionsByReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCategoryCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewsDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewsOnTime"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewsLate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewsOnTimeRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportMeasureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionsCompleted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionsCompletedByPathway"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCategoryCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incidentsBeforeSelection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incidentsSinceSelection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personMonthsBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportMeasureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"personMonthsSince"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportMeasureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incidentRateBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportMeasureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incidentRateSince"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportMeasureFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"csv"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportCountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportCategoryCountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportCategoryCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportCountFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportMeasureFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportMeasure"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}}]} as unknown as DocumentNode<IomReportQuery, IomReportQueryVariables>;
export const VictimSafetyQuarterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VictimSafetyQuarter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportPeriodInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"victimSafetyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"dashAssessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dashAssessmentsByLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"maracReferrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maracReferralsByKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"maracRepeatRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}},{"kind":"Field","name":{"kind":"Name","value":"protectiveOrdersByType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"alertsRaised"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alertsAcknowledged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medianHoursToAcknowledge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}}]}}]}}]} as unknown as DocumentNode<VictimSafetyQuarterQuery, VictimSafetyQuarterQueryVariables>;
export const IomQuarterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IomQuarter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportPeriodInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iomReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"cohortAtStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deselections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cohortAtEnd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deselectionsByReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewsDue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewsOnTimeRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionsCompletedByPathway"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"incidentsBeforeSelection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incidentsSinceSelection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incidentRateBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incidentRateSince"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}}]}}]}}]} as unknown as DocumentNode<IomQuarterQuery, IomQuarterQueryVariables>;
export const RetentionReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RetentionReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RetentionKind"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retentionReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"recordId"}},{"kind":"Field","name":{"kind":"Name","value":"retainedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"setBy"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<RetentionReviewQuery, RetentionReviewQueryVariables>;
export const ErasePerpetratorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ErasePerpetrator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EraseRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"erasePerpetrator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"erasure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectKind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"openWorkOverridden"}},{"kind":"Field","name":{"kind":"Name","value":"erasedRows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"table"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actorSub"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ErasePerpetratorMutation, ErasePerpetratorMutationVariables>;
export const EraseVictimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EraseVictim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EraseRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eraseVictim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"erasure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subjectKind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"openWorkOverridden"}},{"kind":"Field","name":{"kind":"Name","value":"erasedRows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"table"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EraseVictimMutation, EraseVictimMutationVariables>;
export const EraseRecordedInErrorAgainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EraseRecordedInErrorAgain"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EraseRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"erasePerpetrator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"erasure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjectId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<EraseRecordedInErrorAgainMutation, EraseRecordedInErrorAgainMutationVariables>;
export const SubjectAccessExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubjectAccessExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"crn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromDate"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toDate"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjectAccessExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"crn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"crn"}}},{"kind":"Argument","name":{"kind":"Name","value":"prn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prn"}}},{"kind":"Argument","name":{"kind":"Name","value":"fromDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromDate"}}},{"kind":"Argument","name":{"kind":"Name","value":"toDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toDate"}}}]}]}}]} as unknown as DocumentNode<SubjectAccessExportQuery, SubjectAccessExportQueryVariables>;
export const RequestSubjectAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestSubjectAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestSubjectAccessInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestSubjectAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RequestSubjectAccessMutation, RequestSubjectAccessMutationVariables>;
export const DecideSubjectAccessRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideSubjectAccessRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideSubjectAccessRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideSubjectAccessRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DecideSubjectAccessRequestMutation, DecideSubjectAccessRequestMutationVariables>;
export const SubjectAccessExportOnRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubjectAccessExportOnRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"crn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjectAccessExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"crn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"crn"}}},{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}}]}]}}]} as unknown as DocumentNode<SubjectAccessExportOnRequestQuery, SubjectAccessExportOnRequestQueryVariables>;
export const SubjectAccessRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubjectAccessRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SubjectAccessRequestStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjectAccessRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubjectAccessRequestsQuery, SubjectAccessRequestsQueryVariables>;
export const VictimSafetyViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VictimSafetyView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"perpetratorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"perpetratorId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Perpetrator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"victimLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"victim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VictimFields"}},{"kind":"Field","name":{"kind":"Name","value":"contactSafety"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactSafetyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportWorkers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportAllocationFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskAssessmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maracReferrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaracReferralFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentsInWindow"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"windowMonths"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"protectiveOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProtectiveOrderFields"}},{"kind":"Field","name":{"kind":"Name","value":"protectedPeople"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VictimFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Victim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactSafetyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactSafety"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"safeContactMethod"}},{"kind":"Field","name":{"kind":"Name","value":"safeContactTimes"}},{"kind":"Field","name":{"kind":"Name","value":"addressKnownToPerpetrator"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportAllocationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportAllocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"workerName"}},{"kind":"Field","name":{"kind":"Name","value":"workerSub"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskAssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"yesCount"}},{"kind":"Field","name":{"kind":"Name","value":"scoreLevel"}},{"kind":"Field","name":{"kind":"Name","value":"judgementLevel"}},{"kind":"Field","name":{"kind":"Name","value":"judgementReason"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"assessedBy"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaracReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaracReferral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}},{"kind":"Field","name":{"kind":"Name","value":"grounds"}},{"kind":"Field","name":{"kind":"Name","value":"judgementReason"}},{"kind":"Field","name":{"kind":"Name","value":"isRepeat"}},{"kind":"Field","name":{"kind":"Name","value":"previousReferral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentsInWindow"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"windowMonths"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hearingOn"}},{"kind":"Field","name":{"kind":"Name","value":"referringAgency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProtectiveOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProtectiveOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"daysUntilExpiry"}},{"kind":"Field","name":{"kind":"Name","value":"expiresWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<VictimSafetyViewQuery, VictimSafetyViewQueryVariables>;
export const VictimSafetyCaseloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VictimSafetyCaseload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"perpetrators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"victimLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"victim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VictimFields"}},{"kind":"Field","name":{"kind":"Name","value":"supportWorkers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportAllocationFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskAssessmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"maracReferrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaracReferralFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"protectiveOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"inForceOnly"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProtectiveOrderFields"}},{"kind":"Field","name":{"kind":"Name","value":"protectedPeople"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VictimFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Victim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportAllocationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportAllocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"workerName"}},{"kind":"Field","name":{"kind":"Name","value":"workerSub"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskAssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"yesCount"}},{"kind":"Field","name":{"kind":"Name","value":"scoreLevel"}},{"kind":"Field","name":{"kind":"Name","value":"judgementLevel"}},{"kind":"Field","name":{"kind":"Name","value":"judgementReason"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"assessedBy"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaracReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaracReferral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}},{"kind":"Field","name":{"kind":"Name","value":"grounds"}},{"kind":"Field","name":{"kind":"Name","value":"judgementReason"}},{"kind":"Field","name":{"kind":"Name","value":"isRepeat"}},{"kind":"Field","name":{"kind":"Name","value":"previousReferral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentsInWindow"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"windowMonths"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hearingOn"}},{"kind":"Field","name":{"kind":"Name","value":"referringAgency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProtectiveOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProtectiveOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"daysUntilExpiry"}},{"kind":"Field","name":{"kind":"Name","value":"expiresWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<VictimSafetyCaseloadQuery, VictimSafetyCaseloadQueryVariables>;
export const VictimByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VictimById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Victim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VictimFields"}},{"kind":"Field","name":{"kind":"Name","value":"contactSafety"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactSafetyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeEnded"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"perpetrator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskAssessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskAssessmentFields"}},{"kind":"Field","name":{"kind":"Name","value":"answers"}},{"kind":"Field","name":{"kind":"Name","value":"assessedByName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"policeReference"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportWorkers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeEnded"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportAllocationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentIdva"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportAllocationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"protectiveOrders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProtectiveOrderFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VictimFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Victim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactSafetyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactSafety"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"safeContactMethod"}},{"kind":"Field","name":{"kind":"Name","value":"safeContactTimes"}},{"kind":"Field","name":{"kind":"Name","value":"addressKnownToPerpetrator"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskAssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessedOn"}},{"kind":"Field","name":{"kind":"Name","value":"yesCount"}},{"kind":"Field","name":{"kind":"Name","value":"scoreLevel"}},{"kind":"Field","name":{"kind":"Name","value":"judgementLevel"}},{"kind":"Field","name":{"kind":"Name","value":"judgementReason"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"assessedBy"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportAllocationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportAllocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"workerName"}},{"kind":"Field","name":{"kind":"Name","value":"workerSub"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProtectiveOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProtectiveOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"daysUntilExpiry"}},{"kind":"Field","name":{"kind":"Name","value":"expiresWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<VictimByIdQuery, VictimByIdQueryVariables>;
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
export const AllocateSupportWorkerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AllocateSupportWorker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AllocateSupportWorkerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocateSupportWorker"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportAllocationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportAllocationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportAllocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"workerName"}},{"kind":"Field","name":{"kind":"Name","value":"workerSub"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<AllocateSupportWorkerMutation, AllocateSupportWorkerMutationVariables>;
export const EndSupportAllocationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndSupportAllocation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndSupportAllocationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endSupportAllocation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupportAllocationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupportAllocationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupportAllocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"workerName"}},{"kind":"Field","name":{"kind":"Name","value":"workerSub"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<EndSupportAllocationMutation, EndSupportAllocationMutationVariables>;
export const RecordProtectiveOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordProtectiveOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordProtectiveOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordProtectiveOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProtectiveOrderFields"}},{"kind":"Field","name":{"kind":"Name","value":"protectedPeople"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProtectiveOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProtectiveOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"daysUntilExpiry"}},{"kind":"Field","name":{"kind":"Name","value":"expiresWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<RecordProtectiveOrderMutation, RecordProtectiveOrderMutationVariables>;
export const VaryProtectiveOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VaryProtectiveOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VaryProtectiveOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"varyProtectiveOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProtectiveOrderFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProtectiveOrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProtectiveOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"daysUntilExpiry"}},{"kind":"Field","name":{"kind":"Name","value":"expiresWithinDays"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<VaryProtectiveOrderMutation, VaryProtectiveOrderMutationVariables>;
export const SafetyAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SafetyAlerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SafetyAlertFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"safetyAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SafetyAlertFields"}},{"kind":"Field","name":{"kind":"Name","value":"victim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"perpetrator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyAlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SafetyAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"recipientSub"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgementNote"}}]}}]} as unknown as DocumentNode<SafetyAlertsQuery, SafetyAlertsQueryVariables>;
export const AcknowledgeSafetyAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeSafetyAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcknowledgeSafetyAlertInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeSafetyAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SafetyAlertFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyAlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SafetyAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"recipientSub"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgementNote"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<AcknowledgeSafetyAlertMutation, AcknowledgeSafetyAlertMutationVariables>;
export const RaiseExpiringOrderAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaiseExpiringOrderAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseExpiringOrderAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertsRaised"}}]}}]}}]} as unknown as DocumentNode<RaiseExpiringOrderAlertsMutation, RaiseExpiringOrderAlertsMutationVariables>;
export const SafetyAlertCreatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SafetyAlertCreated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"safetyAlertCreated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SafetyAlertFields"}},{"kind":"Field","name":{"kind":"Name","value":"victim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"perpetrator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SafetyAlertFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SafetyAlert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"recipientSub"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgementNote"}}]}}]} as unknown as DocumentNode<SafetyAlertCreatedSubscription, SafetyAlertCreatedSubscriptionVariables>;
export const AuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"org"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"victimIds"}},{"kind":"Field","name":{"kind":"Name","value":"perpetratorId"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"operationName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;