import type { ProgrammeCode } from "../modules/programmes/index.js";
import type { WithdrawalReason } from "../modules/referrals/index.js";

/** The note on a withdrawal, by reason: shared by the demo seed and the benchmark generator. */
export const WITHDRAWAL_NOTES: Record<WithdrawalReason, string> = {
  MOVED_AREA: "Moved out of the area; case transferred",
  CUSTODY: "Remanded in custody",
  REFERRER_WITHDREW: "Referrer withdrew the referral",
  DECLINED: "Declined the offer of a place",
  DECEASED: "Deceased",
  OTHER: "Now attending a programme run by another provider",
};

/** Why an assessment found someone unsuitable, by programme. */
export const UNSUITABLE_NOTES: Record<ProgrammeCode, readonly string[]> = {
  CARING_DADS: [
    "Not suitable: concerns need a specialist child protection service; referred on",
    "Not suitable for group work at present; one-to-one work recommended",
    "No current contact with the children; not suitable for Caring Dads",
  ],
  CHOICES: ["Not suitable for group work at present; one-to-one work recommended", "Current substance use prevents engagement; referred to treatment service first"],
  PACT: ["Parent not able to take part in the parallel group at present"],
  BBR: ["Not suitable for group work; one-to-one toolkit recommended to the court", "Learning needs mean an adapted programme is more suitable"],
};

/** Why an assessment was put off. */
export const DEFERRAL_NOTES = [
  "Assessment deferred while working away",
  "Deferred until after the family court hearing",
  "Deferred while completing alcohol treatment",
] as const;

/** Why someone suitable cannot start yet. */
export const NOT_READY_NOTES = [
  "Suitable but not ready to start: accommodation to be settled first",
  "Suitable but not ready: engaging with drug and alcohol service first",
  "Suitable but not ready: work pattern to be agreed",
] as const;
