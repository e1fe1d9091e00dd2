import { Field, Int, ObjectType } from "type-graphql";
import { graphqlEnum } from "../../shared/enums.js";
import { Node } from "../../shared/node.js";
import { toGlobalId } from "../../shared/global-id.js";
import { rulesOf, type ProgrammeRow } from "./programme.table.js";
import { COMPLETION_KINDS, PROGRAMME_CODES, RISK_LEVELS, SEXES } from "./programme.model.js";
import type { CompletionKind, ProgrammeCode, RiskLevel, Sex } from "./programme.model.js";
import { completionThreshold } from "./programme.rules.js";

export const ProgrammeCodeEnum = graphqlEnum(PROGRAMME_CODES, "ProgrammeCode");

export const SexEnum = graphqlEnum(SEXES, "Sex");

export const RiskLevelEnum = graphqlEnum(RISK_LEVELS, "RiskLevel", { description: "Assessed risk of serious harm (e.g. SARA)." });

export const CompletionKindEnum = graphqlEnum(COMPLETION_KINDS, "CompletionKind");

@ObjectType({ implements: Node, description: "A perpetrator programme and its rules (data, configurable per area)." })
export class Programme extends Node {
  dbId!: string;

  @Field(() => ProgrammeCodeEnum)
  code!: ProgrammeCode;

  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field({ description: "True when people arrive by court order, licence or family court (enforced)." })
  mandated!: boolean;

  @Field(() => Int, { nullable: true })
  minAge!: number | null;

  @Field(() => Int, { nullable: true })
  maxAge!: number | null;

  @Field(() => SexEnum, { nullable: true, description: "Null: open to anyone." })
  requiredSex!: Sex | null;

  @Field(() => Int, { nullable: true, description: "Participants must have regular contact with a child younger than this." })
  requiresChildUnderAge!: number | null;

  @Field(() => RiskLevelEnum, { nullable: true })
  minimumRiskLevel!: RiskLevel | null;

  @Field(() => Int)
  sessionsTotal!: number;

  @Field(() => CompletionKindEnum)
  completionKind!: CompletionKind;

  @Field(() => Int, { description: "Sessions to attend (SESSION_COUNT) or percentage of sessions (PERCENTAGE)." })
  completionValue!: number;

  @Field(() => Int, { description: "Sessions attended (late counts) needed to complete." })
  completionThreshold!: number;

  @Field(() => Int, { nullable: true, description: "A group takes no new members once this session has started." })
  closesAfterSession!: number | null;

  @Field(() => Int)
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
