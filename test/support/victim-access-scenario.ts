import { Role } from "../../src/shared/auth/roles.js";
import type { Fixtures } from "./fixtures.js";
import type { IomFixtures } from "./iom-fixtures.js";
import type { TestServer } from "./server.js";
import type { VictimFixtures } from "./victim-fixtures.js";

/**
 * The readers the victim-access tests ask about, in the order of their tables' columns:
 *
 * - PROBATION_OWN: prob-1, the allocated practitioner of the test's own case;
 * - PROBATION_OTHER: prob-2 of another probation trust, which holds (and referred) another case;
 * - PROBATION_REFERRER_ONLY: a practitioner of the own case's organisation who referred that person
 *   to a programme but holds no allocation: neither the referral nor the organisation gives access;
 * - IOM_OWN / IOM_OTHER: the own case's current offender manager, and one who manages nobody here;
 * - SW_OWN: a support worker allocated now to the own case's victim;
 * - SW_ENDED: a support worker whose allocation to that victim has ended.
 */
export const ROLES = [
  "SAFEGUARDING",
  "POLICE",
  "PROBATION_OWN",
  "PROBATION_OTHER",
  "PROBATION_REFERRER_ONLY",
  "IOM_OWN",
  "IOM_OTHER",
  "IOM_SUPERVISOR",
  "FACILITATOR",
  "SW_OWN",
  "SW_ENDED",
  "ANALYST",
  "AUDITOR",
  "ADMIN",
  "NO_TOKEN",
] as const;
export type Reader = (typeof ROLES)[number];

/** The readers whose access comes from a relationship the test file itself sets up around its cases. */
export type ScopedReader = "PROBATION_OTHER" | "PROBATION_REFERRER_ONLY" | "IOM_OWN" | "IOM_OTHER" | "SW_OWN" | "SW_ENDED";

/** The practitioner who refers without holding the case: same organisation as prob-1, so the organisation is shown to give nothing either. */
export const referrerOnlyToken = (server: TestServer) =>
  server.token(Role.PROBATION, "prob-referrer", { name: "Referring Practitioner", org: "Probation Service" });

/** The other probation trust's practitioner, who holds the other case. */
export const otherProbationToken = (server: TestServer) => server.token(Role.PROBATION, "prob-2", { name: "Other Practitioner", org: "Another Probation Trust" });

/** An IDVA, ISS or partner support worker signing in as `sub`. */
export const supportWorkerToken = (server: TestServer, sub: string) =>
  server.token(Role.SUPPORT_WORKER, sub, { name: `Worker ${sub}`, org: "Leeds Domestic Violence Service" });

/** A token for every reader (null for NO_TOKEN); the scoped readers' are the test file's own, since its cases are made around them. */
export async function readerTokens(
  server: TestServer,
  fx: Fixtures,
  iom: IomFixtures,
  vx: VictimFixtures,
  scoped: Record<ScopedReader, string>,
): Promise<Record<Reader, string | null>> {
  const as = (role: Role, sub: string) => server.token(role, sub);
  return {
    SAFEGUARDING: vx.safeguarding,
    POLICE: await as(Role.POLICE, "police-vs"),
    PROBATION_OWN: fx.probation,
    PROBATION_OTHER: scoped.PROBATION_OTHER,
    PROBATION_REFERRER_ONLY: scoped.PROBATION_REFERRER_ONLY,
    IOM_OWN: scoped.IOM_OWN,
    IOM_OTHER: scoped.IOM_OTHER,
    IOM_SUPERVISOR: iom.supervisor,
    FACILITATOR: await as(Role.FACILITATOR, "fac-1"),
    SW_OWN: scoped.SW_OWN,
    SW_ENDED: scoped.SW_ENDED,
    ANALYST: await as(Role.ANALYST, "analyst-vs"),
    AUDITOR: await as(Role.AUDITOR, "auditor-vs"),
    ADMIN: fx.admin,
    NO_TOKEN: null,
  };
}
