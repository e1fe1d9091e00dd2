import { sql } from "drizzle-orm";
import { taggedCursor, type PageOrder } from "../../shared/page-order.js";
import { perpetrators } from "../perpetrators/index.js";
import { DEFAULT_COHORT_ORDER, type CohortOrder } from "./iom.model.js";
import { interventionPlans, iomMemberships, type IomMembershipRow } from "./iom.table.js";

/**
 * The keys of each order of the cohort page (cohort.repository.ts), every one ending with the
 * membership's id. The person and the live plan are joined by the page (at most one live plan a
 * member), so their columns can be keys; a member without a live plan sorts after every review date.
 */
export const COHORT_PAGE_ORDERS: Record<CohortOrder, PageOrder> = {
  SELECTED_NEWEST_FIRST: { keys: [iomMemberships.startedOn, iomMemberships.id], types: ["date", "uuid"], direction: "desc" },
  SELECTED_OLDEST_FIRST: { keys: [iomMemberships.startedOn, iomMemberships.id], types: ["date", "uuid"], direction: "asc" },
  FAMILY_NAME: {
    keys: [sql`lower(${perpetrators.familyName})`, sql`lower(${perpetrators.givenName})`, iomMemberships.id],
    types: ["text", "text", "uuid"],
    direction: "asc",
  },
  REVIEW_DUE_SOONEST: { keys: [sql`coalesce(${interventionPlans.reviewDueOn}, 'infinity'::date)`, iomMemberships.id], types: ["date", "uuid"], direction: "asc" },
};

export const cohortCursor = (row: IomMembershipRow) => [row.startedOn, row.id];

/** A page row's cursor: the default order's as it always was, another order's tagged with it. */
export const cohortPageCursor =
  (order: CohortOrder) =>
  (row: { membership: IomMembershipRow; keyset?: string[] }): unknown[] =>
    order === DEFAULT_COHORT_ORDER ? cohortCursor(row.membership) : taggedCursor("iomCohort", order, row.keyset!);
