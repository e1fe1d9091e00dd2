import type { GeneratorContext } from "./context.js";
import type { CopyValue } from "./copy.js";
import { FACILITATOR_COLUMNS, GROUP_COLUMNS, SESSION_COLUMNS, facilitatorRows, groupRows, sessionRows } from "./groups.js";
import { CHILD_COLUMNS, PERPETRATOR_COLUMNS, childRows, perpetratorRows } from "./people.js";
import type { Plans } from "./plan.js";
import { RECORD_COLUMNS, SUBMISSION_COLUMNS, recordRows, submissionRows } from "./registers.js";
import { ASSIGNMENT_COLUMNS, MEMBERSHIP_COLUMNS, STAFF_COLUMNS, buildIom } from "./iom.js";
import { ACTION_COLUMNS, PLAN_COLUMNS, REVIEW_COLUMNS } from "./iom-plans.js";
import { ASSESSMENT_COLUMNS, INCIDENT_COLUMNS, MARAC_COLUMNS } from "./victim-risk.js";
import { ALERT_COLUMNS, ALLOCATION_COLUMNS, ORDER_COLUMNS, PROTECTED_COLUMNS } from "./victim-support.js";
import { LINK_COLUMNS, VICTIM_COLUMNS, buildVictims } from "./victims.js";
import { REFERRAL_COLUMNS, TRANSITION_COLUMNS, referralRows, transitionRows } from "./steps.js";

export const DEFAULT_BENCH_SEED = 20_261_101;

/** One table's load: its columns and a fresh stream of its rows. */
export interface TableLoad {
  table: string;
  columns: readonly string[];
  rows: () => Iterable<CopyValue[]>;
  /** Millions of rows: load without foreign keys and secondary indexes, then restore them. */
  bulk?: boolean;
}

/** Every table in foreign-key order. The IOM and victim-safety rows are few enough to build in memory first. */
export function tableLoads(ctx: GeneratorContext, plans: Plans): TableLoad[] {
  const iom = buildIom(ctx, plans);
  const safety = buildVictims(ctx, plans, iom.persons);
  const rows = (table: string, columns: readonly string[], list: CopyValue[][]): TableLoad => ({ table, columns, rows: () => list });
  const { referrals, personStart, personReferrals } = plans;
  const probationCase = (i: number): boolean => {
    for (let k = personStart[i]!; k < personStart[i + 1]!; k++) {
      const source = referrals.source[personReferrals[k]!]!;
      if (source === 0 || referrals.legalBasis[personReferrals[k]!]! > 0) return true;
    }
    return false;
  };
  return [
    { table: "perpetrators", columns: PERPETRATOR_COLUMNS, rows: () => perpetratorRows(ctx, plans.people, probationCase) },
    { table: "perpetrator_children", columns: CHILD_COLUMNS, rows: () => childRows(ctx, plans.people) },
    { table: "programme_groups", columns: GROUP_COLUMNS, rows: () => groupRows(ctx, plans.groups) },
    { table: "group_facilitators", columns: FACILITATOR_COLUMNS, rows: () => facilitatorRows(ctx, plans.groups) },
    { table: "programme_sessions", columns: SESSION_COLUMNS, rows: () => sessionRows(ctx, plans.groups), bulk: true },
    { table: "referrals", columns: REFERRAL_COLUMNS, rows: () => referralRows(ctx, plans), bulk: true },
    { table: "referral_transitions", columns: TRANSITION_COLUMNS, rows: () => transitionRows(ctx, plans), bulk: true },
    { table: "register_submissions", columns: SUBMISSION_COLUMNS, rows: () => submissionRows(ctx, plans), bulk: true },
    { table: "attendance_records", columns: RECORD_COLUMNS, rows: () => recordRows(ctx, plans), bulk: true },
    rows("iom_staff", STAFF_COLUMNS, iom.staff),
    rows("iom_memberships", MEMBERSHIP_COLUMNS, iom.memberships),
    rows("iom_offender_manager_assignments", ASSIGNMENT_COLUMNS, iom.assignments),
    rows("iom_intervention_plans", PLAN_COLUMNS, iom.plans),
    rows("iom_plan_actions", ACTION_COLUMNS, iom.actions),
    rows("iom_plan_reviews", REVIEW_COLUMNS, iom.reviews),
    rows("victims", VICTIM_COLUMNS, safety.victims),
    rows("victim_links", LINK_COLUMNS, safety.links),
    rows("risk_assessments", ASSESSMENT_COLUMNS, safety.assessments),
    rows("safety_incidents", INCIDENT_COLUMNS, safety.incidents),
    rows("marac_referrals", MARAC_COLUMNS, safety.maracs),
    rows("support_allocations", ALLOCATION_COLUMNS, safety.allocations),
    rows("protective_orders", ORDER_COLUMNS, safety.orders),
    rows("protective_order_protected_people", PROTECTED_COLUMNS, safety.protectedPeople),
    rows("safety_alerts", ALERT_COLUMNS, safety.alerts),
  ];
}
