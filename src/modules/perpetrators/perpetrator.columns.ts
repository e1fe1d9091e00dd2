import { columnsReader, type FieldColumns } from "../../db/columns-read.js";
import { perpetrators } from "./perpetrator.table.js";

/**
 * The columns each field of the GraphQL `Perpetrator` reads, beyond the id every row carries. Pages
 * (and the pages that join a person) select the union for the fields the operation asks for.
 */
export const PERPETRATOR_FIELD_COLUMNS: FieldColumns<typeof perpetrators> = {
  id: [],
  givenName: ["givenName"],
  familyName: ["familyName"],
  dateOfBirth: ["dateOfBirth"],
  sex: ["sex"],
  crn: ["crn"],
  pncId: ["pncId"],
  prisonNumber: ["prisonNumber"],
  croNumber: ["croNumber"],
  genderIdentity: ["genderIdentity"],
  ethnicity: ["ethnicity"],
  firstLanguage: ["firstLanguage"],
  interpreterRequired: ["interpreterRequired"],
  disability: ["disability"],
  sexualOrientation: ["sexualOrientation"],
  needs: ["needs"],
  createdAt: ["createdAt"],
  version: ["version"],
  __typename: [],
  children: [],
  referrals: [],
  caseAllocation: [],
  caseAllocationHistory: [],
  iomMembership: [],
  victimLinks: [],
  protectiveOrders: [],
  hasActiveSafetyConcerns: [],
  changes: [],
  merges: [],
};

export const perpetratorColumnsFor = columnsReader(perpetrators, PERPETRATOR_FIELD_COLUMNS, ["id"]);
