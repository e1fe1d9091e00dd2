/**
 * The walkthrough: a few records with fixed ids that the README's examples run against as written
 * (walkthrough-ids.ts lists them), added to the demo after its random parts, which they do not touch.
 */
import type { PgTable } from "drizzle-orm/pg-core";
import type { Executor } from "../db/client.js";
import { perpetrators } from "../modules/perpetrators/index.js";
import { referralTransitions, referrals } from "../modules/referrals/index.js";
import { groupFacilitators, programmeGroups, programmeSessions } from "../modules/groups/index.js";
import { attendanceRecords, registerSubmissions } from "../modules/attendance/index.js";
import { interventionPlans, iomMemberships, offenderManagerAssignments, planActions } from "../modules/iom/index.js";
import { caseAllocations } from "../modules/cases/index.js";
import { riskAssessments, safetyAlerts, supportAllocations, victimLinks, victims } from "../modules/victim-safety/index.js";
import type { ProgrammeRow } from "../modules/programmes/index.js";
import { subjectAccessRequests } from "../modules/subject-access/index.js";
import type { DemoData } from "./demo-rows.js";
import { walkthroughProgrammeRows, type WalkthroughProgrammeRows } from "./walkthrough-programme.js";
import { walkthroughSafetyRows, type WalkthroughSafetyRows } from "./walkthrough-safety.js";

export { WALKTHROUGH, walkthroughGlobalId } from "./walkthrough-ids.js";

/** The programme part of the walkthrough; refuses identifiers the random demo already gave someone. */
export function buildWalkthroughProgramme(programmeRows: readonly ProgrammeRow[], now: Date, demo: DemoData): WalkthroughProgrammeRows {
  const idOf = (code: string) => programmeRows.find((p) => p.code === code)!.id;
  const rows = walkthroughProgrammeRows(now, idOf);
  const taken = new Set(demo.perpetrators.flatMap((p) => [p.crn, p.pncId]).filter(Boolean));
  for (const person of rows.perpetrators) {
    for (const identifier of [person.crn, person.pncId]) {
      if (identifier && taken.has(identifier)) throw new Error(`Walkthrough identifier ${identifier} is already a demo person's`);
    }
  }
  return rows;
}

export function buildWalkthroughSafety(now: Date, staff: readonly { id?: string; subject: string; kind: string; name: string }[]): WalkthroughSafetyRows {
  const om1 = staff.find((s) => s.subject === "om-1" && s.kind === "POLICE_OFFENDER_MANAGER");
  const prob1 = staff.find((s) => s.subject === "prob-1");
  if (!om1?.id || !prob1) throw new Error("The walkthrough needs om-1 and prob-1 among the IOM staff");
  return walkthroughSafetyRows(now, { om1: om1.id, prob1Name: prob1.name });
}

export async function insertWalkthroughProgramme(tx: Executor, rows: WalkthroughProgrammeRows): Promise<void> {
  await insert(tx, perpetrators, rows.perpetrators);
  await insert(tx, programmeGroups, rows.programmeGroups);
  await insert(tx, groupFacilitators, rows.groupFacilitators);
  await insert(tx, programmeSessions, rows.programmeSessions);
  await insert(tx, referrals, rows.referrals);
  await insert(tx, referralTransitions, rows.referralTransitions);
  await insert(tx, registerSubmissions, rows.registerSubmissions);
  await insert(tx, attendanceRecords, rows.attendanceRecords);
}

export async function insertWalkthroughSafety(tx: Executor, rows: WalkthroughSafetyRows): Promise<void> {
  await insert(tx, iomMemberships, rows.iomMemberships);
  await insert(tx, offenderManagerAssignments, rows.offenderManagerAssignments);
  await insert(tx, interventionPlans, rows.interventionPlans);
  await insert(tx, planActions, rows.planActions);
  await insert(tx, caseAllocations, rows.caseAllocations);
  await insert(tx, victims, rows.victims);
  await insert(tx, victimLinks, rows.victimLinks);
  await insert(tx, riskAssessments, rows.riskAssessments);
  await insert(tx, supportAllocations, rows.supportAllocations);
  await insert(tx, safetyAlerts, rows.safetyAlerts);
  await insert(tx, subjectAccessRequests, rows.subjectAccessRequests);
}

async function insert<T extends PgTable>(tx: Executor, table: T, rows: T["$inferInsert"][]): Promise<void> {
  if (rows.length) await tx.insert(table).values(rows as never);
}

export function walkthroughRecordCount(...parts: (WalkthroughProgrammeRows | WalkthroughSafetyRows)[]): number {
  return parts.reduce((sum, part) => sum + Object.values(part).reduce((n, rows: unknown[]) => n + rows.length, 0), 0);
}

/** True for rows of the walkthrough (their ids, or the walkthrough group a facilitator row names). */
export function isWalkthroughId(id: string | null | undefined): boolean {
  return typeof id === "string" && id.startsWith("5eed0000-");
}

/** The rows of the random demo only: what the seed's own tests check (the README test runs the walkthrough). */
export function randomPart<T extends { id: string }>(rows: T[]): T[] {
  return rows.filter((row) => !isWalkthroughId(row.id));
}
