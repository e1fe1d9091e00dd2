import DataLoader from "dataloader";
import { and, not, or, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Viewer } from "../shared/auth/viewer.js";
import { CASE_DATA_ACCESS, CASE_DATA_ROWS, CASE_DATA_TABLES } from "./case-data.access.js";
import { IOM_ACCESS, IOM_ROWS, IOM_STAFF_ACCESS, IOM_TABLES } from "./iom-data.access.js";
import { relationshipsIn, type AccessTable, type Relationship } from "./relationships.js";
import { CONTACT_DETAILS_ACCESS, SAFETY_ALERT_ACCESS, SAFETY_FLAG_ACCESS, VICTIM_SAFETY_ACCESS, VICTIM_SAFETY_ROWS, VICTIM_SAFETY_TABLES } from "./victim-safety-data.access.js";
import type { VisibleRowsRepository } from "./visible-rows.repository.js";
import type { GuardedType, RelationshipContext } from "./visibility.types.js";
import { HIDDEN_ROWS, type HiddenBy, type HiddenPeople } from "./hidden-rows.js";

type RowsOf = (rel: Relationship, ctx: RelationshipContext) => SQL | null;

/**
 * Row checks that are not a GraphQL type: whose victim-safety data the caller may read, person by
 * person, whose `hasActiveSafetyConcerns` flag, and whose contact details.
 */
type InnerCheck = "SafetyOfPerson" | "SafetyFlagOfPerson" | "ContactDetails";
type Checked = GuardedType | InnerCheck;

/** For each guarded type: its area's access table, its table, and the rows each relationship reaches. */
const GUARDS: Record<Checked, { access: AccessTable; table: PgTable & { id: PgColumn }; rows: RowsOf }> = {
  SafetyOfPerson: { access: VICTIM_SAFETY_ACCESS, table: CASE_DATA_TABLES.Perpetrator, rows: VICTIM_SAFETY_ROWS.SafetyOfPerson },
  SafetyFlagOfPerson: { access: SAFETY_FLAG_ACCESS, table: CASE_DATA_TABLES.Perpetrator, rows: VICTIM_SAFETY_ROWS.SafetyFlagOfPerson },
  ContactDetails: { access: CONTACT_DETAILS_ACCESS, table: VICTIM_SAFETY_TABLES.Victim, rows: VICTIM_SAFETY_ROWS.Victim },
  Perpetrator: { access: CASE_DATA_ACCESS, table: CASE_DATA_TABLES.Perpetrator, rows: CASE_DATA_ROWS.Perpetrator },
  Referral: { access: CASE_DATA_ACCESS, table: CASE_DATA_TABLES.Referral, rows: CASE_DATA_ROWS.Referral },
  ProgrammeGroup: { access: CASE_DATA_ACCESS, table: CASE_DATA_TABLES.ProgrammeGroup, rows: CASE_DATA_ROWS.ProgrammeGroup },
  ProgrammeSession: { access: CASE_DATA_ACCESS, table: CASE_DATA_TABLES.ProgrammeSession, rows: CASE_DATA_ROWS.ProgrammeSession },
  AttendanceRecord: { access: CASE_DATA_ACCESS, table: CASE_DATA_TABLES.AttendanceRecord, rows: CASE_DATA_ROWS.AttendanceRecord },
  CaseAllocation: { access: CASE_DATA_ACCESS, table: CASE_DATA_TABLES.CaseAllocation, rows: CASE_DATA_ROWS.CaseAllocation },
  IomMembership: { access: IOM_ACCESS, table: IOM_TABLES.IomMembership, rows: IOM_ROWS.IomMembership },
  InterventionPlan: { access: IOM_ACCESS, table: IOM_TABLES.InterventionPlan, rows: IOM_ROWS.InterventionPlan },
  PlanAction: { access: IOM_ACCESS, table: IOM_TABLES.PlanAction, rows: IOM_ROWS.PlanAction },
  IomStaffMember: { access: IOM_STAFF_ACCESS, table: IOM_TABLES.IomStaffMember, rows: IOM_ROWS.IomStaffMember },
  Victim: { access: VICTIM_SAFETY_ACCESS, table: VICTIM_SAFETY_TABLES.Victim, rows: VICTIM_SAFETY_ROWS.Victim },
  VictimLink: { access: VICTIM_SAFETY_ACCESS, table: VICTIM_SAFETY_TABLES.VictimLink, rows: VICTIM_SAFETY_ROWS.VictimLink },
  RiskAssessment: { access: VICTIM_SAFETY_ACCESS, table: VICTIM_SAFETY_TABLES.RiskAssessment, rows: VICTIM_SAFETY_ROWS.RiskAssessment },
  SafetyIncident: { access: VICTIM_SAFETY_ACCESS, table: VICTIM_SAFETY_TABLES.SafetyIncident, rows: VICTIM_SAFETY_ROWS.SafetyIncident },
  MaracReferral: { access: VICTIM_SAFETY_ACCESS, table: VICTIM_SAFETY_TABLES.MaracReferral, rows: VICTIM_SAFETY_ROWS.MaracReferral },
  SupportAllocation: { access: VICTIM_SAFETY_ACCESS, table: VICTIM_SAFETY_TABLES.SupportAllocation, rows: VICTIM_SAFETY_ROWS.SupportAllocation },
  ProtectiveOrder: { access: VICTIM_SAFETY_ACCESS, table: VICTIM_SAFETY_TABLES.ProtectiveOrder, rows: VICTIM_SAFETY_ROWS.ProtectiveOrder },
  SafetyAlert: { access: SAFETY_ALERT_ACCESS, table: VICTIM_SAFETY_TABLES.SafetyAlert, rows: VICTIM_SAFETY_ROWS.SafetyAlert },
};

/** The access table that decides a type's rows (for the README and the access tests). */
export const accessTableOf = (type: Checked): AccessTable => GUARDS[type].access;

/**
 * Which rows one request's caller may see, decided in SQL from the relationship predicates. `rowsOf`
 * is the condition for page queries (true: every row; false: none); `isVisible` checks rows reached
 * along edges, batched per type so a level of a query costs one statement, and none for a caller who
 * reads every row of the type.
 */
export class RequestVisibility {
  private readonly conditions = new Map<Checked, SQL | boolean>();
  private readonly loaders = new Map<Checked, DataLoader<string, boolean>>();
  private readonly context: RelationshipContext;
  /** Whether erased or restricted people exist (hidden-rows.ts), as known when the request began. */
  private readonly hiding: boolean;

  constructor(
    private readonly rows: VisibleRowsRepository,
    private readonly viewer: Viewer,
    today: string,
    hidden?: HiddenPeople,
  ) {
    this.context = { sub: viewer.sub, org: viewer.org, today };
    this.hiding = hidden?.any ?? false;
  }

  /** The relationship condition less the rows of hidden people and victims (`by` says which are hidden). */
  private withoutHidden(type: Checked, condition: SQL | boolean, by: HiddenBy): SQL | boolean {
    const hidden = this.hiding ? HIDDEN_ROWS[type] : undefined;
    if (!hidden || condition === false) return condition;
    const shown = not(hidden(by));
    return condition === true ? shown : and(condition, shown)!;
  }

  /** The relationships the caller holds for a type's area. */
  relationships(type: Checked): ReadonlySet<Relationship> {
    return relationshipsIn(GUARDS[type].access, this.viewer);
  }

  /** The condition on the type's table that keeps the caller's rows: true for all, false for none. */
  rowsOf(type: Checked): SQL | boolean {
    let condition = this.conditions.get(type);
    if (condition === undefined) {
      // An admin reads a restricted person by id (the explicit read a restriction allows); nobody an erased one.
      condition = this.withoutHidden(type, this.relationshipRows(type), this.viewer.isAdmin ? "ERASED" : "ERASED_OR_RESTRICTED");
      this.conditions.set(type, condition);
    }
    return condition;
  }

  /** The rows the caller's relationships reach: true for all, false for none. */
  private relationshipRows(type: Checked): SQL | boolean {
    const relationships = this.relationships(type);
    if (relationships.has("ANY")) return true;
    const reached = [...relationships].map((rel) => GUARDS[type].rows(rel, this.context)).filter((part): part is SQL => part !== null);
    return reached.length === 0 ? false : reached.length === 1 ? reached[0]! : or(...reached)!;
  }

  /** `rowsOf` as a page query's WHERE condition: none for every row, an always-false one for none. */
  scopeOf(type: GuardedType): SQL | undefined {
    // Lists and searches leave out restricted rows for every caller, admins included.
    const condition = this.viewer.isAdmin ? this.withoutHidden(type, this.relationshipRows(type), "ERASED_OR_RESTRICTED") : this.rowsOf(type);
    return condition === true ? undefined : condition === false ? sql`false` : condition;
  }

  /** Whether the caller can see any row of the type at all (a role question, asked before reading). */
  reachesAny(type: GuardedType): boolean {
    return this.rowsOf(type) !== false;
  }

  /** Whether the caller may read this person's victim-safety data (any of it). */
  seesSafetyOf(perpetratorId: string): Promise<boolean> {
    return this.isVisible("SafetyOfPerson", perpetratorId);
  }

  /** Whether the caller may be told if this person has active safety concerns. */
  seesSafetyFlagOf(perpetratorId: string): Promise<boolean> {
    return this.isVisible("SafetyFlagOfPerson", perpetratorId);
  }

  /** Whether the caller may read how to reach this victim safely. */
  readsContactDetailsOf(victimId: string): Promise<boolean> {
    return this.isVisible("ContactDetails", victimId);
  }

  async isVisible(type: Checked, id: string): Promise<boolean> {
    const condition = this.rowsOf(type);
    if (typeof condition === "boolean") return condition;
    return this.loaderFor(type, condition).load(id);
  }

  /** Rows a scoped page query already returned under `rowsOf`: known visible, no second statement. */
  prime(type: GuardedType, ids: Iterable<string>): void {
    const condition = this.rowsOf(type);
    if (typeof condition === "boolean") return;
    const loader = this.loaderFor(type, condition);
    for (const id of ids) loader.prime(id, true);
  }

  private loaderFor(type: Checked, condition: SQL): DataLoader<string, boolean> {
    let loader = this.loaders.get(type);
    if (!loader) {
      const { table } = GUARDS[type];
      loader = new DataLoader<string, boolean>(async (ids) => {
        const found = await this.rows.idsMeeting(table, ids, condition);
        return ids.map((id) => found.has(id));
      });
      this.loaders.set(type, loader);
    }
    return loader;
  }
}
