import { forbidden } from "../../shared/errors.js";
import type { RequestContext } from "../../context.js";
import type { Database, Executor } from "../../db/client.js";
import type { SafetyEventSink } from "../../shared/safety-events.js";
import type { DomainEventSink } from "../../shared/domain-events.js";
import { pageRequest, toConnection, type Connection, type PageArgs } from "../../shared/pagination.js";
import type { Outcome } from "../../shared/user-errors.js";
import { rulesOf, type ProgrammeRow, type ProgrammeService } from "../programmes/index.js";
import type { GroupService, RegisterCheck } from "../groups/index.js";
import type { CompletionCheck, ReferralRow, ReferralService } from "../referrals/index.js";
import type { AttendanceRepository } from "./attendance.repository.js";
import type { AttendanceRecordRow } from "./attendance.table.js";
import { summariseAttendance, type AttendanceSummary } from "./attendance.rules.js";
import { assessEnforcement, type EnforcementAssessment, type UnacceptableFailure } from "./enforcement.rules.js";
import { EnforcementActionService } from "./enforcement-action.service.js";
import { CatchUpService } from "./catch-up.service.js";
import { recordRegister, type RegisterResult } from "./register-recording.js";
import type { RecordSessionAttendanceInput } from "./attendance.inputs.js";

export type { RegisterResult } from "./register-recording.js";

export class AttendanceService implements CompletionCheck, RegisterCheck {
  /** Enforcement actions recorded as done (enforcement-action.service.ts). */
  readonly enforcementActions: EnforcementActionService;
  /** Catch-up sessions (catch-up.service.ts). */
  readonly catchUps: CatchUpService;

  constructor(
    private readonly db: Database,
    private readonly repository: AttendanceRepository,
    private readonly programmes: ProgrammeService,
    private readonly groups: GroupService,
    private readonly referrals: ReferralService,
    private readonly safetyEvents: () => SafetyEventSink,
    private readonly domainEvents: DomainEventSink,
  ) {
    this.enforcementActions = new EnforcementActionService(db, repository.enforcementActions);
    this.catchUps = new CatchUpService(db, repository, repository.catchUps, programmes, groups, referrals);
  }

  async summary(ctx: RequestContext, referral: { dbId: string; programmeId: string }): Promise<AttendanceSummary> {
    const [{ counts }, programme] = await Promise.all([
      ctx.loaders.attendance.attendanceByReferralId.load(referral.dbId),
      this.programmes.byId(ctx, referral.programmeId),
    ]);
    return summariseAttendance(counts, rulesOf(programme!));
  }

  hasRegister(tx: Executor, sessionId: string): Promise<boolean> {
    return this.repository.anyRecordFor(tx, sessionId);
  }

  async completionThresholdMet(ctx: RequestContext, referral: ReferralRow, _programme: ProgrammeRow): Promise<boolean> {
    return (await this.summary(ctx, { dbId: referral.id, programmeId: referral.programmeId })).completionThresholdMet;
  }

  /** Enforcement applies to mandated referrals only; voluntary ones end in DROPPED_OUT instead. */
  async enforcement(
    ctx: RequestContext,
    referral: { dbId: string; mandated: boolean },
  ): Promise<{ assessment: EnforcementAssessment; failures: number; failureList: UnacceptableFailure[] } | null> {
    if (!referral.mandated) return null;
    const { failures } = await ctx.loaders.attendance.attendanceByReferralId.load(referral.dbId);
    return { assessment: assessEnforcement(failures, ctx.clock.now()), failures: failures.length, failureList: failures };
  }

  /** A register row by id; whether the caller may see it is decided on the way out (src/access/). */
  async getRecord(ctx: RequestContext, id: string): Promise<AttendanceRecordRow | null> {
    this.assertReadsSomeRecords(ctx);
    const [row] = await this.repository.recordsByIds(this.db, [id]);
    return row ?? null;
  }

  private assertReadsSomeRecords(ctx: RequestContext): void {
    if (!ctx.visibility.reachesAny("AttendanceRecord")) throw forbidden("Registers are visible to case readers and to facilitators for their groups");
  }

  register(ctx: RequestContext, sessionId: string): Promise<AttendanceRecordRow[]> {
    return ctx.loaders.attendance.registerBySessionId.load(sessionId);
  }

  async registerHistory(ctx: RequestContext, sessionId: string, args: PageArgs): Promise<Connection<AttendanceRecordRow>> {
    const page = pageRequest(args);
    const visible = ctx.visibility.scopeOf("AttendanceRecord");
    const rows = await this.repository.registerHistory(sessionId, page, visible);
    ctx.visibility.prime("AttendanceRecord", rows.map((row) => row.id));
    return toConnection(rows, page, (row) => [row.recordedAt.toISOString(), row.id], (row) => row, () => this.repository.countRegisterHistory(sessionId, visible));
  }

  async referralRecords(ctx: RequestContext, referralId: string, args: PageArgs): Promise<Connection<AttendanceRecordRow>> {
    const page = pageRequest(args);
    const visible = ctx.visibility.scopeOf("AttendanceRecord");
    const rows = await this.repository.referralRecords(referralId, page, visible);
    ctx.visibility.prime("AttendanceRecord", rows.map((row) => row.record.id));
    return toConnection(rows, page, (row) => [row.sessionNumber, row.record.id], (row) => row.record, () => this.repository.countReferralRecords(referralId, visible));
  }

  /** Records one session's register in one transaction, once per idempotency key (register-recording.ts). */
  recordRegister(ctx: RequestContext, input: RecordSessionAttendanceInput): Promise<Outcome<RegisterResult>> {
    return recordRegister(
      { db: this.db, repository: this.repository, groups: this.groups, referrals: this.referrals, catchUps: this.catchUps, safetyEvents: this.safetyEvents, domainEvents: this.domainEvents },
      ctx,
      input,
    );
  }
}
