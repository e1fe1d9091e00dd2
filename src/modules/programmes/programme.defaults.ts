import { PROGRAMME_CODES, type ProgrammeCode, type ProgrammeRules } from "./programme.model.js";

/**
 * The rules each programme starts with. Areas run the programmes differently (one Caring Dads provider
 * counts 80% as completion, Leeds 13 of 17 sessions), so these are seed data to be edited, not code.
 */
const DEFAULT_RULES_BY_CODE: Readonly<Record<ProgrammeCode, ProgrammeRules>> = {
  CARING_DADS: {
    code: "CARING_DADS",
    name: "Caring Dads",
    minAge: 18,
    maxAge: null,
    requiredSex: "MALE",
    // "Regular contact with a child aged 0-16".
    requiresChildUnderAge: 17,
    mandated: false,
    minimumRiskLevel: null,
    sessionsTotal: 17,
    // Leeds (seed 001): attended at least 13 of the 17 sessions.
    completionKind: "SESSION_COUNT",
    completionValue: 13,
    closesAfterSession: 3,
    maxGroupSize: 12,
    moduleStartSessions: [1],
    catchUpBeforeNextModule: false,
  },
  CHOICES: {
    code: "CHOICES",
    name: "Choices",
    minAge: 18,
    maxAge: null,
    requiredSex: null,
    requiresChildUnderAge: null,
    mandated: false,
    minimumRiskLevel: null,
    sessionsTotal: 12,
    completionKind: "PERCENTAGE",
    completionValue: 75,
    closesAfterSession: 2,
    maxGroupSize: 12,
    moduleStartSessions: [1],
    catchUpBeforeNextModule: false,
  },
  PACT: {
    code: "PACT",
    name: "PACT (Parents and Children Together)",
    minAge: 14,
    maxAge: 17,
    requiredSex: null,
    requiresChildUnderAge: null,
    mandated: false,
    minimumRiskLevel: null,
    sessionsTotal: 12,
    completionKind: "SESSION_COUNT",
    completionValue: 10,
    closesAfterSession: 2,
    maxGroupSize: 10,
    moduleStartSessions: [1],
    catchUpBeforeNextModule: false,
  },
  BBR: {
    code: "BBR",
    name: "Building Better Relationships",
    minAge: 18,
    maxAge: null,
    requiredSex: "MALE",
    requiresChildUnderAge: null,
    mandated: true,
    // SARA risk medium or high.
    minimumRiskLevel: "MEDIUM",
    sessionsTotal: 29,
    // Every session: missed ones are caught up rather than forgiven.
    completionKind: "PERCENTAGE",
    completionValue: 100,
    // A rolling programme: people join whenever a place is free.
    closesAfterSession: null,
    maxGroupSize: 12,
    // Four modules (foundation, self-management, thinking, relationships). The split of the 29 sessions
    // into 1-7, 8-14, 15-21 and 22-29 is an assumption, not taken from the programme manual: an area
    // edits programmes.module_start_sessions to match the manual it delivers.
    moduleStartSessions: [1, 8, 15, 22],
    // domain.md: "all sessions (missed sessions are caught up)"; a missed session is caught up before
    // the participant goes on to the next module.
    catchUpBeforeNextModule: true,
  },
};

export const DEFAULT_PROGRAMME_RULES: readonly ProgrammeRules[] = PROGRAMME_CODES.map(
  (code) => DEFAULT_RULES_BY_CODE[code],
);

export function defaultRulesFor(code: ProgrammeCode): ProgrammeRules {
  return DEFAULT_RULES_BY_CODE[code];
}

export const PROGRAMME_DESCRIPTIONS: Readonly<Record<ProgrammeCode, string>> = {
  CARING_DADS:
    "A 17-week group programme for fathers (birth, step or social) who have abused or neglected their children or exposed them to domestic abuse, with mother contact alongside.",
  CHOICES:
    "West Yorkshire's early-intervention programme, funded by the Police and Crime Commissioner, for adults using abuse, usually before or without a conviction.",
  PACT:
    "Parallel groups for young people aged 14 to 17 who use violence or abuse towards a parent and for their parents, run by the Youth Justice Service.",
  BBR: "The accredited HMPPS group programme for men convicted of an intimate-partner-violence offence, with a partner link worker supporting the victim.",
};
