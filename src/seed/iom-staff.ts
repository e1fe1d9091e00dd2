/**
 * The demo IOM unit's staff, police offender managers and probation practitioners, and who manages whom:
 * balanced caseloads today, with handovers in the history (including from a former officer who has left).
 */
import { daysBetween, shiftIsoDate } from "../shared/dates.js";
import { FORMER_OFFICER_HANDOVERS, REASSIGNED_MEMBERS, type IomDraft, type MembershipDraft, type StaffDraft } from "./iom-drafts.js";
import { OFFICERS_PER_TEAM, OM_TEAMS, PRACTITIONERS, STAFF_FAMILY, STAFF_GIVEN, type TeamSpec } from "./iom-text.js";

const PROBATION_ORG = "Probation Service, Yorkshire and the Humber";

/** Three police offender managers a team, a former one who moved to another unit, and the probation practitioners. */
export function buildStaff(iom: IomDraft): void {
  const rng = iom.rng;
  // Given and family names drawn without putting back, so no two staff share either.
  const given = rng.shuffle(STAFF_GIVEN);
  const family = rng.shuffle(STAFF_FAMILY);
  const name = () => {
    const [first, last] = [given.pop(), family.pop()];
    if (!first || !last) throw new Error("IOM seed: not enough staff names");
    return `${first} ${last}`;
  };
  const collars = new Set<string>();
  const collar = () => {
    for (;;) {
      const number = String(rng.int(1000, 9999));
      if (!collars.has(number)) return collars.add(number), number;
    }
  };
  const joined = () => iom.timeOn(shiftIsoDate(iom.today, -rng.int(700, 800)));
  const officer = (subject: string, teamSpec: TeamSpec, active: boolean): StaffDraft => {
    const createdAt = joined();
    return {
      id: rng.uuid(),
      kind: "POLICE_OFFENDER_MANAGER",
      subject,
      name: `PC ${name()}`,
      team: teamSpec.team,
      collarNumber: collar(),
      organisation: null,
      active,
      createdAt,
      updatedAt: createdAt,
      leftOn: null,
      teamSpec,
    };
  };
  OM_TEAMS.forEach((teamSpec, t) => {
    for (let i = 1; i <= OFFICERS_PER_TEAM; i++) iom.officers.push(officer(`om-${t * OFFICERS_PER_TEAM + i}`, teamSpec, true));
  });
  // A former offender manager who moved to another unit: only in the assignment history.
  iom.formerOfficer = officer(`om-${iom.officers.length + 1}`, OM_TEAMS[0]!, false);
  iom.formerOfficer.leftOn = shiftIsoDate(iom.today, -rng.int(100, 160));
  for (const spec of PRACTITIONERS) {
    const createdAt = joined();
    iom.practitioners.push({
      id: rng.uuid(),
      kind: "PROBATION_PRACTITIONER",
      subject: spec.subject,
      name: name(),
      team: spec.team,
      collarNumber: null,
      organisation: PROBATION_ORG,
      active: true,
      createdAt,
      updatedAt: createdAt,
      leftOn: null,
      teamSpec: null,
    });
  }
  iom.staff.push(...iom.officers, iom.formerOfficer, ...iom.practitioners);
}

/** Each member's offender managers over time: balanced caseloads today, with handovers in the history. */
export function buildAssignments(iom: IomDraft): void {
  const rng = iom.rng;
  const open = rng.shuffle(iom.memberships.filter((m) => m.endedOn === null));
  const officers = rng.shuffle(iom.officers);
  const current = new Map<MembershipDraft, StaffDraft>();
  open.forEach((m, i) => current.set(m, officers[i % officers.length]!));

  // Handovers from the former officer, in the weeks before they left.
  const former = iom.formerOfficer;
  const leftOn = former.leftOn!;
  const handedOver = new Map<MembershipDraft, { from: StaffDraft; on: string; reason: string }>();
  for (const m of open.filter((m) => current.get(m)!.team === former.team && m.startedOn <= shiftIsoDate(leftOn, -21)).slice(0, FORMER_OFFICER_HANDOVERS)) {
    handedOver.set(m, { from: former, on: iom.weekdayBetween(shiftIsoDate(leftOn, -10), leftOn), reason: "Officer moved team" });
  }
  if (handedOver.size < 2) throw new Error("IOM seed: too few members to hand over from the former offender manager");
  // Other handovers between serving officers: mostly within a team, some after a move between areas.
  for (const m of open.filter((m) => !handedOver.has(m) && m.startedOn <= shiftIsoDate(iom.today, -35))) {
    if (handedOver.size >= REASSIGNED_MEMBERS) break;
    const to = current.get(m)!;
    const sameTeam = rng.chance(0.7);
    const from = rng.pick(iom.officers.filter((o) => o !== to && (o.team === to.team) === sameTeam));
    const reason = sameTeam ? "Caseload rebalanced" : `Moved address: case transferred to ${to.team}`;
    handedOver.set(m, { from, on: iom.weekdayBetween(shiftIsoDate(m.startedOn, 14), shiftIsoDate(iom.today, -7)), reason });
  }

  for (const m of iom.memberships) {
    const last = m.endedOn === null ? current.get(m)! : rng.pick(iom.officers);
    let chain: { staff: StaffDraft; on: string; reason: string }[];
    const handover = handedOver.get(m);
    if (handover) chain = [{ staff: handover.from, on: m.startedOn, reason: "Selected onto the cohort" }, { staff: last, on: handover.on, reason: handover.reason }];
    else if (m.endedOn !== null && daysBetween(m.startedOn, m.endedOn) >= 60 && rng.chance(0.2)) {
      const from = rng.pick(iom.officers.filter((o) => o !== last && o.team === last.team));
      chain = [{ staff: from, on: m.startedOn, reason: "Selected onto the cohort" }, { staff: last, on: iom.weekdayBetween(shiftIsoDate(m.startedOn, 14), shiftIsoDate(m.endedOn, -14)), reason: "Caseload rebalanced" }];
    } else chain = [{ staff: last, on: m.startedOn, reason: "Selected onto the cohort" }];

    const teamSpec = chain[0]!.staff.teamSpec!;
    m.selectedBy = teamSpec.supervisor;
    m.assignments = chain.map((link, i) => ({
      id: rng.uuid(),
      staff: link.staff,
      startedOn: link.on,
      // A handover ends the last assignment the day the next begins; leaving the cohort ends the last.
      endedOn: chain[i + 1]?.on ?? m.endedOn,
      reason: link.reason,
      assignedBy: link.staff.teamSpec!.supervisor,
      assignedAt: i === 0 ? m.createdAt : iom.timeOn(link.on),
    }));
    const lastTeam = last.teamSpec!;
    m.area = rng.pick(lastTeam.areas);
    // Their probation practitioner: whoever referred them to BBR, else the one covering their area.
    const bbrReferrer = m.person.referrals.find((r) => r.code === "BBR" && iom.practitioners.some((p) => p.subject === r.referredBy))?.referredBy;
    m.practitioner = iom.practitioners.find((p) => p.subject === bbrReferrer) ?? rng.pick(iom.practitioners.filter((_, i) => PRACTITIONERS[i]!.areas.includes(m.area)));
  }
  // Made inactive once the last of their members had been handed over.
  const handovers = iom.memberships.flatMap((m) => m.assignments.filter((_, i) => m.assignments[i - 1]?.staff === former).map((a) => a.assignedAt.getTime()));
  former.updatedAt = iom.timeAfter(leftOn, new Date(Math.max(...handovers)));
}
