import { and, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import type { ErasureSubject, OpenWork, PersonalDataHolder } from "../perpetrators/index.js";
import {
  maracReferrals,
  protectedPeople,
  protectiveOrders,
  riskAssessments,
  safetyAlerts,
  safetyIncidents,
  supportAllocations,
  victimLinks,
  victims,
  type VictimRow,
} from "./victim-safety.table.js";

/** What an erased victim's names read: the columns are required, the names are gone. */
export const ERASED_NAME = "ERASED";

/** DASH answers once erased: the answers are the victim's circumstances; the count and levels stay. */
const UNKNOWN_ANSWERS = Array.from({ length: 24 }, () => "NOT_KNOWN");

/** An order in force on a day, or still to start. */
const orderNotOver = (today: string): SQL => sql`(${protectiveOrders.endsOn} is null or ${protectiveOrders.endsOn} >= ${today}::date)`;

/**
 * Victim-safety records in an erasure, of a person or of a victim. Links, DASH levels and counts, MARAC
 * dates and grounds, orders by type and dates, and alerts stay for the victim-safety figures; their free
 * text and references go (judgement reasons, police references, order references and conditions,
 * acknowledgement notes), and so do a victim's names, date of birth and contact details and DASH answers.
 * Open work: a current link, an order not yet over, and (for a victim) a current support worker.
 */
export class VictimErasureRepository implements PersonalDataHolder {
  /** The victim locked for the erasure; null when there is none. */
  async lock(tx: Executor, id: string): Promise<VictimRow | null> {
    const [row] = await tx.select().from(victims).where(eq(victims.id, id)).for("update");
    return row ?? null;
  }

  async restrict(tx: Executor, id: string, version: number, at: Date): Promise<boolean> {
    const rows = await tx
      .update(victims)
      .set({ restrictedAt: at, version: sql`${victims.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(victims.id, id), eq(victims.version, version)))
      .returning({ id: victims.id });
    return rows.length === 1;
  }

  async openWork(tx: Executor, subject: ErasureSubject): Promise<OpenWork[]> {
    const work: OpenWork[] = [];
    const side = subject.kind === "PERPETRATOR" ? victimLinks.perpetratorId : victimLinks.victimId;
    const links = await tx.select({ id: victimLinks.id }).from(victimLinks).where(and(eq(side, subject.id), isNull(victimLinks.endedOn))).for("update");
    if (links.length) work.push({ field: "victimLinks", message: `${links.length} current victim link(s): end them first, or override open work` });
    const orderCondition =
      subject.kind === "PERPETRATOR"
        ? eq(protectiveOrders.perpetratorId, subject.id)
        : inArray(protectiveOrders.id, sql`(select ${protectedPeople.orderId} from ${protectedPeople} where ${protectedPeople.victimId} = ${subject.id})`);
    const orders = await tx.select({ id: protectiveOrders.id }).from(protectiveOrders).where(and(orderCondition, orderNotOver(subject.today)));
    if (orders.length) work.push({ field: "protectiveOrders", message: `${orders.length} protective order(s) in force or to come: erasing needs an override` });
    if (subject.kind === "VICTIM") {
      const support = await tx.select({ id: supportAllocations.id }).from(supportAllocations).where(and(eq(supportAllocations.victimId, subject.id), isNull(supportAllocations.endedOn)));
      if (support.length) work.push({ field: "supportAllocations", message: "A support worker is still allocated: end the allocation first, or override open work" });
    }
    return work;
  }

  async erase(tx: Executor, subject: ErasureSubject): Promise<Record<string, number>> {
    const side = subject.kind === "PERPETRATOR" ? victimLinks.perpetratorId : victimLinks.victimId;
    const links = sql`(select ${victimLinks.id} from ${victimLinks} where ${side} = ${subject.id})`;
    const counts: Record<string, number> = {};
    const risk = await tx
      .update(riskAssessments)
      .set(subject.kind === "VICTIM" ? { judgementReason: null, answers: UNKNOWN_ANSWERS } : { judgementReason: null })
      .where(inArray(riskAssessments.linkId, links))
      .returning({ id: riskAssessments.id });
    counts.risk_assessments = risk.length;
    counts.safety_incidents = (await tx.update(safetyIncidents).set({ policeReference: null }).where(inArray(safetyIncidents.linkId, links)).returning({ id: safetyIncidents.id })).length;
    counts.marac_referrals = (await tx.update(maracReferrals).set({ judgementReason: null }).where(inArray(maracReferrals.linkId, links)).returning({ id: maracReferrals.id })).length;
    const orderCondition =
      subject.kind === "PERPETRATOR"
        ? eq(protectiveOrders.perpetratorId, subject.id)
        : inArray(protectiveOrders.id, sql`(select ${protectedPeople.orderId} from ${protectedPeople} where ${protectedPeople.victimId} = ${subject.id})`);
    counts.protective_orders = (
      await tx
        .update(protectiveOrders)
        .set({ reference: null, conditions: [], version: sql`${protectiveOrders.version} + 1`, updatedAt: sql`now()` })
        .where(orderCondition)
        .returning({ id: protectiveOrders.id })
    ).length;
    const alertSide = subject.kind === "PERPETRATOR" ? safetyAlerts.perpetratorId : safetyAlerts.victimId;
    counts.safety_alerts = (await tx.update(safetyAlerts).set({ acknowledgementNote: null }).where(eq(alertSide, subject.id)).returning({ id: safetyAlerts.id })).length;
    if (subject.kind === "VICTIM") {
      const [erased] = await tx
        .update(victims)
        .set({
          firstName: ERASED_NAME,
          lastName: ERASED_NAME,
          dateOfBirth: null,
          safeContactMethod: null,
          safeContactTimes: null,
          addressKnownToPerpetrator: null,
          contactNotes: null,
          erasedAt: subject.at,
          version: sql`${victims.version} + 1`,
          updatedAt: sql`now()`,
        })
        .where(eq(victims.id, subject.id))
        .returning({ id: victims.id });
      counts.victims = erased ? 1 : 0;
    }
    return counts;
  }
}
