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

export const NeedEnum = graphqlEnum(NEEDS, "Need", {
  description: "A need the programmes and the seed reports track for a person; a person may have several.",
  valuesConfig: {
    SUBSTANCE_MISUSE: { description: "Misuse of drugs or other substances." },
    ALCOHOL_MISUSE: { description: "Misuse of alcohol." },
    MENTAL_HEALTH: { description: "A mental-health need." },
    ACCOMMODATION: { description: "No settled accommodation, or accommodation at risk." },
    FINANCE_AND_DEBT: { description: "Problems with money, benefits or debt." },
    EDUCATION_TRAINING_EMPLOYMENT: { description: "A need for education, training or employment." },
    COMPLEX_NEEDS: { description: "Several needs together that services must meet jointly." },
  },
});

export const ChildRelationshipEnum = graphqlEnum(CHILD_RELATIONSHIPS, "ChildRelationship", {
  description: "How a person is a child's parent (Caring Dads takes birth, step and social fathers).",
  valuesConfig: {
    BIRTH: { description: "The child's birth parent." },
    STEP: { description: "A step-parent: the partner of the child's parent." },
    SOCIAL: { description: "A social parent: someone in a parenting role who is neither birth nor step-parent." },
    OTHER: { description: "Another relationship to the child." },
  },
});

@ObjectType({ description: "A child in the person's life, as the programmes' eligibility rules (e.g. Caring Dads) need it. No name is held." })
export class Child {
  @Field(() => DateScalar, { description: "The child's date of birth (a calendar date)." })
  dateOfBirth!: string;

  @Field(() => ChildRelationshipEnum, { description: "How the person is the child's parent." })
  relationship!: ChildRelationship;

  @Field({ description: "The parent has regular contact with this child." })
  regularContact!: boolean;
}

@ObjectType({ implements: Node, description: "A person who has used domestic abuse." })
export class Perpetrator extends Node {
  dbId!: string;

  @Field({ description: "Given name(s). Everyone who may see the person may read it." })
  givenName!: string;

  @Field({ description: "Family name. Everyone who may see the person may read it." })
  familyName!: string;

  @FieldRoles(...readersOf("dateOfBirth"))
  @Field(() => DateScalar, { description: "Date of birth (a calendar date). Probation, police, IOM, safeguarding and admin roles and the person's group facilitators may read it; others get FORBIDDEN." })
  dateOfBirth!: string;

  @FieldRoles(...readersOf("sex"))
  @Field(() => SexEnum, { description: "Sex as recorded. Probation, police, IOM, safeguarding and admin roles and the person's group facilitators may read it; others get FORBIDDEN." })
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
  @Field(() => String, { nullable: true, description: "Gender identity in the person's own words; null when not given. Special-category equality data: probation and admins only; others get FORBIDDEN." })
  genderIdentity!: string | null;

  @FieldRoles(...readersOf("ethnicity"))
  @Field(() => String, { nullable: true, description: "Ethnicity as the person describes it; null when not given. Special-category equality data: probation and admins only; others get FORBIDDEN." })
  ethnicity!: string | null;

  @FieldRoles(...readersOf("firstLanguage"))
  @Field(() => String, { nullable: true, description: "First language; null when not given. Probation, admins and the person's group facilitators may read it; others get FORBIDDEN." })
  firstLanguage!: string | null;

  @FieldRoles(...readersOf("interpreterRequired"))
  @Field({ description: "Whether the person needs an interpreter. Probation, admins and the person's group facilitators may read it; others get FORBIDDEN." })
  interpreterRequired!: boolean;

  @FieldRoles(...readersOf("disability"))
  @Field(() => Boolean, { nullable: true, description: "Whether the person considers themselves disabled; null when not given. Special-category equality data: probation and admins only; others get FORBIDDEN." })
  disability!: boolean | null;

  @FieldRoles(...readersOf("sexualOrientation"))
  @Field(() => String, { nullable: true, description: "Sexual orientation as the person describes it; null when not given. Special-category equality data: probation and admins only; others get FORBIDDEN." })
  sexualOrientation!: string | null;

  @FieldRoles(...readersOf("needs"))
  @Field(() => [NeedEnum], { description: "Needs the programmes track (substance misuse, mental health, accommodation...), each listed once; empty for none. Probation, police, IOM, safeguarding and admin roles and the person's group facilitators may read it; others get FORBIDDEN." })
  needs!: Need[];

  @Field(() => DateTimeScalar, { description: "When the person was first recorded (UTC instant)." })
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

