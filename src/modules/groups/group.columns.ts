import { columnsReader, type FieldColumns } from "../../db/columns-read.js";
import { programmeGroups } from "./group.table.js";

/** The columns each field of the GraphQL `ProgrammeGroup` reads; relations and derived fields name the keys they resolve from. */
export const GROUP_FIELD_COLUMNS: FieldColumns<typeof programmeGroups> = {
  __typename: [],
  id: [],
  name: ["name"],
  location: ["location"],
  startsOn: ["startsOn"],
  programme: ["programmeId"],
  version: ["version"],
  status: ["closedAt"],
  closedAt: ["closedAt"],
  closedBy: ["closedBy"],
  closeReason: ["closeReason"],
  facilitatorSubs: [],
  facilitators: [],
  memberCount: [],
  participants: [],
  sessions: [],
};

export const groupColumnsFor = columnsReader(programmeGroups, GROUP_FIELD_COLUMNS, ["id"]);
