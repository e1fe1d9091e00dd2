/**
 * Protective orders: a spread of types over the demo's history (DVPNs followed by DVPOs, non-molestation and
 * restraining orders, DAPOs, Clare's Law disclosures), some in force and some expired, and a few in force that
 * end within the alert window. Each protects people linked to the perpetrator when it was made.
 */
import { checkOrder, type OrderType } from "../modules/victim-safety/index.js";
import { ageOn, daysBetween, maxDate, minDate, shiftIsoDate, shiftIsoDateMonths } from "../shared/dates.js";
import { isCurrentOn, lastDayOf, type LinkDraft, type OrderDraft, type VictimSafetyDraft } from "./victim-safety-drafts.js";
import { ORDER_CONDITIONS } from "./victim-safety-text.js";

type Scenario = "DVPN_DVPO" | "DVPN_ONLY" | "NON_MOLESTATION" | "RESTRAINING_OPEN" | "RESTRAINING_FIXED" | "DAPN_DAPO" | "DAPO" | "DISCLOSURE";
type State = "ENDING_SOON" | "IN_FORCE" | "EXPIRED";

/**
 * What each perpetrator with an order has: one scenario each. ENDING_SOON orders end 1-6 days from today;
 * EXPIRED covers disclosures too, which are never in force.
 */
const SCENARIOS: readonly (readonly [Scenario, State, number])[] = [
  ["DVPN_DVPO", "ENDING_SOON", 2],
  ["NON_MOLESTATION", "ENDING_SOON", 1],
  ["DVPN_DVPO", "EXPIRED", 4],
  ["DVPN_ONLY", "EXPIRED", 1],
  ["NON_MOLESTATION", "IN_FORCE", 3],
  ["NON_MOLESTATION", "EXPIRED", 2],
  ["RESTRAINING_OPEN", "IN_FORCE", 2],
  ["RESTRAINING_FIXED", "IN_FORCE", 1],
  // DAPOs are piloted in a few areas only: these were made in Greater Manchester before the family moved.
  ["DAPN_DAPO", "IN_FORCE", 1],
  ["DAPO", "IN_FORCE", 1],
  ["DISCLOSURE", "EXPIRED", 4],
];

type Planned = { type: OrderType; startsOn: string; endsOn: string | null }[];

/** The spans (days from start to end) the rules allow an order of this type, read from checkOrder itself. */
function allowedSpans(type: OrderType): number[] {
  const from = "2000-01-03";
  return Array.from({ length: 60 }, (_, k) => k).filter((k) => checkOrder({ type, startsOn: from, endsOn: shiftIsoDate(from, k), conditions: ["-"], protectedPeople: 1 }).length === 0);
}
const DVPO_SPANS = allowedSpans("DVPO");
/** A notice runs to the hearing, at least the next day. */
const NOTICE_SPANS = allowedSpans("DVPN").filter((k) => k >= 1);

export function buildOrders(draft: VictimSafetyDraft): void {
  const rng = draft.rng;
  // DVPNs and DVPOs are only given to adults; the demo gives no orders against anyone who was under 18 when linked.
  const adultWhenLinked = (l: LinkDraft) => ageOn(l.perpetrator.dateOfBirth, l.startedOn) >= 18;
  const candidates = rng.shuffle(draft.links.filter((l) => l.relationship !== "CHILD" && l.assessments.length > 0 && adultWhenLinked(l)));
  const used = new Set<string>();
  // Orders ending soon end on different days of the coming week.
  const endingIn = rng.shuffle([1, 2, 3, 4, 5, 6]);
  for (const [scenario, state, count] of SCENARIOS) {
    for (let n = 0; n < count; n++) {
      let placed = false;
      const endsIn = state === "ENDING_SOON" ? endingIn.pop()! : 0;
      for (const link of candidates) {
        if (used.has(link.perpetrator.id) || !fits(draft, link, state)) continue;
        const plan = planOrders(draft, link, scenario, state, endsIn);
        // Every order in the plan is made while the link stands.
        if (!plan || plan.some((o) => o.startsOn < link.startedOn || o.startsOn > lastDayOf(link, draft))) continue;
        used.add(link.perpetrator.id);
        const orders = plan.map((p) => addOrder(draft, link, p.type, p.startsOn, p.endsOn, state !== "ENDING_SOON"));
        if (state === "ENDING_SOON") draft.expiringOrders.push(orders.at(-1)!);
        placed = true;
        break;
      }
      if (!placed) throw new Error(`Victim-safety seed: no perpetrator fits a ${state} ${scenario}`);
    }
  }
}

/** Orders ending soon protect someone assessed high risk; orders in force someone still linked. */
function fits(draft: VictimSafetyDraft, link: LinkDraft, state: State): boolean {
  if (state === "EXPIRED") return true;
  if (link.endedOn !== null) return false;
  return state === "IN_FORCE" || (link.assessments.at(-1)!.level === "HIGH" && !link.victim.child && link.victim.links.length === 1);
}

function planOrders(draft: VictimSafetyDraft, link: LinkDraft, scenario: Scenario, state: State, endsIn: number): Planned | null {
  const rng = draft.rng;
  const start = link.startedOn;
  const last = lastDayOf(link, draft);
  const day = (on: string, n: number) => shiftIsoDate(on, n);
  // A notice is issued on the day of an incident where there is one to hang it on.
  const noticeDay = (lo: string, hi: string) => {
    if (hi < lo) return null;
    const incident = link.incidents.find((i) => i.occurredOn >= lo && i.occurredOn <= hi);
    return incident?.occurredOn ?? draft.dayBetween(lo, hi);
  };
  switch (scenario) {
    case "DVPN_DVPO": {
      // The notice lasts until the magistrates hear the application for the order, a day or two later.
      const gap = rng.pick(NOTICE_SPANS);
      if (state === "ENDING_SOON") {
        const endsOn = draft.day(endsIn);
        const spans = DVPO_SPANS.filter((s) => s + gap <= daysBetween(start, endsOn) && day(endsOn, -s) <= draft.yesterday);
        if (!spans.length) return null;
        const orderStart = day(endsOn, -rng.pick(spans));
        return [{ type: "DVPN", startsOn: day(orderStart, -gap), endsOn: orderStart }, { type: "DVPO", startsOn: orderStart, endsOn }];
      }
      const d = noticeDay(start, minDate(last, draft.day(-(Math.max(...NOTICE_SPANS) + Math.max(...DVPO_SPANS) + 7))));
      if (!d) return null;
      const orderStart = day(d, gap);
      return [{ type: "DVPN", startsOn: d, endsOn: orderStart }, { type: "DVPO", startsOn: orderStart, endsOn: day(orderStart, rng.pick(DVPO_SPANS)) }];
    }
    case "DVPN_ONLY": {
      // The magistrates refused the DVPO: the notice stands alone.
      const d = noticeDay(start, minDate(last, draft.day(-10)));
      return d ? [{ type: "DVPN", startsOn: d, endsOn: day(d, rng.pick(NOTICE_SPANS)) }] : null;
    }
    case "NON_MOLESTATION": {
      if (state === "EXPIRED") {
        if (day(start, 190) > draft.yesterday) return null;
        const startsOn = draft.dayBetween(start, minDate(last, draft.day(-190)));
        return [{ type: "NON_MOLESTATION_ORDER", startsOn, endsOn: shiftIsoDateMonths(startsOn, 6) }];
      }
      const endsOn = draft.day(state === "ENDING_SOON" ? endsIn : rng.int(20, 300));
      const startsOn = maxDate(start, shiftIsoDateMonths(endsOn, -rng.int(6, 12)));
      return startsOn <= draft.day(-14) ? [{ type: "NON_MOLESTATION_ORDER", startsOn, endsOn }] : null;
    }
    case "RESTRAINING_OPEN":
    case "RESTRAINING_FIXED": {
      // Made on conviction, some time after the link began.
      const startsOn = draft.dayBetween(minDate(day(start, 60), last), last);
      return [{ type: "RESTRAINING_ORDER", startsOn, endsOn: scenario === "RESTRAINING_OPEN" ? null : shiftIsoDateMonths(startsOn, rng.pick([24, 36])) }];
    }
    case "DAPN_DAPO": {
      const d = noticeDay(start, draft.day(-5));
      if (!d) return null;
      const hearing = day(d, rng.pick(NOTICE_SPANS));
      return [{ type: "DAPN", startsOn: d, endsOn: hearing }, { type: "DAPO", startsOn: hearing, endsOn: null }];
    }
    case "DAPO": {
      if (start > draft.day(-30)) return null;
      const startsOn = draft.dayBetween(start, draft.day(-30));
      return [{ type: "DAPO", startsOn, endsOn: shiftIsoDateMonths(startsOn, 12) }];
    }
    case "DISCLOSURE":
      return [{ type: "DVDS_DISCLOSURE", startsOn: draft.weekdayBetween(start, last), endsOn: null }];
  }
}

function addOrder(draft: VictimSafetyDraft, link: LinkDraft, type: OrderType, startsOn: string, endsOn: string | null, withChildren: boolean): OrderDraft {
  const rng = draft.rng;
  const children = draft.links.filter((l) => l.perpetrator === link.perpetrator && l.relationship === "CHILD" && isCurrentOn(l, startsOn));
  const protectedVictims = [link.victim, ...(withChildren && type !== "DVDS_DISCLOSURE" && rng.chance(0.6) ? children.map((c) => c.victim) : [])];
  const conditions =
    type === "DVDS_DISCLOSURE"
      ? [rng.pick(ORDER_CONDITIONS.DVDS_DISCLOSURE.slice(0, 2)), ...(rng.chance(0.5) ? [ORDER_CONDITIONS.DVDS_DISCLOSURE[2]!] : [])]
      : rng.shuffle(ORDER_CONDITIONS[type]).slice(0, rng.int(1, 3));
  const refusals = checkOrder({ type, startsOn, endsOn, conditions, protectedPeople: protectedVictims.length });
  if (refusals.length) throw new Error(`Victim-safety seed: ${type} ${startsOn}–${endsOn} refused: ${refusals.map((r) => r.message).join("; ")}`);
  const order: OrderDraft = {
    id: rng.uuid(),
    perpetrator: link.perpetrator,
    type,
    reference: referenceFor(draft, type, startsOn),
    issuedBy: issuerOf(draft, type),
    conditions,
    startsOn,
    endsOn,
    protectedVictims,
    createdAt: draft.timeOn(minDate(startsOn, draft.yesterday)),
  };
  draft.orders.push(order);
  return order;
}

function referenceFor(draft: VictimSafetyDraft, type: OrderType, startsOn: string): string {
  const yy = startsOn.slice(2, 4);
  const n = (digits: number) => String(draft.rng.int(1, 10 ** digits - 1)).padStart(digits, "0");
  switch (type) {
    case "DVPN":
    case "DAPN":
    case "DVDS_DISCLOSURE":
      return `${type}/${yy}/${n(4)}`;
    case "DVPO":
      return `MC${yy}${n(5)}`;
    case "NON_MOLESTATION_ORDER":
    case "DAPO":
      return `FC${yy}F${n(5)}`;
    case "RESTRAINING_ORDER":
      return `T20${yy}${n(4)}`;
  }
}

function issuerOf(draft: VictimSafetyDraft, type: OrderType): string {
  const rng = draft.rng;
  switch (type) {
    case "DVPN":
    case "DVDS_DISCLOSURE":
      return "West Yorkshire Police";
    case "DVPO":
      return rng.pick(["Leeds Magistrates' Court", "Bradford and Keighley Magistrates' Court"]);
    case "DAPN":
      return "Greater Manchester Police";
    case "DAPO":
      return "Family Court at Manchester";
    case "NON_MOLESTATION_ORDER":
      return rng.pick(["Family Court at Leeds", "Family Court at Bradford"]);
    case "RESTRAINING_ORDER":
      return rng.pick(["Leeds Crown Court", "Bradford Crown Court", "Leeds Magistrates' Court"]);
  }
}
