import { Field, Int, ObjectType } from "type-graphql";
import { graphqlEnum } from "../../shared/enums.js";
import { Node } from "../../shared/node.js";
import { toGlobalId } from "../../shared/global-id.js";
import { rulesOf, type ProgrammeRow } from "./programme.table.js";
import { COMPLETION_KINDS, PROGRAMME_CODES, RISK_LEVELS, SEXES } from "./programme.model.js";
import type { CompletionKind, ProgrammeCode, RiskLevel, Sex } from "./programme.model.js";
import { completionThreshold } from "./programme.rules.js";

export const ProgrammeCodeEnum = graphqlEnum(PROGRAMME_CODES, "ProgrammeCode", {
  description: "The four perpetrator programmes the partnership runs.",
  valuesConfig: {
    CARING_DADS: { description: "Caring Dads: 17 weekly sessions for fathers (birth, step or social) who have abused or neglected their children or exposed them to domestic abuse; voluntary." },
    CHOICES: { description: "Choices: West Yorkshire's early-intervention programme for adults using abuse, usually before or without a conviction; voluntary." },
    PACT: { description: "PACT (Parents and Children Together): for young people aged 14-17 who use violence or abuse towards a parent, run by the Youth Justice Service." },
    BBR: { description: "Building Better Relationships: the accredited HMPPS group programme for men convicted of intimate-partner violence; mandated by court order or licence." },
  },
});

export const SexEnum = graphqlEnum(SEXES, "Sex", {
  description: "A person's sex as recorded. Nothing in the API assumes a perpetrator is male.",
  valuesConfig: {
    MALE: { description: "Male." },
    FEMALE: { description: "Female." },
    INTERSEX: { description: "Intersex." },
    NOT_KNOWN: { description: "Not known or not recorded." },
  },
});

export const RiskLevelEnum = graphqlEnum(RISK_LEVELS, "RiskLevel", {
  description: "Assessed risk of serious harm (e.g. SARA).",
  valuesConfig: {
    LOW: { description: "Low risk of serious harm." },
    MEDIUM: { description: "Medium risk: there are signs of risk of serious harm, though harm is unlikely unless circumstances change." },
    HIGH: { description: "High risk: serious harm could happen at any time and the impact would be serious." },
    VERY_HIGH: { description: "Very high risk: serious harm is imminent and the impact would be serious." },
  },
});

export const CompletionKindEnum = graphqlEnum(COMPLETION_KINDS, "CompletionKind", {
  description: "How a programme's completion threshold is stated.",
  valuesConfig: {
    SESSION_COUNT: { description: "completionValue is the number of sessions to attend (Leeds Caring Dads: 13 of 17)." },
    PERCENTAGE: { description: "completionValue is a percentage (1-100) of sessionsTotal, rounded up to whole sessions." },
  },
});

@ObjectType({ implements: Node, description: "A perpetrator programme and its rules (data, configurable per area)." })
export class Programme extends Node {
  dbId!: string;

  @Field(() => ProgrammeCodeEnum, { description: "The programme's stable code, used to refer people and filter lists." })
  code!: ProgrammeCode;

  @Field({ description: "The programme's name, e.g. \"Caring Dads\"." })
  name!: string;

  @Field({ description: "What the programme is and who it is for, in plain words." })
  description!: string;

  @Field({ description: "True when people arrive by court order, licence or family court (enforced)." })
  mandated!: boolean;

  @Field(() => Int, { nullable: true, description: "The youngest age (in years, on the day of referral) the programme takes; null for no lower bound." })
  minAge!: number | null;

  @Field(() => Int, { nullable: true, description: "The oldest age (in years, on the day of referral) the programme takes; null for no upper bound." })
  maxAge!: number | null;

  @Field(() => SexEnum, { nullable: true, description: "Null: open to anyone." })
  requiredSex!: Sex | null;

  @Field(() => Int, { nullable: true, description: "Participants must have regular contact with a child younger than this." })
  requiresChildUnderAge!: number | null;

  @Field(() => RiskLevelEnum, { nullable: true, description: "The lowest assessed risk level the programme takes (BBR: MEDIUM); null when risk is not a criterion." })
  minimumRiskLevel!: RiskLevel | null;

  @Field(() => Int, { description: "How many sessions the programme has." })
  sessionsTotal!: number;

  @Field(() => CompletionKindEnum, { description: "How completionValue is read: a count of sessions or a percentage of sessionsTotal." })
  completionKind!: CompletionKind;

  @Field(() => Int, { description: "Sessions to attend (SESSION_COUNT) or percentage of sessions (PERCENTAGE)." })
  completionValue!: number;

  @Field(() => Int, { description: "Sessions attended (late counts) needed to complete." })
  completionThreshold!: number;

  @Field(() => Int, { nullable: true, description: "A group takes no new members once this session has started." })
  closesAfterSession!: number | null;

  @Field(() => Int, { description: "The most participants a group may have at once (ALLOCATED or ON_PROGRAMME)." })
  maxGroupSize!: number;

  @Field(() => [Int], {
    description:
      "The first session number of each module, ascending from 1 ([1]: one module). BBR's default [1, 8, 15, 22] (four modules) is an assumption, not taken from the programme manual; areas set their own.",
  })
  moduleStartSessions!: number[];

  @Field({
    description:
      "True (BBR: \"all sessions; missed sessions are caught up\"): a participant with a session missed with an acceptable reason and not yet caught up may not be recorded attending a session of a later module.",
  })
  catchUpBeforeNextModule!: boolean;
}


export function toProgramme(row: ProgrammeRow): Programme {
  const rules = rulesOf(row);
  return Object.assign(new Programme(), {
    ...rules,
    id: toGlobalId("Programme", row.id),
    dbId: row.id,
    description: row.description,
    completionThreshold: completionThreshold(rules),
  });
}
