import type { RequestContext } from "../../context.js";
import type { Database } from "../../db/client.js";
import { forbidden } from "../../shared/errors.js";
import { Role } from "../../shared/auth/roles.js";
import { idOfType } from "../../shared/global-id.js";
import { checkLength, refusalsAmong } from "../../shared/field-checks.js";
import { refused, succeeded, userError, userErrorsFrom, type Outcome } from "../../shared/user-errors.js";
import type { ReferralRepository } from "./referral.repository.js";
import type { ReferralRow } from "./referral.table.js";
import type { LegalBasis, SentenceOrderType } from "./referral.model.js";
import type { RecordReferralSentenceInput, ReferralSentenceInput } from "./referral-sentence.inputs.js";
import { canonicalRequirementReference, checkSentence, sentenceNote, type SentenceDetails } from "./sentence.rules.js";

const MAX_REASON = 500;

export interface SentenceDependencies {
  db: Database;
  repository: ReferralRepository;
  conflict: (referral: ReferralRow) => Outcome<ReferralRow>;
}

/** The input's order in canonical form. */
export function sentenceDetails(input: ReferralSentenceInput): SentenceDetails {
  return {
    orderType: input.orderType,
    startDate: input.startDate,
    endDate: input.endDate ?? null,
    requirementReference: canonicalRequirementReference(input.requirementReference),
  };
}

/** The referral's columns for an order. */
export function sentenceColumns(sentence: SentenceDetails | null) {
  return {
    sentenceOrderType: sentence?.orderType ?? null,
    sentenceStartDate: sentence?.startDate ?? null,
    sentenceEndDate: sentence?.endDate ?? null,
    sentenceRequirementReference: sentence?.requirementReference ?? null,
  };
}

function recordedSentence(referral: ReferralRow): SentenceDetails | null {
  if (!referral.sentenceOrderType || !referral.sentenceStartDate) return null;
  return {
    orderType: referral.sentenceOrderType as SentenceOrderType,
    startDate: referral.sentenceStartDate,
    endDate: referral.sentenceEndDate,
    requirementReference: referral.sentenceRequirementReference,
  };
}

/**
 * Records the order a mandated referral enforces, or corrects it: probation or an admin, against the
 * version they read. The change is a history row (same status; the order before and after, and why, in
 * its note), so a correction never loses what was recorded before. Closed referrals may be corrected too:
 * the record of what was enforced must be right whatever became of it.
 */
export async function recordSentence(deps: SentenceDependencies, ctx: RequestContext, input: RecordReferralSentenceInput): Promise<Outcome<ReferralRow>> {
  if (!ctx.viewer.has(Role.PROBATION, Role.ADMIN)) throw forbidden("Recording a referral's sentence needs the PROBATION or ADMIN role");
  const referralId = idOfType(input.referralId, "Referral");
  const referral = referralId ? await deps.repository.byId(deps.db, referralId) : null;
  if (!referral) return refused(userError("referralId", "NOT_FOUND", "No such referral"));
  if (referral.version !== input.expectedVersion) return deps.conflict(referral);

  const sentence = sentenceDetails(input.sentence);
  const reason = input.reason?.trim() || null;
  const refusals = [...checkSentence(sentence, referral.legalBasis as LegalBasis | null), ...refusalsAmong(checkLength("reason", reason, MAX_REASON))];
  if (refusals.length) return refused(...userErrorsFrom(refusals));

  const now = ctx.clock.now();
  const updated = await deps.db.transaction((tx) =>
    deps.repository.updateIfVersion(tx, referral.id, input.expectedVersion, sentenceColumns(sentence), {
      fromStatus: referral.status,
      toStatus: referral.status,
      version: 0,
      reason,
      note: sentenceNote(recordedSentence(referral), sentence, reason),
      actorSub: ctx.viewer.sub,
      actorName: ctx.viewer.name,
      occurredAt: now,
    }),
  );
  return updated ? succeeded(updated) : deps.conflict(referral);
}
