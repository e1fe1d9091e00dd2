import { sql } from "drizzle-orm";
import type { DatabaseHandle } from "../../db/client.js";
import type { FigureRow, ReportPeriod } from "./figures.model.js";
import { instantInPeriod } from "./report-period.sql.js";

/**
 * The one statement of the IOM report. Every figure is defined here, once, and in the schema
 * descriptions (iom-report.type.ts) in words. A membership is one selection of a person into the
 * cohort, from startedOn to endedOn (its last day; open while null).
 *
 * - membersInPeriod: memberships in the cohort on any day of the period.
 * - cohortAtStart: of those, selected before the period's first day (so in the cohort when it began);
 *   cohortAtEnd: not ended by the period's last day (still in when it ended).
 *   membersInPeriod = cohortAtStart + selections = cohortAtEnd + deselections.
 * - selections: memberships whose startedOn is in the period, by selection source;
 *   deselections: whose endedOn is in the period, by deselection reason.
 * - reviewsDue: plan review dates in the period while the plan was in force — each review's
 *   nextReviewOn, and the reviewDueOn of a plan not yet reviewed; reviewsOnTime: those met by a later
 *   review of the plan on or before the date.
 * - actionsCompleted: plan actions moved to DONE (closedAt) in the period, by pathway.
 * - incidentsBefore / incidentsSince: safety incidents (occurredOn) between the member and any
 *   victim, in the 12 months before selection / from selection to the end of the membership or the
 *   period, whichever is first, over membersInPeriod; monthsBefore / monthsSince: the person-months
 *   those windows cover (12 each before; days since ÷ 30.4375).
 */
export class IomReportRepository {
  constructor(private readonly handle: DatabaseHandle) {}

  async figures(period: ReportPeriod): Promise<FigureRow[]> {
    const { from, to } = period;
    return this.handle.rows<FigureRow & Record<string, unknown>>(
      this.handle.db,
      sql`
      with members as materialized (
        select m.id, m.perpetrator_id, m.started_on, m.ended_on, m.selection_source, m.deselection_reason,
          least(coalesce(m.ended_on, ${to}::date), ${to}::date) as window_end
        from iom_memberships m
        where m.started_on <= ${to}::date and (m.ended_on is null or m.ended_on >= ${from}::date)
      ),
      dues as (
        select r.plan_id, r.next_review_on as due_on, r.created_at as set_at from iom_plan_reviews r
        where r.next_review_on between ${from}::date and ${to}::date
        union all
        select p.id, p.review_due_on, p.created_at from iom_intervention_plans p
        where p.review_due_on between ${from}::date and ${to}::date
          and not exists (select 1 from iom_plan_reviews r where r.plan_id = p.id)
      ),
      reviews as (
        select exists (
          select 1 from iom_plan_reviews later where later.plan_id = d.plan_id and later.created_at > d.set_at and later.reviewed_on <= d.due_on
        ) as on_time
        from dues d join iom_intervention_plans p on p.id = d.plan_id
        where p.ended_at is null or (p.ended_at at time zone 'Europe/London')::date >= d.due_on
      ),
      incidents as (
        select
          (select count(*) from safety_incidents i join victim_links l on l.id = i.link_id
            where l.perpetrator_id = m.perpetrator_id and i.occurred_on >= (m.started_on - interval '12 months')::date and i.occurred_on < m.started_on) as before,
          (select count(*) from safety_incidents i join victim_links l on l.id = i.link_id
            where l.perpetrator_id = m.perpetrator_id and i.occurred_on >= m.started_on and i.occurred_on <= m.window_end) as since,
          (m.window_end - m.started_on + 1) / 30.4375 as months_since
        from members m
      )
      select 'membersInPeriod' as figure, null as key, count(*)::float8 as value from members
      union all select 'cohortAtStart', null, count(*) filter (where started_on < ${from}::date)::float8 from members
      union all select 'cohortAtEnd', null, count(*) filter (where ended_on is null or ended_on > ${to}::date)::float8 from members
      union all
      select 'selections', case when grouping(selection_source) = 1 then null else selection_source end, count(*)::float8
        from members where started_on >= ${from}::date group by grouping sets ((), (selection_source))
      union all
      select 'deselections', case when grouping(deselection_reason) = 1 then null else deselection_reason end, count(*)::float8
        from members where ended_on <= ${to}::date group by grouping sets ((), (deselection_reason))
      union all select 'reviewsDue', null, count(*)::float8 from reviews
      union all select 'reviewsOnTime', null, count(*) filter (where on_time)::float8 from reviews
      union all
      select 'actionsCompleted', case when grouping(a.pathway) = 1 then null else a.pathway end, count(*)::float8
        from iom_plan_actions a where a.status = 'DONE' and ${instantInPeriod(sql`a.closed_at`, period)} group by grouping sets ((), (a.pathway))
      union all select 'incidentsBefore', null, coalesce(sum(before), 0)::float8 from incidents
      union all select 'incidentsSince', null, coalesce(sum(since), 0)::float8 from incidents
      union all select 'monthsBefore', null, (12 * count(*))::float8 from incidents
      union all select 'monthsSince', null, coalesce(sum(months_since), 0)::float8 from incidents`,
    );
  }
}
