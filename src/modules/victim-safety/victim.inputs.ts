import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { DateScalar } from "../../shared/scalars.js";
import { UserError } from "../../shared/user-errors.js";
import { RelationshipEnum, SafeContactMethodEnum, SupportKindEnum } from "./victim-safety.enums.js";
import type { Relationship, SafeContactMethod, SupportKind } from "./victim-safety.model.js";
import { SupportAllocation, Victim, VictimLink } from "./victim.type.js";

@InputType()
export class ContactSafetyInput {
  @Field(() => SafeContactMethodEnum, { nullable: true })
  safeContactMethod?: SafeContactMethod | null;

  @Field(() => String, { nullable: true })
  safeContactTimes?: string | null;

  @Field(() => Boolean, { nullable: true })
  addressKnownToPerpetrator?: boolean | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}

@InputType()
export class RecordVictimInput {
  @Field()
  givenName!: string;

  @Field()
  familyName!: string;

  @Field(() => DateScalar, { nullable: true })
  dateOfBirth?: string | null;

  @Field(() => ContactSafetyInput, { nullable: true })
  contactSafety?: ContactSafetyInput | null;
}

@InputType({ description: "Changes only the fields given; contactSafety replaces the details as a whole." })
export class UpdateVictimInput {
  @Field(() => ID)
  victimId!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => String, { nullable: true })
  givenName?: string | null;

  @Field(() => String, { nullable: true })
  familyName?: string | null;

  @Field(() => DateScalar, { nullable: true })
  dateOfBirth?: string | null;

  @Field(() => ContactSafetyInput, { nullable: true })
  contactSafety?: ContactSafetyInput | null;
}

@InputType()
export class LinkVictimInput {
  @Field(() => ID)
  victimId!: string;

  @Field(() => ID)
  perpetratorId!: string;

  @Field(() => RelationshipEnum)
  relationship!: Relationship;

  @Field(() => DateScalar)
  startedOn!: string;
}

@InputType()
export class EndVictimLinkInput {
  @Field(() => ID)
  linkId!: string;

  @Field(() => DateScalar)
  endedOn!: string;
}

@InputType()
export class AllocateSupportWorkerInput {
  @Field(() => ID)
  victimId!: string;

  @Field(() => SupportKindEnum)
  kind!: SupportKind;

  @Field()
  workerName!: string;

  @Field(() => String, { nullable: true, description: "The worker's JWT subject, so safety alerts reach them." })
  workerSub?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The worker's JWT subject.",
    deprecationReason: "Use workerSub: a person's JWT subject is named …Sub, like the JWT claim and Viewer.sub.",
  })
  workerSubject?: string | null;

  @Field()
  organisation!: string;

  @Field(() => DateScalar)
  startedOn!: string;
}

@InputType()
export class EndSupportAllocationInput {
  @Field(() => ID)
  allocationId!: string;

  @Field(() => DateScalar)
  endedOn!: string;
}

@InputType()
export class VictimFilter {
  @Field(() => String, { nullable: true, description: "The start of the first or last name (2+ characters)." })
  nameStartsWith?: string | null;

  @Field(() => ID, { nullable: true, description: "Victims linked to this perpetrator." })
  perpetratorId?: string | null;
}

@ObjectType()
export class VictimPayload {
  @Field(() => Victim, { nullable: true })
  victim!: Victim | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class VictimLinkPayload {
  @Field(() => VictimLink, { nullable: true })
  link!: VictimLink | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class SupportAllocationPayload {
  @Field(() => SupportAllocation, { nullable: true })
  allocation!: SupportAllocation | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
