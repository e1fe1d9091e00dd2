import type { Role } from "../shared/auth/roles.js";
import type { Viewer } from "../shared/auth/viewer.js";

/**
 * The relationships that give a caller access to a row. Each is decided in SQL by one predicate,
 * exported by the feature that owns the data behind it, from records the caller cannot create for
 * themselves:
 *
 * | relationship             | owner           | predicate                        | who creates it                |
 * | ------------------------ | --------------- | -------------------------------- | ----------------------------- |
 * | FACILITATES_GROUP        | groups          | groupFacilitatedBy               | admin (group set-up)          |
 * |   (person in that group) | referrals       | personInGroupFacilitatedBy       | probation / admin allocation  |
 * |   (their register rows)  | attendance      | registerRowFacilitatedBy         | probation / admin allocation  |
 * | OFFENDER_MANAGER         | iom             | personManagedBy                  | IOM supervisor                |
 * | IOM_ACTION_OWNER         | iom             | membershipWithActionOwnedBy      | offender manager / supervisor |
 * | ALLOCATED_PRACTITIONER   | cases           | isAllocatedPractitioner          | admin (case allocation)       |
 * | RESPONSIBLE_ORGANISATION | cases           | isResponsibleOrganisation        | admin (case allocation)       |
 * | SUPPORT_WORKER           | victim-safety   | victimSupportedBy                | police safeguarding           |
 *
 * ANY means the role reads every row of the area (police safeguarding reads every victim).
 */
export const RELATIONSHIPS = [
  "ANY",
  "FACILITATES_GROUP",
  "OFFENDER_MANAGER",
  "IOM_ACTION_OWNER",
  "ALLOCATED_PRACTITIONER",
  "RESPONSIBLE_ORGANISATION",
  "SUPPORT_WORKER",
] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

/** Which relationships give each role access to one protected area. Every role is listed, so none is forgotten. */
export type AccessTable = Readonly<Record<Role, readonly Relationship[]>>;

/** The relationships a caller may use in an area: the union over their roles. */
export function relationshipsIn(table: AccessTable, viewer: Viewer): ReadonlySet<Relationship> {
  const found = new Set<Relationship>();
  for (const role of viewer.roles) for (const relationship of table[role]) found.add(relationship);
  return found;
}
