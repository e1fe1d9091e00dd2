import type { ProgrammeRules } from "./programme.model.js";

export type CompletionRules = Pick<ProgrammeRules, "sessionsTotal" | "completionKind" | "completionValue">;

/** Sessions a participant must attend to complete. A percentage is rounded up: 75% of 17 needs 13. */
export function completionThreshold(programme: CompletionRules): number {
  if (programme.completionKind === "SESSION_COUNT") return programme.completionValue;
  return Math.ceil((programme.completionValue * programme.sessionsTotal) / 100);
}
