import { completionThreshold, rulesOf, type ProgrammeCode, type ProgrammeRow, type ProgrammeRules } from "../../src/modules/programmes/index.js";
import { idSpaces, type Ids } from "./ids.js";
import type { ScaleCounts } from "./scales.js";
import { DAY, HISTORY_YEARS, YEAR, startOfDay } from "./time.js";

/** What every part of the generator reads: the seed, the clock, the scale, the programmes and the id spaces. */
export interface ProgrammeInfo {
  index: number;
  id: string;
  code: ProgrammeCode;
  /** Short name used in group names. */
  label: string;
  rules: ProgrammeRules;
  /** Sessions a participant must attend to complete. */
  threshold: number;
  mandated: boolean;
}

export interface GeneratorContext {
  seed: number;
  now: number;
  /** Midnight UTC at the start of `now`'s day. */
  today: number;
  /** The earliest moment referrals reach back to. */
  windowStart: number;
  scale: ScaleCounts;
  ids: Ids;
  programmes: ProgrammeInfo[];
  byCode: Record<ProgrammeCode, ProgrammeInfo>;
}

const LABELS: Record<ProgrammeCode, string> = { CARING_DADS: "Caring Dads", CHOICES: "Choices", PACT: "PACT", BBR: "BBR" };

export function makeContext(seed: number, now: Date, scale: ScaleCounts, programmeRows: readonly ProgrammeRow[]): GeneratorContext {
  const programmes = [...programmeRows]
    .sort((a, b) => (a.code < b.code ? -1 : 1))
    .map((row, index): ProgrammeInfo => {
      const rules = rulesOf(row);
      return { index, id: row.id, code: rules.code, label: LABELS[rules.code], rules, threshold: completionThreshold(rules), mandated: rules.mandated };
    });
  const byCode = Object.fromEntries(programmes.map((p) => [p.code, p])) as Record<ProgrammeCode, ProgrammeInfo>;
  for (const code of Object.keys(LABELS) as ProgrammeCode[]) {
    if (!byCode[code]) throw new Error(`Programme ${code} is missing: run the app's migrations and bootstrap first`);
  }
  const nowMs = now.getTime();
  return {
    seed,
    now: nowMs,
    today: startOfDay(nowMs),
    windowStart: startOfDay(nowMs - HISTORY_YEARS * YEAR) + DAY,
    scale,
    ids: idSpaces(seed),
    programmes,
    byCode,
  };
}
