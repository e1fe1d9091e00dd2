import { badInput } from "./errors.js";
import type { RuleRefusal } from "./user-errors.js";

/**
 * Renamed arguments and input fields (issue 15, consistent names): the old name keeps working,
 * marked `@deprecated` in the schema, until clients have moved. A caller who sends both names with
 * different values has said two things; they are refused rather than one silently winning.
 */

type Given<T> = T | null | undefined;

export interface Renamed<T> {
  /** The current name, e.g. "filter.allocatedToMe". */
  name: string;
  value: Given<T>;
  /** The deprecated name, e.g. "filter.mine". */
  oldName: string;
  /** The deprecated argument's value, already in the current name's terms (e.g. inverted). */
  oldValue: Given<T>;
}

const given = <T,>(value: Given<T>): value is T => value !== null && value !== undefined;

/** The value meant (current name first), or a refusal when both names are given and disagree. */
export function resolveRenamed<T>(arg: Renamed<T>): { value: T | null; conflict: RuleRefusal | null } {
  if (given(arg.value) && given(arg.oldValue) && arg.value !== arg.oldValue) {
    return {
      value: null,
      conflict: {
        field: arg.name.replace(/^input\./, ""),
        code: "INVALID",
        message: `${arg.oldName} (deprecated) and ${arg.name} disagree: send only ${arg.name}`,
      },
    };
  }
  return { value: given(arg.value) ? arg.value : given(arg.oldValue) ? arg.oldValue : null, conflict: null };
}

/** For a query's filter: the value meant, or BAD_USER_INPUT when the old and new names disagree. */
export function renamedArgument<T>(arg: Renamed<T>): T | null {
  const { value, conflict } = resolveRenamed(arg);
  if (conflict) throw badInput(conflict.message);
  return value;
}
