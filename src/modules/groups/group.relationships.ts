import { aliased } from "../../db/aliases.js";
import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { groupFacilitators } from "./group.table.js";

const { columns: facilitator, from: facilitatorFrom } = aliased(groupFacilitators, "rel_group_facilitator");

/**
 * The caller facilitates the group now: they are on its facilitator list. Admins set the list up,
 * so a facilitator cannot add themselves to a group. The one definition of "facilitates".
 */
export function groupFacilitatedBy(sub: string, groupId: SQLWrapper): SQL {
  return sql`${groupId} in (select ${facilitator.groupId} from ${facilitatorFrom} where ${facilitator.facilitatorSub} = ${sub})`;
}
