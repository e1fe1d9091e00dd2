import { aliased } from "../../db/aliases.js";
import { currentOn } from "../../db/columns.js";
import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { supportAllocations, victimLinks } from "./victim-safety.table.js";

const { columns: allocation, from: allocationFrom } = aliased(supportAllocations, "rel_support_allocation");
const { columns: link, from: linkFrom } = aliased(victimLinks, "rel_support_link");

/**
 * The caller is one of the victim's support workers today (IDVA, integrated support service, partner
 * support): a current allocation names their subject. Police safeguarding makes allocations, so a
 * worker cannot allocate themselves. The one definition of "supports".
 */
export function victimSupportedBy(sub: string, victimId: SQLWrapper, today: string): SQL {
  return sql`exists (select 1 from ${allocationFrom} where ${allocation.victimId} = ${victimId} and ${allocation.workerSubject} = ${sub}
    and ${currentOn(allocation.startedOn, allocation.endedOn, today)})`;
}

/** The person is linked to a victim the caller supports: whom a support worker needs to know of. */
export function personLinkedToVictimSupportedBy(sub: string, perpetratorId: SQLWrapper, today: string): SQL {
  return sql`exists (select 1 from ${linkFrom} where ${link.perpetratorId} = ${perpetratorId} and ${victimSupportedBy(sub, link.victimId, today)})`;
}
