import type { Database } from "../../db/client.js";
import { AttendanceSarReader } from "../attendance/index.js";
import { CaseSarReader } from "../cases/index.js";
import { IomSarReader } from "../iom/index.js";
import { PerpetratorSarReader } from "../perpetrators/index.js";
import { ReferralSarReader } from "../referrals/index.js";
import { OrderSarReader } from "../victim-safety/index.js";
import type { AuditContext, AuditLog } from "../../shared/audit/index.js";
import { Role } from "../../shared/auth/roles.js";
import { forbidden } from "../../shared/errors.js";
import type { Period } from "../../shared/period.js";
import { SAR_SECTIONS, subjectAccessContent, type HeldRecords, type SubjectAccessContent } from "./subject-access.content.js";
import type { SubjectAccessQuery } from "./subject-access.rules.js";
import type { SarRequestService } from "./sar-request.service.js";
import { OTHER_PERSON } from "./sar-request.rules.js";

/** The purpose every export is logged with; a caller's X-Access-Purpose is added to it. */
export const SUBJECT_ACCESS_PURPOSE = "Subject access request (UK GDPR art. 15 / DPA 2018 s.45)";

/**
 * A subject access export: everything held about one person across every feature, read in a fixed
 * number of statements (16) whatever the person's history, and logged as a disclosure before it is
 * returned. An ADMIN or HMPPS's subject access service (SAR_DATA_ACCESS) may export anyone; case staff
 * export one person with a request an auditor approved (sar-request.service.ts).
 */
export class SubjectAccessService {
  private readonly people: PerpetratorSarReader;
  private readonly referrals: ReferralSarReader;
  private readonly attendance: AttendanceSarReader;
  private readonly cases: CaseSarReader;
  private readonly iom: IomSarReader;
  private readonly orders: OrderSarReader;

  constructor(
    db: Database,
    private readonly audit: AuditLog,
    private readonly requests: SarRequestService,
  ) {
    this.people = new PerpetratorSarReader(db);
    this.referrals = new ReferralSarReader(db);
    this.attendance = new AttendanceSarReader(db);
    this.cases = new CaseSarReader(db);
    this.iom = new IomSarReader(db);
    this.orders = new OrderSarReader(db);
  }

  /**
   * The export, or null when no person is held under the identifiers (HMPPS: 204). `requestId`: an
   * approved request of the caller's for this person, for a caller who may not export anyone.
   */
  async export(ctx: AuditContext, query: SubjectAccessQuery, requestId: string | null = null): Promise<SubjectAccessContent | null> {
    const exportsAnyone = ctx.viewer.has(Role.ADMIN, Role.SAR_DATA_ACCESS);
    if (!exportsAnyone && !requestId) throw forbidden("Only an admin, or the maker of an approved subject access request (requestId), may export what is held about a person");
    // A request is checked before anyone is looked up: an unusable one tells nothing of who is held.
    const request = exportsAnyone ? null : await this.requests.authoriseExport(ctx.viewer, ctx.clock, requestId!);
    const person = await this.people.held({ crn: query.crn, prisonNumber: query.prn });
    if (request && person?.id !== request.perpetratorId) throw forbidden(OTHER_PERSON);
    if (!person) return null;
    const held = await this.read(person, query.period);
    const content = subjectAccessContent(held, query.period);
    const stated = [request ? `request ${request.reference} approved by ${request.decidedBy}` : null, ctx.purpose].filter(Boolean).join("; ");
    const purpose = stated ? `${SUBJECT_ACCESS_PURPOSE}: ${stated}` : SUBJECT_ACCESS_PURPOSE;
    if (request) await this.requests.markExported(request, ctx.clock.now());
    await this.audit.recordSubjectAccess(ctx, { type: "SubjectAccessExport", id: person.id, perpetratorId: person.id }, [...SAR_SECTIONS], purpose);
    return content;
  }

  private async read(person: HeldRecords["person"], period: Period): Promise<HeldRecords> {
    const [children, changes, merges, referrals, caseAllocations, memberships, protectiveOrders] = await Promise.all([
      this.people.children(person.id),
      this.people.changes(person.id, period),
      this.people.merges(person.id, period),
      this.referrals.referrals(person.id, period),
      this.cases.allocations(person.id, period),
      this.iom.memberships(person.id, period),
      this.orders.ordersAgainst(person.id, period),
    ]);
    const referralIds = referrals.map((row) => row.referral.id);
    const membershipIds = memberships.map((row) => row.id);
    const [history, attendance, catchUps, enforcement, assignments, plans] = await Promise.all([
      this.referrals.history(referralIds, period),
      this.attendance.attendance(referralIds, period),
      this.attendance.catchUps(referralIds, period),
      this.attendance.enforcement(referralIds, period),
      this.iom.assignments(membershipIds, period),
      this.iom.plans(membershipIds, period),
    ]);
    const planIds = plans.map((row) => row.id);
    const [actions, reviews] = await Promise.all([this.iom.actions(planIds), this.iom.reviews(planIds, period)]);
    return { person, children, changes, merges, referrals, history, attendance, catchUps, enforcement, caseAllocations, memberships, assignments, plans, actions, reviews, protectiveOrders };
  }
}
