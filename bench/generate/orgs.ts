import type { ProgrammeCode } from "../../src/modules/programmes/index.js";
import type { ReferralSource } from "../../src/modules/referrals/index.js";
import type { SeededRandom } from "../../src/seed/random.js";
import type { ScaleCounts } from "./scales.js";

/**
 * Who refers, and from which organisation. Probation practitioners prob-1 … prob-N are split over the
 * region's probation offices in contiguous blocks by caseload, so prob-1 works in the busiest office
 * (Leeds), whose referrals fill any page the probation benchmark asks for.
 */
export interface Referrer {
  sub: string;
  org: string;
}

export const PROBATION_ORGS: readonly (readonly [string, number])[] = [
  ["Probation Service - Leeds", 36],
  ["Probation Service - Bradford", 24],
  ["Probation Service - Kirklees", 16],
  ["Probation Service - Wakefield", 14],
  ["Probation Service - Calderdale", 10],
];

export const AREAS = ["Leeds", "Bradford", "Kirklees", "Wakefield", "Calderdale"] as const;

const COORDINATOR_ORGS: Record<ProgrammeCode, string> = {
  CARING_DADS: "Caring Dads provider, Leeds",
  CHOICES: "Choices programme, West Yorkshire",
  PACT: "Youth Justice Service, West Yorkshire",
  BBR: "Probation Service - Leeds",
};

export interface Referrers {
  all: Referrer[];
  probation: number[];
  police: number[];
  hub: number[];
  childrens: number[];
  youthJustice: number[];
  schools: number[];
  coordinator: Record<ProgrammeCode, number>;
}

export function makeReferrers(scale: ScaleCounts): Referrers {
  const all: Referrer[] = [];
  const add = (sub: string, org: string) => all.push({ sub, org }) - 1;
  const probation: number[] = [];
  let next = 1;
  PROBATION_ORGS.forEach(([org, weight], k) => {
    const last = k === PROBATION_ORGS.length - 1 ? scale.probationPractitioners : Math.max(next, Math.round((scale.probationPractitioners * 0.01 * weight) + next - 1));
    for (; next <= last; next++) probation.push(add(`prob-${next}`, org));
  });
  const count = (n: number) => Array.from({ length: Math.max(2, Math.round(n)) }, (_, i) => i + 1);
  const perArea = Math.max(1, Math.round(scale.probationPractitioners / 40));
  return {
    all,
    probation,
    police: count(scale.probationPractitioners / 4).map((i) => add(`pol-${i}`, "West Yorkshire Police")),
    hub: AREAS.slice(0, 2).map((area, i) => add(`fdsh-${i + 1}`, `Front Door Safeguarding Hub, ${area}`)),
    childrens: AREAS.flatMap((area, a) => count(perArea).map((i) => add(`csc-${a * perArea + i}`, `${area} Children's Services`))),
    youthJustice: count(perArea).map((i) => add(`yjs-${i}`, "Youth Justice Service, West Yorkshire")),
    schools: count(perArea * 2).map((i) => add(`school-${i}`, `${AREAS[i % AREAS.length]} secondary school safeguarding team`)),
    coordinator: {
      CARING_DADS: add("admin-1", COORDINATOR_ORGS.CARING_DADS),
      CHOICES: add("admin-2", COORDINATOR_ORGS.CHOICES),
      PACT: add("admin-3", COORDINATOR_ORGS.PACT),
      BBR: add("admin-4", COORDINATOR_ORGS.BBR),
    },
  };
}

export function referrerFor(referrers: Referrers, source: ReferralSource, code: ProgrammeCode, rng: SeededRandom): number {
  switch (source) {
    case "PROBATION":
    case "FAMILY_COURT":
      return rng.pick(referrers.probation);
    case "POLICE":
      return rng.pick(referrers.police);
    case "FRONT_DOOR_SAFEGUARDING_HUB":
      return rng.pick(referrers.hub);
    case "CHILDRENS_SERVICES":
      return rng.pick(referrers.childrens);
    case "YOUTH_JUSTICE_SERVICE":
      return rng.pick(referrers.youthJustice);
    case "SCHOOL":
      return rng.pick(referrers.schools);
    default:
      return referrers.coordinator[code];
  }
}

/** What a transition's actor is called, by the prefix of their subject. */
export const ACTOR_NAMES: Record<string, string> = {
  prob: "Probation practitioner",
  pol: "Police officer",
  fdsh: "Front Door Safeguarding Hub",
  csc: "Social worker",
  yjs: "Youth Justice Service worker",
  school: "School safeguarding lead",
  admin: "Programme coordinator",
  fac: "Programme facilitator",
  bench: "Programme facilitator",
};

export const actorName = (sub: string): string | null => ACTOR_NAMES[sub.slice(0, sub.indexOf("-"))] ?? null;
