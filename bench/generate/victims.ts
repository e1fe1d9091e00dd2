import type { SeededRandom } from "../../src/seed/random.js";
import { CHILD_CONTACT_NOTES, CONTACT_METHODS, CONTACT_NOTES, CONTACT_TIMES } from "../../src/seed/victim-safety-text.js";
import type { DashLevel } from "../../src/modules/victim-safety/index.js";
import type { GeneratorContext } from "./context.js";
import type { CopyValue } from "./copy.js";
import { dayIso, dayOf, dayTime } from "./days.js";
import { STREAMS, rngFor } from "./ids.js";
import { givenName, pickBackground } from "./names.js";
import { MAX_CHILDREN, personDetails } from "./people.js";
import type { Plans } from "./plan.js";
import { buildRisk } from "./victim-risk.js";
import { buildAlerts, buildOrders, buildSupport } from "./victim-support.js";

/**
 * People at risk: each linked to one perpetrator (partners, ex-partners, children, parents of young
 * people), 1-3 per perpetrator, the IOM cohort's members first. Small enough to build in memory.
 */
export type Relationship = "PARTNER" | "EX_PARTNER" | "CHILD" | "PARENT" | "OTHER_FAMILY";

export interface AllocationDraft {
  id: string;
  subject: string | null;
  startDay: number;
  endDay: number | null;
}

export interface LinkDraft {
  v: number;
  victimId: string;
  linkId: string;
  perp: number;
  relationship: Relationship;
  child: boolean;
  startDay: number;
  endDay: number | null;
  createdAt: string;
  level: DashLevel;
  incidents: number[];
  assessments: { day: number; level: DashLevel; scoreLevel: DashLevel; judgementReason: string | null }[];
  allocations: AllocationDraft[];
}

export interface VictimRows {
  victims: CopyValue[][];
  links: CopyValue[][];
  assessments: CopyValue[][];
  incidents: CopyValue[][];
  maracs: CopyValue[][];
  allocations: CopyValue[][];
  orders: CopyValue[][];
  protectedPeople: CopyValue[][];
  alerts: CopyValue[][];
}

export interface VictimDraft {
  ctx: GeneratorContext;
  plans: Plans;
  rng: SeededRandom;
  today: number;
  links: LinkDraft[];
  /** Links by perpetrator, in the order they were made. */
  byPerpetrator: Map<number, LinkDraft[]>;
  rows: VictimRows;
}

export const lastDayOf = (draft: VictimDraft, link: LinkDraft): number => link.endDay ?? draft.today - 1;

export function buildVictims(ctx: GeneratorContext, plans: Plans, iomPersons: readonly number[]): VictimRows {
  const rng = rngFor(ctx.seed, STREAMS.victims);
  const rows: VictimRows = { victims: [], links: [], assessments: [], incidents: [], maracs: [], allocations: [], orders: [], protectedPeople: [], alerts: [] };
  const draft: VictimDraft = { ctx, plans, rng, today: dayOf(ctx.today), links: [], byPerpetrator: new Map(), rows };
  const people = plans.people;
  const inIom = new Set(iomPersons);
  const others = rng.shuffle(Array.from({ length: people.count }, (_, i) => i).filter((i) => !inIom.has(i)));
  for (const perp of [...iomPersons, ...others]) {
    if (draft.links.length >= ctx.scale.victims) break;
    if (people.createdAt[perp]! > ctx.now - 20 * 86_400_000) continue;
    const count = Math.min(ctx.scale.victims - draft.links.length, rng.weighted([[1, 60], [2, 30], [3, 10]] as const));
    linkVictims(draft, perp, count);
  }
  for (const link of draft.links) if (!link.child) buildRisk(draft, link);
  buildSupport(draft);
  buildAlerts(draft, buildOrders(draft));
  return rows;
}

function linkVictims(draft: VictimDraft, perp: number, count: number): void {
  const { ctx, plans, rng } = draft;
  const people = plans.people;
  const youth = people.youth[perp] === 1;
  const firstReferral = plans.personStart[perp + 1]! > plans.personStart[perp]! ? plans.referrals.referredAt[plans.personReferrals[plans.personStart[perp]!]!]! : NaN;
  const createdDay = dayOf(people.createdAt[perp]!) + 1;
  const start = Math.min(draft.today - 1, Math.max(createdDay, Number.isNaN(firstReferral) ? rng.int(createdDay, draft.today - 10) : dayOf(firstReferral) - rng.int(0, 20)));
  const perpetrator = personDetails(ctx, people, perp, false);
  const links: LinkDraft[] = [];
  let childrenUsed = 0;
  for (let k = 0; k < count; k++) {
    let relationship: Relationship;
    if (youth) relationship = k === 0 ? "PARENT" : "OTHER_FAMILY";
    else if (k > 0 && childrenUsed < people.children[perp]! && rng.chance(0.6)) relationship = "CHILD";
    else relationship = k === 0 ? rng.weighted<Relationship>([["PARTNER", 45], ["EX_PARTNER", 55]]) : rng.weighted<Relationship>([["EX_PARTNER", 50], ["OTHER_FAMILY", 30], ["PARENT", 20]]);
    const v = draft.links.length;
    const startDay = k === 0 ? start : Math.min(draft.today - 1, start + rng.int(0, 30));
    const endDay = relationship === "EX_PARTNER" && rng.chance(0.25) && startDay + 30 <= draft.today - 2 ? rng.int(startDay + 30, Math.min(startDay + 600, draft.today - 2)) : null;
    const link: LinkDraft = {
      v,
      victimId: ctx.ids.victim.id(v),
      linkId: ctx.ids.link.id(v),
      perp,
      relationship,
      child: relationship === "CHILD",
      startDay,
      endDay,
      createdAt: dayTime(startDay, rng.int(0, 540)),
      level: rng.weighted<DashLevel>([["HIGH", 30], ["MEDIUM", 40], ["STANDARD", 30]]),
      incidents: [],
      assessments: [],
      allocations: [],
    };
    const background = pickBackground(rng);
    let first: string;
    let last: string;
    let born: string | null;
    if (link.child) {
      const at = perp * MAX_CHILDREN + childrenUsed++;
      first = givenName(rng, perpetrator.background, rng.chance(0.5), true);
      last = perpetrator.familyName;
      born = dayIso(dayOf(people.childBirth[at]!));
    } else {
      const male = perpetrator.sex === "FEMALE" ? rng.chance(0.7) : rng.chance(0.06);
      first = givenName(rng, relationship === "PARENT" ? perpetrator.background : background, !male, false);
      last = relationship === "PARENT" || rng.chance(0.35) ? perpetrator.familyName : rng.pick(background.familyNames);
      born = rng.chance(0.7) ? dayIso(draft.today - rng.int(relationship === "PARENT" ? 35 * 365 : 19 * 365, 62 * 365)) : null;
    }
    const method = rng.weighted(CONTACT_METHODS);
    const note = link.child ? rng.pick(CHILD_CONTACT_NOTES) : rng.pick(CONTACT_NOTES[method])(String(rng.int(100, 999)));
    const recorder = plans.referrers.all[rng.pick(plans.referrers.police)]!.sub;
    draft.rows.victims.push([
      link.victimId, first, last, born, link.child ? "VIA_SUPPORT_WORKER" : method, link.child || !rng.chance(0.7) ? null : rng.pick(CONTACT_TIMES),
      link.child ? null : rng.chance(0.8) ? rng.chance(0.5) : null, note, 1, recorder, link.createdAt, link.createdAt,
    ]);
    draft.rows.links.push([link.linkId, link.victimId, ctx.ids.perpetrator.id(perp), relationship, dayIso(startDay), endDay === null ? null : dayIso(endDay), recorder, link.createdAt]);
    draft.links.push(link);
    links.push(link);
  }
  draft.byPerpetrator.set(perp, links);
}

export const VICTIM_COLUMNS = [
  "id", "first_name", "last_name", "date_of_birth", "safe_contact_method", "safe_contact_times", "address_known_to_perpetrator", "contact_notes",
  "version", "created_by", "created_at", "updated_at",
] as const;
export const LINK_COLUMNS = ["id", "victim_id", "perpetrator_id", "relationship", "started_on", "ended_on", "created_by", "created_at"] as const;
