import { sql, type SQL } from "drizzle-orm";
import type { DatabaseHandle, Executor } from "../../db/client.js";
import type { PageRequest } from "../../shared/pagination.js";
import { erasures, type ErasureRow } from "./erasure.table.js";
import type { RetentionActivity, RetentionKind } from "./retention.model.js";

export type NewErasure = typeof erasures.$inferInsert;

/** One record past (or at) its retention date, with the dates of the activities it could run from. */
export interface DueRecordRow {
  kind: RetentionKind;
  id: string;
  retainedFrom: string;
  dueOn: string;
  activities: Partial<Record<RetentionActivity, string | null>>;
}

type Raw = Record<string, string | null>;

const day = (column: string) => sql.raw(`to_char(${column}, 'YYYY-MM-DD')`);

/**
 * People (not merged, not erased) whose case has no open work, with the date of each activity retention
 * may run from. Open: a referral not closed, an active cohort membership, an open case allocation, a
 * current victim link, or a protective order with no end. The England date of a transition is its day.
 */
const PEOPLE = sql`
  select 'PERPETRATOR_CASE'::text as kind, p.id,
    (select max((t.occurred_at at time zone 'Europe/London')::date) from referral_transitions t join referrals r on r.id = t.referral_id where r.perpetrator_id = p.id) as referral_outcome,
    (select max(r.sentence_end_date) from referrals r where r.perpetrator_id = p.id) as sentence_order_end,
    (select max(m.ended_on) from iom_memberships m where m.perpetrator_id = p.id) as cohort_exit,
    (select max(c.ended_on) from case_allocations c where c.perpetrator_id = p.id) as case_allocation_end,
    (select max(o.ends_on) from protective_orders o where o.perpetrator_id = p.id) as protective_order_end,
    null::date as victim_link_end, null::date as risk_assessment, null::date as marac_referral, null::date as safety_incident, null::date as support_end,
    (p.created_at at time zone 'Europe/London')::date as record_created
  from perpetrators p
  where p.erased_at is null and p.merged_into_id is null
    and not exists (select 1 from referrals r where r.perpetrator_id = p.id and r.status not in ('ASSESSED_UNSUITABLE', 'COMPLETED', 'BREACHED', 'DROPPED_OUT', 'WITHDRAWN'))
    and not exists (select 1 from iom_memberships m where m.perpetrator_id = p.id and m.ended_on is null)
    and not exists (select 1 from case_allocations c where c.perpetrator_id = p.id and c.ended_on is null)
    and not exists (select 1 from victim_links l where l.perpetrator_id = p.id and l.ended_on is null)
    and not exists (select 1 from protective_orders o where o.perpetrator_id = p.id and o.ends_on is null)`;

/** Victims (not erased) with no current link, support worker or open-ended order protecting them. */
const VICTIMS = sql`
  select 'VICTIM'::text as kind, v.id,
    null::date as referral_outcome, null::date as sentence_order_end, null::date as cohort_exit, null::date as case_allocation_end,
    (select max(o.ends_on) from protective_orders o join protective_order_protected_people pp on pp.order_id = o.id where pp.victim_id = v.id) as protective_order_end,
    (select max(l.ended_on) from victim_links l where l.victim_id = v.id) as victim_link_end,
    (select max(a.assessed_on) from risk_assessments a join victim_links l on l.id = a.link_id where l.victim_id = v.id) as risk_assessment,
    (select max(coalesce(m.hearing_on, m.referred_on)) from marac_referrals m join victim_links l on l.id = m.link_id where l.victim_id = v.id) as marac_referral,
    (select max(i.occurred_on) from safety_incidents i join victim_links l on l.id = i.link_id where l.victim_id = v.id) as safety_incident,
    (select max(s.ended_on) from support_allocations s where s.victim_id = v.id) as support_end,
    (v.created_at at time zone 'Europe/London')::date as record_created
  from victims v
  where v.erased_at is null
    and not exists (select 1 from victim_links l where l.victim_id = v.id and l.ended_on is null)
    and not exists (select 1 from support_allocations s where s.victim_id = v.id and s.ended_on is null)
    and not exists (select 1 from protective_orders o join protective_order_protected_people pp on pp.order_id = o.id where pp.victim_id = v.id and o.ends_on is null)`;

const ACTIVITY_COLUMNS: readonly [RetentionActivity, string][] = [
  ["REFERRAL_OUTCOME", "referral_outcome"],
  ["SENTENCE_ORDER_END", "sentence_order_end"],
  ["COHORT_EXIT", "cohort_exit"],
  ["CASE_ALLOCATION_END", "case_allocation_end"],
  ["PROTECTIVE_ORDER_END", "protective_order_end"],
  ["VICTIM_LINK_END", "victim_link_end"],
  ["RISK_ASSESSMENT", "risk_assessment"],
  ["MARAC_REFERRAL", "marac_referral"],
  ["SAFETY_INCIDENT", "safety_incident"],
  ["SUPPORT_END", "support_end"],
  ["RECORD_CREATED", "record_created"],
];

/** The records of the kinds asked for, each with the date its retention runs from and its due date (a `due` CTE). */
function dueRecords(today: string, years: Record<RetentionKind, number>, kinds: readonly RetentionKind[]): SQL {
  const parts = [...(kinds.includes("PERPETRATOR_CASE") ? [PEOPLE] : []), ...(kinds.includes("VICTIM") ? [VICTIMS] : [])];
  const activities = ACTIVITY_COLUMNS.map(([, column]) => column).join(", ");
  return sql`with candidates as (${sql.join(parts, sql` union all `)}),
    dated as (select *, greatest(${sql.raw(activities)}) as retained_from from candidates),
    due as (
      select *, (retained_from + make_interval(years => case kind when 'VICTIM' then ${years.VICTIM}::int else ${years.PERPETRATOR_CASE}::int end))::date as due_on
      from dated
      -- cheap pre-filter: nothing retained from after today is due
      where retained_from <= ${today}::date
    )`;
}

/** Retention review (one statement per page) and the erasure records. */
export class RetentionRepository {
  constructor(private readonly handle: DatabaseHandle) {}

  /**
   * Records due on `today` (their last activity plus their kind's years), in due-date order (then kind,
   * then id), read forwards from the cursor [dueOn, kind, id].
   */
  async due(today: string, years: Record<RetentionKind, number>, kinds: readonly RetentionKind[], page: PageRequest): Promise<DueRecordRow[]> {
    if (!kinds.length) return [];
    const after = page.after as [string, string, string] | null;
    const rows = await this.handle.rows<Raw>(
      this.handle.db,
      sql`${dueRecords(today, years, kinds)}
      select kind, id::text as id, ${day("retained_from")} as retained_from, ${day("due_on")} as due_on,
        ${sql.raw(ACTIVITY_COLUMNS.map(([, column]) => `to_char(${column}, 'YYYY-MM-DD') as ${column}`).join(", "))}
      from due
      where due_on <= ${today}::date
        ${after ? sql`and (due_on, kind, id) > (${after[0]}::date, ${after[1]}::text, ${after[2]}::uuid)` : sql``}
      order by due_on, kind, id
      limit ${page.first + 1}`,
    );
    return rows.map((row) => ({
      kind: row.kind as RetentionKind,
      id: row.id!,
      retainedFrom: row.retained_from!,
      dueOn: row.due_on!,
      activities: Object.fromEntries(ACTIVITY_COLUMNS.map(([activity, column]) => [activity, row[column] ?? null])),
    }));
  }

  /** How many records are due on `today` (the connection's totalCount). */
  async countDue(today: string, years: Record<RetentionKind, number>, kinds: readonly RetentionKind[]): Promise<number> {
    if (!kinds.length) return 0;
    const [row] = await this.handle.rows<{ count: number }>(this.handle.db, sql`${dueRecords(today, years, kinds)} select count(*)::int as count from due where due_on <= ${today}::date`);
    return Number(row?.count ?? 0);
  }

  async insertErasure(tx: Executor, erasure: NewErasure): Promise<ErasureRow> {
    const [row] = await tx.insert(erasures).values(erasure).returning();
    return row!;
  }
}
