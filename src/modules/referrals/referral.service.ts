import type { RequestContext } from "../../context.js";
import type { Database, Executor } from "../../db/client.js";
import { uniqueViolation } from "../../db/errors.js";
import { forbidden } from "../../shared/errors.js";
import type { SafetyEventSink } from "../../shared/safety-events.js";
import { REFERRERS } from "../../shared/auth/roles.js";
import { idOfType } from "../../shared/global-id.js";
import { dateToday } from "../../shared/clock.js";
import { pageRequest, toConnection, type Connection, type PageQuery } from "../../shared/pagination.js";
import { refused, succeeded, userError, userErrorsFrom, type Outcome } from "../../shared/user-errors.js";
import { rulesOf, type ProgrammeService } from "../programmes/index.js";
import { perpetratorColumnsFor, type PerpetratorService } from "../perpetrators/index.js";
import { groupColumnsFor, type GroupService } from "../groups/index.js";
import { referralColumnsFor } from "./referral.columns.js";
import { checkEligibility } from "./eligibility.rules.js";
import { transferToGroup } from "./referral-transfer.js";
import { transitionReferral, type CompletionCheck } from "./referral-transition.js";
import { allocateToGroup } from "./referral-allocation.js";
import { recordSentence, sentenceColumns, sentenceDetails } from "./referral-sentence.js";
import type { RecordReferralSentenceInput } from "./referral-sentence.inputs.js";
import { checkSentence } from "./sentence.rules.js";
import { DEFAULT_REFERRAL_ORDER, MAX_REFERRAL_NOTE, TERMINAL_STATUSES, type ReferralOrder } from "./referral.model.js";
import { referralCursor, referralPageCursor, type ReferralRepository, type ReferralScope } from "./referral.repository.js";
import type { ReferralRow } from "./referral.table.js";
import type { AllocateToGroupInput, ReferralFilter, ReferToProgrammeInput, TransferToGroupInput, TransitionReferralInput } from "./referral.inputs.js";
import { checkLength, fieldErrors } from "../../shared/field-checks.js";
import { renamedArgument } from "../../shared/renamed.js";

export type { CompletionCheck } from "./referral-transition.js";

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
    const noteErrors = fieldErrors(checkLength("note", note, MAX_REFERRAL_NOTE));
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

  /** Moves a referral along its lifecycle (referral-transition.ts). */
  transition(ctx: RequestContext, input: TransitionReferralInput): Promise<Outcome<ReferralRow>> {
    return transitionReferral(
      {
        db: this.db,
        repository: this.repository,
        programmes: this.programmes,
        groups: this.groups,
        completion: this.completion,
        safetyEvents: this.safetyEvents,
        conflict: (referral) => this.conflict(referral),
      },
      ctx,
      input,
    );
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

  /** Gives a referral a place in a group of its programme (referral-allocation.ts). */
  allocate(ctx: RequestContext, input: AllocateToGroupInput): Promise<Outcome<ReferralRow>> {
    return allocateToGroup(
      { db: this.db, repository: this.repository, groups: this.groups, programmes: this.programmes, conflict: (referral) => this.conflict(referral) },
      ctx,
      input,
    );
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
}
