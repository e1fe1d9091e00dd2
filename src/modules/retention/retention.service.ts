import type { RequestContext } from "../../context.js";
import { forbidden } from "../../shared/errors.js";
import { dateToday } from "../../shared/clock.js";
import { pageRequest, toConnection, type Connection, type PageQuery } from "../../shared/pagination.js";
import { RETENTION_KINDS, type RetentionActivity, type RetentionKind } from "./retention.model.js";
import { dueOn, lastActivity } from "./retention.rules.js";
import type { RetentionRepository, DueRecordRow } from "./retention.repository.js";

export interface DueRecord {
  kind: RetentionKind;
  id: string;
  retainedFrom: string;
  setBy: RetentionActivity;
  dueOn: string;
}

/** The retention review: which records are past their kind's period, for an admin to decide on. */
export class RetentionService {
  constructor(
    private readonly repository: RetentionRepository,
    private readonly years: Record<RetentionKind, number>,
  ) {}

  async due(ctx: RequestContext, kinds: readonly RetentionKind[] | null | undefined, args: PageQuery): Promise<Connection<DueRecord>> {
    if (!ctx.viewer.isAdmin) throw forbidden("The retention review needs the ADMIN role");
    const page = pageRequest(args);
    const today = dateToday(ctx.clock);
    const asked = kinds?.length ? RETENTION_KINDS.filter((kind) => kinds.includes(kind)) : RETENTION_KINDS;
    const rows = await this.repository.due(today, this.years, asked, page);
    return toConnection(rows, page, (row) => [row.dueOn, row.kind, row.id], (row) => this.toDue(row), () => this.repository.countDue(today, this.years, asked));
  }

  private toDue(row: DueRecordRow): DueRecord {
    // The SQL chose the date; the rule says which activity it was (and the due date, the same way).
    const last = lastActivity(row.activities);
    return { kind: row.kind, id: row.id, retainedFrom: row.retainedFrom, setBy: last?.activity ?? "RECORD_CREATED", dueOn: dueOn(row.retainedFrom, this.years[row.kind]) };
  }
}
