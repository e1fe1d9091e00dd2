import { Field, ObjectType } from "type-graphql";
import { FieldRoles } from "../../shared/auth/field-roles.js";
import { graphqlEnum } from "../../shared/enums.js";
import { Node } from "../../shared/node.js";
import { toGlobalId } from "../../shared/global-id.js";
import { DateScalar, DateTimeScalar } from "../../shared/scalars.js";
import { ConnectionType } from "../../shared/pagination.js";
import { CASE_READERS, Role } from "../../shared/auth/roles.js";
import { SexEnum } from "../programmes/index.js";
import type { Sex } from "../programmes/index.js";
import type { PerpetratorChildRow, PerpetratorRow } from "./perpetrator.table.js";
import { CHILD_RELATIONSHIPS, NEEDS } from "./perpetrator.model.js";
import type { ChildRelationship, Need } from "./perpetrator.model.js";

export const NeedEnum = graphqlEnum(NEEDS, "Need");

export const ChildRelationshipEnum = graphqlEnum(CHILD_RELATIONSHIPS, "ChildRelationship");

/** Equality data is special-category: person-level only to those who collect it, aggregates to analysts. */
const EQUALITY_READERS = [Role.PROBATION, Role.ADMIN];
/** Facilitators need to know who needs an interpreter, not the rest of the equality record. */
const LANGUAGE_READERS = [...EQUALITY_READERS, Role.FACILITATOR];
const PARTICIPANT_READERS = [...CASE_READERS, Role.FACILITATOR];

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

  @FieldRoles(...PARTICIPANT_READERS)
  @Field(() => DateScalar)
  dateOfBirth!: string;

  @FieldRoles(...PARTICIPANT_READERS)
  @Field(() => SexEnum)
  sex!: Sex;

  @FieldRoles(...PARTICIPANT_READERS)
  @Field(() => String, { nullable: true, description: "Probation case reference number (nDelius), e.g. X123456." })
  crn!: string | null;

  @FieldRoles(...CASE_READERS)
  @Field(() => String, { nullable: true, description: "Police National Computer id, canonical YYYY/NNNNNNNL." })
  pncId!: string | null;

  @FieldRoles(...CASE_READERS)
  @Field(() => String, { nullable: true, description: "NOMIS prison number, e.g. A1234BC." })
  prisonNumber!: string | null;

  @FieldRoles(...CASE_READERS)
  @Field(() => String, { nullable: true, description: "Criminal Records Office number." })
  croNumber!: string | null;

  @FieldRoles(...EQUALITY_READERS)
  @Field(() => String, { nullable: true })
  genderIdentity!: string | null;

  @FieldRoles(...EQUALITY_READERS)
  @Field(() => String, { nullable: true })
  ethnicity!: string | null;

  @FieldRoles(...LANGUAGE_READERS)
  @Field(() => String, { nullable: true })
  firstLanguage!: string | null;

  @FieldRoles(...LANGUAGE_READERS)
  @Field()
  interpreterRequired!: boolean;

  @FieldRoles(...EQUALITY_READERS)
  @Field(() => Boolean, { nullable: true })
  disability!: boolean | null;

  @FieldRoles(...EQUALITY_READERS)
  @Field(() => String, { nullable: true })
  sexualOrientation!: string | null;

  @FieldRoles(...PARTICIPANT_READERS)
  @Field(() => [NeedEnum])
  needs!: Need[];

  @Field(() => DateTimeScalar)
  createdAt!: Date;
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
  });
}

export function toChild(row: PerpetratorChildRow): Child {
  return Object.assign(new Child(), {
    dateOfBirth: row.dateOfBirth,
    relationship: row.relationship as ChildRelationship,
    regularContact: row.regularContact,
  });
}

