import { aliased } from "../../db/aliases.js";
import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { groupFacilitatedBy, programmeSessions } from "../groups/index.js";
import { referrals } from "../referrals/index.js";

const { columns: session, from: sessionFrom } = aliased(programmeSessions, "rel_register_session");
const { columns: participation, from: participationFrom } = aliased(referrals, "rel_register_referral");

/**
 * A register row the caller sees as a facilitator: its session is in a group the caller runs and its
 * participant is in that group now. A participant moved on takes their rows out of the old group's
 * view (and the new group's facilitators do not see the old group's sessions).
 */
export function registerRowFacilitatedBy(sub: string, sessionId: SQLWrapper, referralId: SQLWrapper, today: string): SQL {
  return sql`exists (select 1 from ${sessionFrom} join ${participationFrom} on ${participation.groupId} = ${session.groupId}
          where ${session.id} = ${sessionId} and ${participation.id} = ${referralId} and ${groupFacilitatedBy(sub, session.groupId, today)})`;
}
