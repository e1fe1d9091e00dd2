import { sql, type SQL } from "drizzle-orm";
import type { DatabaseHandle } from "../../db/client.js";
import { UNSUITABILITY_REASONS } from "../referrals/index.js";
import { ethnicityGroupSql, firstLanguageGroupSql } from "./equality.rules.js";
import { PERFORMANCE_COUNTS, type PerformanceBreakdown, type PerformanceCount, type PerformanceFigures, type PerformancePeriod } from "./performance.model.js";

/**
 * The one statement of the programme performance report. Every figure is defined here, once; the
 * schema descriptions (performance.type.ts) say the same in words. The period runs from 00:00 in
 * England on `from` to 00:00 on the day after `to`; an event is in the period by the date named with
 * each figure. Breakdowns are GROUPING SETS of the same rows, so the statement count does not grow
 * with the period or the number of breakdowns.
 */

/** The category of a referral in each breakdown, as a column of `facts`. Fixed SQL, never caller text. */
const BREAKDOWN_COLUMNS: Record<PerformanceBreakdown, string> = {
  REFERRAL_SOURCE: "d_source",
  GROUP: "d_group",
  SEX: "d_sex",
  AGE_BAND: "d_age_band",
  DISABILITY: "d_disability",
  ETHNICITY_GROUP: "d_ethnicity_group",
  FIRST_LANGUAGE: "d_first_language",
};

const COLUMN_OF: Record<PerformanceCount, string> = {
  referralsReceived: "count(*) filter (where received)",
  assessmentsMissed: "sum(missed)",
  assessedUnsuitable: "count(*) filter (where unsuitable)",
  allocated: "count(*) filter (where allocated)",
  started: "count(*) filter (where started)",
  completed: "count(*) filter (where completed)",
  droppedOut: "count(*) filter (where dropped_out)",
  breached: "count(*) filter (where breached)",
  withdrawn: "count(*) filter (where withdrawn)",
  startersCompleted: "count(*) filter (where starter_completed)",
  sessionsAttended: "sum(attended)",
  sessionsRecorded: "sum(recorded)",
  warningLetters: "sum(warnings)",
  breachProceedings: "sum(breaches)",
};

type Row = Record<string, string | number | null>;

export class PerformanceRepository {
  constructor(private readonly handle: DatabaseHandle) {}

  async figures(period: PerformancePeriod, programme: string | null, breakdowns: readonly PerformanceBreakdown[]): Promise<{ lines: PerformanceFigures[]; unsuitableByReason: Record<string, number> }> {
    const sets = ["()", ...breakdowns.map((b) => `(${BREAKDOWN_COLUMNS[b]})`)].join(", ");
    const keys = breakdowns.map((b) => `${BREAKDOWN_COLUMNS[b]}, grouping(${BREAKDOWN_COLUMNS[b]}) as g_${BREAKDOWN_COLUMNS[b]}`).join(", ");
    const counts = PERFORMANCE_COUNTS.map((name) => `coalesce(${COLUMN_OF[name]}, 0)::int as "${name}"`).join(", ");
    // Counts and medians are two aggregations of the same facts: the counts can then be grouped by
    // hashing (an ordered-set aggregate forces a sort of every row for every grouping set), and the
    // medians sort only the referrals started in the period.
    const nothing = PERFORMANCE_COUNTS.map((name) => `0 as "${name}"`).join(", ");
    // A third part counts the period's assessed unsuitable by reason (the total's only), in the
    // assessedUnsuitable column.
    const noKeys = breakdowns.map(() => "null, 1").join(", ");
    const byReason = PERFORMANCE_COUNTS.map((name) => (name === "assessedUnsuitable" ? "count(*)::int" : "0")).join(", ");
    const rows = await this.handle.rows<Row>(this.handle.db, statement(period, programme, breakdowns, sql.raw(`'counts' as part, ${keys ? `${keys}, ` : ""}max(group_name) as group_name, ${counts}, null::float8 as "medianDaysToStart", null as reason
      from facts group by grouping sets (${sets})
      union all
      select 'median', ${keys ? `${keys}, ` : ""}null, ${nothing}, (percentile_cont(0.5) within group (order by days_to_start))::float8, null
      from facts where started group by grouping sets (${sets})
      union all
      select 'unsuitable', ${noKeys ? `${noKeys}, ` : ""}null, ${byReason}, null, unsuitable_reason
      from facts where unsuitable group by unsuitable_reason`)));
    const unsuitableByReason = Object.fromEntries(rows.filter((row) => row.part === "unsuitable").map((row) => [String(row.reason), Number(row.assessedUnsuitable)]));
    const lineKey = (row: Row) => breakdowns.map((b) => `${row[`g_${BREAKDOWN_COLUMNS[b]}`]}:${row[BREAKDOWN_COLUMNS[b]]}`).join("|");
    const medians = new Map(rows.filter((row) => row.part === "median").map((row) => [lineKey(row), row.medianDaysToStart]));
    for (const row of rows) if (row.part === "counts") row.medianDaysToStart = medians.get(lineKey(row)) ?? null;
    const lines = rows.filter((row) => row.part === "counts").map((row) => {
      const breakdown = breakdowns.find((b) => Number(row[`g_${BREAKDOWN_COLUMNS[b]}`]) === 0) ?? null;
      const key = breakdown ? String(row[BREAKDOWN_COLUMNS[breakdown]]) : null;
      return {
        breakdown,
        key,
        label: breakdown === "GROUP" && key !== "NO_GROUP" ? String(row.group_name) : null,
        counts: Object.fromEntries(PERFORMANCE_COUNTS.map((name) => [name, Number(row[name])])) as Record<PerformanceCount, number>,
        medianDaysToStart: row.medianDaysToStart === null ? null : Number(row.medianDaysToStart),
      };
    });
    return { lines, unsuitableByReason };
  }
}

/** The SQL of each breakdown's category (only the breakdowns asked for are worked out), and what it joins. */
const BREAKDOWN_SQL: Record<PerformanceBreakdown, { column: string; joins: string[] }> = {
  REFERRAL_SOURCE: { column: "r.source", joins: [] },
  GROUP: { column: "coalesce(r.group_id::text, 'NO_GROUP')", joins: ["group"] },
  SEX: { column: "p.sex", joins: ["person"] },
  // An erased person's date of birth, ethnicity and first language are gone: the categories they gave,
  // kept at erasure (erased-equality.table.ts), stand in, so the figures do not change.
  AGE_BAND: {
    column: `coalesce(kept.age_band, case
          when age < 18 then 'UNDER_18' when age < 25 then 'AGED_18_TO_24' when age < 35 then 'AGED_25_TO_34'
          when age < 45 then 'AGED_35_TO_44' when age < 55 then 'AGED_45_TO_54' else 'AGED_55_AND_OVER'
        end)`,
    joins: ["person", "age", "kept"],
  },
  DISABILITY: { column: "case p.disability when true then 'YES' when false then 'NO' else 'NOT_RECORDED' end", joins: ["person"] },
  ETHNICITY_GROUP: { column: "coalesce(kept.ethnicity_group, eg.grp)", joins: ["person", "ethnicity", "kept"] },
  FIRST_LANGUAGE: { column: "coalesce(kept.first_language_group, lg.grp)", joins: ["person", "language", "kept"] },
};

const JOINS: Record<string, string> = {
  group: "left join programme_groups pg on pg.id = r.group_id",
  person: "join perpetrators p on p.id = r.perpetrator_id",
  age: "cross join lateral (select extract(year from age((r.referred_at at time zone 'Europe/London')::date, p.date_of_birth))::int as age) years",
  ethnicity: "join ethnicity_groups eg on eg.v = coalesce(p.ethnicity, '')",
  language: "join language_groups lg on lg.v = coalesce(p.first_language, '')",
  kept: "left join erased_referral_equality kept on kept.referral_id = r.id",
};

function breakdownColumns(breakdowns: readonly PerformanceBreakdown[]): string {
  const groupName = breakdowns.includes("GROUP") ? "pg.name" : "null::text";
  return [
    ...(Object.keys(BREAKDOWN_SQL) as PerformanceBreakdown[]).map((b) => `${breakdowns.includes(b) ? BREAKDOWN_SQL[b].column : "null::text"} as ${BREAKDOWN_COLUMNS[b]}`),
    `${groupName} as group_name`,
  ].join(",\n        ");
}

function breakdownJoins(breakdowns: readonly PerformanceBreakdown[]): string {
  const needed = new Set(breakdowns.flatMap((b) => BREAKDOWN_SQL[b].joins));
  return Object.keys(JOINS).filter((name) => needed.has(name)).map((name) => JOINS[name]).join("\n        ");
}

function statement(period: PerformancePeriod, programme: string | null, breakdowns: readonly PerformanceBreakdown[], aggregate: SQL): SQL {
  return sql`
    with bounds as (
      select (${period.from}::date)::timestamp at time zone 'Europe/London' as lo,
             (${period.to}::date + 1)::timestamp at time zone 'Europe/London' as hi
    ),
    moves as (
      select t.referral_id,
        count(*) filter (where t.to_status = 'DID_NOT_ATTEND_ASSESSMENT') as missed,
        bool_or(t.to_status = 'ASSESSED_UNSUITABLE') as unsuitable,
        bool_or(t.to_status = 'ALLOCATED') as allocated,
        bool_or(t.to_status = 'COMPLETED') as completed,
        bool_or(t.to_status = 'DROPPED_OUT') as dropped_out,
        bool_or(t.to_status = 'BREACHED') as breached,
        bool_or(t.to_status = 'WITHDRAWN') as withdrawn
      from referral_transitions t, bounds b
      where t.occurred_at >= b.lo and t.occurred_at < b.hi
      group by t.referral_id
    ),
    -- Apart from moves, which the index (occurred_at, to_status, referral_id) answers alone.
    unsuitable_reasons as (
      select t.referral_id, max(t.reason) as reason
      from referral_transitions t, bounds b
      where t.occurred_at >= b.lo and t.occurred_at < b.hi and t.to_status = 'ASSESSED_UNSUITABLE'
      group by t.referral_id
    ),
    firsts as (
      select t.referral_id,
        min(t.occurred_at) filter (where t.to_status = 'ON_PROGRAMME') as started_at,
        min(t.occurred_at) filter (where t.to_status = 'COMPLETED') as completed_at
      from referral_transitions t
      where t.to_status in ('ON_PROGRAMME', 'COMPLETED')
        and t.referral_id in (select s.referral_id from referral_transitions s, bounds b where s.to_status = 'ON_PROGRAMME' and s.occurred_at >= b.lo and s.occurred_at < b.hi)
      group by t.referral_id
    ),
    registers as (
      select a.referral_id, count(*) as recorded, count(*) filter (where a.outcome in ('ATTENDED', 'LATE')) as attended
      from attendance_records a join programme_sessions s on s.id = a.session_id, bounds b
      where a.superseded_at is null and s.cancelled_at is null and s.scheduled_start >= b.lo and s.scheduled_start < b.hi
      group by a.referral_id
    ),
    enforcement as (
      select e.referral_id,
        count(*) filter (where e.kind = 'WARNING_LETTER_ISSUED') as warnings,
        count(*) filter (where e.kind = 'BREACH_PROCEEDINGS_STARTED') as breaches
      from enforcement_actions e
      where e.taken_on between ${period.from}::date and ${period.to}::date
      group by e.referral_id
    ),
    -- The referrals with something to count: received in the period, or with a move, a start, a
    -- register or an enforcement action in it. Joining only these (not every referral of the
    -- programme) to people and groups keeps the work in proportion to the period's activity.
    -- Materialized with the programme's filter, so that nothing joins every referral first.
    counted as materialized (
      select r.id, r.referred_at, r.source, r.group_id, r.perpetrator_id
      from referrals r join programmes prog on prog.id = r.programme_id
      where (${programme}::text is null or prog.code = ${programme}::text)
        and r.id in (
          select r2.id from referrals r2, bounds b where r2.referred_at >= b.lo and r2.referred_at < b.hi
          union all select referral_id from moves
          union all select referral_id from firsts
          union all select referral_id from registers
          union all select referral_id from enforcement
        )
    ),
    -- Equality groups worked out once per distinct text, not once per referral.
    ethnicity_groups as (select v, ${ethnicityGroupSql("lower(btrim(v))")} as grp from (select distinct coalesce(ethnicity, '') as v from perpetrators) d),
    language_groups as (select v, ${firstLanguageGroupSql("lower(btrim(v))")} as grp from (select distinct coalesce(first_language, '') as v from perpetrators) d),
    facts as materialized (
      select
        r.referred_at >= b.lo and r.referred_at < b.hi as received,
        coalesce(m.missed, 0) as missed,
        coalesce(m.unsuitable, false) as unsuitable,
        case when u.reason in (${sql.join(UNSUITABILITY_REASONS.map((reason) => sql`${reason}`), sql`, `)}) then u.reason else 'NOT_RECORDED' end as unsuitable_reason,
        coalesce(m.allocated, false) as allocated,
        coalesce(m.completed, false) as completed,
        coalesce(m.dropped_out, false) as dropped_out,
        coalesce(m.breached, false) as breached,
        coalesce(m.withdrawn, false) as withdrawn,
        coalesce(f.started_at >= b.lo and f.started_at < b.hi, false) as started,
        coalesce(f.started_at >= b.lo and f.started_at < b.hi and f.completed_at < b.hi, false) as starter_completed,
        extract(epoch from f.started_at - r.referred_at) / 86400 as days_to_start,
        coalesce(g.recorded, 0) as recorded, coalesce(g.attended, 0) as attended,
        coalesce(e.warnings, 0) as warnings, coalesce(e.breaches, 0) as breaches,
        ${sql.raw(breakdownColumns(breakdowns))}
      from counted r
        cross join bounds b
        left join moves m on m.referral_id = r.id
        left join unsuitable_reasons u on u.referral_id = r.id
        left join firsts f on f.referral_id = r.id
        left join registers g on g.referral_id = r.id
        left join enforcement e on e.referral_id = r.id
        ${sql.raw(breakdownJoins(breakdowns))}
    )
    select ${aggregate}`;
}
