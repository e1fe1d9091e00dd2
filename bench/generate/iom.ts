import type { SeededRandom } from "../../src/seed/random.js";
import { DESELECTION_NOTES, OM_TEAMS, STAFF_FAMILY, STAFF_GIVEN, type Area } from "../../src/seed/iom-text.js";
import type { CohortType, DeselectionReason, SelectionSource } from "../../src/modules/iom/index.js";
import type { GeneratorContext } from "./context.js";
import type { CopyValue } from "./copy.js";
import { dayIso, dayOf, dayTime } from "./days.js";
import { STREAMS, rngFor } from "./ids.js";
import { buildPlans } from "./iom-plans.js";
import type { Plans } from "./plan.js";

/**
 * The IOM cohort: police offender managers om-1 … om-N and probation practitioners, members (each a
 * different adult with programme referrals), their offender managers over time, and their plans. om-1
 * carries the benchmark caseload; the other open members are shared round the rest of the officers.
 */
export interface IomRows {
  staff: CopyValue[][];
  memberships: CopyValue[][];
  assignments: CopyValue[][];
  plans: CopyValue[][];
  actions: CopyValue[][];
  reviews: CopyValue[][];
  /** Persons in the cohort, open members first: victims are linked to them before anyone else. */
  persons: number[];
}

export interface StaffMember {
  index: number;
  id: string;
  subject: string;
  name: string;
  area: Area;
  supervisor: string;
}

export interface Member {
  m: number;
  id: string;
  person: number;
  startDay: number;
  endDay: number | null;
  area: Area;
  /** Offender managers in order, each from a day to a day (null: current). */
  officers: { staff: StaffMember; from: number; to: number | null }[];
  practitioner: StaffMember;
}

export function buildIom(ctx: GeneratorContext, plans: Plans): IomRows {
  const rng = rngFor(ctx.seed, STREAMS.iom);
  const today = dayOf(ctx.today);
  const rows: IomRows = { staff: [], memberships: [], assignments: [], plans: [], actions: [], reviews: [], persons: [] };
  const { officers, practitioners } = buildStaff(ctx, plans, rows, rng);

  // Adults with referrals, those referred to BBR (the DV IOM cohort's usual route) more often.
  const { people, referrals, personStart, personReferrals } = plans;
  const chosen: number[] = [];
  for (const i of rng.shuffle(Array.from(people.pools.adults))) {
    if (chosen.length === ctx.scale.iomMembers) break;
    let bbr = false;
    for (let k = personStart[i]!; k < personStart[i + 1]!; k++) bbr ||= ctx.programmes[referrals.programme[personReferrals[k]!]!]!.code === "BBR";
    if (personStart[i + 1]! > personStart[i]! && (bbr || rng.chance(0.3))) chosen.push(i);
  }
  const open = Math.max(ctx.scale.om1Caseload + officers.length - 1, Math.round(chosen.length * 0.75));
  chosen.forEach((person, m) => {
    const isOpen = m < open;
    const startDay = isOpen ? today - rng.int(30, 3 * 365) : today - rng.int(200, 4 * 365 - 30);
    const endDay = isOpen ? null : Math.min(today - 1, startDay + rng.int(90, 700));
    const current = !isOpen ? rng.pick(officers) : m < ctx.scale.om1Caseload ? officers[0]! : officers[1 + ((m - ctx.scale.om1Caseload) % (officers.length - 1))]!;
    const member: Member = { m, id: ctx.ids.membership.id(m), person, startDay, endDay, area: current.area, officers: [], practitioner: rng.pick(practitioners) };
    // One in five had another offender manager before the one they have now.
    const lastDay = endDay ?? today - 7;
    if (rng.chance(0.2) && lastDay - startDay >= 30) {
      const handover = rng.int(startDay + 14, lastDay);
      const before = rng.pick(officers.filter((o) => o !== current));
      member.officers.push({ staff: before, from: startDay, to: handover }, { staff: current, from: handover, to: endDay });
    } else member.officers.push({ staff: current, from: startDay, to: endDay });
    membershipRows(ctx, rows, member, rng);
    buildPlans(ctx, plans, rows, member, rng);
    rows.persons.push(person);
  });
  return rows;
}

function buildStaff(ctx: GeneratorContext, plans: Plans, rows: IomRows, rng: SeededRandom): { officers: StaffMember[]; practitioners: StaffMember[] } {
  const joined = dayTime(dayOf(ctx.windowStart) - 200, 60);
  const officers: StaffMember[] = [];
  for (let k = 0; k < Math.max(2, ctx.scale.iomOfficers); k++) {
    const team = OM_TEAMS[k % OM_TEAMS.length]!;
    const name = `PC ${STAFF_GIVEN[k % STAFF_GIVEN.length]} ${STAFF_FAMILY[(k * 7 + Math.floor(k / STAFF_FAMILY.length)) % STAFF_FAMILY.length]}`;
    const staff: StaffMember = { index: k, id: ctx.ids.staff.id(k), subject: `om-${k + 1}`, name, area: team.areas[k % team.areas.length]!, supervisor: team.supervisor };
    officers.push(staff);
    rows.staff.push([staff.id, "POLICE_OFFENDER_MANAGER", name, String(4000 + k * 7), "West Yorkshire Police", team.team, null, staff.subject, true, "bench", joined, joined]);
  }
  const practitioners: StaffMember[] = [];
  const probation = plans.referrers.probation.slice(0, 8).map((r) => plans.referrers.all[r]!);
  probation.forEach((referrer, j) => {
    const k = officers.length + j;
    const name = `${STAFF_GIVEN[(k * 3) % STAFF_GIVEN.length]} ${STAFF_FAMILY[(k * 11) % STAFF_FAMILY.length]}`;
    const area = (referrer.org.split(" - ")[1] ?? "Leeds") as Area;
    const staff: StaffMember = { index: k, id: ctx.ids.staff.id(k), subject: referrer.sub, name, area, supervisor: "iom-sup-1" };
    practitioners.push(staff);
    rows.staff.push([staff.id, "PROBATION_PRACTITIONER", name, null, null, `${area} PDU`, referrer.org, staff.subject, true, "bench", joined, joined]);
  });
  return { officers, practitioners };
}

function membershipRows(ctx: GeneratorContext, rows: IomRows, member: Member, rng: SeededRandom): void {
  const source = rng.weighted<SelectionSource>([["FRONT_DOOR_SAFEGUARDING_HUB", 45], ["MARAC", 20], ["PROBATION", 20], ["POLICE", 12], ["OTHER", 3]]);
  const cohort = rng.weighted<CohortType>([["FLEX", 85], ["FIXED", 10], ["FREE", 5]]);
  const reason = member.endDay === null ? null : rng.weighted<DeselectionReason>([["REDUCED_RISK", 45], ["CUSTODY", 25], ["MOVED_AREA", 15], ["OTHER", 12], ["DECEASED", 3]]);
  const supervisor = member.officers[0]!.staff.supervisor;
  const created = dayTime(member.startDay, rng.int(0, 500));
  rows.memberships.push([
    member.id, ctx.ids.perpetrator.id(member.person), source, cohort, (rng.int(2_000, 12_000) / 100).toFixed(2), dayIso(member.startDay),
    member.endDay === null ? null : dayIso(member.endDay), reason, reason ? rng.pick(DESELECTION_NOTES[reason]) : null, supervisor,
    reason ? supervisor : null, created, member.endDay === null ? created : dayTime(member.endDay, 300),
  ]);
  member.officers.forEach((o, j) => {
    rows.assignments.push([
      ctx.ids.assignment.id(member.m * 4 + j), member.id, o.staff.id, dayIso(o.from), o.to === null ? null : dayIso(o.to),
      j === 0 ? "Selected onto the cohort" : "Caseload rebalanced", supervisor, j === 0 ? created : dayTime(o.from, 60),
    ]);
  });
}

export const STAFF_COLUMNS = ["id", "kind", "name", "collar_number", "force", "team", "organisation", "subject", "active", "created_by", "created_at", "updated_at"] as const;
export const MEMBERSHIP_COLUMNS = [
  "id", "perpetrator_id", "selection_source", "cohort_type", "rfg_score", "started_on", "ended_on", "deselection_reason", "deselection_note",
  "selected_by", "deselected_by", "created_at", "updated_at",
] as const;
export const ASSIGNMENT_COLUMNS = ["id", "membership_id", "staff_id", "started_on", "ended_on", "reason", "assigned_by", "created_at"] as const;
