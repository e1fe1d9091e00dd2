import type { RequestContext } from "../../context.js";
import { forbidden } from "../../shared/errors.js";
import { IOM_READERS, Role } from "../../shared/auth/roles.js";
import { dateToday } from "../../shared/clock.js";
import type { CohortRepository, WorkloadRow } from "./cohort.repository.js";

/** Counts below this (other than zero) are withheld from analysts. */
export const SMALL_COUNT_THRESHOLD = 5;

type CountField = "openMembers" | "withoutLivePlan" | "reviewsOverdue" | "actionsOverdue" | "membersWithOverdueActions";
/** Workload counts as shown: null where a small count is withheld. */
export type Workload = Omit<WorkloadRow, CountField> & { [K in CountField]: number | null } & { suppressed: boolean };

export interface WorkloadDependencies {
  repository: CohortRepository;
}

/**
 * Open members and overdue work per team (or per offender manager). IOM readers see exact counts;
 * analysts see counts with small numbers withheld, and never the per-officer breakdown.
 */
export async function cohortWorkload(deps: WorkloadDependencies, ctx: RequestContext, team: string | null, byOffenderManager: boolean): Promise<Workload[]> {
  const exact = ctx.viewer.has(...IOM_READERS);
  if (!exact && !ctx.viewer.has(Role.ANALYST)) throw forbidden("IOM workload counts are for IOM officers, police and analysts");
  if (!exact && byOffenderManager) throw forbidden("Analysts see team totals only");
  const rows = await deps.repository.workload(byOffenderManager ? "staff" : "team", dateToday(ctx.clock), team);
  return rows.map((row) => (exact ? { ...row, suppressed: false } : suppressSmallCounts(row)));
}

const COUNT_FIELDS: readonly CountField[] = ["openMembers", "withoutLivePlan", "reviewsOverdue", "actionsOverdue", "membersWithOverdueActions"];

/** Counts from 1 to SMALL_COUNT_THRESHOLD - 1 become null: zero and larger counts cannot single anyone out. */
export function suppressSmallCounts(row: WorkloadRow): Workload {
  const result: Workload = { ...row, suppressed: false };
  for (const field of COUNT_FIELDS) {
    if (row[field] > 0 && row[field] < SMALL_COUNT_THRESHOLD) {
      result[field] = null;
      result.suppressed = true;
    }
  }
  return result;
}
