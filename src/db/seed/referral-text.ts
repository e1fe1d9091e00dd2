import type { WithdrawalReason } from "../../modules/referrals/index.js";

/** The note on a withdrawal, by reason: shared by the demo seed and the benchmark generator. */
export const WITHDRAWAL_NOTES: Record<WithdrawalReason, string> = {
  MOVED_AREA: "Moved out of the area; case transferred",
  CUSTODY: "Remanded in custody",
  REFERRER_WITHDREW: "Referrer withdrew the referral",
  DECLINED: "Declined the offer of a place",
  DECEASED: "Deceased",
  OTHER: "Now attending a programme run by another provider",
};
