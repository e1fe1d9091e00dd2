import type { RequestContext } from "../../context.js";
import { forbidden } from "../../shared/errors.js";
import { VICTIM_DATA_WRITERS, VICTIM_STATISTICS_READERS } from "../../shared/auth/roles.js";

/**
 * The role questions of victim safety, asked before anything is read. Which victims, links, orders
 * and alerts each caller sees is decided row by row by the access layer (src/access/
 * victim-safety-data.access.ts): police safeguarding and police every one; a support worker the
 * victims allocated to them now; an IOM officer or probation practitioner those of the people they
 * manage or hold the case of now. Facilitators, analysts (counts only), auditors and admins see none.
 */
export class VictimSafetyAccess {
  /** Refuses, before any data is read, callers who can see no victim at all. */
  assertMaySeeSome(ctx: RequestContext): void {
    if (!ctx.visibility.reachesAny("Victim")) {
      throw forbidden("Victim-safety data is for police safeguarding, police, support workers for their victims, and IOM officers and probation for their own cases");
    }
  }

  assertWriter(ctx: RequestContext): void {
    if (!ctx.viewer.has(...VICTIM_DATA_WRITERS)) throw forbidden("Recording victim-safety data needs the SAFEGUARDING or POLICE role");
  }

  /** Safety alerts: the safeguarding queue (police) and support workers' own. */
  assertMaySeeAlerts(ctx: RequestContext): void {
    if (!ctx.visibility.reachesAny("SafetyAlert")) throw forbidden("Safety alerts are for police safeguarding, police and the victims' support workers");
  }

  assertStatisticsReader(ctx: RequestContext): void {
    if (!ctx.viewer.has(...VICTIM_STATISTICS_READERS)) throw forbidden("Victim-safety statistics need the ANALYST, SAFEGUARDING, POLICE or ADMIN role");
  }

  /**
   * "Has active safety concerns" (a yes or no, nothing more) is for whoever reads the person's
   * victim-safety data and for the facilitators of the group the person is in now.
   */
  async assertMaySeeConcernsFlag(ctx: RequestContext, perpetratorId: string): Promise<void> {
    if (await ctx.visibility.seesSafetyFlagOf(perpetratorId)) return;
    throw forbidden("Whether this person has active safety concerns is for their case workers and their group's facilitators");
  }

  /** How to reach a victim safely: police safeguarding, police and the victim's own support workers. */
  async assertMayReadContactDetails(ctx: RequestContext, victimId: string): Promise<void> {
    if (!(await ctx.visibility.readsContactDetailsOf(victimId))) {
      throw forbidden("Contact-safety details are for police safeguarding, police and the victim's support workers");
    }
  }
}
