import { DEFAULT_NOW } from "./generate/time.js";

/**
 * What the benchmark scenarios act on, found by SQL in the loaded data (never assumed from the generator),
 * so they also work on data generated with another seed. Ids are database ids: the runner turns them into
 * global ids with toGlobalId.
 */
export type QueryRunner = (text: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

export interface RegisterTarget {
  facilitatorSub: string;
  groupId: string;
  /** The group's latest session to have started by `now`. */
  sessionId: string;
  sessionNumber: number;
  /** The twelve referrals ALLOCATED or ON_PROGRAMME in the group. */
  referralIds: string[];
}

export interface BenchTargets {
  /** The probation office with the most referrals, and its busiest referrer. */
  probation: { org: string; subject: string; referrals: number };
  registers: RegisterTarget[];
  iomOfficer: { subject: string; staffId: string; openMembers: number };
  /** Fifty people with victim links, by id: a page for a safeguarding reader. */
  safeguardingPerpetratorIds: string[];
  /** Someone with several linked victims (and an order where there is one). */
  safeguardingPerpetratorId: string;
  safeguardingLinks: number;
  familyNamePrefix: string;
  familyNameMatches: number;
  pncId: string;
  pncPerpetratorId: string;
}

const REGISTER_SIZE = 12;

export async function pickTargets(query: QueryRunner, options: { now?: Date } = {}): Promise<BenchTargets> {
  const now = (options.now ?? DEFAULT_NOW).toISOString();
  const one = async (text: string, params: unknown[] = [], what = "row"): Promise<Record<string, unknown>> => {
    const [row] = await query(text, params);
    if (!row) throw new Error(`benchmark targets: no ${what} in the data; was it generated?`);
    return row;
  };

  const office = await one(
    `select referred_by_org as org, count(*)::int as n from referrals where referred_by_org like 'Probation Service%'
      group by referred_by_org order by n desc, org limit 1`,
    [],
    "probation referral",
  );
  const referrer = await one(
    `select referred_by as sub from referrals where referred_by_org = $1 group by referred_by order by count(*) desc, referred_by limit 1`,
    [office["org"]],
  );

  const registerRows = await query(
    `select f.facilitator_sub, g.id::text as group_id, s.id::text as session_id, s.session_number,
            (select array_agg(r.id::text order by r.id) from referrals r
              where r.group_id = g.id and r.status in ('ALLOCATED', 'ON_PROGRAMME')) as referral_ids
       from group_facilitators f
       join programme_groups g on g.id = f.group_id
       join lateral (select id, session_number from programme_sessions s
                      where s.group_id = g.id and s.scheduled_start < $1::timestamptz
                      order by s.scheduled_start desc limit 1) s on true
      where f.facilitator_sub like 'bench-fac-%'
        and (select count(*) from group_facilitators o where o.group_id = g.id) = 1
      order by substring(f.facilitator_sub from 11)::int`,
    [now],
  );
  const registers = registerRows
    .map((row) => ({
      facilitatorSub: String(row["facilitator_sub"]),
      groupId: String(row["group_id"]),
      sessionId: String(row["session_id"]),
      sessionNumber: Number(row["session_number"]),
      referralIds: ((row["referral_ids"] as string[] | null) ?? []).map(String),
    }))
    .filter((r) => r.referralIds.length === REGISTER_SIZE);
  if (!registers.length) throw new Error("benchmark targets: no bench-fac-N group with twelve participants and a started session");

  const officer = await one(
    `select st.subject, st.id::text as staff_id, count(m.id)::int as open_members
       from iom_staff st
       join iom_offender_manager_assignments oa on oa.staff_id = st.id and oa.ended_on is null
       join iom_memberships m on m.id = oa.membership_id and m.ended_on is null
      where st.subject = 'om-1' group by st.subject, st.id`,
    [],
    "IOM cohort for om-1",
  );

  const linked = await query(`select perpetrator_id::text as id from victim_links group by perpetrator_id order by perpetrator_id limit 50`);
  const several = await one(
    `select l.perpetrator_id::text as id, count(*)::int as links,
            exists (select 1 from protective_orders o where o.perpetrator_id = l.perpetrator_id) as has_order
       from victim_links l group by l.perpetrator_id order by links desc, has_order desc, l.perpetrator_id limit 1`,
    [],
    "victim link",
  );

  const prefix = await familyNamePrefix(query);
  const pnc = await one(`select id::text as id, pnc_id from perpetrators where pnc_id is not null order by id limit 1`, [], "PNC id");

  return {
    probation: { org: String(office["org"]), subject: String(referrer["sub"]), referrals: Number(office["n"]) },
    registers,
    iomOfficer: { subject: String(officer["subject"]), staffId: String(officer["staff_id"]), openMembers: Number(officer["open_members"]) },
    safeguardingPerpetratorIds: linked.map((row) => String(row["id"])),
    safeguardingPerpetratorId: String(several["id"]),
    safeguardingLinks: Number(several["links"]),
    familyNamePrefix: prefix.prefix,
    familyNameMatches: prefix.matches,
    pncId: String(pnc["pnc_id"]),
    pncPerpetratorId: String(pnc["id"]),
  };
}

/** A two-letter prefix (one letter on small data) matching 50-500 people, nearest 200; else the most common. */
async function familyNamePrefix(query: QueryRunner): Promise<{ prefix: string; matches: number }> {
  for (const length of [2, 1]) {
    const rows = await query(
      `select min(left(family_name, $1)) as prefix, count(*)::int as n from perpetrators group by lower(left(family_name, $1))
        having count(*) between 50 and 500 order by abs(count(*) - 200), prefix limit 1`,
      [length],
    );
    if (rows[0]) return { prefix: String(rows[0]["prefix"]), matches: Number(rows[0]["n"]) };
  }
  const [row] = await query(`select min(left(family_name, 1)) as prefix, count(*)::int as n from perpetrators group by lower(left(family_name, 1)) order by n desc limit 1`);
  if (!row) throw new Error("benchmark targets: no perpetrators in the data");
  return { prefix: String(row["prefix"]), matches: Number(row["n"]) };
}
