import { aliased } from "../../db/aliases.js";
import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { groupFacilitatedBy } from "../groups/index.js";
import { referrals } from "./referral.table.js";

const { columns: participation, from: participationFrom } = aliased(referrals, "rel_participation");

/**
 * The person is in a group the caller facilitates now: one of their referrals is allocated to that
 * group today. A participant moved to another group leaves the first group's facilitators' view, as
 * the referral's group changes with the move.
 */
export function personInGroupFacilitatedBy(sub: string, perpetratorId: SQLWrapper, today: string): SQL {
  return sql`exists (select 1 from ${participationFrom} where ${participation.perpetratorId} = ${perpetratorId} and ${groupFacilitatedBy(sub, participation.groupId, today)})`;
}
