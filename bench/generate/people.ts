import { formatCroNumber, formatPncId, NEEDS, type Need } from "../../src/modules/perpetrators/index.js";
import { SEXES, type Sex } from "../../src/modules/programmes/index.js";
import type { GeneratorContext } from "./context.js";
import type { CopyValue } from "./copy.js";
import { STREAMS, mix32, rngFor } from "./ids.js";
import { givenName, pickBackground } from "./names.js";
import type { Background } from "../../src/seed/names.js";
import { DAY, HOUR, YEAR, ageAt, between, isoDay, isoTime } from "./time.js";

/**
 * People are planned first as columns of numbers (sex, birth, children), which is all the referral
 * planner needs; their names, identifiers and equality data are drawn from a per-person random stream
 * only when their row is written.
 */
export interface PeoplePlan {
  count: number;
  sex: Uint8Array;
  birth: Float64Array;
  youth: Uint8Array;
  children: Uint8Array;
  /** Up to four children a person: index person * 4 + k. */
  childBirth: Float64Array;
  childRegular: Uint8Array;
  childRelationship: Uint8Array;
  /** Filled in once referrals are assigned: a little before the first one. */
  createdAt: Float64Array;
  pools: { youth: Int32Array; men: Int32Array; fathers: Int32Array; adults: Int32Array };
}

export const MAX_CHILDREN = 4;
const CHILD_RELATIONSHIPS = ["BIRTH", "STEP", "SOCIAL", "OTHER"] as const;
const YOUTH_SHARE = 0.07;
/** [youngest, oldest, weight], ages today: adults were at least 18 throughout the four years of history. */
const ADULT_AGES: readonly (readonly [number, number, number])[] = [
  [22, 23, 4], [24, 28, 12], [29, 33, 18], [34, 38, 20], [39, 43, 16], [44, 48, 12], [49, 53, 8], [54, 59, 6], [60, 68, 4],
];

export function planPeople(ctx: GeneratorContext): PeoplePlan {
  const n = ctx.scale.perpetrators;
  const rng = rngFor(ctx.seed, STREAMS.people);
  const people: PeoplePlan = {
    count: n,
    sex: new Uint8Array(n),
    birth: new Float64Array(n),
    youth: new Uint8Array(n),
    children: new Uint8Array(n),
    childBirth: new Float64Array(n * MAX_CHILDREN),
    childRegular: new Uint8Array(n * MAX_CHILDREN),
    childRelationship: new Uint8Array(n * MAX_CHILDREN),
    createdAt: new Float64Array(n),
    pools: { youth: new Int32Array(0), men: new Int32Array(0), fathers: new Int32Array(0), adults: new Int32Array(0) },
  };
  const pools = { youth: [] as number[], men: [] as number[], fathers: [] as number[], adults: [] as number[] };
  for (let i = 0; i < n; i++) {
    const youth = rng.chance(YOUTH_SHARE);
    people.youth[i] = youth ? 1 : 0;
    let sex: Sex;
    if (youth) {
      sex = rng.chance(0.68) ? "MALE" : "FEMALE";
      // 14 to 21 today: some were referred to PACT at 14-17 years ago and are adults now.
      people.birth[i] = ctx.today - between(() => rng.next(), 14.1 * YEAR, 21.9 * YEAR);
    } else {
      sex = rng.weighted([["MALE", 84], ["FEMALE", 15.2], ["NOT_KNOWN", 0.5], ["INTERSEX", 0.3]] as const);
      const [youngest, oldest] = rng.weighted(ADULT_AGES.map(([lo, hi, w]) => [[lo, hi] as const, w] as const));
      people.birth[i] = ctx.today - rng.int(youngest, oldest) * YEAR - rng.int(0, 364) * DAY;
    }
    people.birth[i] = Math.floor(people.birth[i]! / DAY) * DAY;
    people.sex[i] = SEXES.indexOf(sex);
    if (youth) pools.youth.push(i);
    else {
      pools.adults.push(i);
      if (sex === "MALE") pools.men.push(i);
      if (planChildren(ctx, people, i, sex, rng) && sex === "MALE") pools.fathers.push(i);
    }
  }
  people.pools = { youth: Int32Array.from(pools.youth), men: Int32Array.from(pools.men), fathers: Int32Array.from(pools.fathers), adults: Int32Array.from(pools.adults) };
  return people;
}

/** Children aged 0-16 today, none born before the parent was 17; true when one is in regular contact. */
function planChildren(ctx: GeneratorContext, people: PeoplePlan, i: number, sex: Sex, rng: ReturnType<typeof rngFor>): boolean {
  const age = ageAt(people.birth[i]!, ctx.today);
  if (!rng.chance(sex === "MALE" ? 0.72 : sex === "FEMALE" ? 0.55 : 0.4)) return false;
  const oldest = Math.min(16.9 * YEAR, (age - 17) * YEAR);
  const count = rng.weighted([[1, 45], [2, 35], [3, 15], [4, 5]] as const);
  let regular = false;
  for (let k = 0; k < count; k++) {
    const at = i * MAX_CHILDREN + k;
    people.childBirth[at] = Math.floor((ctx.today - between(() => rng.next(), 20 * DAY, oldest)) / DAY) * DAY;
    people.childRegular[at] = rng.chance(0.85) ? 1 : 0;
    people.childRelationship[at] = CHILD_RELATIONSHIPS.indexOf(rng.weighted([["BIRTH", 72], ["STEP", 18], ["SOCIAL", 8], ["OTHER", 2]] as const));
    regular ||= people.childRegular[at] === 1;
  }
  people.children[i] = count;
  return regular;
}

/** Caring Dads' rule: regular contact with a child already born and under `limit` on the day. */
export function hasYoungChildOn(people: PeoplePlan, i: number, day: number, limit: number): boolean {
  for (let k = 0; k < people.children[i]!; k++) {
    const at = i * MAX_CHILDREN + k;
    if (people.childRegular[at] && people.childBirth[at]! <= day && ageAt(people.childBirth[at]!, day) < limit) return true;
  }
  return false;
}

export interface PersonDetails {
  background: Background;
  givenName: string;
  familyName: string;
  sex: Sex;
  needs: Need[];
  crn: string | null;
  pncId: string | null;
  prisonNumber: string | null;
  croNumber: string | null;
  genderIdentity: string | null;
  ethnicity: string | null;
  firstLanguage: string | null;
  interpreterRequired: boolean;
  disability: boolean | null;
  sexualOrientation: string | null;
}

const perm = (i: number, multiplier: number, offset: number, modulus: number) => (i * multiplier + offset) % modulus;
const PRISON_LETTERS = "ABCDEFGHJKLMNPRSTVWXYZ";

/**
 * Identifiers are unique by construction: each is a permutation of the person's index (CRN serials over
 * 10^6, PNC serials over 10^7, prison numbers over their 9.68 million shapes), whoever ends up with one.
 */
export function personDetails(ctx: GeneratorContext, people: PeoplePlan, i: number, probationCase: boolean): PersonDetails {
  const rng = rngFor(ctx.seed, STREAMS.personRow, i);
  const youth = people.youth[i] === 1;
  const sex = SEXES[people.sex[i]!]!;
  const background = pickBackground(rng);
  const female = sex === "FEMALE" || (sex !== "MALE" && rng.chance(0.5));
  const birthYear = new Date(people.birth[i]!).getUTCFullYear();
  const nowYear = new Date(ctx.now).getUTCFullYear();
  const age = ageAt(people.birth[i]!, ctx.today);

  // Every draw is made whatever its outcome, so a person's name does not depend on whether they are a probation case.
  const givenFirst = givenName(rng, background, female, false);
  const familyName = rng.pick(background.familyNames);
  const crnDraw = rng.chance(0.45);
  const pncYear = rng.int(Math.min(Math.max(birthYear + (youth ? 12 : 16), 1985), nowYear), nowYear);
  const pncDraw = rng.chance(youth ? 0.3 : 0.8);
  const prisonDraw = rng.chance(0.28);
  const croDraw = rng.chance(0.3);
  const crn = !youth && (probationCase || crnDraw) ? `${"DEFX"[mix32(i) % 4]}${String(perm(i, 747_551, 123_457, 1_000_000)).padStart(6, "0")}` : null;
  const pncId = pncDraw ? formatPncId(pncYear, perm(i, 7_368_787, 1_234_567, 10_000_000)) : null;
  let prisonNumber: string | null = null;
  if (pncId && !youth && sex === "MALE" && age >= 21 && prisonDraw) {
    const m = perm(i, 7_919, 31, 9_680_000);
    const letters = m % 484;
    prisonNumber = `${"AG"[Math.floor(m / 484) % 2]}${String(Math.floor(m / 968)).padStart(4, "0")}${PRISON_LETTERS[Math.floor(letters / 22)]}${PRISON_LETTERS[letters % 22]}`;
  }
  const croNumber = pncId && !youth && croDraw ? formatCroNumber(perm(i, 319_993, 777, 1_000_000), pncYear % 100) : null;

  const chances: Partial<Record<Need, number>> = youth
    ? { EDUCATION_TRAINING_EMPLOYMENT: 0.45, MENTAL_HEALTH: 0.35, SUBSTANCE_MISUSE: 0.15, ALCOHOL_MISUSE: 0.05 }
    : { ALCOHOL_MISUSE: 0.35, SUBSTANCE_MISUSE: 0.25, MENTAL_HEALTH: 0.3, ACCOMMODATION: 0.15, FINANCE_AND_DEBT: 0.2, EDUCATION_TRAINING_EMPLOYMENT: 0.2 };
  const needs = NEEDS.filter((need) => rng.chance(chances[need] ?? 0));
  if (needs.length >= 3 && rng.chance(0.5)) needs.push("COMPLEX_NEEDS");

  const firstLanguage = rng.chance(0.75) ? rng.weighted(background.languages) : null;
  return {
    background,
    givenName: givenFirst,
    familyName,
    sex,
    needs: NEEDS.filter((need) => needs.includes(need)),
    crn,
    pncId,
    prisonNumber,
    croNumber,
    genderIdentity: sex === "NOT_KNOWN" ? "Non-binary" : rng.chance(0.4) ? (rng.chance(0.015) ? "Non-binary" : female ? "Woman" : "Man") : null,
    ethnicity: rng.chance(0.7) ? background.ethnicity : null,
    firstLanguage,
    interpreterRequired: firstLanguage !== null && firstLanguage !== "English" && rng.chance(0.35),
    disability: rng.chance(0.55) ? rng.chance(0.25) : null,
    sexualOrientation: rng.chance(0.35)
      ? rng.weighted([["Heterosexual or straight", 90], ["Gay or lesbian", 4], ["Bisexual", 3], ["Prefer not to say", 3]] as const)
      : null,
  };
}

export const PERPETRATOR_COLUMNS = [
  "id", "given_name", "family_name", "date_of_birth", "sex", "crn", "pnc_id", "prison_number", "cro_number", "gender_identity",
  "ethnicity", "first_language", "interpreter_required", "disability", "sexual_orientation", "needs", "created_by", "created_at", "updated_at",
] as const;

export function* perpetratorRows(ctx: GeneratorContext, people: PeoplePlan, probationCase: (i: number) => boolean): Generator<CopyValue[]> {
  for (let i = 0; i < people.count; i++) {
    const d = personDetails(ctx, people, i, probationCase(i));
    const created = isoTime(people.createdAt[i]!);
    yield [
      ctx.ids.perpetrator.id(i), d.givenName, d.familyName, isoDay(people.birth[i]!), d.sex, d.crn, d.pncId, d.prisonNumber, d.croNumber,
      d.genderIdentity, d.ethnicity, d.firstLanguage, d.interpreterRequired, d.disability, d.sexualOrientation, d.needs, "bench", created, created,
    ];
  }
}

export const CHILD_COLUMNS = ["id", "perpetrator_id", "date_of_birth", "relationship", "regular_contact", "created_at"] as const;

export function* childRows(ctx: GeneratorContext, people: PeoplePlan): Generator<CopyValue[]> {
  for (let i = 0; i < people.count; i++) {
    for (let k = 0; k < people.children[i]!; k++) {
      const at = i * MAX_CHILDREN + k;
      yield [ctx.ids.child.id(at), ctx.ids.perpetrator.id(i), isoDay(people.childBirth[at]!), CHILD_RELATIONSHIPS[people.childRelationship[at]!]!, people.childRegular[at] === 1, isoTime(people.createdAt[i]! + HOUR)];
    }
  }
}
