import { columnsReader, type FieldColumns } from "../../db/columns-read.js";
import { referrals } from "./referral.table.js";

/** The columns each field of the GraphQL `Referral` reads; relations and derived fields name the keys they resolve from. */
export const REFERRAL_FIELD_COLUMNS: FieldColumns<typeof referrals> = {
  __typename: [],
  id: [],
  status: ["status"],
  version: ["version"],
  mandated: ["legalBasis"],
  legalBasis: ["legalBasis"],
  source: ["source"],
  riskLevel: ["riskLevel"],
  withdrawalReason: ["withdrawalReason"],
  referredBy: ["referredBy"],
  referredByOrg: ["referredByOrg"],
  referredAt: ["referredAt"],
  allocatedAt: ["allocatedAt"],
  closedAt: ["closedAt"],
  sentence: ["sentenceOrderType", "sentenceStartDate", "sentenceEndDate", "sentenceRequirementReference"],
  perpetrator: ["perpetratorId"],
  programme: ["programmeId"],
  group: ["groupId"],
  history: [],
  attendance: ["programmeId"],
  enforcement: ["legalBasis"],
  attendanceRecords: [],
};

/** The id and the page's keyset (referred_at, id) are always read. */
export const referralColumnsFor = columnsReader(referrals, REFERRAL_FIELD_COLUMNS, ["id", "referredAt"]);
