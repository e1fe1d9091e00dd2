/**
 * The wording of the demo IOM cohort: its teams and invented staff names, invented local services,
 * and the descriptions, summaries and notes its plans, actions, reviews and deselections are written in.
 */
import type { ActionStatus, DeselectionReason, OwnerAgency, Pathway, ReviewOutcome } from "../modules/iom/index.js";

export type Area = "Leeds" | "Bradford" | "Wakefield" | "Kirklees";

export interface TeamSpec {
  team: string;
  areas: readonly Area[];
  supervisor: string;
}

export const OM_TEAMS: readonly TeamSpec[] = [
  { team: "Leeds DV IOM North", areas: ["Leeds"], supervisor: "iom-sup-1" },
  { team: "Leeds DV IOM South", areas: ["Leeds"], supervisor: "iom-sup-1" },
  { team: "Bradford DV IOM", areas: ["Bradford"], supervisor: "iom-sup-2" },
  { team: "Wakefield and Kirklees DV IOM", areas: ["Wakefield", "Kirklees"], supervisor: "iom-sup-2" },
];
export const OFFICERS_PER_TEAM = 3;

/** prob-1 … prob-4 are the demo's probation referrers; each covers an area. */
export const PRACTITIONERS: readonly { subject: string; team: string; areas: readonly Area[] }[] = [
  { subject: "prob-1", team: "Leeds PDU", areas: ["Leeds"] },
  { subject: "prob-2", team: "Leeds PDU", areas: ["Leeds"] },
  { subject: "prob-3", team: "Bradford and Calderdale PDU", areas: ["Bradford"] },
  { subject: "prob-4", team: "Wakefield and Kirklees PDU", areas: ["Wakefield", "Kirklees"] },
];

export const STAFF_GIVEN = [
  "Sarah", "Mark", "Rachel", "Imran", "Helen", "Gareth", "Nadia", "Paul", "Claire", "Tom", "Aisha", "Steven",
  "Joanne", "Ravi", "Kate", "Andy", "Lucy", "Darren", "Bushra", "Neil",
];
export const STAFF_FAMILY = [
  "Holt", "Brook", "Ainsworth", "Hussain", "Kershaw", "Lund", "Akhtar", "Whiteley", "Rhodes", "Sykes", "Mahmood",
  "Dawson", "Ellis", "Normington", "Fletcher", "Kaur", "Garside", "Bailey", "Naylor", "Tennant",
];

interface AreaServices {
  housing: string;
  recovery: string;
  childrens: string;
  mentalHealth: string;
}

/** Invented names for local services, per area. */
const SERVICES: Record<Area, AreaServices> = {
  Leeds: { housing: "Leeds Housing Options", recovery: "Forward Leeds", childrens: "Leeds Children's Social Work Service", mentalHealth: "Leeds Community Mental Health Team" },
  Bradford: { housing: "Bradford Housing Options", recovery: "Bradford Recovery Service", childrens: "Bradford Children's Social Care", mentalHealth: "Bradford Community Mental Health Team" },
  Wakefield: { housing: "Wakefield Housing Options", recovery: "Wakefield Recovery Service", childrens: "Wakefield Children's Services", mentalHealth: "Wakefield Community Mental Health Team" },
  Kirklees: { housing: "Kirklees Housing Solutions", recovery: "Kirklees Recovery Service", childrens: "Kirklees Children's Services", mentalHealth: "Kirklees Community Mental Health Team" },
};

export const PROGRAMME_PROVIDERS: Record<string, { label: string; agency: OwnerAgency; ownerName: string | null }> = {
  CARING_DADS: { label: "Caring Dads", agency: "THIRD_SECTOR", ownerName: "Caring Dads provider, Leeds" },
  CHOICES: { label: "Choices", agency: "THIRD_SECTOR", ownerName: "Choices programme, West Yorkshire" },
  BBR: { label: "Building Better Relationships", agency: "PROBATION", ownerName: null },
};

type Owner = { kind: "OFFENDER_MANAGER" } | { kind: "PROBATION" } | { kind: "NAMED"; name: (area: Area) => string };
const OM: Owner = { kind: "OFFENDER_MANAGER" };
const PROBATION: Owner = { kind: "PROBATION" };
const named = (name: (area: Area) => string): Owner => ({ kind: "NAMED", name });

/** What decides whether an action fits a person: a probation case (a CRN), their recorded needs, children. */
export interface PersonCircumstances {
  crn: string | null;
  needs: readonly string[];
  hasChildren: boolean;
}

interface ActionTemplate {
  agency: OwnerAgency;
  owner: Owner;
  description: (area: Area) => string;
  /** Only for people this fits (a need recorded, a probation case, children). */
  when?: (person: PersonCircumstances) => boolean;
}

const hasCrn = (p: PersonCircumstances) => p.crn !== null;
export const drinks = (p: PersonCircumstances) => p.needs.includes("ALCOHOL_MISUSE");
export const usesDrugs = (p: PersonCircumstances) => p.needs.includes("SUBSTANCE_MISUSE");
const text = (value: string) => () => value;

export const ACTION_TEMPLATES: Record<Exclude<Pathway, "PROGRAMME_ATTENDANCE">, readonly ActionTemplate[]> = {
  ACCOMMODATION: [
    { agency: "COUNCIL", owner: named((a) => SERVICES[a].housing), description: text("Housing Options appointment to register for rehousing away from the former family home") },
    { agency: "COUNCIL", owner: named((a) => SERVICES[a].housing), description: text("Complete the housing application and give Housing Options the documents they asked for") },
    { agency: "THIRD_SECTOR", owner: named(() => "Foundation (supported housing)"), description: text("Keep to the supported-housing licence and meet the support worker every week") },
    { agency: "PROBATION", owner: PROBATION, description: text("Tell probation about any change of address before moving"), when: hasCrn },
  ],
  DRUGS_ALCOHOL: [
    { agency: "HEALTH", owner: named((a) => SERVICES[a].recovery), description: (a) => `Engage with ${SERVICES[a].recovery} for an alcohol assessment and attend the agreed key-work sessions`, when: drinks },
    { agency: "HEALTH", owner: named((a) => SERVICES[a].recovery), description: (a) => `Engage with ${SERVICES[a].recovery} for a drug treatment assessment and keep to prescribing appointments`, when: usesDrugs },
    { agency: "HEALTH", owner: named((a) => SERVICES[a].recovery), description: (a) => `Attend the weekly recovery group run by ${SERVICES[a].recovery}`, when: (p) => drinks(p) || usesDrugs(p) },
    { agency: "HEALTH", owner: named((a) => SERVICES[a].recovery), description: text("Complete an alcohol-use screening with the recovery service"), when: (p) => !drinks(p) && !usesDrugs(p) },
  ],
  DETERRENCE_DISRUPTION: [
    { agency: "POLICE", owner: OM, description: text("Monitor DVPO conditions and act on any breach") },
    { agency: "POLICE", owner: OM, description: text("Curfew checks at the bail address twice a week") },
    { agency: "POLICE", owner: OM, description: text("Check compliance with the restraining order: no contact with the protected person") },
    { agency: "POLICE", owner: OM, description: text("Home visit every two weeks to review risk and compliance") },
    { agency: "POLICE", owner: OM, description: text("Flag the victim's address for a priority police response") },
    { agency: "POLICE", owner: OM, description: text("Review any call-out to the address and bring it to the next IOM meeting") },
  ],
  ATTITUDES_THINKING_BEHAVIOUR: [
    { agency: "PROBATION", owner: PROBATION, description: text("One-to-one sessions on healthy relationships with the probation practitioner"), when: hasCrn },
    { agency: "PROBATION", owner: PROBATION, description: text("Complete the relationships and conflict workbook in supervision"), when: hasCrn },
    { agency: "THIRD_SECTOR", owner: named(() => "Changing Paths behaviour-change service"), description: text("Six one-to-one sessions on respectful relationships"), when: (p) => !hasCrn(p) },
  ],
  CHILDREN_FAMILIES: [
    { agency: "COUNCIL", owner: named((a) => SERVICES[a].childrens), description: text("Attend child protection core group meetings and keep to the child protection plan"), when: (p) => p.hasChildren },
    { agency: "COUNCIL", owner: named((a) => SERVICES[a].childrens), description: text("Keep to the supervised contact arrangements agreed with children's services"), when: (p) => p.hasChildren },
    { agency: "THIRD_SECTOR", owner: named(() => "Fathers Matter project"), description: text("Attend the parenting support sessions offered by the Fathers Matter project"), when: (p) => p.hasChildren },
  ],
  EDUCATION_TRAINING_EMPLOYMENT: [
    { agency: "THIRD_SECTOR", owner: named(() => "Routes to Work"), description: text("Meet the Routes to Work adviser and agree a plan for training or work") },
    { agency: "THIRD_SECTOR", owner: named(() => "Routes to Work"), description: text("Enrol on the construction skills card course to get back into site work") },
  ],
  FINANCE_BENEFIT_DEBT: [
    { agency: "THIRD_SECTOR", owner: named(() => "Citizens Advice"), description: text("Citizens Advice appointment about rent arrears and a debt repayment plan") },
    { agency: "THIRD_SECTOR", owner: named(() => "Citizens Advice"), description: text("Make a Universal Credit claim with help from Citizens Advice") },
  ],
  HEALTH_MENTAL_HEALTH: [
    { agency: "HEALTH", owner: named((a) => SERVICES[a].mentalHealth), description: text("Attend the mental health assessment arranged through the GP") },
    { agency: "HEALTH", owner: named(() => "NHS Talking Therapies"), description: text("Self-refer to NHS Talking Therapies for support with anger and anxiety") },
  ],
};

export const SUMMARY_PHRASES: Record<Pathway, string> = {
  DETERRENCE_DISRUPTION: "enforce order conditions and disrupt contact with the victim",
  PROGRAMME_ATTENDANCE: "complete a perpetrator programme",
  ACCOMMODATION: "settle accommodation away from the former family home",
  DRUGS_ALCOHOL: "reduce drinking and drug use through treatment",
  ATTITUDES_THINKING_BEHAVIOUR: "work on attitudes to relationships",
  CHILDREN_FAMILIES: "keep to the child protection plan and contact arrangements",
  EDUCATION_TRAINING_EMPLOYMENT: "move towards training or work",
  FINANCE_BENEFIT_DEBT: "deal with debt and benefit problems",
  HEALTH_MENTAL_HEALTH: "get support for mental health",
};

export const DESELECTION_NOTES: Record<DeselectionReason, readonly string[]> = {
  REDUCED_RISK: ["No further incidents reported in six months; plan completed", "Risk reduced: programme completed and settled in own accommodation"],
  CUSTODY: ["Sentenced to immediate custody; prison offender manager informed", "Recalled to prison on licence"],
  MOVED_AREA: ["Moved out of West Yorkshire; the receiving IOM team has been informed", "Moved to another force area; case transferred"],
  OTHER: ["Now managed under MAPPA level 2; IOM oversight no longer needed", "Selection score re-checked by the IOM panel: no longer meets the cohort criteria"],
  DECEASED: ["Deceased"],
};

export const REVIEW_NOTES: Record<ReviewOutcome, readonly string[]> = {
  ON_TRACK: ["Engaging well; no new incidents reported", "All contacts kept; actions on track", "Compliant with order conditions; no police call-outs since the last review"],
  PARTIAL_PROGRESS: ["Housing progressing; alcohol work not yet started", "Some appointments missed; reminded of what is expected", "Programme attendance good; debt work stalled"],
  NOT_ENGAGING: ["Two home visits with no answer; warning letter sent", "Not engaging with the treatment service; raised with probation"],
  RISK_INCREASED: ["New incident reported by the victim's IDVA; contact increased", "Police call-out to the address; risk reviewed at MARAC"],
  DESELECTION_RECOMMENDED: ["Sustained progress; recommend deselection at the next IOM panel"],
};

export const NOT_ACHIEVED_NOTES = ["Did not attend two booked appointments", "Did not engage; to be picked up at the next review", "Missed the appointment window; service closed the referral"];
export const CANCELLED_NOTES = ["No longer needed after a change of circumstances", "Replaced by a different action at review", "Service withdrew the offer; an alternative is being found"];
export const DONE_NOTES = ["Completed; confirmed by the service", "Done", "Attended; outcome shared with the offender manager"];

/** A linked programme referral's status, read as the action's. */
export function programmeOutcome(status: string): { status: ActionStatus; notes: string | null } | null {
  switch (status) {
    case "COMPLETED":
      return { status: "DONE", notes: "Programme completed" };
    case "DROPPED_OUT":
      return { status: "NOT_ACHIEVED", notes: "Dropped out of the programme; partner support service informed" };
    case "BREACHED":
      return { status: "NOT_ACHIEVED", notes: "Breached for missed sessions and returned to court" };
    case "WITHDRAWN":
      return { status: "CANCELLED", notes: "Programme referral withdrawn" };
    case "ASSESSED_UNSUITABLE":
      return { status: "CANCELLED", notes: "Assessed as unsuitable for group work; one-to-one work instead" };
    default:
      return null;
  }
}

export const PRE_GROUP_STATUSES = ["REFERRED", "AWAITING_ASSESSMENT", "ASSESSED_SUITABLE", "ASSESSED_UNSUITABLE", "DID_NOT_ATTEND_ASSESSMENT", "DEFERRED", "SUITABLE_NOT_READY", "AWAITING_ALLOCATION"];
export const TERMINAL_REFERRAL_STATUSES = ["ASSESSED_UNSUITABLE", "COMPLETED", "BREACHED", "DROPPED_OUT", "WITHDRAWN"];
