/**
 * The walkthrough records' ids: fixed, so the README's examples name them as written on every fresh
 * demo database, whatever day it was seeded (`5eed0000-0000-4000-8000-000000000NNN`).
 */
import { toGlobalId } from "../shared/global-id.js";

const fixed = (n: number): string => `5eed0000-0000-4000-8000-${String(n).padStart(12, "0")}`;

export const WALKTHROUGH = {
  /** Daniel Walker: CRN W100001, PNC 79/163001B; IOM member of om-1; two victims; no referral. */
  walker: fixed(1),
  /** Participants of group 201 (CRN W100002-W100004), their referrals 102-104 ALLOCATED at version 5. */
  participants: [fixed(2), fixed(3), fixed(4)] as const,
  /** CRN W100005: referral 105 AWAITING_ALLOCATION at version 4. */
  awaitingAllocation: fixed(5),
  /** Liam Hart, CRN W100006: referral 101 REFERRED at version 1. */
  referred: fixed(6),
  /** CRN W100007: referral 106 BREACHED at version 6, in group 202. */
  breached: fixed(7),
  /** A second record of Liam Hart (same date of birth, no identifiers, no referrals): a duplicate to merge. */
  duplicateOfReferred: fixed(8),
  /** Jordan Rowe, CRN W100009: recorded in error (no referral, no link): the README erases this record, and no other example uses it. */
  recordedInError: fixed(9),

  referralReferred: fixed(101),
  participantReferrals: [fixed(102), fixed(103), fixed(104)] as const,
  referralAwaitingAllocation: fixed(105),
  referralBreached: fixed(106),

  /** BBR, fac-1, Leeds: session 301 held yesterday with no register yet, 302-304 to come. */
  leedsGroup: fixed(201),
  /** BBR, fac-3, Bradford: sessions 311-312 held (with registers), 313-314 to come. */
  bradfordGroup: fixed(202),
  leedsSessions: [fixed(301), fixed(302), fixed(303), fixed(304)] as const,
  bradfordSessions: [fixed(311), fixed(312), fixed(313), fixed(314)] as const,

  membership: fixed(401),
  assignment: fixed(402),
  plan: fixed(403),
  planActions: [fixed(404), fixed(405), fixed(406)] as const,
  /** The case of participant 3 (referral 104), held by prob-1 in Leeds. */
  caseAllocation: fixed(501),

  /** Walker's ex-partner: a DASH of 15 yes (qualifies for MARAC), IDVA idva-1. */
  exPartner: fixed(601),
  /** Walker's partner: no DASH yet. */
  partner: fixed(602),
  /** The breached participant's partner, IDVA idva-1, with the open alert 641. */
  breachedPartner: fixed(603),
  exPartnerLink: fixed(611),
  partnerLink: fixed(612),
  breachedPartnerLink: fixed(613),
  exPartnerDash: fixed(621),
  exPartnerIdva: fixed(631),
  breachedPartnerIdva: fixed(633),
  breachAlert: fixed(641),

  /** prob-1's subject access request for Walker, waiting for an auditor. */
  subjectAccessRequest: fixed(701),
} as const;

/** Global ids of the walkthrough records, as the README writes them. */
export const walkthroughGlobalId = (typeName: string, id: string): string => toGlobalId(typeName, id);
