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
}
registerEnumType(UserErrorCode, {
  name: "UserErrorCode",
  description: "Why a mutation's input was refused.",
  valuesConfig: {
    SESSION_CANCELLED: { description: "The session is cancelled: it takes no register and cannot be cancelled again." },
    SESSION_DELIVERED: { description: "The session has a register (it took place), so it cannot be cancelled." },
    NO_ACCEPTABLE_ABSENCE: { description: "The participant was not recorded absent with an acceptable reason from that session, so it has no catch-up." },
    NOT_CATCH_UP_PARTICIPANT: { description: "A catch-up session's register records only the participant it was arranged for." },
    CATCH_UP_REQUIRED: { description: "A missed session must be caught up before the participant attends a session of a later module (BBR)." },
  },
});

@ObjectType({ description: "A problem with a mutation's input that the user can fix." })
export class UserError {
  @Field(() => [String], { description: "Path to the input field at fault, e.g. [\"input\", \"pncId\"]." })
  field!: string[];

  @Field()
  message!: string;

  @Field(() => UserErrorCode)
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
