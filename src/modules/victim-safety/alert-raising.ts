import type { Executor } from "../../db/client.js";
import type { DomainEventSink } from "../../shared/domain-events.js";
import { alertRaisedEvents } from "./alert-events.rules.js";
import type { AuditContext, AuditLog } from "../../shared/audit/index.js";
import { dateToday } from "../../shared/clock.js";
import type { ProgrammeService } from "../programmes/index.js";
import { alertRecipients, alertSummary, type AlertFacts } from "./alert.rules.js";
import type { AlertRepository } from "./alert.repository.js";
import { auditEntityOf } from "./victim-safety.audit.js";
import type { AlertKind } from "./victim-safety.model.js";
import type { SafetyAlertRow, safetyAlerts } from "./victim-safety.table.js";
import type { VictimRepository } from "./victim.repository.js";

/** The channel committed alerts are announced on: NOTIFY is delivered only when its transaction commits. */
export const ALERT_CHANNEL = "safety_alerts";
const IDS_PER_NOTIFY = 100;

export type Notify = (tx: Executor, channel: string, payload: string) => Promise<void>;

export interface RaiseDependencies {
  repository: AlertRepository;
  victims: VictimRepository;
  programmes: ProgrammeService;
  audit: AuditLog;
  notify: Notify;
  domainEvents: DomainEventSink;
}

/** One event to alert about: for the perpetrator's currently linked victims, or for named victims (an order's). */
export interface AlertDraft {
  kind: AlertKind;
  perpetratorId: string;
  victimIds?: string[];
  referralId?: string | null;
  sessionId?: string | null;
  orderId?: string | null;
  occurredAt: Date;
  /** Names the event, so the same event never alerts the same worker twice. */
  eventKey: string;
  /** The programme the summary names; looked up only when someone is to be told. */
  programmeId?: string;
  facts: AlertFacts;
}

/**
 * Writes one alert per event, victim and current worker (the dedupe key makes a repeat a no-op), records
 * the disclosure, and announces the new ids with NOTIFY in the same transaction.
 */
export async function raiseAlerts(deps: RaiseDependencies, tx: Executor, ctx: AuditContext, drafts: AlertDraft[]): Promise<SafetyAlertRow[]> {
  if (drafts.length === 0) return [];
  const today = dateToday(ctx.clock);
  const needLinks = [...new Set(drafts.filter((d) => !d.victimIds).map((d) => d.perpetratorId))];
  const links = needLinks.length ? await deps.victims.linksOfPerpetrators(needLinks, tx) : [];
  const victimsOf = (draft: AlertDraft) =>
    draft.victimIds ?? [...new Set(links.filter((l) => l.perpetratorId === draft.perpetratorId && (l.endedOn === null || l.endedOn > today)).map((l) => l.victimId))];
  const victimIds = [...new Set(drafts.flatMap(victimsOf))];
  if (victimIds.length === 0) return [];
  const programmeIds = [...new Set(drafts.flatMap((d) => (d.programmeId ? [d.programmeId] : [])))];
  const [allocations, programmes] = await Promise.all([
    deps.victims.allocationsOfVictims(victimIds, tx),
    programmeIds.length ? deps.programmes.byIdsIn(tx, programmeIds) : [],
  ]);
  const programmeName = (id: string | undefined) => programmes.find((p) => p.id === id)?.name;

  const rows: (typeof safetyAlerts.$inferInsert)[] = [];
  for (const draft of drafts) {
    for (const victimId of victimsOf(draft)) {
      for (const recipient of alertRecipients(allocations.filter((a) => a.victimId === victimId), today)) {
        rows.push({
          kind: draft.kind,
          victimId,
          perpetratorId: draft.perpetratorId,
          referralId: draft.referralId ?? null,
          sessionId: draft.sessionId ?? null,
          orderId: draft.orderId ?? null,
          recipientSubject: recipient?.subject ?? null,
          recipientAllocationId: recipient?.allocationId ?? null,
          summary: alertSummary(draft.kind, { ...draft.facts, programmeName: programmeName(draft.programmeId) }),
          occurredAt: draft.occurredAt,
          dedupeKey: `${draft.kind}:${draft.eventKey}:${victimId}:${recipient?.subject ?? "-"}`,
        });
      }
    }
  }
  const created = await deps.repository.insertAlerts(tx, rows);
  if (created.length === 0) return created;
  await deps.audit.recordDisclosures(
    tx,
    ctx,
    created.map((alert) => ({
      entity: auditEntityOf.alert(alert),
      fields: ["kind", "summary"],
      recipients: alert.recipientSubject ? [alert.recipientSubject] : [],
      purpose: `Automatic safety alert ${alert.kind}`,
    })),
  );
  await deps.domainEvents.record(tx, alertRaisedEvents(drafts, created));
  for (let start = 0; start < created.length; start += IDS_PER_NOTIFY) {
    await deps.notify(tx, ALERT_CHANNEL, created.slice(start, start + IDS_PER_NOTIFY).map((a) => a.id).join(","));
  }
  return created;
}
