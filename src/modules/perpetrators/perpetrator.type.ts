import { Field, Int, ObjectType } from "type-graphql";
import { FieldRoles } from "../../shared/auth/field-roles.js";
import { graphqlEnum } from "../../shared/enums.js";
import { Node } from "../../shared/node.js";
import { toGlobalId } from "../../shared/global-id.js";
import { DateScalar, DateTimeScalar } from "../../shared/scalars.js";
import { ConnectionType } from "../../shared/pagination.js";
import { SexEnum } from "../programmes/index.js";
import type { Sex } from "../programmes/index.js";
import type { PerpetratorChildRow, PerpetratorRow } from "./perpetrator.table.js";
import { CHILD_RELATIONSHIPS, NEEDS } from "./perpetrator.model.js";
import type { ChildRelationship, Need } from "./perpetrator.model.js";
import { readersOf } from "./perpetrator.readers.js";

export const NeedEnum = graphqlEnum(NEEDS, "Need");

export const ChildRelationshipEnum = graphqlEnum(CHILD_RELATIONSHIPS, "ChildRelationship");

@ObjectType()
export class Child {
  @Field(() => DateScalar)
  dateOfBirth!: string;

  @Field(() => ChildRelationshipEnum)
  relationship!: ChildRelationship;

  @Field({ description: "The parent has regular contact with this child." })
  regularContact!: boolean;
}

@ObjectType({ implements: Node, description: "A person who has used domestic abuse." })
export class Perpetrator extends Node {
  dbId!: string;

  @Field()
  givenName!: string;

  @Field()
  familyName!: string;

  @FieldRoles(...readersOf("dateOfBirth"))
  @Field(() => DateScalar)
  dateOfBirth!: string;

  @FieldRoles(...readersOf("sex"))
  @Field(() => SexEnum)
  sex!: Sex;

  @FieldRoles(...readersOf("crn"))
  @Field(() => String, { nullable: true, description: "Probation case reference number (nDelius), e.g. X123456." })
  crn!: string | null;

  @FieldRoles(...readersOf("pncId"))
  @Field(() => String, { nullable: true, description: "Police National Computer id, canonical YYYY/NNNNNNNL." })
  pncId!: string | null;

  @FieldRoles(...readersOf("prisonNumber"))
  @Field(() => String, { nullable: true, description: "NOMIS prison number, e.g. A1234BC." })
  prisonNumber!: string | null;

  @FieldRoles(...readersOf("croNumber"))
  @Field(() => String, { nullable: true, description: "Criminal Records Office number." })
  croNumber!: string | null;

  @FieldRoles(...readersOf("genderIdentity"))
  @Field(() => String, { nullable: true })
  genderIdentity!: string | null;

  @FieldRoles(...readersOf("ethnicity"))
  @Field(() => String, { nullable: true })
  ethnicity!: string | null;

  @FieldRoles(...readersOf("firstLanguage"))
  @Field(() => String, { nullable: true })
  firstLanguage!: string | null;

  @FieldRoles(...readersOf("interpreterRequired"))
  @Field()
  interpreterRequired!: boolean;

  @FieldRoles(...readersOf("disability"))
  @Field(() => Boolean, { nullable: true })
  disability!: boolean | null;

  @FieldRoles(...readersOf("sexualOrientation"))
  @Field(() => String, { nullable: true })
  sexualOrientation!: string | null;

  @FieldRoles(...readersOf("needs"))
  @Field(() => [NeedEnum])
  needs!: Need[];

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => Int, { description: "Increments on every correction; send it back as expectedVersion to updatePerpetrator." })
  version!: number;
}

export const PerpetratorConnection = ConnectionType(Perpetrator, "Perpetrator");

export function toPerpetrator(row: PerpetratorRow): Perpetrator {
  return Object.assign(new Perpetrator(), {
    id: toGlobalId("Perpetrator", row.id),
    dbId: row.id,
    givenName: row.givenName,
    familyName: row.familyName,
    dateOfBirth: row.dateOfBirth,
    sex: row.sex as Sex,
    crn: row.crn,
    pncId: row.pncId,
    prisonNumber: row.prisonNumber,
    croNumber: row.croNumber,
    genderIdentity: row.genderIdentity,
    ethnicity: row.ethnicity,
    firstLanguage: row.firstLanguage,
    interpreterRequired: row.interpreterRequired,
    disability: row.disability,
    sexualOrientation: row.sexualOrientation,
    needs: row.needs as Need[],
    createdAt: row.createdAt,
    version: row.version,
  });
}

export function toChild(row: PerpetratorChildRow): Child {
  return Object.assign(new Child(), {
    dateOfBirth: row.dateOfBirth,
    relationship: row.relationship as ChildRelationship,
    regularContact: row.regularContact,
  });
}

