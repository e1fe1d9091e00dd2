import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { DateScalar } from "../../shared/scalars.js";
import { UserError } from "../../shared/user-errors.js";
import { RelationshipEnum, SafeContactMethodEnum, SupportKindEnum } from "./victim-safety.enums.js";
import type { Relationship, SafeContactMethod, SupportKind } from "./victim-safety.model.js";
import { SupportAllocation, Victim, VictimLink } from "./victim.type.js";

@InputType({ description: "How to reach a victim safely. Given, it replaces all of the victim's contact-safety details; a field left out is cleared." })
export class ContactSafetyInput {
  @Field(() => SafeContactMethodEnum, { nullable: true, description: "How the victim may safely be contacted." })
  safeContactMethod?: SafeContactMethod | null;

  @Field(() => String, { nullable: true, description: "When contact is safe, up to 500 characters." })
  safeContactTimes?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Whether the perpetrator knows where the victim lives; null when not known." })
  addressKnownToPerpetrator?: boolean | null;

  @Field(() => String, { nullable: true, description: "Anything else about contacting the victim safely, up to 2000 characters." })
  notes?: string | null;
}

@InputType({ description: "A person at risk to record (police safeguarding or police)." })
export class RecordVictimInput {
  @Field({ description: "Given name(s), 1 to 100 characters." })
  givenName!: string;

  @Field({ description: "Family name, 1 to 100 characters." })
  familyName!: string;

  @Field(() => DateScalar, { nullable: true, description: "Date of birth (a calendar date); optional." })
  dateOfBirth?: string | null;

  @Field(() => ContactSafetyInput, { nullable: true, description: "How to reach them safely; optional." })
  contactSafety?: ContactSafetyInput | null;
}

@InputType({ description: "Changes only the fields given; contactSafety replaces the details as a whole." })
export class UpdateVictimInput {
  @Field(() => ID, { description: "The victim's global id." })
  victimId!: string;

  @Field(() => Int, { description: "The victim's version the caller last read; a stale one is refused with CONFLICT." })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: "New given name(s), 1 to 100 characters." })
  givenName?: string | null;

  @Field(() => String, { nullable: true, description: "New family name, 1 to 100 characters." })
  familyName?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Corrected date of birth (a calendar date)." })
  dateOfBirth?: string | null;

  @Field(() => ContactSafetyInput, { nullable: true, description: "New contact-safety details, replacing the old ones as a whole." })
  contactSafety?: ContactSafetyInput | null;
}

@InputType({ description: "Ties a victim to a perpetrator; a victim has at most one current link to the same person." })
export class LinkVictimInput {
  @Field(() => ID, { description: "The victim's global id." })
  victimId!: string;

  @Field(() => ID, { description: "The perpetrator's global id." })
  perpetratorId!: string;

  @Field(() => RelationshipEnum, { description: "What the victim is to the perpetrator." })
  relationship!: Relationship;

  @Field(() => DateScalar, { description: "The day the relationship or risk began (a calendar date, not in the future)." })
  startedOn!: string;
}

@InputType({ description: "Ends a current victim link." })
export class EndVictimLinkInput {
  @Field(() => ID, { description: "The link's global id." })
  linkId!: string;

  @Field(() => DateScalar, { description: "The day the link ends: not before it started, not in the future." })
  endedOn!: string;
}

@InputType({ description: "A support worker for a victim (police safeguarding); a victim has at most one current IDVA." })
export class AllocateSupportWorkerInput {
  @Field(() => ID, { description: "The victim's global id." })
  victimId!: string;

  @Field(() => SupportKindEnum, { description: "What kind of support the worker gives." })
  kind!: SupportKind;

  @Field({ description: "The worker's name, 1 to 100 characters." })
  workerName!: string;

  @Field(() => String, { nullable: true, description: "The worker's JWT subject, so safety alerts reach them." })
  workerSub?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The worker's JWT subject.",
    deprecationReason: "Use workerSub: a person's JWT subject is named …Sub, like the JWT claim and Viewer.sub.",
  })
  workerSubject?: string | null;

  @Field({ description: "The worker's organisation, 1 to 100 characters." })
  organisation!: string;

  @Field(() => DateScalar, { description: "The first day of the allocation (a calendar date, not in the future)." })
  startedOn!: string;
}

@InputType({ description: "Ends a current support allocation; the worker stops receiving the victim's alerts." })
export class EndSupportAllocationInput {
  @Field(() => ID, { description: "The allocation's global id." })
  allocationId!: string;

  @Field(() => DateScalar, { description: "The first day the worker no longer supports the victim: not before the allocation started, not in the future." })
  endedOn!: string;
}

@InputType({ description: "Narrows a list of victims; every field given must match (fields left out or null do not filter)." })
export class VictimFilter {
  @Field(() => String, { nullable: true, description: "The start of the first or last name (2+ characters)." })
  nameStartsWith?: string | null;

  @Field(() => ID, { nullable: true, description: "Victims linked to this perpetrator." })
  perpetratorId?: string | null;
}

@ObjectType({ description: "The answer to a victim mutation: the victim as now recorded, or why nothing changed." })
export class VictimPayload {
  @Field(() => Victim, { nullable: true, description: "The victim; null when userErrors is not empty." })
  victim!: Victim | null;

  @Field(() => [UserError], { description: "Why nothing changed; empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ description: "The answer to a link mutation: the link as it now is, or why nothing changed." })
export class VictimLinkPayload {
  @Field(() => VictimLink, { nullable: true, description: "The link; null when userErrors is not empty." })
  link!: VictimLink | null;

  @Field(() => [UserError], { description: "Why nothing changed; empty on success." })
  userErrors!: UserError[];
}

@ObjectType({ description: "The answer to a support-allocation mutation: the allocation as it now is, or why nothing changed." })
export class SupportAllocationPayload {
  @Field(() => SupportAllocation, { nullable: true, description: "The allocation; null when userErrors is not empty." })
  allocation!: SupportAllocation | null;

  @Field(() => [UserError], { description: "Why nothing changed; empty on success." })
  userErrors!: UserError[];
}
