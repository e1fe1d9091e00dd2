// Every table, for drizzle-kit and for the typed database handle.
export * from "../modules/programmes/programme.table.js";
export * from "../modules/perpetrators/perpetrator.table.js";
export * from "../modules/referrals/referral.table.js";
export * from "../modules/groups/group.table.js";
export * from "../modules/groups/session-history.table.js";
export * from "../modules/attendance/attendance.table.js";
export * from "../modules/attendance/catch-up.table.js";
export * from "../modules/iom/iom.table.js";
export * from "../modules/victim-safety/victim-safety.table.js";
export * from "../modules/cases/case.table.js";
export * from "../shared/audit/audit.table.js";
export * from "../modules/subject-access/sar-request.table.js";
export * from "../modules/events/events.table.js";
export * from "../modules/reporting/erased-equality.table.js";
export * from "../modules/retention/erasure.table.js";
