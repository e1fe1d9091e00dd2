import { registerEnumType } from "type-graphql";

export enum ErasureModeEnum {
  ERASE = "ERASE",
  RESTRICT = "RESTRICT",
}
registerEnumType(ErasureModeEnum, {
  name: "ErasureMode",
  description: "What an erasure does to a person's or victim's records.",
  valuesConfig: {
    ERASE: { description: "Removes the personal data for good (names, date of birth, identifiers, contact details, free text), keeping the rows reports count; the record leaves every query." },
    RESTRICT: { description: "DPA 2018 s.47 restriction: the data is kept but leaves every list and search; only an admin reads it, by id, and in a subject access export." },
  },
});

export enum ErasureSubjectKindEnum {
  PERPETRATOR = "PERPETRATOR",
  VICTIM = "VICTIM",
}
registerEnumType(ErasureSubjectKindEnum, {
  name: "ErasureSubjectKind",
  description: "Whose records an erasure was about.",
  valuesConfig: { PERPETRATOR: { description: "A person (perpetrator) and every feature's records of them." }, VICTIM: { description: "A victim and their victim-safety records." } },
});

export enum RetentionKindEnum {
  PERPETRATOR_CASE = "PERPETRATOR_CASE",
  VICTIM = "VICTIM",
}
registerEnumType(RetentionKindEnum, {
  name: "RetentionKind",
  description: "A kind of record with a retention period (RETENTION_*_YEARS). The audit log is kept and is not reviewed here.",
  valuesConfig: {
    PERPETRATOR_CASE: { description: "A person's case: referrals, registers, IOM, case allocations, orders (default 7 years after the last activity)." },
    VICTIM: { description: "A victim's records: links, DASH, incidents, MARAC, support (default 6 years after the last activity)." },
  },
});

export enum RetentionActivityEnum {
  REFERRAL_OUTCOME = "REFERRAL_OUTCOME",
  SENTENCE_ORDER_END = "SENTENCE_ORDER_END",
  COHORT_EXIT = "COHORT_EXIT",
  CASE_ALLOCATION_END = "CASE_ALLOCATION_END",
  PROTECTIVE_ORDER_END = "PROTECTIVE_ORDER_END",
  VICTIM_LINK_END = "VICTIM_LINK_END",
  RISK_ASSESSMENT = "RISK_ASSESSMENT",
  MARAC_REFERRAL = "MARAC_REFERRAL",
  SAFETY_INCIDENT = "SAFETY_INCIDENT",
  SUPPORT_END = "SUPPORT_END",
  RECORD_CREATED = "RECORD_CREATED",
}
registerEnumType(RetentionActivityEnum, {
  name: "RetentionActivity",
  description: "The activity a record's retention runs from: its latest one.",
  valuesConfig: {
    REFERRAL_OUTCOME: { description: "The last status change of one of the person's referrals." },
    SENTENCE_ORDER_END: { description: "The end of a sentence or order a referral enforces." },
    COHORT_EXIT: { description: "The end of an IOM cohort membership." },
    CASE_ALLOCATION_END: { description: "The end of a probation case allocation." },
    PROTECTIVE_ORDER_END: { description: "The end of a protective order binding the person or protecting the victim." },
    VICTIM_LINK_END: { description: "The end of a victim-safety link." },
    RISK_ASSESSMENT: { description: "A DASH risk assessment." },
    MARAC_REFERRAL: { description: "A MARAC referral (its hearing, or its referral date without one)." },
    SAFETY_INCIDENT: { description: "A recorded domestic abuse incident." },
    SUPPORT_END: { description: "The end of a support worker's (IDVA's) allocation." },
    RECORD_CREATED: { description: "The record's creation, when nothing later happened." },
  },
});
