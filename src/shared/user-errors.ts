import { Field, ObjectType, registerEnumType } from "type-graphql";

/** Problems the user can fix by changing the input: returned in a mutation payload, not thrown. */
export enum UserErrorCode {
  INVALID = "INVALID",
  NOT_FOUND = "NOT_FOUND",
  DUPLICATE = "DUPLICATE",
  CONFLICT = "CONFLICT",
  INELIGIBLE = "INELIGIBLE",
  INVALID_TRANSITION = "INVALID_TRANSITION",
  REASON_REQUIRED = "REASON_REQUIRED",
  COMPLETION_NOT_MET = "COMPLETION_NOT_MET",
  WRONG_PROGRAMME = "WRONG_PROGRAMME",
  GROUP_CLOSED = "GROUP_CLOSED",
  GROUP_FULL = "GROUP_FULL",
  INVALID_SESSION_NUMBER = "INVALID_SESSION_NUMBER",
  SESSION_NOT_STARTED = "SESSION_NOT_STARTED",
  NOT_IN_GROUP = "NOT_IN_GROUP",
  IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED",
  MEMBERSHIP_ENDED = "MEMBERSHIP_ENDED",
  STAFF_INACTIVE = "STAFF_INACTIVE",
  ALREADY_ASSIGNED = "ALREADY_ASSIGNED",
  PLAN_NOT_LIVE = "PLAN_NOT_LIVE",
  RISK_CANNOT_BE_LOWERED = "RISK_CANNOT_BE_LOWERED",
  ORDER_TOO_LONG = "ORDER_TOO_LONG",
  SESSION_CANCELLED = "SESSION_CANCELLED",
  SESSION_DELIVERED = "SESSION_DELIVERED",
  NO_ACCEPTABLE_ABSENCE = "NO_ACCEPTABLE_ABSENCE",
  NOT_CATCH_UP_PARTICIPANT = "NOT_CATCH_UP_PARTICIPANT",
  CATCH_UP_REQUIRED = "CATCH_UP_REQUIRED",
  ALREADY_ERASED = "ALREADY_ERASED",
}
registerEnumType(UserErrorCode, {
  name: "UserErrorCode",
  description: "Why a mutation's input was refused.",
  valuesConfig: {
    INVALID: { description: "A value is malformed or out of range (e.g. a CRN that is not one letter and six digits, an end date before the start)." },
    NOT_FOUND: { description: "A referenced record does not exist or is not one the caller may see (the two read the same)." },
    DUPLICATE: { description: "The change would repeat something that already exists, e.g. an identifier another person has or a second open referral." },
    CONFLICT: { description: "The record changed since the caller read it (expectedVersion is out of date) or was changed at the same time: reload and try again." },
    INELIGIBLE: { description: "The person does not meet a rule of the programme or procedure (e.g. the programme's age bounds or MARAC grounds); the message names the rule." },
    INVALID_TRANSITION: { description: "The referral (or action) cannot move from its current status to the one asked for." },
    REASON_REQUIRED: { description: "This change needs a reason or note (e.g. withdrawing a referral, raising risk by professional judgement)." },
    COMPLETION_NOT_MET: { description: "The referral cannot be marked COMPLETED: the programme's completion threshold is not met." },
    WRONG_PROGRAMME: { description: "The group runs a different programme from the referral's." },
    GROUP_CLOSED: { description: "The group no longer takes new members: its programme's closing session has started." },
    GROUP_FULL: { description: "The group already has the programme's maximum number of members." },
    INVALID_SESSION_NUMBER: { description: "The session number is not a whole number from 1 to the programme's number of sessions." },
    SESSION_NOT_STARTED: { description: "A register cannot be recorded for a session that has not started yet." },
    NOT_IN_GROUP: { description: "The person (or session) is not part of the group concerned, e.g. a register entry for someone not allocated to the session's group." },
    IDEMPOTENCY_KEY_REUSED: { description: "The idempotency key was already used for a different request; use a new key for a new request." },
    MEMBERSHIP_ENDED: { description: "The IOM cohort membership has ended, so it can no longer be changed." },
    STAFF_INACTIVE: { description: "The IOM staff member named is no longer active." },
    ALREADY_ASSIGNED: { description: "That officer is already the member's offender manager." },
    PLAN_NOT_LIVE: { description: "The intervention plan is not the member's live plan (it was superseded or closed); change the live plan instead." },
    RISK_CANNOT_BE_LOWERED: { description: "Professional judgement may raise a DASH risk level above the score's, never lower it." },
    ORDER_TOO_LONG: { description: "The protective order lasts longer than the law allows for its type (e.g. a DVPO beyond 28 days)." },
    SESSION_CANCELLED: { description: "The session is cancelled: it takes no register and cannot be cancelled again." },
    SESSION_DELIVERED: { description: "The session has a register (it took place), so it cannot be cancelled." },
    NO_ACCEPTABLE_ABSENCE: { description: "The participant was not recorded absent with an acceptable reason from that session, so it has no catch-up." },
    NOT_CATCH_UP_PARTICIPANT: { description: "A catch-up session's register records only the participant it was arranged for." },
    CATCH_UP_REQUIRED: { description: "A missed session must be caught up before the participant attends a session of a later module (BBR)." },
    ALREADY_ERASED: { description: "The person or victim has already been erased (or, for a restriction, is already restricted)." },
  },
});

@ObjectType({ description: "A problem with a mutation's input that the user can fix." })
export class UserError {
  @Field(() => [String], { description: "Path to the input field at fault, e.g. [\"input\", \"pncId\"]." })
  field!: string[];

  @Field({ description: "What is wrong and how to fix it, in plain English for the person using the client." })
  message!: string;

  @Field(() => UserErrorCode, { description: "The kind of problem, stable for clients to branch on." })
  code!: UserErrorCode;
}

export function userError(field: string | string[], code: UserErrorCode | `${UserErrorCode}`, message: string): UserError {
  const path = Array.isArray(field) ? field : ["input", ...field.split(".")];
  return Object.assign(new UserError(), { field: path, code: code as UserErrorCode, message });
}

/** A rule's refusal, as the pure rule functions give them: `field` is a dotted path under `input`. */
export interface RuleRefusal {
  field: string;
  code: UserErrorCode | `${UserErrorCode}`;
  message: string;
}

/** User errors for rule refusals; `prefix` is the path the refusals' fields sit under. */
export function userErrorsFrom(refusals: readonly RuleRefusal[], prefix: string[] = ["input"]): UserError[] {
  return refusals.map((r) => userError([...prefix, ...r.field.split(".")], r.code, r.message));
}

/** A use case's answer: the changed thing, or the reasons it was refused. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; errors: UserError[] };
export const succeeded = <T,>(value: T): Outcome<T> => ({ ok: true, value });
export const refused = <T = never,>(...errors: UserError[]): Outcome<T> => ({ ok: false, errors });
