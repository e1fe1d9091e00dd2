export const ATTENDANCE_OUTCOMES = ["ATTENDED", "LATE", "ABSENT_ACCEPTABLE", "ABSENT_UNACCEPTABLE", "EXCLUDED"] as const;
export type AttendanceOutcome = (typeof ATTENDANCE_OUTCOMES)[number];
