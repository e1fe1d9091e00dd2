import { Field, ID, InputType, ObjectType } from "type-graphql";
import { UserError } from "../../shared/user-errors.js";
import { StaffKindEnum } from "./iom.enums.js";
import { IomStaffMember } from "./staff.type.js";
import type { StaffKind } from "./iom.model.js";

@InputType()
export class RegisterIomStaffMemberInput {
  @Field(() => StaffKindEnum)
  kind!: StaffKind;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: "Required for police offender managers." })
  collarNumber?: string | null;

  @Field(() => String, { nullable: true, description: "Required for police offender managers." })
  force?: string | null;

  @Field()
  team!: string;

  @Field(() => String, { nullable: true })
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

@InputType()
export class UpdateIomStaffMemberInput {
  @Field(() => ID)
  staffId!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  team?: string | null;

  @Field(() => String, { nullable: true })
  organisation?: string | null;

  @Field(() => Boolean, { nullable: true, description: "False when they leave the IOM team; their members need a new offender manager." })
  active?: boolean | null;
}

@InputType()
export class IomStaffFilter {
  @Field(() => String, { nullable: true })
  team?: string | null;

  @Field(() => StaffKindEnum, { nullable: true })
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

@ObjectType()
export class IomStaffMemberPayload {
  @Field(() => IomStaffMember, { nullable: true })
  staffMember!: IomStaffMember | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
