/**
 * The wording of the demo victim-safety data: the invented support workers and assessors, contact-safety
 * notes, judgement reasons and order conditions. Every name, number and note here is made up.
 */
import type { OrderType, SafeContactMethod, SupportKind } from "../modules/victim-safety/index.js";

export interface WorkerSpec {
  kind: SupportKind;
  /** The JWT subject the worker signs in with; null for workers from agencies without access. */
  subject: string | null;
  name: string;
  organisation: string;
}

const IDVA_SERVICE = "Leeds Domestic Violence Service";
const ISS = "Integrated Support Service, West Yorkshire";
const PROBATION = "Probation Service, Yorkshire and the Humber";

/** idva-1 is the demo's example worker: the victims protected by orders ending this week are on her caseload. */
export const IDVAS: readonly WorkerSpec[] = [
  { kind: "IDVA", subject: "idva-1", name: "Hayley Greenhalgh", organisation: IDVA_SERVICE },
  { kind: "IDVA", subject: "idva-2", name: "Farzana Qureshi", organisation: IDVA_SERVICE },
  { kind: "IDVA", subject: "idva-3", name: "Joanne Ackroyd", organisation: IDVA_SERVICE },
  { kind: "IDVA", subject: "idva-4", name: "Precious Ndlovu", organisation: IDVA_SERVICE },
];
/** An IDVA from a neighbouring service who does not sign in here: their victims' alerts go to the team's queue. */
export const VISITING_IDVA: WorkerSpec = { kind: "IDVA", subject: null, name: "Mandy Illingworth", organisation: "Calderdale Independent Domestic Abuse Service" };

/** The integrated support service works with partners of men on Caring Dads and Choices. */
export const SUPPORT_WORKERS: readonly WorkerSpec[] = [
  { kind: "INTEGRATED_SUPPORT_SERVICE", subject: "isw-1", name: "Ruth Wadsworth", organisation: ISS },
  { kind: "INTEGRATED_SUPPORT_SERVICE", subject: "isw-2", name: "Sadia Bashir", organisation: ISS },
  { kind: "INTEGRATED_SUPPORT_SERVICE", subject: "isw-3", name: "Karen Mellor", organisation: ISS },
];
/** Partner link workers for men on Building Better Relationships. */
export const PARTNER_LINK_WORKERS: readonly WorkerSpec[] = [
  { kind: "PARTNER_SUPPORT", subject: "psw-1", name: "Deborah Haworth", organisation: PROBATION },
  { kind: "PARTNER_SUPPORT", subject: "psw-2", name: "Gemma Oldroyd", organisation: PROBATION },
];
export const YOUTH_FAMILY_WORKER: WorkerSpec = { kind: "OTHER", subject: null, name: "Family worker (Youth Justice Service)", organisation: "Youth Justice Service, West Yorkshire" };
export const CHILDRENS_SOCIAL_WORKER: WorkerSpec = { kind: "OTHER", subject: null, name: "Allocated social worker", organisation: "Leeds Children's Social Work Service" };

/** Who completes DASH checklists and records incidents: the demo's police officers (pol-1 … pol-3). */
export const POLICE_ASSESSORS: readonly { subject: string; name: string }[] = [
  { subject: "pol-1", name: "PC Lindsay Butterworth" },
  { subject: "pol-2", name: "DC Owen Micklethwaite" },
  { subject: "pol-3", name: "PC Nasreen Aslam" },
];

export const MARAC_REFERRERS: readonly (readonly [{ subject: string; agency: string }, number])[] = [
  [{ subject: "pol-1", agency: "West Yorkshire Police" }, 25],
  [{ subject: "pol-2", agency: "West Yorkshire Police" }, 25],
  [{ subject: "pol-3", agency: "West Yorkshire Police" }, 15],
  [{ subject: "prob-1", agency: PROBATION }, 10],
  [{ subject: "prob-3", agency: PROBATION }, 10],
  [{ subject: "csc-1", agency: "Leeds Children's Social Work Service" }, 15],
];

export const CONTACT_METHODS: readonly (readonly [SafeContactMethod, number])[] = [
  ["PHONE", 30],
  ["TEXT", 24],
  ["VIA_SUPPORT_WORKER", 24],
  ["EMAIL", 8],
  ["IN_PERSON", 8],
  ["NONE", 6],
];

export const CONTACT_TIMES = [
  "Weekdays 09:30-14:30",
  "After 6pm only",
  "Tuesday and Thursday mornings",
  "Weekday lunchtimes, 12:00-13:30",
  "Any time on weekdays; never at weekends",
  "Mornings before 11am",
] as const;

const ending = (digits: string) => `ending ${digits}`;
/** Short, neutral notes: how to reach the person safely, never where they are. */
export const CONTACT_NOTES: Record<SafeContactMethod, readonly ((digits: string) => string)[]> = {
  PHONE: [
    (d) => `Use the mobile ${ending(d)} only after 6pm`,
    (d) => `Call the mobile ${ending(d)}; if someone else answers, end the call without naming the service`,
    (d) => `Work phone ${ending(d)} only; do not leave a voicemail`,
  ],
  TEXT: [
    (d) => `Text the mobile ${ending(d)} first; call only after a reply`,
    (d) => `Texts to the mobile ${ending(d)}; keep them brief and do not name the service`,
  ],
  EMAIL: [() => "Email the work address only; the home laptop is shared", () => "Email only; a reply may take a day or two"],
  IN_PERSON: [() => "Meet at the children's centre, not at home", () => "Meet at the GP surgery after an appointment"],
  VIA_SUPPORT_WORKER: [() => "All contact through the allocated support worker", () => "Arrange contact through the support worker; no direct calls"],
  NONE: [() => "Declined contact for now; leave no messages", () => "No contact at present; review at the next MARAC"],
};
export const CHILD_CONTACT_NOTES = ["Contact only through the parent's support worker", "Through the school's safeguarding lead", "Through the allocated social worker"] as const;

/** Why professional judgement raised a DASH level above its score. */
export const JUDGEMENT_REASONS = [
  "Recent separation and threats to kill disclosed after the checklist was completed",
  "Victim minimised answers with the perpetrator nearby; officer observed injuries",
  "Escalating frequency of incidents and a non-fatal strangulation reported last month",
  "Perpetrator released from custody this week and has tried to make contact",
  "Pregnant and isolated; officer concerned the answers understate the risk",
] as const;
export const MARAC_JUDGEMENT_REASONS = [
  "Coercive control escalating since the separation; risk judged high despite the score",
  "Perpetrator has breached bail conditions twice; victim too frightened to answer fully",
  "Children's services report threats made at a handover; risk judged high",
] as const;

export const ACKNOWLEDGEMENT_NOTES = ["Called at the agreed time; safety plan reviewed", "Spoke in person at the drop-in; no new concerns", "Discussed at the team meeting; contact made through the agreed route"] as const;

/** Conditions read as the order gives them; the places named are areas, never a victim's address. */
export const ORDER_CONDITIONS: Record<OrderType, readonly string[]> = {
  DVPN: ["Not to molest the protected person", "Not to enter the protected person's home or come within 100 metres of it", "Not to contact the protected person directly or through others"],
  DVPO: ["Not to molest the protected person", "Not to enter the protected person's home or come within 100 metres of it", "Not to contact the protected person by any means", "Not to contact the children except through children's services"],
  DAPN: ["Not to contact the protected person", "Not to enter the protected person's home"],
  DAPO: ["Not to contact the protected person by any means", "Attend an assessment for a domestic abuse perpetrator programme", "Tell the police of any change of address within three days"],
  NON_MOLESTATION_ORDER: ["Not to use or threaten violence against the applicant", "Not to contact the applicant except through solicitors", "Not to go within 200 metres of the applicant's home", "Not to post about the applicant on social media"],
  RESTRAINING_ORDER: ["Not to contact the named person directly or indirectly", "Not to enter the Harehills area of Leeds", "Not to post about the named person on social media"],
  DVDS_DISCLOSURE: ["Right to ask: disclosure made to the applicant in person", "Right to know: disclosure made with an IDVA present", "Safety plan agreed at the disclosure"],
};
