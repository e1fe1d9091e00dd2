import { columnsReader, type FieldColumns } from "../../db/columns-read.js";
import { iomMemberships, iomStaff } from "./iom.table.js";

/** The columns each field of the GraphQL `IomMembership` reads; relations and derived fields name the keys they resolve from. */
export const MEMBERSHIP_FIELD_COLUMNS: FieldColumns<typeof iomMemberships> = {
  __typename: [],
  id: [],
  selectionSource: ["selectionSource"],
  cohortType: ["cohortType"],
  rfgScore: ["rfgScore"],
  startedOn: ["startedOn"],
  endedOn: ["endedOn"],
  open: ["endedOn"],
  deselectionReason: ["deselectionReason"],
  deselectionNote: ["deselectionNote"],
  selectedBy: ["selectedBy"],
  deselectedBy: ["deselectedBy"],
  perpetrator: ["perpetratorId"],
  offenderManager: [],
  offenderManagerHistory: [],
  plan: [],
  planVersions: [],
  reviewOverdue: [],
  overdueActionCount: [],
};

/** The id and the cohort page's keyset (started_on, id) are always read. */
export const membershipColumnsFor = columnsReader(iomMemberships, MEMBERSHIP_FIELD_COLUMNS, ["id", "startedOn"]);

/** The columns each field of the GraphQL `IomStaffMember` reads. */
export const STAFF_FIELD_COLUMNS: FieldColumns<typeof iomStaff> = {
  __typename: [],
  id: [],
  kind: ["kind"],
  name: ["name"],
  collarNumber: ["collarNumber"],
  force: ["force"],
  team: ["team"],
  organisation: ["organisation"],
  sub: ["subject"],
  subject: ["subject"],
  active: ["active"],
};

export const staffColumnsFor = columnsReader(iomStaff, STAFF_FIELD_COLUMNS, ["id"]);
