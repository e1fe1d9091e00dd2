export { AttendanceRepository } from "./attendance.repository.js";
export { AttendanceService } from "./attendance.service.js";
export { createAttendanceLoaders, type AttendanceLoaders } from "./attendance.loaders.js";
export { ReferralAttendanceResolver, SessionRegisterResolver, AttendanceRecordResolver } from "./attendance.resolver.js";
export { AttendanceRecord, toAttendanceRecord } from "./attendance.type.js";
export { attendanceRecords, registerSubmissions } from "./attendance.table.js";
export { registerRowFacilitatedBy } from "./attendance.relationships.js";
export type { AttendanceOutcome } from "./attendance.model.js";
export { assessEnforcement } from "./enforcement.rules.js";
