import { userErrorsFrom, type RuleRefusal, type UserError } from "./user-errors.js";

/**
 * The checks every input repeats, one wording each: a text's length, a date not in the future, a
 * date not before another. Each answers a refusal (its `field` a dotted path under `input`, its
 * message naming the field's last segment) or null; `fieldErrors` turns them into user errors.
 */

const nameOf = (field: string) => field.slice(field.lastIndexOf(".") + 1);

/** At most `max` characters; with `required`, 1 to `max` (an absent value counts as empty). */
export function checkLength(field: string, value: string | null | undefined, max: number, options: { required?: boolean } = {}): RuleRefusal | null {
  const length = value?.length ?? 0;
  if (options.required) {
    return length >= 1 && length <= max ? null : { field, code: "INVALID", message: `${nameOf(field)} must be 1 to ${max} characters` };
  }
  return length <= max ? null : { field, code: "INVALID", message: `${nameOf(field)} must be at most ${max} characters` };
}

/** A calendar date (YYYY-MM-DD) no later than `today`. */
export function checkNotInFuture(field: string, date: string | null | undefined, today: string): RuleRefusal | null {
  return date && date > today ? { field, code: "INVALID", message: `${nameOf(field)} cannot be in the future` } : null;
}

/** A calendar date no earlier than `earliest`; `what` names it in the message ("the link started"). */
export function checkNotBefore(field: string, date: string | null | undefined, earliest: string, what: string): RuleRefusal | null {
  return date && date < earliest ? { field, code: "INVALID", message: `${nameOf(field)} cannot be before ${what}` } : null;
}

/** The refusals among `checks`, for a rule that answers refusals. */
export function refusalsAmong(...checks: (RuleRefusal | null)[]): RuleRefusal[] {
  return checks.filter((check): check is RuleRefusal => check !== null);
}

/** The refusals among `checks`, as user errors under `input`, for a use case. */
export function fieldErrors(...checks: (RuleRefusal | null)[]): UserError[] {
  return userErrorsFrom(refusalsAmong(...checks));
}
