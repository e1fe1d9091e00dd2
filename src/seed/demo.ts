/**
 * Demo data: invented people, groups, referrals and registers that follow the domain's rules, so the
 * API can be explored (and its reports read) without real data. Everything is derived from a seeded
 * random source and `now`, so the same seed and `now` give the same database.
 *
 * The data is built in memory first (ids included), checked against the rules the API itself enforces
 * (eligibility, transitions, group closing and capacity, completion, enforcement), then written in one
 * transaction with multi-row inserts.
 *
 * This file orchestrates the parts. The programme part is drafted by the demo-*.ts steps below, in an
 * order that matters (they share one random source); the IOM (iom*.ts), case allocation (cases.ts) and
 * victim-safety (victim-safety*.ts) parts are built from its rows, each with a random source of its own.
 * All of them date events through the one seed calendar (calendar.ts).
 */
import type { PgTable } from "drizzle-orm/pg-core";
import type { DatabaseHandle, Executor } from "../db/client.js";
import { ProgrammeRepository, programmes, type ProgrammeRow } from "../modules/programmes/index.js";
import { perpetratorChildren, perpetrators } from "../modules/perpetrators/index.js";
import { referralTransitions, referrals } from "../modules/referrals/index.js";
import { groupFacilitators, programmeGroups, programmeSessions } from "../modules/groups/index.js";
import { attendanceRecords, registerSubmissions } from "../modules/attendance/index.js";
import { interventionPlans, iomMemberships, iomStaff, offenderManagerAssignments, planActions, planReviews } from "../modules/iom/index.js";
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
} from "../modules/victim-safety/index.js";
import { insertCaseAllocations } from "./cases.js";
import { validateReferralsAndGroups } from "./demo-checks.js";
import { DemoDraft } from "./demo-drafts.js";
import { buildGroups } from "./demo-groups.js";
import { assignPeople } from "./demo-matching.js";
import { groupMembers } from "./demo-members.js";
import { buildPeople } from "./demo-people.js";
import { buildRegisters, correctRegisters } from "./demo-registers.js";
import { demoRows, type DemoData } from "./demo-rows.js";
import { buildWaitingReferrals } from "./demo-waiting.js";
import { buildIomData, iomRandom } from "./iom.js";
import { buildVictimSafetyData, victimSafetyRandom } from "./victim-safety.js";
import { buildWalkthroughProgramme, buildWalkthroughSafety, insertWalkthroughProgramme, insertWalkthroughSafety, walkthroughRecordCount } from "./walkthrough.js";

export type { DemoData } from "./demo-rows.js";

export const DEFAULT_DEMO_SEED = 20_170_917;
/** Rows per insert statement: well under PostgreSQL's 65,535 bound parameters for the widest table. */
const INSERT_CHUNK = 500;

export interface SeedSummary {
  programmes: number;
  perpetrators: number;
  perpetratorChildren: number;
  programmeGroups: number;
  groupFacilitators: number;
  programmeSessions: number;
  referrals: number;
  referralTransitions: number;
  registerSubmissions: number;
  attendanceRecords: number;
  iomStaff: number;
  iomMemberships: number;
  iomAssignments: number;
  iomPlans: number;
  iomPlanActions: number;
  iomPlanReviews: number;
  victims: number;
  victimLinks: number;
  riskAssessments: number;
  safetyIncidents: number;
  maracReferrals: number;
  supportAllocations: number;
  protectiveOrders: number;
  protectedPeople: number;
  safetyAlerts: number;
  /** The README's walkthrough records (fixed ids), on top of the counts above. */
  walkthroughRecords: number;
}

export interface SeedOptions {
  now: Date;
  seed?: number;
}

/** True when nobody has been recorded yet: the only state in which demo data may be added. */
export async function isDatabaseEmpty(handle: DatabaseHandle): Promise<boolean> {
  return holdsNoPeople(handle.db);
}

async function holdsNoPeople(executor: Executor): Promise<boolean> {
  const rows = await executor.select({ id: perpetrators.id }).from(perpetrators).limit(1);
  return rows.length === 0;
}

/** Seeds an empty, migrated database in one transaction; refuses a database that already holds people. */
export async function seedDemoData(handle: DatabaseHandle, options: SeedOptions): Promise<SeedSummary> {
  const now = new Date(options.now.getTime());
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  return handle.db.transaction(async (tx) => {
    await new ProgrammeRepository(tx).ensureDefaults();
    if (!(await holdsNoPeople(tx))) throw new Error("The database already holds people: demo data is only added to an empty database");

    const programmeRows = await tx.select().from(programmes);
    const data = buildDemoData(programmeRows, now, seed);
    await insertAll(tx, perpetrators, data.perpetrators);
    await insertAll(tx, perpetratorChildren, data.perpetratorChildren);
    await insertAll(tx, programmeGroups, data.programmeGroups);
    await insertAll(tx, groupFacilitators, data.groupFacilitators);
    await insertAll(tx, programmeSessions, data.programmeSessions);
    await insertAll(tx, referrals, data.referrals);
    await insertAll(tx, referralTransitions, data.referralTransitions);
    await insertAll(tx, registerSubmissions, data.registerSubmissions);
    await insertAll(tx, attendanceRecords, data.attendanceRecords);
    // The README's walkthrough records: fixed ids, inserted apart so the random parts below are unchanged.
    const walk = buildWalkthroughProgramme(programmeRows, now, data);
    await insertWalkthroughProgramme(tx, walk);

    const iom = buildIomData({ ...data, programmes: programmeRows }, now, iomRandom(seed));
    await insertAll(tx, iomStaff, iom.staff);
    await insertAll(tx, iomMemberships, iom.memberships);
    await insertAll(tx, offenderManagerAssignments, iom.assignments);
    await insertAll(tx, interventionPlans, iom.plans);
    await insertAll(tx, planActions, iom.actions);
    await insertAll(tx, planReviews, iom.reviews);
    await insertCaseAllocations(tx, { ...data, staff: iom.staff }, now, seed);

    const safety = buildVictimSafetyData({ ...data, programmes: programmeRows }, now, victimSafetyRandom(seed));
    await insertAll(tx, victims, safety.victims);
    await insertAll(tx, victimLinks, safety.links);
    await insertAll(tx, riskAssessments, safety.assessments);
    await insertAll(tx, safetyIncidents, safety.incidents);
    await insertAll(tx, maracReferrals, safety.maracReferrals);
    await insertAll(tx, supportAllocations, safety.allocations);
    await insertAll(tx, protectiveOrders, safety.orders);
    await insertAll(tx, protectedPeople, safety.protectedPeople);
    await insertAll(tx, safetyAlerts, safety.alerts);
    const walkSafety = buildWalkthroughSafety(now, iom.staff);
    await insertWalkthroughSafety(tx, walkSafety);

    return {
      programmes: data.programmeCount,
      perpetrators: data.perpetrators.length,
      perpetratorChildren: data.perpetratorChildren.length,
      programmeGroups: data.programmeGroups.length,
      groupFacilitators: data.groupFacilitators.length,
      programmeSessions: data.programmeSessions.length,
      referrals: data.referrals.length,
      referralTransitions: data.referralTransitions.length,
      registerSubmissions: data.registerSubmissions.length,
      attendanceRecords: data.attendanceRecords.length,
      iomStaff: iom.staff.length,
      iomMemberships: iom.memberships.length,
      iomAssignments: iom.assignments.length,
      iomPlans: iom.plans.length,
      iomPlanActions: iom.actions.length,
      iomPlanReviews: iom.reviews.length,
      victims: safety.victims.length,
      victimLinks: safety.links.length,
      riskAssessments: safety.assessments.length,
      safetyIncidents: safety.incidents.length,
      maracReferrals: safety.maracReferrals.length,
      supportAllocations: safety.allocations.length,
      protectiveOrders: safety.orders.length,
      protectedPeople: safety.protectedPeople.length,
      safetyAlerts: safety.alerts.length,
      walkthroughRecords: walkthroughRecordCount(walk, walkSafety),
    };
  });
}

async function insertAll<T extends PgTable>(tx: Executor, table: T, rows: T["$inferInsert"][]): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    await tx.insert(table).values(rows.slice(i, i + INSERT_CHUNK) as never);
  }
}

/** Pure: the same programme rows, `now` and seed always give the same data. */
export function buildDemoData(programmeRows: readonly ProgrammeRow[], now: Date, seed: number): DemoData {
  const demo = new DemoDraft(programmeRows, now, seed);
  buildPeople(demo);
  buildGroups(demo);
  for (const group of demo.groups) groupMembers(demo, group);
  buildWaitingReferrals(demo);
  // Checked before people are matched to referrals: the stories must hold whoever they are about.
  validateReferralsAndGroups(demo);
  assignPeople(demo);
  for (const group of demo.groups) buildRegisters(demo, group);
  correctRegisters(demo);
  return demoRows(demo);
}
