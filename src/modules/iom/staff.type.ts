import { Field, ObjectType } from "type-graphql";
import { Node } from "../../shared/node.js";
import { toGlobalId } from "../../shared/global-id.js";
import { ConnectionType } from "../../shared/pagination.js";
import { StaffKindEnum } from "./iom.enums.js";
import type { StaffKind } from "./iom.model.js";
import type { IomStaffRow } from "./iom.table.js";

@ObjectType({ implements: Node, description: "A police offender manager or probation practitioner working with the IOM cohort." })
export class IomStaffMember extends Node {
  dbId!: string;

  @Field(() => StaffKindEnum, { description: "Whether they are a police offender manager or a probation practitioner." })
  kind!: StaffKind;

  @Field({ description: "Their name." })
  name!: string;

  @Field(() => String, { nullable: true, description: "Police only." })
  collarNumber!: string | null;

  @Field(() => String, { nullable: true, description: "Police only." })
  force!: string | null;

  @Field({ description: "The IOM team they work in, e.g. \"Leeds DV IOM North\"." })
  team!: string;

  @Field(() => String, { nullable: true, description: "Their organisation; null when not recorded." })
  organisation!: string | null;

  @Field({ description: "The JWT subject this person signs in with." })
  sub!: string;

  @Field({ description: "The JWT subject this person signs in with.", deprecationReason: "Use sub: a JWT subject is named sub (or …Sub), like the claim and Viewer.sub." })
  subject!: string;

  @Field({ description: "False once they have left the IOM team; an inactive person cannot be given members or actions." })
  active!: boolean;
}

export const IomStaffMemberConnection = ConnectionType(IomStaffMember, "IomStaffMember");

export function toIomStaffMember(row: IomStaffRow): IomStaffMember {
  return Object.assign(new IomStaffMember(), {
    id: toGlobalId("IomStaffMember", row.id),
    dbId: row.id,
    kind: row.kind as StaffKind,
    name: row.name,
    collarNumber: row.collarNumber,
    force: row.force,
    team: row.team,
    organisation: row.organisation,
    sub: row.subject,
    subject: row.subject,
    active: row.active,
  });
}
