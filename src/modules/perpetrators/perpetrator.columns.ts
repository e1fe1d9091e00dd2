import { getTableColumns } from "drizzle-orm";
import { perpetrators } from "./perpetrator.table.js";

type PerpetratorColumns = typeof perpetrators._.columns;
type ColumnName = keyof PerpetratorColumns;

/**
 * The columns each field of the GraphQL `Perpetrator` reads, beyond the id every row carries. A page
 * query selects the union for the fields the operation asks for. Relations and derived fields read the
 * id alone (they go through loaders by id). The test beside this file fails on a field of the schema
 * that is not listed here, so a new field cannot be answered from a column nobody selected.
 */
export const PERPETRATOR_FIELD_COLUMNS: Readonly<Record<string, readonly ColumnName[]>> = {
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
  __typename: [],
  children: [],
  referrals: [],
  caseAllocation: [],
  caseAllocationHistory: [],
  iomMembership: [],
  victimLinks: [],
  protectiveOrders: [],
  hasActiveSafetyConcerns: [],
};

const ALL_COLUMNS = getTableColumns(perpetrators);

/**
 * The perpetrator columns a selection of fields reads: the id and what PERPETRATOR_FIELD_COLUMNS lists.
 * Without a selection, or with a field not listed, every column (never fewer than a field needs).
 */
export function perpetratorColumnsFor(fields: ReadonlySet<string> | undefined): Partial<PerpetratorColumns> {
  if (!fields) return ALL_COLUMNS;
  const columns: Partial<Record<ColumnName, PerpetratorColumns[ColumnName]>> = { id: ALL_COLUMNS.id };
  for (const field of fields) {
    const read = PERPETRATOR_FIELD_COLUMNS[field];
    if (!read) return ALL_COLUMNS;
    for (const name of read) columns[name] = ALL_COLUMNS[name];
  }
  return columns as Partial<PerpetratorColumns>;
}
