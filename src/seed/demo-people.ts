/**
 * The demo people: adults and young people with names drawn from one background each, dates of birth in
 * the programmes' age bands, identifiers (CRN, PNC, prison and CRO numbers) that pass the API's checks and
 * never repeat, and the children the parenting programmes ask about.
 */
import type { Sex } from "../modules/programmes/index.js";
import { NEEDS, formatCroNumber, formatPncId, generateCrn, type Need } from "../modules/perpetrators/index.js";
import { addDays, addMonths, toIsoDate } from "../shared/dates.js";
import type { ChildDraft, DemoDraft, PersonDraft } from "./demo-drafts.js";
import { ADULT_COUNT, YOUTH_COUNT } from "./demo-plan.js";
import { BACKGROUNDS, type Background } from "./names.js";

/** The adults first, then the young people, in the order their draws were always made. */
export function buildPeople(demo: DemoDraft): void {
  for (let i = 0; i < ADULT_COUNT; i++) demo.people.push(newPerson(demo, false, adultSex(i)));
  for (let i = 0; i < YOUTH_COUNT; i++) demo.people.push(newPerson(demo, true, demo.rng.chance(0.68) ? "MALE" : "FEMALE"));
}

/** [youngest, oldest, weight]: mostly 20-55, as in the programmes' own figures. */
const ADULT_AGE_BANDS: readonly (readonly [number, number, number])[] = [
  [18, 19, 4],
  [20, 24, 12],
  [25, 29, 18],
  [30, 34, 20],
  [35, 39, 16],
  [40, 44, 12],
  [45, 49, 8],
  [50, 55, 6],
  [56, 64, 4],
];

/** About 85% of the people are men (police figures in the seeds: 83-86%). */
function adultSex(index: number): Sex {
  if (index === 0) return "NOT_KNOWN";
  return index % 7 === 3 ? "FEMALE" : "MALE";
}

function newPerson(demo: DemoDraft, youth: boolean, sex: Sex): PersonDraft {
  const rng = demo.rng;
  const background = rng.weighted(BACKGROUNDS.map((b) => [b, b.weight] as const));
  let dateOfBirth: string;
  if (youth) {
    // 14 years 6 months to 17 years 11 months: young enough for PACT now and when they were referred.
    dateOfBirth = toIsoDate(addDays(demo.now, -rng.int(14 * 365 + 183, 17 * 365 + 330)));
  } else {
    const [youngest, oldest] = rng.weighted(ADULT_AGE_BANDS.map(([lo, hi, weight]) => [[lo, hi] as const, weight] as const));
    dateOfBirth = toIsoDate(addDays(addMonths(demo.now, -12 * rng.int(youngest, oldest)), -rng.int(0, 364)));
  }
  const birthYear = Number(dateOfBirth.slice(0, 4));
  const ageNow = demo.now.getUTCFullYear() - birthYear;

  const { givenName, familyName } = personName(demo, background, sex, youth);
  const pnc = rng.chance(youth ? 0.3 : 0.8) ? newPnc(demo, birthYear + (youth ? 12 : 16)) : null;
  const crn = !youth && rng.chance(0.82) ? newCrn(demo) : null;
  const prisonNumber = !youth && pnc && sex === "MALE" && ageNow >= 21 && rng.chance(0.28) ? newPrisonNumber(demo) : null;
  const croNumber = !youth && pnc && rng.chance(0.3) ? newCro(demo, pnc.year) : null;

  const languageRecorded = rng.chance(0.75);
  const firstLanguage = languageRecorded ? rng.weighted(background.languages) : null;
  const interpreterRequired = firstLanguage !== null && firstLanguage !== "English" && rng.chance(0.35);
  const createdAt = demo.clockBetween(addDays(demo.now, -430), addDays(demo.now, -20));

  return {
    id: rng.uuid(),
    youth,
    givenName,
    familyName,
    dateOfBirth,
    sex,
    crn,
    pncId: pnc?.id ?? null,
    prisonNumber,
    croNumber,
    genderIdentity: genderIdentity(demo, sex),
    ethnicity: rng.chance(0.7) ? background.ethnicity : null,
    firstLanguage,
    interpreterRequired,
    disability: rng.chance(0.55) ? rng.chance(0.25) : null,
    sexualOrientation: rng.chance(0.35)
      ? rng.weighted([["Heterosexual or straight", 90], ["Gay or lesbian", 4], ["Bisexual", 3], ["Prefer not to say", 3]] as const)
      : null,
    needs: needs(demo, youth),
    children: youth ? [] : children(demo, sex, ageNow),
    createdAt,
    referrals: [],
  };
}

function personName(demo: DemoDraft, background: Background, sex: Sex, youth: boolean): { givenName: string; familyName: string } {
  const female = sex === "FEMALE" || (sex !== "MALE" && demo.rng.chance(0.5));
  const pool = youth ? (female ? background.girlNames : background.boyNames) : female ? background.femaleNames : background.maleNames;
  return { givenName: demo.rng.pick(pool), familyName: demo.rng.pick(background.familyNames) };
}

function genderIdentity(demo: DemoDraft, sex: Sex): string | null {
  if (sex === "NOT_KNOWN") return "Non-binary";
  if (!demo.rng.chance(0.4)) return null;
  if (demo.rng.chance(0.015)) return "Non-binary";
  return sex === "FEMALE" ? "Woman" : "Man";
}

function needs(demo: DemoDraft, youth: boolean): Need[] {
  const chances: Partial<Record<Need, number>> = youth
    ? { EDUCATION_TRAINING_EMPLOYMENT: 0.45, MENTAL_HEALTH: 0.35, SUBSTANCE_MISUSE: 0.15, ALCOHOL_MISUSE: 0.05 }
    : { ALCOHOL_MISUSE: 0.35, SUBSTANCE_MISUSE: 0.25, MENTAL_HEALTH: 0.3, ACCOMMODATION: 0.15, FINANCE_AND_DEBT: 0.2, EDUCATION_TRAINING_EMPLOYMENT: 0.2 };
  const needs = NEEDS.filter((need) => demo.rng.chance(chances[need] ?? 0));
  if (needs.length >= 3 && demo.rng.chance(0.5)) needs.push("COMPLEX_NEEDS");
  return NEEDS.filter((need) => needs.includes(need));
}

/** Children aged 0-16, none born before the parent was 17. */
function children(demo: DemoDraft, sex: Sex, parentAge: number): ChildDraft[] {
  const rng = demo.rng;
  const chance = parentAge < 20 ? 0.25 : sex === "MALE" ? 0.72 : 0.55;
  if (!rng.chance(chance)) return [];
  const oldestDays = Math.min(16 * 365 + 300, (parentAge - 17) * 365);
  if (oldestDays < 30) return [];
  const count = rng.weighted([[1, 45], [2, 35], [3, 15], [4, 5]] as const);
  return Array.from({ length: count }, () => ({
    id: rng.uuid(),
    dateOfBirth: toIsoDate(addDays(demo.now, -rng.int(20, oldestDays))),
    relationship: rng.weighted([["BIRTH", 72], ["STEP", 18], ["SOCIAL", 8], ["OTHER", 2]] as const),
    regularContact: rng.chance(0.85),
  }));
}

function newCrn(demo: DemoDraft): string {
  for (;;) {
    const crn = generateCrn(demo.rng.pick(["D", "E", "F", "X"]), demo.rng.int(100_000, 999_999));
    if (!demo.used.crn.has(crn)) return demo.used.crn.add(crn), crn;
  }
}

function newPnc(demo: DemoDraft, firstYear: number): { id: string; year: number } {
  const lastYear = demo.now.getUTCFullYear();
  const from = Math.min(Math.max(firstYear, 1985), lastYear);
  for (;;) {
    const year = demo.rng.int(from, lastYear);
    const id = formatPncId(year, demo.rng.int(1, 999_999));
    if (!demo.used.pnc.has(id)) return demo.used.pnc.add(id), { id, year };
  }
}

function newPrisonNumber(demo: DemoDraft): string {
  const letters = "ABCDEFGHJKLMNPRSTVWXYZ";
  for (;;) {
    const number = `${demo.rng.pick(["A", "G"])}${demo.rng.int(1000, 9999)}${demo.rng.pick([...letters])}${demo.rng.pick([...letters])}`;
    if (!demo.used.prison.has(number)) return demo.used.prison.add(number), number;
  }
}

/** Mostly NNNNNN/YYL; a few older ones written SFYY/NNNNNNL (the check letter is the same sum). */
function newCro(demo: DemoDraft, year: number): string {
  for (;;) {
    const serial = demo.rng.int(100_000, 999_999);
    const yy = year % 100;
    const standard = formatCroNumber(serial, yy);
    const cro = year <= 2005 && demo.rng.chance(0.3) ? `SF${String(yy).padStart(2, "0")}/${serial}${standard.slice(-1)}` : standard;
    if (!demo.used.cro.has(String(serial))) return demo.used.cro.add(String(serial)), cro;
  }
}
