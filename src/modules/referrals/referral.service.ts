import type { RequestContext } from "../../context.js";
import type { Database, Executor } from "../../db/client.js";
import { uniqueViolation } from "../../db/errors.js";
import { forbidden } from "../../shared/errors.js";
import type { SafetyEventSink } from "../../shared/safety-events.js";
import { REFERRERS, Role } from "../../shared/auth/roles.js";
import { idOfType } from "../../shared/global-id.js";
import { dateToday } from "../../shared/clock.js";
import { pageRequest, toConnection, type Connection, type PageQuery } from "../../shared/pagination.js";
import { refused, succeeded, userError, userErrorsFrom, type Outcome } from "../../shared/user-errors.js";
import { rulesOf, type ProgrammeRow, type ProgrammeService } from "../programmes/index.js";
import { perpetratorColumnsFor, type PerpetratorService } from "../perpetrators/index.js";
import { checkGroupNotClosed, checkGroupOpenForAllocation, groupColumnsFor, type GroupService } from "../groups/index.js";
import { referralColumnsFor } from "./referral.columns.js";
import { checkEligibility } from "./eligibility.rules.js";
import { checkTransition, isReopening, isTerminal, mayReopen } from "./transition.rules.js";
import { transferToGroup } from "./referral-transfer.js";
import { recordSentence, sentenceColumns, sentenceDetails } from "./referral-sentence.js";
import type { RecordReferralSentenceInput } from "./referral-sentence.inputs.js";
import { checkSentence } from "./sentence.rules.js";
import { DEFAULT_REFERRAL_ORDER, TERMINAL_STATUSES, type ReferralOrder, type ReferralStatus } from "./referral.model.js";
import { referralCursor, referralPageCursor, type ReferralRepository, type ReferralScope } from "./referral.repository.js";
import type { ReferralRow } from "./referral.table.js";
import type { AllocateToGroupInput, ReferralFilter, ReferToProgrammeInput, TransferToGroupInput, TransitionReferralInput } from "./referral.inputs.js";
import { checkLength, fieldErrors } from "../../shared/field-checks.js";
import { renamedArgument } from "../../shared/renamed.js";

/** What the referral lifecycle needs to know about attendance (provided by the attendance feature). */
export interface CompletionCheck {
  completionThresholdMet(ctx: RequestContext, referral: ReferralRow, programme: ProgrammeRow): Promise<boolean>;
}

/** Facilitators run groups; they record starts and outcomes but leave breach and withdrawal to the case owner. */
const FACILITATOR_TRANSITIONS: ReferralStatus[] = ["ON_PROGRAMME", "COMPLETED", "DROPPED_OUT"];
const MAX_NOTE = 2000;

export class ReferralService {
  constructor(
    private readonly db: Database,
    private readonly repository: ReferralRepository,
    private readonly programmes: ProgrammeService,
    private readonly perpetrators: PerpetratorService,
    private readonly groups: GroupService,
    private readonly completion: () => CompletionCheck,
    private readonly safetyEvents: () => SafetyEventSink,
  ) {}

  /**
   * A referral by id; whether the caller may see it is decided on the way out (src/access/), where
   * "not yours" reads as "not there".
   */
  get(ctx: RequestContext, id: string): Promise<ReferralRow | null> {
    this.assertReadsSomeReferrals(ctx);
    return ctx.loaders.referrals.referralById.load(id);
  }

  /** For relations: the edge's own check decides whether the caller sees it. */
  loadForRelation(ctx: RequestContext, id: string): Promise<ReferralRow | null> {
    return ctx.loaders.referrals.referralById.load(id);
  }

  private assertReadsSomeReferrals(ctx: RequestContext): void {
    if (!ctx.visibility.reachesAny("Referral")) throw forbidden("Referrals are visible to case readers and to facilitators for their groups");
  }

  history(ctx: RequestContext, referralId: string) {
    return ctx.loaders.referrals.transitionsByReferralId.load(referralId);
  }

  memberCount(ctx: RequestContext, groupId: string): Promise<number> {
    return ctx.loaders.referrals.memberCountByGroupId.load(groupId);
  }

  async page(
    ctx: RequestContext,
    args: PageQuery,
    filter: ReferralFilter | null | undefined,
    fixed: ReferralScope = {},
    order: ReferralOrder = DEFAULT_REFERRAL_ORDER,
  ): Promise<Connection<ReferralRow>> {
    const page = pageRequest(args);
    this.assertReadsSomeReferrals(ctx);
    const scope: ReferralScope = { ...fixed, visible: ctx.visibility.scopeOf("Referral") };
    const empty = () => toConnection<ReferralRow, ReferralRow>([], page, referralCursor, (row) => row, async () => 0);
    if (filter?.programme) {
      const programme = await this.programmes.byCode(filter.programme);
      if (!programme) return empty();
      scope.programmeId = programme.id;
    }
    if (filter?.status?.length) scope.statuses = filter.status;
    if (filter?.groupId) {
      const groupId = idOfType(filter.groupId, "ProgrammeGroup");
      if (!groupId) return empty();
      scope.groupId = groupId;
    }
    if (filter?.perpetratorId) {
      const perpetratorId = idOfType(filter.perpetratorId, "Perpetrator");
      if (!perpetratorId) return empty();
      scope.perpetratorId = perpetratorId;
    }
    const allocatedToMe = renamedArgument({ name: "filter.allocatedToMe", value: filter?.allocatedToMe, oldName: "filter.mine", oldValue: filter?.mine });
    if (allocatedToMe) scope.allocatedTo = { sub: ctx.viewer.sub, today: dateToday(ctx.clock) };
    // Only the columns the operation reads; rows missing a column are answered from the page, not kept in loaders.
    const nodes = page.nodes;
    const referral = referralColumnsFor(nodes?.fieldNames);
    const person = perpetratorColumnsFor(nodes?.under("perpetrator").fieldNames);
    const group = groupColumnsFor(nodes?.under("group").fieldNames);
    const rows = await this.repository.page(scope, page, { referral: referral.columns, perpetrator: person.columns, group: group.columns }, order);
    ctx.visibility.prime("Referral", rows.map((row) => row.referral.id));
    for (const row of rows) {
      if (referral.complete) ctx.loaders.referrals.referralById.prime(row.referral.id, row.referral);
      if (person.complete) ctx.loaders.perpetrators.perpetratorById.prime(row.perpetrator.id, row.perpetrator);
      if (row.group && group.complete) ctx.loaders.groups.groupById.prime(row.group.id, row.group);
    }
    return toConnection(
      rows,
      page,
      referralPageCursor(order),
      (row) => ({ ...row.referral, joined: { perpetrator: row.perpetrator, group: row.group } }),
      () => this.repository.count(scope),
    );
  }

  async refer(ctx: RequestContext, input: ReferToProgrammeInput): Promise<Outcome<ReferralRow>> {
    if (!ctx.viewer.has(...REFERRERS)) throw forbidden("Referring needs a probation, police or admin role");
    const perpetratorId = idOfType(input.perpetratorId, "Perpetrator");
    const person = perpetratorId ? await this.perpetrators.loadForRelation(ctx, perpetratorId) : null;
    if (!person) return refused(userError("perpetratorId", "NOT_FOUND", "No such person"));
    const programme = await this.programmes.byCode(input.programme);
    if (!programme) return refused(userError("programme", "NOT_FOUND", `Programme ${input.programme} is not set up`));
    const note = input.note?.trim() || null;
    const noteErrors = fieldErrors(checkLength("note", note, MAX_NOTE));
    if (noteErrors.length) return refused(...noteErrors);

    const children = await this.perpetrators.childrenOf(ctx, person.id);
    const failures = checkEligibility(
      rulesOf(programme),
      { dateOfBirth: person.dateOfBirth, sex: person.sex as never, children },
      { legalBasis: input.legalBasis ?? null, riskLevel: input.riskLevel ?? null },
      dateToday(ctx.clock),
    );
    if (failures.length) return refused(...failures.map((f) => userError(f.field, "INELIGIBLE", f.message)));
    const sentence = input.sentence ? sentenceDetails(input.sentence) : null;
    const sentenceRefusals = sentence ? checkSentence(sentence, input.legalBasis ?? null) : [];
    if (sentenceRefusals.length) return refused(...userErrorsFrom(sentenceRefusals));

    const duplicate = () => refused(userError("programme", "DUPLICATE", `This person already has an open ${programme.name} referral`));
    if (await this.repository.openReferralExists(person.id, programme.id, TERMINAL_STATUSES)) return duplicate();

    const now = ctx.clock.now();
    try {
      const row = await this.db.transaction((tx) =>
        this.repository.insert(
          tx,
          {
            perpetratorId: person.id,
            programmeId: programme.id,
            status: "REFERRED",
            legalBasis: input.legalBasis ?? null,
            source: input.source,
            riskLevel: input.riskLevel ?? null,
            referredBy: ctx.viewer.sub,
            referredByOrg: ctx.viewer.org,
            referredAt: now,
            ...sentenceColumns(sentence),
          },
          { fromStatus: null, toStatus: "REFERRED", version: 1, note, actorSub: ctx.viewer.sub, actorName: ctx.viewer.name, occurredAt: now },
        ),
      );
      return succeeded(row);
    } catch (error) {
      if (uniqueViolation(error)) return duplicate();
      throw error;
    }
  }

  async transition(ctx: RequestContext, input: TransitionReferralInput): Promise<Outcome<ReferralRow>> {
    const referralId = idOfType(input.referralId, "Referral");
    const referral = referralId ? await this.repository.byId(this.db, referralId) : null;
    if (!referral) return refused(userError("referralId", "NOT_FOUND", "No such referral"));
    await this.assertCanTransition(ctx, referral, input.toStatus);
    if (referral.version !== input.expectedVersion) return this.conflict(referral);

    const note = input.note?.trim() || null;
    const noteErrors = fieldErrors(checkLength("note", note, MAX_NOTE));
    if (noteErrors.length) return refused(...noteErrors);
    const from = referral.status as ReferralStatus;
    const to = input.toStatus;
    const programme = (await this.programmes.byId(ctx, referral.programmeId))!;
    const completionThresholdMet = to === "COMPLETED" ? await this.completion().completionThresholdMet(ctx, referral, programme) : false;
    const refusal = checkTransition(from, to, {
      mandated: referral.legalBasis !== null,
      completionThresholdMet,
      withdrawalReason: input.withdrawalReason ?? null,
      note,
      viaAllocation: false,
    });
    if (refusal) return refused(userError(refusal.field, refusal.code, refusal.message));

    const now = ctx.clock.now();
    const reopening = isReopening(from, to);
    const write = () => this.db.transaction(async (tx): Promise<ReferralRow | null | GroupShut> => {
      // Back on the programme in the group it was breached from, unless that group has closed since
      // (under the group's lock, as closeGroup takes it): then it waits for a place in another.
      if (reopening && to === "ON_PROGRAMME" && referral.groupId) {
        const shut = checkGroupNotClosed((await this.groups.lockGroup(tx, referral.groupId))!);
        if (shut) return { shut: { ...shut, field: "toStatus", message: `${shut.message}: re-open the referral to AWAITING_ALLOCATION and allocate it to an open group` } };
      }
      const row = await this.repository.updateIfVersion(
        tx,
        referral.id,
        input.expectedVersion,
        {
          status: to,
          ...(to === "WITHDRAWN" ? { withdrawalReason: input.withdrawalReason ?? null } : {}),
          ...(to === "AWAITING_ALLOCATION" ? { groupId: null, allocatedAt: null } : {}),
          ...(isTerminal(to) ? { closedAt: now } : {}),
          // Open again: back in the group it was breached from, which it never left.
          ...(reopening ? { closedAt: null } : {}),
        },
        { fromStatus: from, toStatus: to, version: 0, reason: input.withdrawalReason ?? null, note, actorSub: ctx.viewer.sub, actorName: ctx.viewer.name, occurredAt: now },
      );
      if (row) {
        await this.safetyEvents().referralStatusChanged(tx, ctx, {
          referralId: row.id,
          perpetratorId: row.perpetratorId,
          programmeId: row.programmeId,
          status: row.status,
          version: row.version,
          at: now,
        });
      }
      return row;
    });
    let updated: ReferralRow | null | GroupShut;
    try {
      updated = await write();
    } catch (error) {
      // Re-opening makes the referral the person's open one for the programme: refused if they have another.
      if (reopening && uniqueViolation(error)) {
        return refused(userError("referralId", "DUPLICATE", "This person has another open referral to the programme; close it before re-opening this one"));
      }
      throw error;
    }
    if (updated && "shut" in updated) return refused(userError(updated.shut.field, updated.shut.code, updated.shut.message));
    return updated ? succeeded(updated) : this.conflict(referral);
  }

  /** Moves an ALLOCATED or ON_PROGRAMME referral to another group of its programme (referral-transfer.ts). */
  transfer(ctx: RequestContext, input: TransferToGroupInput): Promise<Outcome<ReferralRow>> {
    return transferToGroup(
      { db: this.db, repository: this.repository, groups: this.groups, programmes: this.programmes, conflict: (referral) => this.conflict(referral) },
      ctx,
      input,
    );
  }

  /** Records or corrects the order a mandated referral enforces (referral-sentence.ts). */
  recordSentence(ctx: RequestContext, input: RecordReferralSentenceInput): Promise<Outcome<ReferralRow>> {
    return recordSentence({ db: this.db, repository: this.repository, conflict: (referral) => this.conflict(referral) }, ctx, input);
  }

  async allocate(ctx: RequestContext, input: AllocateToGroupInput): Promise<Outcome<ReferralRow>> {
    const referralId = idOfType(input.referralId, "Referral");
    const referral = referralId ? await this.repository.byId(this.db, referralId) : null;
    if (!referral) return refused(userError("referralId", "NOT_FOUND", "No such referral"));
    const groupId = idOfType(input.groupId, "ProgrammeGroup");
    const group = groupId ? await this.groups.loadGroup(ctx, groupId) : null;
    if (!group) return refused(userError("groupId", "NOT_FOUND", "No such group"));
    // Allocation gives a facilitator's group a new participant, and so the facilitators a view of them:
    // it is for the case holder or an admin, never a facilitator acting for their own group.
    if (!ctx.viewer.has(Role.PROBATION, Role.ADMIN)) throw forbidden("Allocating to a group needs the PROBATION or ADMIN role");
    if (referral.version !== input.expectedVersion) return this.conflict(referral);
    if (group.programmeId !== referral.programmeId) {
      return refused(userError("groupId", "WRONG_PROGRAMME", "The group runs a different programme from the referral's"));
    }
    const refusal = checkTransition(referral.status as ReferralStatus, "ALLOCATED", {
      mandated: referral.legalBasis !== null,
      completionThresholdMet: false,
      withdrawalReason: null,
      note: null,
      viaAllocation: true,
    });
    if (refusal) return refused(userError(refusal.field === "toStatus" ? "referralId" : refusal.field, refusal.code, refusal.message));
    const programme = rulesOf((await this.programmes.byId(ctx, referral.programmeId))!);

    const now = ctx.clock.now();
    return this.db.transaction(async (tx): Promise<Outcome<ReferralRow>> => {
      // The group row lock serialises allocations to one group, so two can't both take its last place.
      const shut = checkGroupNotClosed((await this.groups.lockGroup(tx, group.id))!);
      if (shut) return refused(userError("groupId", shut.code, shut.message));
      const [sessions, members] = await Promise.all([this.groups.sessionsOfGroup(tx, group.id), this.repository.countGroupMembers(tx, group.id)]);
      const closed = checkGroupOpenForAllocation(programme, sessions, members, now);
      if (closed) return refused(userError("groupId", closed.code, closed.message));
      const updated = await this.repository.updateIfVersion(
        tx,
        referral.id,
        input.expectedVersion,
        { status: "ALLOCATED", groupId: group.id, allocatedAt: now },
        { fromStatus: referral.status, toStatus: "ALLOCATED", version: 0, note: `Allocated to group ${group.name}`, actorSub: ctx.viewer.sub, actorName: ctx.viewer.name, occurredAt: now },
      );
      return updated ? succeeded(updated) : this.conflict(referral);
    });
  }

  /** How many referrals are ALLOCATED to the group or ON_PROGRAMME in it (read in the caller's transaction): what stops it closing. */
  countMembers(tx: Executor, groupId: string): Promise<number> {
    return this.repository.countGroupMembers(tx, groupId);
  }

  /** Referrals named on a register, read inside its transaction and locked until it commits. */
  lockForRegister(tx: Executor, ids: string[]): Promise<ReferralRow[]> {
    return this.repository.lockByIds(tx, ids);
  }

  /**
   * Attending a first session starts the programme: ALLOCATED becomes ON_PROGRAMME in the register's
   * transaction. Answers the referrals it started, as they now stand.
   */
  startOnProgramme(ctx: RequestContext, tx: Executor, started: ReferralRow[], now: Date): Promise<ReferralRow[]> {
    return this.repository.startAllocated(
      tx,
      started.filter((r) => r.status === "ALLOCATED").map((r) => r.id),
      { fromStatus: "ALLOCATED", toStatus: "ON_PROGRAMME", note: "First session attended", actorSub: ctx.viewer.sub, actorName: ctx.viewer.name, occurredAt: now },
    );
  }

  private conflict(referral: ReferralRow): Outcome<ReferralRow> {
    return refused(userError("expectedVersion", "CONFLICT", `The referral has changed since you read it (now version ${referral.version}); reload and try again`));
  }

  private async assertCanTransition(ctx: RequestContext, referral: ReferralRow, to: ReferralStatus): Promise<void> {
    if (isReopening(referral.status as ReferralStatus, to)) {
      if (mayReopen([...ctx.viewer.roles])) return;
      throw forbidden("Only probation or an admin re-opens a breached referral, on the court's order");
    }
    if (ctx.viewer.has(...REFERRERS)) return;
    // A facilitator acts only on the referrals in the groups they run now, and only to record a start or an outcome.
    if (ctx.viewer.has(Role.FACILITATOR) && FACILITATOR_TRANSITIONS.includes(to) && (await ctx.visibility.isVisible("Referral", referral.id))) return;
    throw forbidden("You may not change this referral");
  }
}

/** A re-opening refused because the referral's group has closed. */
type GroupShut = { shut: NonNullable<ReturnType<typeof checkGroupNotClosed>> };
