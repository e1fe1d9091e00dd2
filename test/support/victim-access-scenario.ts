import { Role } from "../../src/shared/auth/roles.js";
import type { Fixtures } from "./fixtures.js";
import type { IomFixtures } from "./iom-fixtures.js";
import type { TestServer } from "./server.js";
import type { VictimFixtures } from "./victim-fixtures.js";

/** The readers the victim-access tests ask about, in the order of their tables' columns. */
export const ROLES = ["SAFEGUARDING", "POLICE", "PROBATION_OWN", "PROBATION_OTHER", "IOM_OWN", "IOM_OTHER", "IOM_SUPERVISOR", "FACILITATOR", "ANALYST", "AUDITOR", "ADMIN", "NO_TOKEN"] as const;
export type Reader = (typeof ROLES)[number];

/**
 * A token for every reader (null for NO_TOKEN). The scoped readers — the other probation organisation
 * and the two offender managers — are the test file's own, since its cases are made around them.
 */
export async function readerTokens(
  server: TestServer,
  fx: Fixtures,
  iom: IomFixtures,
  vx: VictimFixtures,
  scoped: Record<"PROBATION_OTHER" | "IOM_OWN" | "IOM_OTHER", string>,
): Promise<Record<Reader, string | null>> {
  const as = (role: Role, sub: string) => server.token(role, sub);
  return {
    SAFEGUARDING: vx.safeguarding,
    POLICE: await as(Role.POLICE, "police-vs"),
    PROBATION_OWN: fx.probation,
    PROBATION_OTHER: scoped.PROBATION_OTHER,
    IOM_OWN: scoped.IOM_OWN,
    IOM_OTHER: scoped.IOM_OTHER,
    IOM_SUPERVISOR: iom.supervisor,
    FACILITATOR: await as(Role.FACILITATOR, "fac-1"),
    ANALYST: await as(Role.ANALYST, "analyst-vs"),
    AUDITOR: await as(Role.AUDITOR, "auditor-vs"),
    ADMIN: fx.admin,
    NO_TOKEN: null,
  };
}
