import type { RequestContext } from "../../context.js";
import { forbidden } from "../../shared/errors.js";
import { Role, VICTIM_DATA_WRITERS, VICTIM_STATISTICS_READERS } from "../../shared/auth/roles.js";

/**
 * Who may see victim-safety data. Police safeguarding and police read and record it for anyone; an
 * IOM officer reads it for the cohort members they are offender manager of; probation for people it
 * has referred. Nobody else sees a victim: not facilitators, analysts (counts only), auditors or admins.
 * Contact-safety details go no further than safeguarding and police.
 */
export class VictimSafetyAccess {
  readsAll(ctx: RequestContext): boolean {
    return ctx.viewer.has(...VICTIM_DATA_WRITERS);
  }

  /** Refuses, before any data is read, callers who can see no victim at all. */
  assertMaySeeSome(ctx: RequestContext): void {
    if (!this.readsAll(ctx) && !ctx.viewer.has(Role.IOM_OFFICER, Role.PROBATION)) {
      throw forbidden("Victim-safety data is for police safeguarding, police, and IOM officers and probation for their own cases");
    }
  }

  assertWriter(ctx: RequestContext): void {
    if (!this.readsAll(ctx)) throw forbidden("Recording victim-safety data needs the SAFEGUARDING or POLICE role");
  }

  assertReadsAll(ctx: RequestContext, what: string): void {
    if (!this.readsAll(ctx)) throw forbidden(`${what} is for police safeguarding and police only`);
  }

  assertStatisticsReader(ctx: RequestContext): void {
    if (!ctx.viewer.has(...VICTIM_STATISTICS_READERS)) throw forbidden("Victim-safety statistics need the ANALYST, SAFEGUARDING, POLICE or ADMIN role");
  }

  async canReadForPerpetrator(ctx: RequestContext, perpetratorId: string): Promise<boolean> {
    if (this.readsAll(ctx)) return true;
    const loaders = ctx.loaders.victimSafety;
    if (ctx.viewer.has(Role.IOM_OFFICER) && (await loaders.managedByViewer.load(perpetratorId))) return true;
    if (ctx.viewer.has(Role.PROBATION) && (await loaders.referredByViewer.load(perpetratorId))) return true;
    return false;
  }

  /** Those of `rows` whose perpetrator the viewer may read about: how scoped readers see only their own cases. */
  async keepReadable<T>(ctx: RequestContext, rows: readonly T[], perpetratorIdOf: (row: T) => string): Promise<T[]> {
    if (this.readsAll(ctx)) return [...rows];
    const allowed = await Promise.all(rows.map((row) => this.canReadForPerpetrator(ctx, perpetratorIdOf(row))));
    return rows.filter((_, index) => allowed[index]);
  }

  async assertCanReadForPerpetrator(ctx: RequestContext, perpetratorId: string): Promise<void> {
    this.assertMaySeeSome(ctx);
    if (!(await this.canReadForPerpetrator(ctx, perpetratorId))) throw forbidden("This person's victim-safety data is not part of your cases");
  }

  /**
   * "Has active safety concerns" (a yes or no, nothing more) is for whoever may read the person's
   * victim-safety data, and for the facilitators of a group the person is in.
   */
  async assertMaySeeConcernsFlag(ctx: RequestContext, perpetratorId: string): Promise<void> {
    if (await this.canReadForPerpetrator(ctx, perpetratorId)) return;
    if (ctx.viewer.has(Role.FACILITATOR) && (await ctx.loaders.victimSafety.facilitatedByViewer.load(perpetratorId))) return;
    throw forbidden("Whether this person has active safety concerns is for their case workers and their group's facilitators");
  }

  /** A victim is visible to a scoped reader through a link to a perpetrator they may see. */
  async canReadVictim(ctx: RequestContext, victimId: string): Promise<boolean> {
    if (this.readsAll(ctx)) return true;
    const links = await ctx.loaders.victimSafety.linksByVictimId.load(victimId);
    return (await this.keepReadable(ctx, links, (link) => link.perpetratorId)).length > 0;
  }

  async assertCanReadVictim(ctx: RequestContext, victimId: string): Promise<void> {
    this.assertMaySeeSome(ctx);
    if (!(await this.canReadVictim(ctx, victimId))) throw forbidden("This victim is not linked to any of your cases");
  }

  readsContactDetails(ctx: RequestContext): boolean {
    return this.readsAll(ctx);
  }
}
