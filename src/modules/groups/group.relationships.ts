import { aliased } from "../../db/aliases.js";
import { currentOn } from "../../db/columns.js";
import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { groupFacilitators } from "./group.table.js";

const { columns: facilitator, from: facilitatorFrom } = aliased(groupFacilitators, "rel_group_facilitator");

/**
 * The caller facilitates the group on `today` (the date in England, see `dateToday`): one of its
 * facilitation periods names them, started by today and not ended (the end date is the first day
 * without access, so a removal from a date takes effect from the start of that day, and an addition
 * from a later date gives nothing until then). Only admins write the periods, so a facilitator cannot
 * add themselves to a group. The one definition of "facilitates".
 */
export function groupFacilitatedBy(sub: string, groupId: SQLWrapper, today: string): SQL {
  return sql`${groupId} in (select ${facilitator.groupId} from ${facilitatorFrom} where ${facilitator.facilitatorSub} = ${sub}
    and ${currentOn(facilitator.startedOn, facilitator.endedOn, today)})`;
}
