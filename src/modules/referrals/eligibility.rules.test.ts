import { describe, expect, it } from "vitest";
import { defaultRulesFor } from "../programmes/programme.defaults.js";
import type { ProgrammeCode } from "../programmes/programme.model.js";
import {
  checkEligibility,
  type EligibilityPerson,
  type EligibilityReferral,
  type EligibilityRule,
} from "./eligibility.rules.js";

const TODAY = "2026-11-26";

const ADULT_MAN: EligibilityPerson = {
  dateOfBirth: "1990-05-10",
  sex: "MALE",
  children: [{ dateOfBirth: "2020-03-01", regularContact: true }],
};
const VOLUNTARY: EligibilityReferral = { legalBasis: null, riskLevel: null };
const MANDATED_MEDIUM: EligibilityReferral = { legalBasis: "COMMUNITY_ORDER", riskLevel: "MEDIUM" };

interface Case {
  name: string;
  programme: ProgrammeCode;
  person?: Partial<EligibilityPerson>;
  referral?: Partial<EligibilityReferral>;
  today?: string;
  failures: EligibilityRule[];
}

const child = (dateOfBirth: string, regularContact = true) => ({ dateOfBirth, regularContact });

const cases: Case[] = [
  // Caring Dads: men 18+, in regular contact with a child under 17, voluntary
  { name: "a father of a young child", programme: "CARING_DADS", failures: [] },
  { name: "a man who turned 18 today", programme: "CARING_DADS", person: { dateOfBirth: "2008-11-26" }, failures: [] },
  {
    name: "a man who turns 18 tomorrow",
    programme: "CARING_DADS",
    person: { dateOfBirth: "2008-11-27" },
    failures: ["MINIMUM_AGE"],
  },
  { name: "a woman", programme: "CARING_DADS", person: { sex: "FEMALE" }, failures: ["SEX"] },
  { name: "sex not known", programme: "CARING_DADS", person: { sex: "NOT_KNOWN" }, failures: ["SEX"] },
  { name: "no children", programme: "CARING_DADS", person: { children: [] }, failures: ["PARENT_OF_YOUNG_CHILD"] },
  {
    name: "a child who turned 17 today",
    programme: "CARING_DADS",
    person: { children: [child("2009-11-26")] },
    failures: ["PARENT_OF_YOUNG_CHILD"],
  },
  {
    name: "a child who turns 17 tomorrow",
    programme: "CARING_DADS",
    person: { children: [child("2009-11-27")] },
    failures: [],
  },
  {
    name: "a young child without regular contact",
    programme: "CARING_DADS",
    person: { children: [child("2020-03-01", false)] },
    failures: ["PARENT_OF_YOUNG_CHILD"],
  },
  {
    name: "an older child with contact and a young child without",
    programme: "CARING_DADS",
    person: { children: [child("2001-01-01"), child("2020-03-01", false)] },
    failures: ["PARENT_OF_YOUNG_CHILD"],
  },
  {
    name: "one of several children qualifies",
    programme: "CARING_DADS",
    person: { children: [child("2001-01-01"), child("2018-06-30")] },
    failures: [],
  },
  {
    name: "only an unborn child",
    programme: "CARING_DADS",
    person: { children: [child("2027-02-01")] },
    failures: ["PARENT_OF_YOUNG_CHILD"],
  },
  {
    name: "a court order on a voluntary programme",
    programme: "CARING_DADS",
    referral: { legalBasis: "FAMILY_COURT" },
    failures: ["LEGAL_BASIS_NOT_APPLICABLE"],
  },
  {
    name: "everything wrong at once",
    programme: "CARING_DADS",
    person: { dateOfBirth: "2010-01-01", sex: "FEMALE", children: [] },
    referral: { legalBasis: "LICENCE" },
    failures: ["MINIMUM_AGE", "SEX", "PARENT_OF_YOUNG_CHILD", "LEGAL_BASIS_NOT_APPLICABLE"],
  },

  // Choices: adults of any sex, voluntary; 29 February birthdays
  { name: "a woman", programme: "CHOICES", person: { sex: "FEMALE", children: [] }, failures: [] },
  {
    name: "born 29 Feb, on 28 Feb of a common year, still 17",
    programme: "CHOICES",
    person: { dateOfBirth: "2008-02-29" },
    today: "2026-02-28",
    failures: ["MINIMUM_AGE"],
  },
  {
    name: "born 29 Feb, on 1 March of a common year, 18",
    programme: "CHOICES",
    person: { dateOfBirth: "2008-02-29" },
    today: "2026-03-01",
    failures: [],
  },

  // PACT: young people aged 14-17, any sex
  { name: "aged 13", programme: "PACT", person: { dateOfBirth: "2012-11-27", children: [] }, failures: ["MINIMUM_AGE"] },
  { name: "aged 14 today", programme: "PACT", person: { dateOfBirth: "2012-11-26", children: [] }, failures: [] },
  {
    name: "aged 17, a girl",
    programme: "PACT",
    person: { dateOfBirth: "2008-11-27", sex: "FEMALE", children: [] },
    failures: [],
  },
  { name: "aged 18 today", programme: "PACT", person: { dateOfBirth: "2008-11-26", children: [] }, failures: ["MAXIMUM_AGE"] },

  // BBR: men 18+, mandated, risk MEDIUM or above
  { name: "a man on a community order at medium risk", programme: "BBR", referral: MANDATED_MEDIUM, failures: [] },
  {
    name: "very high risk on licence",
    programme: "BBR",
    referral: { legalBasis: "LICENCE", riskLevel: "VERY_HIGH" },
    failures: [],
  },
  {
    name: "no legal basis",
    programme: "BBR",
    referral: { ...MANDATED_MEDIUM, legalBasis: null },
    failures: ["LEGAL_BASIS_REQUIRED"],
  },
  { name: "low risk", programme: "BBR", referral: { ...MANDATED_MEDIUM, riskLevel: "LOW" }, failures: ["MINIMUM_RISK_LEVEL"] },
  { name: "no risk level", programme: "BBR", referral: { ...MANDATED_MEDIUM, riskLevel: null }, failures: ["MINIMUM_RISK_LEVEL"] },
  {
    name: "a 17-year-old woman with no basis or risk",
    programme: "BBR",
    person: { dateOfBirth: "2009-01-01", sex: "FEMALE" },
    failures: ["MINIMUM_AGE", "SEX", "LEGAL_BASIS_REQUIRED", "MINIMUM_RISK_LEVEL"],
  },
];

describe("checkEligibility", () => {
  it.each(cases)("$programme: $name → $failures", ({ programme, person, referral, today, failures }) => {
    const rules = defaultRulesFor(programme);
    const result = checkEligibility(
      rules,
      { ...ADULT_MAN, ...person },
      { ...VOLUNTARY, ...referral },
      today ?? TODAY,
    );
    expect(result.map((failure) => failure.rule)).toEqual(failures);
    for (const failure of result) expect(failure.message).toContain(rules.name);
  });

  it.each([
    ["MINIMUM_AGE", "perpetratorId"],
    ["SEX", "perpetratorId"],
    ["LEGAL_BASIS_REQUIRED", "legalBasis"],
    ["MINIMUM_RISK_LEVEL", "riskLevel"],
  ])("BBR's %s failure points at %s", (rule, field) => {
    const result = checkEligibility(
      defaultRulesFor("BBR"),
      { ...ADULT_MAN, dateOfBirth: "2009-01-01", sex: "FEMALE" },
      VOLUNTARY,
      TODAY,
    );
    expect(result.find((failure) => failure.rule === rule)?.field).toBe(field);
  });

  it.each([
    ["CARING_DADS", "PARENT_OF_YOUNG_CHILD", { children: [] }, VOLUNTARY, "Caring Dads requires a parent with regular contact with a child aged under 17"],
    ["CARING_DADS", "SEX", { sex: "FEMALE" }, VOLUNTARY, "Caring Dads is for people whose recorded sex is male; this person's is female"],
    ["PACT", "MAXIMUM_AGE", {}, VOLUNTARY, "PACT (Parents and Children Together) is for people aged 17 or under; this person is 36"],
    ["CHOICES", "LEGAL_BASIS_NOT_APPLICABLE", {}, { legalBasis: "LICENCE", riskLevel: null }, "Choices is voluntary, so a referral to it has no legal basis"],
    ["BBR", "MINIMUM_RISK_LEVEL", {}, { legalBasis: "LICENCE", riskLevel: "LOW" }, "Building Better Relationships requires a risk level of MEDIUM or higher; LOW was given"],
  ] as const)("%s: the %s message names the rule and the programme", (code, rule, person, referral, message) => {
    const result = checkEligibility(defaultRulesFor(code), { ...ADULT_MAN, ...person }, referral, TODAY);
    expect(result.find((failure) => failure.rule === rule)?.message).toBe(message);
  });
});
