import { sql } from "drizzle-orm";
import type { DatabaseHandle } from "../../db/client.js";
import { maracReferrals, protectiveOrders, riskAssessments, safetyAlerts, victimLinks } from "../victim-safety/index.js";
import type { FigureRow, ReportPeriod } from "./figures.model.js";
import { dateInPeriod, instantInPeriod } from "./report-period.sql.js";

/**
 * The one statement of the victim safety report. Every figure is defined here, once, and in the
 * schema descriptions (safety.type.ts) in words. Each part is a GROUPING SETS of one table's rows in
 * the period (the figure, then its categories), so the statement count does not grow with the period.
 *
 * - dashAssessments: DASH checklists whose assessedOn is in the period, by their final level (after
 *   any professional judgement).
 * - maracReferrals: MARAC referrals whose referredOn is in the period; REPEAT when the same victim
 *   (over any of their links) had an earlier MARAC referral within the 12 months before (SafeLives),
 *   FIRST otherwise.
 * - protectiveOrders: orders whose startsOn is in the period, by type.
 * - alertsRaised: safety alerts created in the period (one per recipient), by kind;
 *   alertsAcknowledged: those of them acknowledged since; medianHoursToAcknowledge: the median of
 *   acknowledgedAt − createdAt over those, in hours.
 */
export class SafetyReportRepository {
  constructor(private readonly handle: DatabaseHandle) {}

  async figures(period: ReportPeriod): Promise<FigureRow[]> {
    return this.handle.rows<FigureRow & Record<string, unknown>>(
      this.handle.db,
      sql`
      with marac as (
        select exists (
          select 1 from ${maracReferrals} earlier join ${victimLinks} earlier_link on earlier_link.id = earlier.link_id
          where earlier_link.victim_id = ${victimLinks.victimId} and earlier.id <> ${maracReferrals.id}
            and earlier.referred_on >= (${maracReferrals.referredOn} - interval '12 months')::date
            and (earlier.referred_on, earlier.created_at, earlier.id) < (${maracReferrals.referredOn}, ${maracReferrals.createdAt}, ${maracReferrals.id})
        ) as repeat
        from ${maracReferrals} join ${victimLinks} on ${victimLinks.id} = ${maracReferrals.linkId}
        where ${dateInPeriod(maracReferrals.referredOn, period)}
      ),
      alerts as materialized (
        select ${safetyAlerts.kind} as kind, extract(epoch from ${safetyAlerts.acknowledgedAt} - ${safetyAlerts.createdAt}) / 3600 as hours
        from ${safetyAlerts} where ${instantInPeriod(safetyAlerts.createdAt, period)}
      )
      select 'dashAssessments' as figure, ${riskAssessments.level} as key, count(*)::float8 as value
        from ${riskAssessments} where ${dateInPeriod(riskAssessments.assessedOn, period)} group by grouping sets ((), (${riskAssessments.level}))
      union all
      select 'maracReferrals', case when grouping(repeat) = 1 then null when repeat then 'REPEAT' else 'FIRST' end, count(*)::float8
        from marac group by grouping sets ((), (repeat))
      union all
      select 'protectiveOrders', ${protectiveOrders.type}, count(*)::float8
        from ${protectiveOrders} where ${dateInPeriod(protectiveOrders.startsOn, period)} group by grouping sets ((), (${protectiveOrders.type}))
      union all
      select 'alertsRaised', kind, count(*)::float8 from alerts group by grouping sets ((), (kind))
      union all
      select 'alertsAcknowledged', null, count(hours)::float8 from alerts
      union all
      select 'medianHoursToAcknowledge', null, (percentile_cont(0.5) within group (order by hours))::float8 from alerts where hours is not null`,
    );
  }
}
