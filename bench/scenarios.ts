import { print } from "graphql";
import {
  IomCohortDocument,
  PerpetratorLookupDocument,
  ProbationReferralsDocument,
  SearchPerpetratorsDocument,
  VictimSafetyViewDocument,
} from "../client/generated/graphql.js";
import { Role } from "../src/shared/auth/roles.js";
import { toGlobalId } from "../src/shared/global-id.js";
import type { BenchTargets } from "./targets.js";

/**
 * A read a client makes, and the one hand-written SQL statement that fetches the same data: the
 * honest floor the API is measured against. Each statement returns what the operation returns
 * (the same page, the same nested rows, the same counts), shaped as JSON by PostgreSQL.
 */
export interface Caller {
  roles: Role[];
  sub: string;
  org?: string;
  /** Sent as X-Access-Purpose, which victim-safety reads need. */
  purpose?: string;
}

export interface ReadScenario {
  name: string;
  who: string;
  caller(targets: BenchTargets): Caller;
  query: string;
  variables(targets: BenchTargets): Record<string, unknown>;
  raw: { text: string; params(targets: BenchTargets): unknown[] };
}

const ATTENDANCE_JSON = `(select json_build_object(
    'attended', count(*) filter (where a.outcome = 'ATTENDED'), 'late', count(*) filter (where a.outcome = 'LATE'),
    'absentAcceptable', count(*) filter (where a.outcome = 'ABSENT_ACCEPTABLE'),
    'absentUnacceptable', count(*) filter (where a.outcome = 'ABSENT_UNACCEPTABLE'),
    'excluded', count(*) filter (where a.outcome = 'EXCLUDED'), 'recorded', count(*))
  from attendance_records a where a.referral_id = r.id and a.superseded_at is null)`;

export const READ_SCENARIOS: ReadScenario[] = [
  {
    name: "probation-referrals",
    who: "probation: referrals(first: 50) with person, programme, group, attendance and enforcement",
    // The busiest referrer in the probation office with the most referrals.
    caller: (t) => ({ roles: [Role.PROBATION], sub: t.probation.subject, org: t.probation.org }),
    query: print(ProbationReferralsDocument),
    variables: () => ({ first: 50, filter: { programme: "BBR", status: ["ON_PROGRAMME", "ALLOCATED"] } }),
    raw: {
      text: `with matching as (
          select r.* from referrals r
          where r.programme_id = (select id from programmes where code = 'BBR') and r.status in ('ON_PROGRAMME', 'ALLOCATED')),
        total as (select count(*) as total_count from matching),
        page as (select * from matching order by referred_at desc, id desc limit 51)
        select r.id, r.status, r.version, r.referred_at,
          json_build_object('id', pe.id, 'givenName', pe.given_name, 'familyName', pe.family_name, 'crn', pe.crn) as perpetrator,
          pr.code as programme, pr.sessions_total,
          case when g.id is null then null else json_build_object('id', g.id, 'name', g.name) end as "group",
          ${ATTENDANCE_JSON} as attendance,
          (select coalesce(json_agg(s.scheduled_start order by s.scheduled_start), '[]') from attendance_records a
             join programme_sessions s on s.id = a.session_id
            where a.referral_id = r.id and a.superseded_at is null and a.outcome in ('ABSENT_UNACCEPTABLE', 'EXCLUDED')) as failures,
          total.total_count
        from page r cross join total
        join perpetrators pe on pe.id = r.perpetrator_id
        join programmes pr on pr.id = r.programme_id
        left join programme_groups g on g.id = r.group_id
        order by r.referred_at desc, r.id desc`,
      params: () => [],
    },
  },
  {
    name: "iom-cohort",
    who: "IOM officer: my cohort page of 50 with offender manager, plan, actions and linked referral attendance",
    // The officer with the largest open caseload.
    caller: (t) => ({ roles: [Role.IOM_OFFICER], sub: t.iomOfficer.subject }),
    query: print(IomCohortDocument),
    variables: () => ({ first: 50, filter: { managedByMe: true } }),
    raw: {
      text: `with page as (
          select m.* from iom_memberships m
          join iom_offender_manager_assignments oa on oa.membership_id = m.id and oa.ended_on is null
          join iom_staff st on st.id = oa.staff_id and st.subject = $1
          where m.ended_on is null
          order by m.started_on desc, m.id desc limit 51)
        select m.id, m.selection_source, m.cohort_type, m.rfg_score, m.started_on,
          json_build_object('id', pe.id, 'givenName', pe.given_name, 'familyName', pe.family_name, 'crn', pe.crn, 'pncId', pe.pnc_id) as perpetrator,
          (select json_build_object('id', st.id, 'name', st.name, 'collarNumber', st.collar_number, 'team', st.team)
             from iom_offender_manager_assignments oa join iom_staff st on st.id = oa.staff_id
            where oa.membership_id = m.id and oa.ended_on is null) as offender_manager,
          (select json_build_object('id', p.id, 'version', p.version, 'reviewDueOn', p.review_due_on, 'actions',
             (select coalesce(json_agg(json_build_object('id', x.id, 'pathway', x.pathway, 'description', x.description,
                 'ownerAgency', x.owner_agency, 'ownerName', x.owner_name, 'status', x.status, 'dueOn', x.due_on,
                 'referral', (select json_build_object('id', r.id, 'status', r.status, 'programme', pr.code, 'attendance', ${ATTENDANCE_JSON})
                                from referrals r join programmes pr on pr.id = r.programme_id where r.id = x.referral_id))
               order by x.position), '[]') from iom_plan_actions x where x.plan_id = p.id))
             from iom_intervention_plans p where p.membership_id = m.id and p.status = 'LIVE') as plan,
          (select count(*) from iom_memberships c
             join iom_offender_manager_assignments oa on oa.membership_id = c.id and oa.ended_on is null
             join iom_staff st on st.id = oa.staff_id and st.subject = $1 where c.ended_on is null) as total_count
        from page m join perpetrators pe on pe.id = m.perpetrator_id
        order by m.started_on desc, m.id desc`,
      params: (t) => [t.iomOfficer.subject],
    },
  },
  {
    name: "safeguarding-view",
    who: "police safeguarding: one perpetrator's victim-safety view (links, victims, latest DASH, MARACs, IDVAs, orders)",
    caller: () => ({ roles: [Role.SAFEGUARDING], sub: "pol-1", org: "West Yorkshire Police", purpose: "Benchmark: MARAC preparation" }),
    query: print(VictimSafetyViewDocument),
    variables: (t) => ({ perpetratorId: toGlobalId("Perpetrator", t.safeguardingPerpetratorId) }),
    raw: {
      text: `select pe.id, pe.given_name, pe.family_name,
          (select coalesce(json_agg(json_build_object('id', l.id, 'relationship', l.relationship, 'startedOn', l.started_on, 'endedOn', l.ended_on,
              'victim', json_build_object('id', v.id, 'givenName', v.first_name, 'familyName', v.last_name, 'dateOfBirth', v.date_of_birth,
                 'contactSafety', json_build_object('method', v.safe_contact_method, 'times', v.safe_contact_times, 'known', v.address_known_to_perpetrator, 'notes', v.contact_notes),
                 'supportWorkers', (select coalesce(json_agg(sa order by sa.started_on), '[]') from support_allocations sa where sa.victim_id = v.id and (sa.ended_on is null or sa.ended_on > current_date))),
              'currentRisk', (select row_to_json(ra) from risk_assessments ra where ra.link_id = l.id order by ra.assessed_on desc, ra.created_at desc, ra.id desc limit 1),
              'maracReferrals', (select coalesce(json_agg(mr order by mr.referred_on desc), '[]') from marac_referrals mr where mr.link_id = l.id),
              'incidents', (select count(*) from safety_incidents si where si.link_id = l.id and si.occurred_on > current_date - interval '12 months')) order by l.started_on), '[]')
             from victim_links l join victims v on v.id = l.victim_id
            where l.perpetrator_id = pe.id and (l.ended_on is null or l.ended_on > current_date)) as links,
          (select coalesce(json_agg(json_build_object('order', o, 'protectedPeople',
              (select json_agg(pp.victim_id) from protective_order_protected_people pp where pp.order_id = o.id)) order by o.starts_on desc), '[]')
             from protective_orders o where o.perpetrator_id = pe.id) as orders
        from perpetrators pe where pe.id = $1`,
      params: (t) => [t.safeguardingPerpetratorId],
    },
  },
  {
    name: "search-name",
    who: "search: perpetrators(first: 50) by family-name prefix, with totalCount",
    caller: () => ({ roles: [Role.POLICE], sub: "pol-2", org: "West Yorkshire Police" }),
    query: print(SearchPerpetratorsDocument),
    variables: (t) => ({ first: 50, filter: { name: t.familyNamePrefix } }),
    raw: {
      text: `select id, given_name, family_name, pnc_id, count(*) over () as total_count
        from perpetrators where lower(family_name) like $1
        order by lower(family_name), lower(given_name), id limit 51`,
      params: (t) => [`${t.familyNamePrefix.toLowerCase()}%`],
    },
  },
  {
    name: "search-pnc",
    who: "search: perpetrator(pncId:) with its identifiers",
    caller: () => ({ roles: [Role.POLICE], sub: "pol-2", org: "West Yorkshire Police" }),
    query: print(PerpetratorLookupDocument),
    variables: (t) => ({ pncId: t.pncId }),
    raw: {
      text: `select pe.id, pe.given_name, pe.family_name, pe.date_of_birth, pe.sex, pe.crn, pe.pnc_id, pe.prison_number, pe.cro_number
        from perpetrators pe where pe.pnc_id = $1`,
      params: (t) => [t.pncId],
    },
  },
];
