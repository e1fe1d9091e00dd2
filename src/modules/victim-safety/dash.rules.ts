import type { RuleRefusal } from "../../shared/user-errors.js";
import { DASH_LEVELS, DASH_QUESTION_COUNT, type DashAnswer, type DashLevel } from "./victim-safety.model.js";
import { checkLength, refusalsAmong } from "../../shared/field-checks.js";

/** SafeLives: 14 or more "yes" is visible high risk; 10 to 13 medium; fewer standard. */
export const HIGH_RISK_YES_COUNT = 14;
export const MEDIUM_RISK_YES_COUNT = 10;
export const MAX_REASON_LENGTH = 2000;

export const levelRank = (level: DashLevel): number => DASH_LEVELS.indexOf(level);

export function dashScoreLevel(yesCount: number): DashLevel {
  if (yesCount >= HIGH_RISK_YES_COUNT) return "HIGH";
  if (yesCount >= MEDIUM_RISK_YES_COUNT) return "MEDIUM";
  return "STANDARD";
}

export interface DashInput {
  answers: readonly DashAnswer[];
  judgementLevel?: DashLevel | null;
  judgementReason?: string | null;
}

export interface DashResult {
  yesCount: number;
  scoreLevel: DashLevel;
  /** The level in force: the score's, or professional judgement's where it is higher. */
  level: DashLevel;
}

/**
 * Scores a DASH checklist. Professional judgement may raise the level, with a reason; it may never
 * lower it, and a score of 14 or more is high risk whatever anyone thinks.
 */
export function assessDash(input: DashInput): { ok: true; value: DashResult } | { ok: false; refusals: RuleRefusal[] } {
  const refusals: RuleRefusal[] = [];
  if (input.answers.length !== DASH_QUESTION_COUNT) {
    refusals.push({ field: "answers", code: "INVALID", message: `A DASH checklist has ${DASH_QUESTION_COUNT} answers; ${input.answers.length} were given` });
  }
  const yesCount = input.answers.filter((a) => a === "YES").length;
  const scoreLevel = dashScoreLevel(yesCount);
  const judgement = input.judgementLevel ?? null;
  const reason = input.judgementReason?.trim() || null;

  if (judgement === null && reason !== null) {
    refusals.push({ field: "judgementLevel", code: "INVALID", message: "A judgement reason needs the level that judgement sets" });
  }
  refusals.push(...refusalsAmong(checkLength("judgementReason", reason, MAX_REASON_LENGTH)));
  if (judgement !== null) {
    if (levelRank(judgement) < levelRank(scoreLevel) && yesCount >= HIGH_RISK_YES_COUNT) {
      refusals.push({
        field: "judgementLevel",
        code: "RISK_CANNOT_BE_LOWERED",
        message: `${yesCount} "yes" answers is visible high risk; professional judgement cannot lower it`,
      });
    } else if (levelRank(judgement) < levelRank(scoreLevel)) {
      refusals.push({ field: "judgementLevel", code: "RISK_CANNOT_BE_LOWERED", message: `Professional judgement may only raise the level above the score's ${scoreLevel}` });
    } else if (judgement === scoreLevel) {
      refusals.push({ field: "judgementLevel", code: "INVALID", message: `The score already gives ${scoreLevel}; record judgement only to raise it` });
    } else if (reason === null) {
      refusals.push({ field: "judgementReason", code: "REASON_REQUIRED", message: "Raising the level by professional judgement needs a recorded reason" });
    }
  }
  if (refusals.length) return { ok: false, refusals };
  return { ok: true, value: { yesCount, scoreLevel, level: judgement ?? scoreLevel } };
}

/** The assessment in force for a link: the latest by date assessed, then by when it was recorded. */
export function latestAssessment<T extends { assessedOn: string; createdAt: Date }>(assessments: readonly T[]): T | null {
  let latest: T | null = null;
  for (const a of assessments) {
    if (!latest || a.assessedOn > latest.assessedOn || (a.assessedOn === latest.assessedOn && a.createdAt > latest.createdAt)) latest = a;
  }
  return latest;
}
