import { Field, ID, InputType, ObjectType } from "type-graphql";
import { UserError } from "../../shared/user-errors.js";
import { StaffKindEnum } from "./iom.enums.js";
import { IomStaffMember } from "./staff.type.js";
import type { StaffKind } from "./iom.model.js";

@InputType({ description: "A police offender manager or probation practitioner to add (IOM supervisors or admins)." })
export class RegisterIomStaffMemberInput {
  @Field(() => StaffKindEnum, { description: "Police offender manager or probation practitioner; only police have a collar number and force." })
  kind!: StaffKind;

  @Field({ description: "Their name, 1 to 120 characters." })
  name!: string;

  @Field(() => String, { nullable: true, description: "Required for police offender managers." })
  collarNumber?: string | null;

  @Field(() => String, { nullable: true, description: "Required for police offender managers." })
  force?: string | null;

  @Field({ description: "Their IOM team, 1 to 80 characters." })
  team!: string;

  @Field(() => String, { nullable: true, description: "Their organisation, up to 120 characters; optional." })
  organisation?: string | null;

  @Field(() => String, { nullable: true, description: "The JWT subject they sign in with (unique); required (or the deprecated subject)." })
  sub?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The JWT subject they sign in with (unique).",
    deprecationReason: "Use sub: a JWT subject is named sub (or …Sub), like the claim and Viewer.sub.",
  })
  subject?: string | null;
}

@InputType({ description: "Changes to a staff record (IOM supervisors or admins). Only the fields given change." })
export class UpdateIomStaffMemberInput {
  @Field(() => ID, { description: "The staff member's global id." })
  staffId!: string;

  @Field(() => String, { nullable: true, description: "New name, 1 to 120 characters." })
  name?: string | null;

  @Field(() => String, { nullable: true, description: "New team, 1 to 80 characters." })
  team?: string | null;

  @Field(() => String, { nullable: true, description: "New organisation, up to 120 characters; blank clears it." })
  organisation?: string | null;

  @Field(() => Boolean, { nullable: true, description: "False when they leave the IOM team; their members need a new offender manager." })
  active?: boolean | null;
}

@InputType({ description: "Narrows the staff list; every field given must match (fields left out or null do not filter)." })
export class IomStaffFilter {
  @Field(() => String, { nullable: true, description: "Only staff of this team (exact match)." })
  team?: string | null;

  @Field(() => StaffKindEnum, { nullable: true, description: "Only police offender managers, or only probation practitioners." })
  kind?: StaffKind | null;

  @Field(() => Boolean, { nullable: true, description: "Staff who have left the IOM team too (default false: active staff only)." })
  includeInactive?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Only active staff (default true).",
    deprecationReason: "Use includeInactive (activeOnly: false is includeInactive: true): lists that show current rows by default widen with include… flags that default to false.",
  })
  activeOnly?: boolean | null;
}

@ObjectType({ description: "The answer to a staff mutation: the staff record as it now is, or why nothing changed." })
export class IomStaffMemberPayload {
  @Field(() => IomStaffMember, { nullable: true, description: "The staff record; null when userErrors is not empty." })
  staffMember!: IomStaffMember | null;

  @Field(() => [UserError], { description: "Why nothing changed; empty on success." })
  userErrors!: UserError[];
}
