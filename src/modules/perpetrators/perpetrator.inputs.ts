import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { DateScalar } from "../../shared/scalars.js";
import { UserError } from "../../shared/user-errors.js";
import { SexEnum } from "../programmes/index.js";
import type { Sex } from "../programmes/index.js";
import { ChildRelationshipEnum, NeedEnum, Perpetrator } from "./perpetrator.type.js";
import type { ChildRelationship, Need } from "./perpetrator.model.js";

@InputType()
export class ChildInput {
  @Field(() => DateScalar)
  dateOfBirth!: string;

  @Field(() => ChildRelationshipEnum, { nullable: true, defaultValue: "BIRTH" })
  relationship?: ChildRelationship;

  @Field(() => Boolean, { nullable: true, defaultValue: true })
  regularContact?: boolean;
}

@InputType()
export class CreatePerpetratorInput {
  @Field()
  givenName!: string;

  @Field()
  familyName!: string;

  @Field(() => DateScalar)
  dateOfBirth!: string;

  @Field(() => SexEnum)
  sex!: Sex;

  @Field(() => String, { nullable: true, description: "Probation CRN, e.g. X123456." })
  crn?: string | null;

  @Field(() => String, { nullable: true, description: "PNC ID in any accepted form; stored canonical." })
  pncId?: string | null;

  @Field(() => String, { nullable: true })
  prisonNumber?: string | null;

  @Field(() => String, { nullable: true })
  croNumber?: string | null;

  @Field(() => [ChildInput], { nullable: true, defaultValue: [] })
  children?: ChildInput[];

  @Field(() => [NeedEnum], { nullable: true, defaultValue: [] })
  needs?: Need[];

  @Field(() => String, { nullable: true })
  genderIdentity?: string | null;

  @Field(() => String, { nullable: true })
  ethnicity?: string | null;

  @Field(() => String, { nullable: true })
  firstLanguage?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  interpreterRequired?: boolean;

  @Field(() => Boolean, { nullable: true })
  disability?: boolean | null;

  @Field(() => String, { nullable: true })
  sexualOrientation?: string | null;
}

@ObjectType()
export class CreatePerpetratorPayload {
  @Field(() => Perpetrator, { nullable: true })
  perpetrator!: Perpetrator | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@InputType({ description: "Narrows a search. Name terms match the start of names, case-insensitively." })
export class PerpetratorFilter {
  @Field(() => String, { nullable: true, description: "\"smith\" matches family names; \"jo smith\" also a given name starting jo." })
  name?: string | null;

  @Field(() => String, { nullable: true })
  crn?: string | null;

  @Field(() => String, { nullable: true, description: "Any accepted PNC ID form." })
  pncId?: string | null;
}

@InputType({
  description: "A correction of a person's record (DPA 2018 s.46). Name only the fields to change: an omitted field is left as it is, an explicit null clears an optional one.",
})
export class UpdatePerpetratorInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: "The version the caller last read; a stale one is refused with CONFLICT." })
  expectedVersion!: number;

  @Field({ description: "Why the record is corrected (1 to 500 characters); kept in the person's history of changes." })
  reason!: string;

  @Field(() => String, { nullable: true })
  givenName?: string | null;

  @Field(() => String, { nullable: true })
  familyName?: string | null;

  @Field(() => DateScalar, { nullable: true })
  dateOfBirth?: string | null;

  @Field(() => SexEnum, { nullable: true })
  sex?: Sex | null;

  @Field(() => String, { nullable: true, description: "Probation CRN, e.g. X123456; null clears it." })
  crn?: string | null;

  @Field(() => String, { nullable: true, description: "PNC ID in any accepted form; stored canonical; null clears it." })
  pncId?: string | null;

  @Field(() => String, { nullable: true })
  prisonNumber?: string | null;

  @Field(() => String, { nullable: true })
  croNumber?: string | null;

  @Field(() => String, { nullable: true })
  genderIdentity?: string | null;

  @Field(() => String, { nullable: true })
  ethnicity?: string | null;

  @Field(() => String, { nullable: true })
  firstLanguage?: string | null;

  @Field(() => Boolean, { nullable: true })
  interpreterRequired?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  disability?: boolean | null;

  @Field(() => String, { nullable: true })
  sexualOrientation?: string | null;

  @Field(() => [NeedEnum], { nullable: true, description: "The whole list of needs, replacing the old one ([] for none)." })
  needs?: Need[] | null;
}

@ObjectType()
export class UpdatePerpetratorPayload {
  @Field(() => Perpetrator, { nullable: true })
  perpetrator!: Perpetrator | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
