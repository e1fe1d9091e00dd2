import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { DateScalar } from "../../shared/scalars.js";
import { UserError } from "../../shared/user-errors.js";
import { SexEnum } from "../programmes/index.js";
import type { Sex } from "../programmes/index.js";
import { ChildRelationshipEnum, NeedEnum, Perpetrator } from "./perpetrator.type.js";
import type { ChildRelationship, Need } from "./perpetrator.model.js";

@InputType({ description: "A child to record with a new person." })
export class ChildInput {
  @Field(() => DateScalar, { description: "The child's date of birth (a calendar date, not in the future)." })
  dateOfBirth!: string;

  @Field(() => ChildRelationshipEnum, { nullable: true, defaultValue: "BIRTH", description: "How the person is the child's parent; BIRTH when left out." })
  relationship?: ChildRelationship;

  @Field(() => Boolean, { nullable: true, defaultValue: true, description: "Whether the person has regular contact with the child; true when left out." })
  regularContact?: boolean;
}

@InputType({ description: "A new person to record. Identifiers are checked and stored in canonical form, and each must be unique to one person." })
export class CreatePerpetratorInput {
  @Field({ description: "Given name(s), 1 to 100 characters; spaces are trimmed and collapsed." })
  givenName!: string;

  @Field({ description: "Family name, 1 to 100 characters; spaces are trimmed and collapsed." })
  familyName!: string;

  @Field(() => DateScalar, { description: "Date of birth (a calendar date); not in the future, and no more than 110 years ago." })
  dateOfBirth!: string;

  @Field(() => SexEnum, { description: "Sex as recorded (NOT_KNOWN when it is not known)." })
  sex!: Sex;

  @Field(() => String, { nullable: true, description: "Probation CRN, e.g. X123456." })
  crn?: string | null;

  @Field(() => String, { nullable: true, description: "PNC ID in any accepted form; stored canonical." })
  pncId?: string | null;

  @Field(() => String, { nullable: true, description: "NOMIS prison number, e.g. A1234BC; blank or null for none." })
  prisonNumber?: string | null;

  @Field(() => String, { nullable: true, description: "Criminal Records Office number, NNNNNN/YYL or SFYY/NNNNNNL, with a valid check letter; blank or null for none." })
  croNumber?: string | null;

  @Field(() => [ChildInput], { nullable: true, defaultValue: [], description: "Children in the person's life; none when left out." })
  children?: ChildInput[];

  @Field(() => [NeedEnum], { nullable: true, defaultValue: [], description: "Needs the programmes track; repeats are ignored; none when left out." })
  needs?: Need[];

  @Field(() => String, { nullable: true, description: "Gender identity in the person's own words, up to 100 characters; optional equality data." })
  genderIdentity?: string | null;

  @Field(() => String, { nullable: true, description: "Ethnicity as the person describes it, up to 100 characters; optional equality data." })
  ethnicity?: string | null;

  @Field(() => String, { nullable: true, description: "First language, up to 100 characters; optional." })
  firstLanguage?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: "Whether the person needs an interpreter; false when left out." })
  interpreterRequired?: boolean;

  @Field(() => Boolean, { nullable: true, description: "Whether the person considers themselves disabled; null when not given. Optional equality data." })
  disability?: boolean | null;

  @Field(() => String, { nullable: true, description: "Sexual orientation as the person describes it, up to 100 characters; optional equality data." })
  sexualOrientation?: string | null;
}

@ObjectType({ description: "The answer to createPerpetrator: the new person, or why they were not recorded." })
export class CreatePerpetratorPayload {
  @Field(() => Perpetrator, { nullable: true, description: "The person recorded; null when userErrors is not empty." })
  perpetrator!: Perpetrator | null;

  @Field(() => [UserError], { description: "Why the person was not recorded (every problem at once); empty on success." })
  userErrors!: UserError[];
}

@InputType({ description: "Narrows a search. Name terms match the start of names, case-insensitively." })
export class PerpetratorFilter {
  @Field(() => String, { nullable: true, description: "\"smith\" matches family names; \"jo smith\" also a given name starting jo." })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "Only the person with this probation CRN (exact match), e.g. X123456." })
  crn?: string | null;

  @Field(() => String, { nullable: true, description: "Any accepted PNC ID form." })
  pncId?: string | null;
}

@InputType({
  description: "A correction of a person's record (DPA 2018 s.46). Name only the fields to change: an omitted field is left as it is, an explicit null clears an optional one.",
})
export class UpdatePerpetratorInput {
  @Field(() => ID, { description: "The person's global id." })
  id!: string;

  @Field(() => Int, { description: "The version the caller last read; a stale one is refused with CONFLICT." })
  expectedVersion!: number;

  @Field({ description: "Why the record is corrected (1 to 500 characters); kept in the person's history of changes." })
  reason!: string;

  @Field(() => String, { nullable: true, description: "New given name(s), 1 to 100 characters." })
  givenName?: string | null;

  @Field(() => String, { nullable: true, description: "New family name, 1 to 100 characters." })
  familyName?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Corrected date of birth (a calendar date, not in the future)." })
  dateOfBirth?: string | null;

  @Field(() => SexEnum, { nullable: true, description: "Corrected sex." })
  sex?: Sex | null;

  @Field(() => String, { nullable: true, description: "Probation CRN, e.g. X123456; null clears it." })
  crn?: string | null;

  @Field(() => String, { nullable: true, description: "PNC ID in any accepted form; stored canonical; null clears it." })
  pncId?: string | null;

  @Field(() => String, { nullable: true, description: "NOMIS prison number, e.g. A1234BC; null clears it." })
  prisonNumber?: string | null;

  @Field(() => String, { nullable: true, description: "Criminal Records Office number, NNNNNN/YYL or SFYY/NNNNNNL; null clears it." })
  croNumber?: string | null;

  @Field(() => String, { nullable: true, description: "Gender identity, up to 100 characters; null clears it." })
  genderIdentity?: string | null;

  @Field(() => String, { nullable: true, description: "Ethnicity, up to 100 characters; null clears it." })
  ethnicity?: string | null;

  @Field(() => String, { nullable: true, description: "First language, up to 100 characters; null clears it." })
  firstLanguage?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Whether the person needs an interpreter." })
  interpreterRequired?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Whether the person considers themselves disabled; null clears it." })
  disability?: boolean | null;

  @Field(() => String, { nullable: true, description: "Sexual orientation, up to 100 characters; null clears it." })
  sexualOrientation?: string | null;

  @Field(() => [NeedEnum], { nullable: true, description: "The whole list of needs, replacing the old one ([] for none)." })
  needs?: Need[] | null;
}

@ObjectType({ description: "The answer to updatePerpetrator: the corrected person, or why the correction was refused." })
export class UpdatePerpetratorPayload {
  @Field(() => Perpetrator, { nullable: true, description: "The person as corrected, with its new version; null when userErrors is not empty." })
  perpetrator!: Perpetrator | null;

  @Field(() => [UserError], { description: "Why nothing was changed; empty on success." })
  userErrors!: UserError[];
}
