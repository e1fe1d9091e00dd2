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
}
registerEnumType(UserErrorCode, { name: "UserErrorCode", description: "Why a mutation's input was refused." });

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
