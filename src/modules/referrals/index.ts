export { ReferralRepository } from "./referral.repository.js";
export { ReferralService, type CompletionCheck } from "./referral.service.js";
export { createReferralLoaders, type ReferralLoaders } from "./referral.loaders.js";
export { ReferralResolver, GroupParticipantsResolver, PerpetratorReferralsResolver } from "./referral.resolver.js";
export { Referral, toReferral } from "./referral.type.js";
export { referrals, referralTransitions } from "./referral.table.js";
export type { ReferralRow } from "./referral.table.js";
export * from "./referral.model.js";
