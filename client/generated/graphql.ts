/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AllocateToGroupInput = {
  expectedVersion: number;
  groupId: string;
  referralId: string;
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

/** Why attendance is mandated. */
export type LegalBasis =
  | 'COMMUNITY_ORDER'
  | 'FAMILY_COURT'
  | 'LICENCE'
  | 'SUSPENDED_SENTENCE';

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

export type ProgrammeCode =
  | 'BBR'
  | 'CARING_DADS'
  | 'CHOICES'
  | 'PACT';

export type RecordSessionAttendanceInput = {
  /** The register: one entry per participant. Re-sending a participant corrects their entry. */
  entries: Array<RegisterEntryInput>;
  /** A client-generated key (e.g. a UUID) for this submission: resending it returns the first result and writes nothing. */
  idempotencyKey: string;
  sessionId: string;
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

/** Assessed risk of serious harm (e.g. SARA). */
export type RiskLevel =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM'
  | 'VERY_HIGH';

export type ScheduleSessionInput = {
  durationMinutes?: number | null | undefined;
  format?: SessionFormat | null | undefined;
  groupId: string;
  scheduledStart: string;
  /** 1 to the programme's sessionsTotal; one session per number per group. */
  sessionNumber: number;
};

export type SessionFormat =
  | 'GROUP'
  | 'INDIVIDUAL';

export type Sex =
  | 'FEMALE'
  | 'INTERSEX'
  | 'MALE'
  | 'NOT_KNOWN';

export type TransitionReferralInput = {
  /** The version the caller last saw; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  /** Why; required for withdrawal reason OTHER and for taking someone out of a group. */
  note?: string | null | undefined;
  referralId: string;
  toStatus: ReferralStatus;
  /** Required when withdrawing. */
  withdrawalReason?: WithdrawalReason | null | undefined;
};

/** Why a mutation's input was refused. */
export type UserErrorCode =
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
  | 'NOT_FOUND'
  | 'NOT_IN_GROUP'
  | 'REASON_REQUIRED'
  | 'SESSION_NOT_STARTED'
  | 'WRONG_PROGRAMME';

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

export type NodeByIdQueryVariables = Exact<{
  id: string;
}>;


export type NodeByIdQuery = { node:
    | { __typename: 'AttendanceRecord', id: string }
    | { __typename: 'Perpetrator', familyName: string, id: string }
    | { __typename: 'Programme', id: string }
    | { __typename: 'ProgrammeGroup', id: string }
    | { __typename: 'ProgrammeSession', id: string }
    | { __typename: 'Referral', status: ReferralStatus, id: string }
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

export const PerpetratorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PerpetratorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Perpetrator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"crn"}},{"kind":"Field","name":{"kind":"Name","value":"pncId"}},{"kind":"Field","name":{"kind":"Name","value":"prisonNumber"}},{"kind":"Field","name":{"kind":"Name","value":"croNumber"}}]}}]} as unknown as DocumentNode<PerpetratorFieldsFragment, unknown>;
export const ReferralResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"mandated"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ReferralResultFragment, unknown>;
export const RecordSessionAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSessionAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSessionAttendanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSessionAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"records"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"behaviourConcern"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"superseded"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RecordSessionAttendanceMutation, RecordSessionAttendanceMutationVariables>;
export const SessionRegisterHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionRegisterHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmeSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"registerHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"superseded"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SessionRegisterHistoryQuery, SessionRegisterHistoryQueryVariables>;
export const CreateProgrammeGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProgrammeGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProgrammeGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProgrammeGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"facilitatorSubs"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CreateProgrammeGroupMutation, CreateProgrammeGroupMutationVariables>;
export const ScheduleSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStart"}},{"kind":"Field","name":{"kind":"Name","value":"format"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ScheduleSessionMutation, ScheduleSessionMutationVariables>;
export const GroupRegisterViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupRegisterView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmeGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"register"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GroupRegisterViewQuery, GroupRegisterViewQueryVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Referral"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Perpetrator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"familyName"}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const CreatePerpetratorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePerpetrator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePerpetratorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPerpetrator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"perpetrator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PerpetratorFields"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"regularContact"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PerpetratorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Perpetrator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"crn"}},{"kind":"Field","name":{"kind":"Name","value":"pncId"}},{"kind":"Field","name":{"kind":"Name","value":"prisonNumber"}},{"kind":"Field","name":{"kind":"Name","value":"croNumber"}}]}}]} as unknown as DocumentNode<CreatePerpetratorMutation, CreatePerpetratorMutationVariables>;
export const PerpetratorLookupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PerpetratorLookup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"crn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pncId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"perpetrator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"crn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"crn"}}},{"kind":"Argument","name":{"kind":"Name","value":"pncId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pncId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PerpetratorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PerpetratorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Perpetrator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"crn"}},{"kind":"Field","name":{"kind":"Name","value":"pncId"}},{"kind":"Field","name":{"kind":"Name","value":"prisonNumber"}},{"kind":"Field","name":{"kind":"Name","value":"croNumber"}}]}}]} as unknown as DocumentNode<PerpetratorLookupQuery, PerpetratorLookupQueryVariables>;
export const SearchPerpetratorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchPerpetrators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PerpetratorFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"perpetrators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"pncId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchPerpetratorsQuery, SearchPerpetratorsQueryVariables>;
export const ProgrammesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Programmes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mandated"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"completionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"closesAfterSession"}}]}}]}}]} as unknown as DocumentNode<ProgrammesQuery, ProgrammesQueryVariables>;
export const ReferToProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReferToProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferToProgrammeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referToProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"mandated"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ReferToProgrammeMutation, ReferToProgrammeMutationVariables>;
export const TransitionReferralDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionReferral"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionReferralInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionReferral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"mandated"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<TransitionReferralMutation, TransitionReferralMutationVariables>;
export const AllocateToGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AllocateToGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AllocateToGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocateToGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"mandated"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<AllocateToGroupMutation, AllocateToGroupMutationVariables>;
export const ReferralDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferralDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referral"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actorSub"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"absentAcceptable"}},{"kind":"Field","name":{"kind":"Name","value":"absentUnacceptable"}},{"kind":"Field","name":{"kind":"Name","value":"excluded"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceRate"}},{"kind":"Field","name":{"kind":"Name","value":"completionThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"completionThresholdMet"}},{"kind":"Field","name":{"kind":"Name","value":"completionStillPossible"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warningsInLast12Months"}},{"kind":"Field","name":{"kind":"Name","value":"breachRequired"}},{"kind":"Field","name":{"kind":"Name","value":"unacceptableFailures"}}]}}]}}]}}]} as unknown as DocumentNode<ReferralDetailQuery, ReferralDetailQueryVariables>;
export const ProbationReferralsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProbationReferrals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"perpetrator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"crn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"sessionsRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceRate"}},{"kind":"Field","name":{"kind":"Name","value":"completionThresholdMet"}},{"kind":"Field","name":{"kind":"Name","value":"completionStillPossible"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warningsInLast12Months"}},{"kind":"Field","name":{"kind":"Name","value":"breachRequired"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProbationReferralsQuery, ProbationReferralsQueryVariables>;