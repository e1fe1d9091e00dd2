import { sql, type AnyColumn, type SQL, type SQLWrapper } from "drizzle-orm";
import { aliased } from "../../db/aliases.js";
import { currentOn } from "../../db/columns.js";
import { caseAllocations } from "./case.table.js";

// An aliased FROM item: drizzle renders a plain alias() inside sql`` as the alias name alone.
const { columns: allocation, from: allocationFrom } = aliased(caseAllocations, "rel_case_allocation");

/** The person's case is held, on `today`, by an allocation matching `holder` (see `currentOn` for the day's edges). */
function heldOn(perpetratorId: SQLWrapper | AnyColumn, holder: SQL, today: string): SQL {
  return sql`${perpetratorId} in (select ${allocation.perpetratorId} from ${allocationFrom} where ${holder}
    and ${currentOn(allocation.startedOn, allocation.endedOn, today)})`;
}

/**
 * The caller is the person's allocated probation practitioner today. Only an admin (or an import from
 * the case-management system) allocates cases, so a practitioner cannot make someone their case. The
 * one definition of "my probation case".
 */
export function isAllocatedPractitioner(sub: string, perpetratorId: SQLWrapper | AnyColumn, today: string): SQL {
  return heldOn(perpetratorId, sql`${allocation.practitionerSub} = ${sub}`, today);
}

/** The caller's organisation is responsible for the person's probation case today: "my organisation's case". */
export function isResponsibleOrganisation(org: string, perpetratorId: SQLWrapper | AnyColumn, today: string): SQL {
  return heldOn(perpetratorId, sql`${allocation.organisation} = ${org}`, today);
}
